//! The Easy Read edition (issue 19): rows of a picture beside one or two short sentences,
//! for readers with a learning disability.
//!
//! `content/easy-read.toml` says which picture goes with which sentences and which editions
//! see a row; every word is a Fluent message of `locales/<code>/easy-read.ftl`, its key words
//! named by the message's `.key` attribute (printed in bold: no markup inside translations).
//! A locale without `easy-read.ftl` has no Easy Read edition: the build leaves the format out
//! and says why, once. A message the locale lacks is an error, never an English row inside
//! another language's edition.

pub mod check;
pub mod html;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::i18n::Localizer;
use crate::source::{
    Audience, Format, Loaded, LocaleSource, MessageRef, Nation, SourceFile, Venue,
};

/// The file every locale's Easy Read messages live in.
pub const FTL_FILE: &str = "easy-read.ftl";
/// `content/easy-read.toml`, relative to the project.
pub const CONTENT_FILE: &str = "content/easy-read.toml";

/// `content/easy-read.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EasyReadFile {
    pub easy_read: Meta,
    pub pictures: Vec<PictureDef>,
    pub sections: Vec<SectionDef>,
    #[serde(default)]
    pub glossary: Vec<GlossaryDef>,
    pub about: AboutDef,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Meta {
    pub title: MessageRef,
    pub subtitle: MessageRef,
    pub contacts_heading: MessageRef,
    pub contacts_emergency: MessageRef,
    /// The police's non-emergency number, the second contact row.
    pub contacts_non_emergency: MessageRef,
    pub write_in_heading: MessageRef,
    pub words_heading: MessageRef,
    pub credits_heading: MessageRef,
    pub credits: Vec<MessageRef>,
    pub phone_picture: String,
    pub web_picture: String,
    pub emergency_picture: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PictureDef {
    pub id: String,
    /// Under `layouts/`.
    pub file: String,
    /// The alt text's message.
    pub alt: MessageRef,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SectionDef {
    pub id: String,
    pub heading: MessageRef,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub venues: Vec<String>,
    pub rows: Vec<RowDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RowDef {
    pub picture: String,
    pub text: Vec<MessageRef>,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub venues: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GlossaryDef {
    pub picture: String,
    pub text: MessageRef,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub venues: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AboutDef {
    pub heading: MessageRef,
    pub picture: String,
    pub text: Vec<MessageRef>,
}

fn applies(audience: Audience, venues: &[String], venue: &Venue) -> bool {
    audience.includes(venue.audience) && (venues.is_empty() || venues.contains(&venue.id))
}

/// Loads `content/easy-read.toml` when the project has one.
pub fn load(root: &std::path::Path, diags: &mut Vec<Diagnostic>) -> Option<Loaded<EasyReadFile>> {
    let path = root.join(CONTENT_FILE);
    if !path.is_file() {
        return None;
    }
    let shown = crate::diag::display_path(root, &path);
    let text = crate::source::read_text_noting(root, &path, diags)?;
    crate::source::parse_toml(shown, text, diags)
}

/// Whether `locale` has Easy Read messages (an `easy-read.ftl`).
pub fn has_messages(locale: &LocaleSource) -> bool {
    locale
        .files
        .iter()
        .any(|f| f.path.file_name().is_some_and(|n| n == FTL_FILE))
}

/// Whether `format` is an Easy Read format that `locale` cannot have (no Easy Read messages).
pub fn left_out(locale: &LocaleSource, format: &Loaded<Format>) -> bool {
    format.data.easy_read && !has_messages(locale)
}

// ----------------------------------------------------------------------------------------
// The resolved edition (plain data, in `Document::easy_read`).

/// One run of a sentence: its text, and whether it is a key word (bold).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
}

/// One sentence (a message), in runs.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub id: String,
    pub runs: Vec<Run>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    /// Path for typst (`/pictures/…svg`).
    pub file: String,
    pub alt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub picture: Picture,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErSection {
    pub id: String,
    pub heading: String,
    pub rows: Vec<Row>,
}

/// A contact row: a service's name, phone and web address (facts from content/).
#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub picture: Picture,
    pub name: String,
    pub phone: Option<String>,
    pub web: Option<String>,
    /// The full address (HTML links to it).
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EasyRead {
    pub title: String,
    pub subtitle: String,
    pub sections: Vec<ErSection>,
    pub contacts_heading: String,
    pub emergency: Row,
    /// "If it is not an emergency, call 101.": the row after `emergency` in the contacts.
    pub non_emergency: Row,
    pub contacts: Vec<Contact>,
    pub glossary: ErSection,
    pub about: ErSection,
    pub write_in_heading: String,
    pub credits: ErSection,
}

/// Looks up Easy Read messages; a message the locale lacks is an error (no English rows).
struct Lookup<'a> {
    l10n: &'a Localizer,
    nation: Nation,
    file: &'a SourceFile,
    pictures: &'a [PictureDef],
    diags: Vec<Diagnostic>,
    messages: Vec<(String, String)>,
}

impl Lookup<'_> {
    fn text(&mut self, id: &MessageRef) -> String {
        match self.l10n.text_for(id.get_ref(), self.nation) {
            Ok(t) if !t.fallback => {
                self.messages.push((id.get_ref().clone(), t.text.clone()));
                t.text
            }
            Ok(_) => {
                self.diags.push(
                    self.file
                        .error_at(
                            id.span(),
                            format!(
                                "Easy Read message `{}` is missing from this locale's {FTL_FILE}",
                                id.get_ref()
                            ),
                        )
                        .with_label("needed here")
                        .with_hint(
                            "translate it: an Easy Read edition never prints English rows inside another language",
                        ),
                );
                String::new()
            }
            Err(err) => {
                self.diags.push(
                    self.file
                        .error_at(id.span(), err.to_string())
                        .with_label("referenced here")
                        .with_hint(format!("define the message in locales/<code>/{FTL_FILE}")),
                );
                String::new()
            }
        }
    }

    /// A sentence in runs, its `.key` words in bold.
    fn sentence(&mut self, id: &MessageRef) -> Sentence {
        let text = self.text(id);
        let key = self
            .l10n
            .attribute_text_for(id.get_ref(), "key", self.nation)
            .ok()
            .flatten()
            .map(|t| t.text);
        Sentence {
            id: id.get_ref().clone(),
            runs: runs(&text, key.as_deref()),
        }
    }

    fn picture(&mut self, id: &str, at: &MessageRef) -> Picture {
        let Some(def) = self.pictures.iter().find(|p| p.id == id) else {
            self.diags.push(
                self.file
                    .error_at(at.span(), format!("unknown picture `{id}`"))
                    .with_hint("name a picture of [[pictures]] in content/easy-read.toml"),
            );
            return Picture {
                file: String::new(),
                alt: String::new(),
            };
        };
        let alt = self.text(&def.alt.clone());
        Picture {
            file: format!("/{}", def.file),
            alt,
        }
    }

    fn row(&mut self, picture: &str, text: &[MessageRef]) -> Row {
        let anchor = text
            .first()
            .cloned()
            .unwrap_or_else(|| toml::Spanned::new(0..0, String::new()));
        Row {
            picture: self.picture(picture, &anchor),
            sentences: text.iter().map(|t| self.sentence(t)).collect(),
        }
    }
}

/// `text` in runs: the first occurrence of `key` bold. A key not found leaves the text plain
/// (`check` reports it).
pub fn runs(text: &str, key: Option<&str>) -> Vec<Run> {
    let plain = |s: &str| Run {
        text: s.to_owned(),
        bold: false,
    };
    match key.map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => match text.find(k) {
            Some(at) => {
                let mut out = Vec::new();
                if at > 0 {
                    out.push(plain(&text[..at]));
                }
                out.push(Run {
                    text: k.to_owned(),
                    bold: true,
                });
                if at + k.len() < text.len() {
                    out.push(plain(&text[at + k.len()..]));
                }
                out
            }
            None => vec![plain(text)],
        },
        None => vec![plain(text)],
    }
}

/// The Easy Read part of a document for `venue`, or `None` when `format` is not Easy Read.
/// Returns the messages printed too (for the proof).
#[allow(clippy::type_complexity)]
pub fn resolve(
    project: &crate::source::Project,
    l10n: &Localizer,
    venue: &Venue,
    format: &Format,
    nation: Nation,
    services: &[crate::resolve::Service],
) -> Result<Option<(EasyRead, Vec<(String, String)>)>, Vec<Diagnostic>> {
    if !format.easy_read {
        return Ok(None);
    }
    let Some(content) = &project.easy_read else {
        return Err(vec![Diagnostic::error(format!(
            "format `{}` is an Easy Read format, but the project has no {CONTENT_FILE}",
            format.id
        ))
        .in_file(CONTENT_FILE)
        .with_hint(
            "add content/easy-read.toml, or remove `easy-read = true` from the format",
        )]);
    };
    let data = &content.data;
    let mut lk = Lookup {
        l10n,
        nation,
        file: &content.file,
        pictures: &data.pictures,
        diags: Vec::new(),
        messages: Vec::new(),
    };
    let meta = &data.easy_read;
    let title = lk.text(&meta.title);
    let subtitle = lk.text(&meta.subtitle);
    let sections = data
        .sections
        .iter()
        .filter(|s| applies(s.audience, &s.venues, venue))
        .map(|s| ErSection {
            id: s.id.clone(),
            heading: lk.text(&s.heading),
            rows: s
                .rows
                .iter()
                .filter(|r| applies(r.audience, &r.venues, venue))
                .map(|r| lk.row(&r.picture, &r.text))
                .collect(),
        })
        .collect();
    let contacts_heading = lk.text(&meta.contacts_heading);
    let anchor = meta.contacts_heading.clone();
    let emergency = Row {
        picture: lk.picture(&meta.emergency_picture, &anchor),
        sentences: vec![lk.sentence(&meta.contacts_emergency)],
    };
    let non_emergency = Row {
        picture: lk.picture(&meta.phone_picture, &anchor),
        sentences: vec![lk.sentence(&meta.contacts_non_emergency)],
    };
    // One row per service as printed: CEOP's two pages share one short address.
    let mut seen = std::collections::BTreeSet::new();
    let contacts = services
        .iter()
        .filter(|s| seen.insert((s.name.clone(), s.phone.clone(), s.short_url.clone())))
        .map(|s| Contact {
            picture: lk.picture(
                if s.phone.is_some() {
                    &meta.phone_picture
                } else {
                    &meta.web_picture
                },
                &anchor,
            ),
            name: s.name.clone(),
            phone: s.phone.clone(),
            // police.uk's name is its address: printed once.
            web: s
                .short_url
                .clone()
                .or_else(|| s.url.clone())
                .filter(|w| !w.eq_ignore_ascii_case(&s.name)),
            url: s.url.clone(),
        })
        .collect();
    let glossary = ErSection {
        id: "words".into(),
        heading: lk.text(&meta.words_heading),
        rows: data
            .glossary
            .iter()
            .filter(|g| applies(g.audience, &g.venues, venue))
            .map(|g| lk.row(&g.picture, std::slice::from_ref(&g.text)))
            .collect(),
    };
    let about = ErSection {
        id: "about-guide".into(),
        heading: lk.text(&data.about.heading),
        rows: vec![lk.row(&data.about.picture, &data.about.text)],
    };
    let write_in_heading = lk.text(&meta.write_in_heading);
    let credits = ErSection {
        id: "credits".into(),
        heading: lk.text(&meta.credits_heading),
        rows: vec![Row {
            picture: Picture {
                file: String::new(),
                alt: String::new(),
            },
            sentences: meta.credits.iter().map(|c| lk.sentence(c)).collect(),
        }],
    };
    if !lk.diags.is_empty() {
        return Err(lk.diags);
    }
    Ok(Some((
        EasyRead {
            title,
            subtitle,
            sections,
            contacts_heading,
            emergency,
            non_emergency,
            contacts,
            glossary,
            about,
            write_in_heading,
            credits,
        },
        lk.messages,
    )))
}

/// Every message ID `content/easy-read.toml` names (for `check`'s content references).
pub fn message_ids(file: &EasyReadFile) -> Vec<&MessageRef> {
    let m = &file.easy_read;
    let mut out = vec![
        &m.title,
        &m.subtitle,
        &m.contacts_heading,
        &m.contacts_emergency,
        &m.contacts_non_emergency,
        &m.write_in_heading,
        &m.words_heading,
        &m.credits_heading,
    ];
    out.extend(&m.credits);
    out.extend(file.pictures.iter().map(|p| &p.alt));
    for s in &file.sections {
        out.push(&s.heading);
        out.extend(s.rows.iter().flat_map(|r| &r.text));
    }
    out.extend(file.glossary.iter().map(|g| &g.text));
    out.push(&file.about.heading);
    out.extend(&file.about.text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_words_are_one_bold_run() {
        let r = runs("Call 999 now.", Some("999"));
        assert_eq!(r.len(), 3);
        assert!(r[1].bold && r[1].text == "999");
        assert_eq!(runs("Plain.", Some("nowhere")).len(), 1);
        assert_eq!(runs("Report it.", Some("Report")).len(), 2);
    }
}

/// Says once, for every locale of the build without Easy Read messages, which Easy Read
/// formats are left out and why (a warning: the other formats build as usual).
pub fn report_left_out(
    locales: &[&LocaleSource],
    formats: &[&Loaded<Format>],
    diags: &mut Vec<Diagnostic>,
) {
    let easy: Vec<&str> = formats
        .iter()
        .filter(|f| f.data.easy_read)
        .map(|f| f.data.id.as_str())
        .collect();
    let without: Vec<&str> = locales
        .iter()
        .filter(|l| !has_messages(l))
        .map(|l| l.code())
        .collect();
    if easy.is_empty() || without.is_empty() {
        return;
    }
    diags.push(
        Diagnostic::warning(format!(
            "{} not built for {}: no Easy Read messages (locales/<code>/{FTL_FILE})",
            easy.join(", "),
            without.join(", ")
        ))
        .with_hint(format!(
            "translate locales/{}/{FTL_FILE} into a locale to give it an Easy Read edition (a machine draft marked draft is enough to start); English rows are never printed in its place",
            crate::i18n::SOURCE_LOCALE
        )),
    );
}
