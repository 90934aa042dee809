//! Resolve stage: content + locale + venue + format → one localized [`Document`], plain
//! serde data. Renderers see only this model: no FTL, no TOML, no file paths.

pub mod production;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::i18n::{Localizer, LookupError};
use crate::source::{
    Audience, Direction, Entry, Format, Loaded, LocaleMeta, MessageRef, Nation, Project, Resource,
    ReviewStatus, SourceFile, Venue,
};

/// Everything one output shows, already in its language.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub locale: LocaleInfo,
    pub venue: VenueInfo,
    pub format: FormatInfo,
    /// Title for the PDF metadata and the window title bar.
    pub title: String,
    pub guide: GuideInfo,
    /// Interface labels, keyed by their message ID without the `ui-` prefix.
    pub strings: BTreeMap<String, String>,
    pub lead: Lead,
    pub sections: Vec<Section>,
    /// The venue's contact list, in its order.
    pub services: Vec<Service>,
    /// The numbers printed on the wallet card.
    pub card_services: Vec<Service>,
    pub write_in: WriteIn,
    /// Raw numbers (999, 101, 55) for layouts that show them large.
    pub numbers: BTreeMap<String, String>,
    /// Every service name, short web address and name of content/'s `[names]` as printed →
    /// how a voice reads it (`spoken-name`, `spoken-url`, or itself): "stopncii.org" →
    /// "stop NCII.org". The audio editions' readings of facts; not shown.
    #[serde(skip)]
    pub readings: BTreeMap<String, String>,
    /// Message IDs this locale lacks, shown in en-GB instead (reported, never silent).
    pub fallbacks: Vec<String>,
    /// The text of those messages as printed → its language (`en-GB`), so renderers can
    /// mark it: `lang` in HTML, `text(lang: ..)` in the PDF (screen readers switch voice).
    pub fallback_text: BTreeMap<String, String>,
    /// The Easy Read edition's rows (Easy Read formats only; see `crate::easy_read`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub easy_read: Option<crate::easy_read::EasyRead>,
    /// Every message printed, as (ID, text): the proof names the message a problem is in.
    #[serde(skip)]
    pub messages: Vec<(String, String)>,
}

impl Document {
    /// Records `text`, shown from the source locale because this one lacks its message.
    pub fn note_fallback(&mut self, id: &str, text: &str) {
        if !self.fallbacks.iter().any(|f| f == id) {
            self.fallbacks.push(id.to_owned());
        }
        if !text.is_empty() {
            self.fallback_text
                .insert(text.to_owned(), crate::i18n::SOURCE_LOCALE.to_owned());
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleInfo {
    pub code: String,
    /// ISO 639 language part, for typst's `lang`.
    pub lang: String,
    pub region: Option<String>,
    pub native_name: String,
    pub direction: Direction,
    pub script: String,
    pub fonts: Vec<String>,
    pub status: ReviewStatus,
    pub tall_lines: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct VenueInfo {
    pub id: String,
    pub name: String,
    pub audience: Audience,
    /// The nation the output is for (`$nation` in messages): a school in Wales has a
    /// Designated Safeguarding Person, in England a Designated Safeguarding Lead.
    pub nation: Nation,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormatInfo {
    #[serde(flatten)]
    pub geometry: Format,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GuideInfo {
    pub id: String,
    pub version: String,
    pub published: String,
    pub review_by: String,
    pub title: String,
    pub subtitle: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Lead {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub card: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<Item>,
    /// Set after the items: where a fit ladder left sections out, the pointer to the full
    /// guide (on the format's last section).
    pub closing: Vec<String>,
    /// Safety-critical (guide.toml): never left out by a fit ladder.
    #[serde(skip)]
    pub protected: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    /// Bold opening words, from the message's `.lead` attribute.
    pub lead: Option<String>,
    pub text: String,
    pub emphasis: bool,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub description: String,
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub url: Option<String>,
    pub short_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WriteIn {
    pub heading: String,
    pub fields: Vec<WriteInField>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WriteInField {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
}

/// What one output file holds: one language part, or two for a bilingual edition (the
/// first-named language first). This is what layouts read as `/document.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Edition<'a> {
    pub title: String,
    /// Root language: the part's, or `mul` for a bilingual edition.
    pub lang: String,
    pub region: Option<String>,
    pub parts: Vec<&'a Document>,
    /// Print master settings, QR codes and venue details (flat in the JSON).
    #[serde(flatten)]
    pub production: production::Production,
}

impl<'a> Edition<'a> {
    /// An edition of `parts` (one or more documents of the same venue and format).
    pub fn new(parts: Vec<&'a Document>) -> Self {
        let first = parts[0];
        if parts.len() == 1 {
            Self {
                title: first.title.clone(),
                lang: first.locale.lang.clone(),
                region: first.locale.region.clone(),
                parts,
                production: Default::default(),
            }
        } else {
            let title = parts
                .iter()
                .map(|d| d.title.as_str())
                .collect::<Vec<_>>()
                .join(" / ");
            Self {
                title,
                lang: "mul".into(),
                region: None,
                parts,
                production: Default::default(),
            }
        }
    }

    pub fn first(&self) -> &Document {
        self.parts[0]
    }

    /// `cy+en-GB` style name of the edition's languages.
    pub fn code(&self) -> String {
        self.parts
            .iter()
            .map(|d| d.locale.code.as_str())
            .collect::<Vec<_>>()
            .join("+")
    }
}

/// The optional line saying the document also exists in another language (Welsh editions:
/// "… available in English"); left out of bilingual editions, which hold both.
pub const ALSO_AVAILABLE: &str = "also-available";

/// Interface messages a locale may define and en-GB does not (`ui-<key>`); absent ones are
/// simply not printed. `check` knows them through [`is_optional_message`].
const OPTIONAL_UI_STRINGS: &[&str] = &[ALSO_AVAILABLE];

/// Whether `id` is a message only some locales define, on purpose (not obsolete).
pub fn is_optional_message(id: &str) -> bool {
    id.strip_prefix("ui-")
        .is_some_and(|key| OPTIONAL_UI_STRINGS.contains(&key))
        || OPTIONAL_MESSAGES.contains(&id)
}

/// Other messages only some locales define: the audio editions' word for 0 in a phone
/// number, where the voice's own is not the one people use (Welsh "dim").
const OPTIONAL_MESSAGES: &[&str] = &["audio-zero"];

/// Interface messages every document carries (`ui-<key>`).
const UI_STRINGS: &[&str] = &[
    "in-danger",
    "contacts-heading",
    "card-contacts-heading",
    "police-numbers",
    "phone",
    "web",
    "hours",
    "other-languages",
    "card-more",
    "version",
    "write-in-blank",
    "draft-mark",
];

/// Looks messages up, turning failures into diagnostics at the ID's place in content/.
struct Resolver<'a> {
    l10n: &'a Localizer,
    nation: Nation,
    diags: Vec<Diagnostic>,
    fallbacks: std::collections::BTreeSet<String>,
    /// The fallback messages' text (see [`Document::fallback_text`]).
    fallback_text: BTreeMap<String, String>,
    messages: Vec<(String, String)>,
}

impl Resolver<'_> {
    fn text(&mut self, file: &SourceFile, id: &MessageRef) -> String {
        let result = self.l10n.text_for(id.get_ref(), self.nation);
        let text = self.keep(file, id, result);
        self.note(id.get_ref(), text)
    }

    fn lead(&mut self, file: &SourceFile, id: &MessageRef) -> Option<String> {
        let result = self
            .l10n
            .attribute_text_for(id.get_ref(), "lead", self.nation);
        let text = self.keep(file, id, result).flatten();
        text.is_some().then(|| self.note(id.get_ref(), text))
    }

    /// Records a fallback and returns the text.
    fn note(&mut self, id: &str, text: Option<crate::i18n::Text>) -> String {
        match text {
            Some(t) => {
                if t.fallback {
                    self.fallbacks.insert(id.to_owned());
                    if !t.text.is_empty() {
                        self.fallback_text
                            .insert(t.text.clone(), crate::i18n::SOURCE_LOCALE.to_owned());
                    }
                }
                self.messages.push((id.to_owned(), t.text.clone()));
                t.text
            }
            None => String::new(),
        }
    }

    fn ui(&mut self, id: &str) -> String {
        match self.l10n.text_for(id, self.nation) {
            Ok(text) => self.note(id, Some(text)),
            Err(err) => {
                self.diags.push(lookup_diag(err, None));
                String::new()
            }
        }
    }

    fn keep<T>(
        &mut self,
        file: &SourceFile,
        id: &MessageRef,
        result: Result<T, LookupError>,
    ) -> Option<T> {
        result
            .map_err(|err| self.diags.push(lookup_diag(err, Some((file, id)))))
            .ok()
    }
}

fn lookup_diag(err: LookupError, at: Option<(&SourceFile, &MessageRef)>) -> Diagnostic {
    // A formatting error is in the translation: point at it there, and at its use here.
    if let LookupError::Format { at: Some(ftl), .. } = &err {
        let diag = (**ftl).clone();
        return match at {
            Some((file, id)) => {
                let (line, col) = crate::diag::line_col(&file.text, id.span().start);
                diag.with_hint(format!(
                    "it is printed where {}:{line}:{col} names it",
                    file.path.display()
                ))
            }
            None => diag,
        };
    }
    let hint = match &err {
        LookupError::MissingMessage(..) => {
            "define the message in the locale's .ftl files, or fix the ID in content/"
        }
        LookupError::NoValue(..) => "give the message a value: `id = text`",
        LookupError::Format { .. } => {
            "use only the variables and terms the en-GB message uses; facts come from content/"
        }
    };
    let diag = Diagnostic::error(err.to_string()).with_hint(hint);
    match at {
        Some((file, id)) => diag
            .at(&file.path, &file.text, id.span())
            .with_label("referenced here"),
        None => diag,
    }
}

/// Resolves one document for the locale's own nation (locale.toml's `nation`, else
/// England). Every message problem is reported; any error means no document.
pub fn resolve(
    project: &Project,
    locale: &LocaleMeta,
    l10n: &Localizer,
    venue: &Loaded<Venue>,
    format: &Loaded<Format>,
) -> Result<Document, Vec<Diagnostic>> {
    resolve_in(project, locale, l10n, venue, format, l10n.nation())
}

/// [`resolve`] for an output in `nation` (a venue in Wales, a bilingual Welsh edition).
pub fn resolve_in(
    project: &Project,
    locale: &LocaleMeta,
    l10n: &Localizer,
    venue: &Loaded<Venue>,
    format: &Loaded<Format>,
    nation: Nation,
) -> Result<Document, Vec<Diagnostic>> {
    let mut r = Resolver {
        l10n,
        nation,
        diags: Vec::new(),
        fallbacks: Default::default(),
        fallback_text: BTreeMap::new(),
        messages: Vec::new(),
    };
    let gfile = &project.guide.file;
    let meta = &project.guide.data.guide;
    let vfile = &venue.file;
    let v = &venue.data;

    let guide = GuideInfo {
        id: meta.id.clone(),
        version: meta.version.clone(),
        published: meta.published.to_string(),
        review_by: meta.review_by.to_string(),
        title: r.text(gfile, &meta.title),
        subtitle: r.text(gfile, &meta.subtitle),
    };
    let venue_name = r.text(vfile, &v.name);
    let format_name = r.text(&format.file, &format.data.name);
    let mut strings: BTreeMap<String, String> = UI_STRINGS
        .iter()
        .map(|k| (k.to_string(), r.ui(&format!("ui-{k}"))))
        .collect();
    // Lines only some locales carry, never filled from English (e.g. Welsh editions say
    // they are available in English, as the Welsh Language Standards expect).
    for k in OPTIONAL_UI_STRINGS {
        if let Ok(text) = l10n.message_for(&format!("ui-{k}"), nation) {
            strings.insert(k.to_string(), text);
        }
    }

    let emphasis: Vec<&str> = v.emphasis.iter().map(|e| e.get_ref().as_str()).collect();
    let mut sections = Vec::new();
    for id in &v.order {
        let Some(section) = project
            .guide
            .data
            .sections
            .iter()
            .find(|s| s.id.get_ref() == id.get_ref())
        else {
            continue; // reported by load-time validation
        };
        let keep = |e: &&Entry| e.applies_to(v);
        let paragraphs = section
            .paragraphs
            .iter()
            .filter(keep)
            .map(|e| r.text(gfile, &gfile.locate(e.text())))
            .collect();
        let items = section
            .items
            .iter()
            .filter(keep)
            .map(|e| {
                let id = gfile.locate(e.text());
                Item {
                    id: e.text().to_owned(),
                    lead: r.lead(gfile, &id),
                    text: r.text(gfile, &id),
                    emphasis: emphasis.contains(&e.text()),
                    items: e
                        .sub_items()
                        .iter()
                        .map(|s| r.text(gfile, &gfile.locate(s)))
                        .collect(),
                }
            })
            .collect();
        sections.push(Section {
            id: section.id.get_ref().clone(),
            heading: r.text(gfile, &section.heading),
            paragraphs,
            items,
            closing: Vec::new(),
            protected: section.protected,
        });
    }

    let lead = Lead {
        heading: r.text(vfile, &v.lead.heading),
        paragraphs: v.lead.paragraphs.iter().map(|p| r.text(vfile, p)).collect(),
        card: r.text(vfile, &v.lead.card),
    };
    let write_in = WriteIn {
        heading: r.text(vfile, &v.write_in_heading),
        fields: v
            .write_in
            .iter()
            .map(|f| WriteInField {
                id: f.id.clone(),
                label: r.text(vfile, &f.label),
                hint: f.hint.as_ref().map(|h| r.text(vfile, h)),
            })
            .collect(),
    };
    let mut services_of = |ids: &[toml::Spanned<String>]| -> Vec<Service> {
        ids.iter()
            .filter_map(|id| {
                project
                    .resources
                    .data
                    .resources
                    .iter()
                    .find(|res| res.id.get_ref() == id.get_ref())
            })
            .filter(|res| res.audience.includes(v.audience))
            .map(|res| service(&mut r, &project.resources.file, res))
            .collect()
    };
    let services = services_of(&v.services);
    let card_services = services_of(&v.card_services);

    let title = format!(
        "{} {} — {}, {}",
        guide.title, guide.subtitle, venue_name, format_name
    );
    let (lang, region) = split_tag(&locale.code);
    let easy_read =
        match crate::easy_read::resolve(project, l10n, v, &format.data, nation, &services) {
            Ok(Some((easy_read, printed))) => {
                r.messages.extend(printed);
                Some(easy_read)
            }
            Ok(None) => None,
            Err(diags) => {
                r.diags.extend(diags);
                None
            }
        };
    if !r.diags.is_empty() {
        return Err(r.diags);
    }
    Ok(Document {
        locale: LocaleInfo {
            code: locale.code.clone(),
            lang,
            region,
            native_name: locale.native_name.clone(),
            direction: locale.direction,
            script: locale.script.clone(),
            fonts: locale.fonts.clone(),
            status: locale.status,
            tall_lines: locale.tall_lines,
        },
        venue: VenueInfo {
            id: v.id.clone(),
            name: venue_name,
            audience: v.audience,
            nation,
        },
        format: FormatInfo {
            geometry: format.data.clone(),
            name: format_name,
        },
        title,
        guide,
        strings,
        lead,
        sections,
        services,
        card_services,
        write_in,
        numbers: project.resources.data.numbers.clone(),
        readings: readings(&project.resources.data),
        fallbacks: r.fallbacks.into_iter().collect(),
        fallback_text: r.fallback_text,
        easy_read,
        messages: r.messages,
    })
}

/// How a voice reads every name and short web address of content/: an explicit
/// `spoken-*` reading wins over the printed text (`check` refuses two different ones).
pub fn readings(resources: &crate::source::ResourcesFile) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (printed, said) in
        resources
            .names
            .values()
            .map(|n| (n, None))
            .chain(resources.resources.iter().flat_map(|r| {
                let url = r
                    .short_url
                    .as_ref()
                    .map(|s| (s, r.spoken_url.as_ref().map(|u| u.get_ref())));
                let name = (&r.name, r.spoken_name.as_ref().map(|n| n.get_ref()));
                url.into_iter().chain([name])
            }))
    {
        if printed.is_empty() {
            continue;
        }
        match said {
            Some(said) => {
                out.insert(printed.clone(), said.clone());
            }
            None => {
                out.entry(printed.clone())
                    .or_insert_with(|| printed.clone());
            }
        }
    }
    out
}

fn service(r: &mut Resolver, file: &SourceFile, res: &Resource) -> Service {
    Service {
        id: res.id.get_ref().clone(),
        name: res.name.clone(),
        description: r.text(file, &res.description),
        phone: res.phone.as_ref().map(|p| p.get_ref().clone()),
        hours: res.hours.as_ref().map(|h| r.text(file, h)),
        url: res.url.as_ref().map(|u| u.get_ref().clone()),
        short_url: res.short_url.clone(),
    }
}

/// `en-GB` → (`en`, Some(`GB`)); typst wants the language and region apart.
fn split_tag(code: &str) -> (String, Option<String>) {
    match code.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) => (
            id.language.as_str().to_owned(),
            id.region.map(|r| r.as_str().to_owned()),
        ),
        Err(_) => (code.to_owned(), None),
    }
}
