//! i18n stage: one Fluent bundle per locale, with the service-name terms and the fact
//! variables generated from `content/` so that no translation can retype them.

pub mod ftl;
pub mod pseudo;
pub mod scaffold;
pub mod status;

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::Diagnostic;
use crate::source::{Direction, LocaleSource, Nation, Project, ResourcesFile};

/// A ready-to-format locale: its bundle and the fact variables every message may use.
pub struct Localizer {
    pub code: String,
    bundle: FluentBundle<FluentResource>,
    facts: BTreeMap<String, String>,
    /// The nation `$nation` names when the caller does not say (locale.toml's, or England).
    nation: Nation,
    /// The source locale (en-GB), consulted for messages this locale lacks.
    fallback: Option<Box<Localizer>>,
    /// The locale's FTL files (shown path, text), to point a formatting error at its place.
    sources: Vec<(PathBuf, String)>,
    /// A message that fails to format is shown from the fallback locale, as a missing one is
    /// (see [`Localizer::lenient`]).
    lenient: bool,
}

/// The source locale every other locale translates.
pub const SOURCE_LOCALE: &str = "en-GB";

/// Variables every message may use besides the facts of `content/resources.toml`: the
/// guide's version and dates, and `$nation` (`england` or `wales`, see [`Nation`]), which
/// messages select on where the nations' systems differ; `$minutes`, an audio edition's
/// length (given only to the `audio-*` messages, see [`Localizer::text_with`]).
pub const CONTEXT_VARIABLES: &[&str] = &["version", "published", "review-by", "nation", "minutes"];

/// A formatted message, and whether it came from the fallback locale.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    pub fallback: bool,
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LookupError {
    #[error("no message `{0}` in locale {1}")]
    MissingMessage(String, String),
    #[error("message `{0}` in locale {1} has no text (only attributes)")]
    NoValue(String, String),
    #[error("message `{id}` in locale {locale}: {detail}")]
    Format {
        id: String,
        locale: String,
        detail: String,
        /// The same problem at its place in the locale's FTL file (the reference that
        /// failed), when it can be found.
        at: Option<Box<Diagnostic>>,
    },
}

impl Localizer {
    /// Builds the bundle for `locale`. Duplicate IDs keep the first definition (reported by `check`).
    pub fn new(project: &Project, locale: &LocaleSource) -> Self {
        let langid: LanguageIdentifier = locale
            .code()
            .parse()
            .unwrap_or_else(|_| "en-GB".parse().expect("valid tag"));
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks (FSI/PDI) keep numbers and names in order inside right-to-left
        // text; in left-to-right text they only clutter copy-and-paste.
        bundle.set_use_isolating(locale.meta.data.direction == Direction::Rtl);
        let terms =
            FluentResource::try_new(terms_ftl(&project.resources.data)).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(terms);
        for file in &locale.files {
            let resource = FluentResource::try_new(file.text.clone()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        let mut facts = fact_variables(&project.resources.data);
        let meta = &project.guide.data.guide;
        facts.insert("version".into(), meta.version.clone());
        facts.insert("published".into(), meta.published.to_string());
        facts.insert("review-by".into(), meta.review_by.to_string());
        let fallback = (locale.code() != SOURCE_LOCALE)
            .then(|| project.locales.iter().find(|l| l.code() == SOURCE_LOCALE))
            .flatten()
            .map(|source| Box::new(Localizer::new(project, source)));
        Self {
            code: locale.code().to_owned(),
            bundle,
            facts,
            nation: locale.meta.data.nation.unwrap_or_default(),
            fallback,
            sources: locale
                .files
                .iter()
                .map(|f| (f.path.clone(), f.text.clone()))
                .collect(),
            lenient: false,
        }
    }

    /// The same locale, showing a message that fails to format (an unknown variable) in
    /// en-GB instead of failing. Only for listing a failed job's last good files on the
    /// site: a job's own outputs always use the strict localizer.
    pub fn lenient(mut self) -> Self {
        self.lenient = true;
        self
    }

    /// Whether a message that failed so is shown from the fallback locale instead.
    fn falls_back(&self, err: &LookupError) -> bool {
        match err {
            LookupError::MissingMessage(..) => true,
            LookupError::Format { .. } => self.lenient,
            LookupError::NoValue(..) => false,
        }
    }

    /// The nation `$nation` names unless a caller says otherwise (from locale.toml).
    pub fn nation(&self) -> Nation {
        self.nation
    }

    /// Like [`Localizer::message`], falling back to en-GB for a message this locale lacks.
    pub fn text(&self, id: &str) -> Result<Text, LookupError> {
        self.text_for(id, self.nation)
    }

    /// [`Localizer::text`] for an output in `nation` (the English fallback too).
    pub fn text_for(&self, id: &str, nation: Nation) -> Result<Text, LookupError> {
        match (self.message_for(id, nation), &self.fallback) {
            (Err(err), Some(source)) if self.falls_back(&err) => {
                source.message_for(id, nation).map(|text| Text {
                    text,
                    fallback: true,
                })
            }
            (result, _) => result.map(|text| Text {
                text,
                fallback: false,
            }),
        }
    }

    /// [`Localizer::text_for`] with numbers the caller knows only at render time (an audio
    /// edition's `$minutes`), so a message can select its plural form on them.
    pub fn text_with(
        &self,
        id: &str,
        nation: Nation,
        numbers: &[(&str, i64)],
    ) -> Result<Text, LookupError> {
        let own = |l10n: &Localizer| {
            let msg = l10n
                .bundle
                .get_message(id)
                .ok_or_else(|| LookupError::MissingMessage(id.into(), l10n.code.clone()))?;
            let pattern = msg
                .value()
                .ok_or_else(|| LookupError::NoValue(id.into(), l10n.code.clone()))?;
            l10n.format_with(id, pattern, nation, numbers)
        };
        match (own(self), &self.fallback) {
            (Err(err), Some(source)) if self.falls_back(&err) => own(source).map(|text| Text {
                text,
                fallback: true,
            }),
            (result, _) => result.map(|text| Text {
                text,
                fallback: false,
            }),
        }
    }

    /// Like [`Localizer::attribute`], with the same fallback.
    pub fn attribute_text(&self, id: &str, attr: &str) -> Result<Option<Text>, LookupError> {
        self.attribute_text_for(id, attr, self.nation)
    }

    /// [`Localizer::attribute_text`] for an output in `nation`.
    pub fn attribute_text_for(
        &self,
        id: &str,
        attr: &str,
        nation: Nation,
    ) -> Result<Option<Text>, LookupError> {
        match (self.attribute_for(id, attr, nation), &self.fallback) {
            (Err(err), Some(source)) if self.falls_back(&err) => {
                Ok(source.attribute_for(id, attr, nation)?.map(|text| Text {
                    text,
                    fallback: true,
                }))
            }
            (result, _) => result.map(|t| {
                t.map(|text| Text {
                    text,
                    fallback: false,
                })
            }),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message's value, with every fact variable available.
    pub fn message(&self, id: &str) -> Result<String, LookupError> {
        self.message_for(id, self.nation)
    }

    /// [`Localizer::message`] for an output in `nation` (no fallback).
    pub fn message_for(&self, id: &str, nation: Nation) -> Result<String, LookupError> {
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| LookupError::MissingMessage(id.into(), self.code.clone()))?;
        let pattern = msg
            .value()
            .ok_or_else(|| LookupError::NoValue(id.into(), self.code.clone()))?;
        self.format(id, pattern, nation)
    }

    /// An attribute of a message (`.lead`), if the message has it.
    pub fn attribute(&self, id: &str, attr: &str) -> Result<Option<String>, LookupError> {
        self.attribute_for(id, attr, self.nation)
    }

    fn attribute_for(
        &self,
        id: &str,
        attr: &str,
        nation: Nation,
    ) -> Result<Option<String>, LookupError> {
        let Some(msg) = self.bundle.get_message(id) else {
            return Err(LookupError::MissingMessage(id.into(), self.code.clone()));
        };
        match msg.get_attribute(attr) {
            Some(a) => self.format(id, a.value(), nation).map(Some),
            None => Ok(None),
        }
    }

    fn format(
        &self,
        id: &str,
        pattern: &fluent_syntax::ast::Pattern<&str>,
        nation: Nation,
    ) -> Result<String, LookupError> {
        self.format_with(id, pattern, nation, &[])
    }

    fn format_with(
        &self,
        id: &str,
        pattern: &fluent_syntax::ast::Pattern<&str>,
        nation: Nation,
        numbers: &[(&str, i64)],
    ) -> Result<String, LookupError> {
        let mut args = FluentArgs::new();
        for (k, v) in &self.facts {
            args.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        args.set("nation", FluentValue::from(nation.as_str()));
        for (k, v) in numbers {
            args.set(*k, FluentValue::from(*v));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if let Some(err) = errors.first() {
            let (detail, reference) = describe(err);
            return Err(LookupError::Format {
                id: id.into(),
                locale: self.code.clone(),
                at: self.locate(id, &detail, reference).map(Box::new),
                detail,
            });
        }
        Ok(text.into_owned())
    }

    /// A formatting error of message `id` at the reference that failed (or at the message)
    /// in the locale's FTL files.
    fn locate(&self, id: &str, detail: &str, reference: Option<Reference>) -> Option<Diagnostic> {
        for (path, text) in &self.sources {
            let (index, _) = ftl::index(path, text);
            let Some(entry) = index
                .entries
                .iter()
                .find(|e| e.kind == ftl::EntryKind::Message && e.id == id)
            else {
                continue;
            };
            let span = reference
                .as_ref()
                .and_then(|r| {
                    entry.patterns().find_map(|(_, refs)| {
                        let map = match r {
                            Reference::Variable(_) => &refs.variables,
                            Reference::Term(_) => &refs.terms,
                            Reference::Message(_) => &refs.messages,
                        };
                        map.get(r.name()).cloned()
                    })
                })
                .unwrap_or_else(|| entry.span.clone());
            let label = match &reference {
                Some(Reference::Variable(_)) => "no such variable",
                Some(Reference::Term(_)) => "no such term",
                Some(Reference::Message(_)) => "no such message in this locale",
                None => "this message",
            };
            let hint = match &reference {
                Some(Reference::Message(_)) => {
                    "a message can only reference messages of its own locale: define it, or write the text out"
                }
                _ => {
                    "keep the placeables of the en-GB message exactly: variables and service-name terms come \
                     from content/resources.toml (`leafpress check` lists the known ones)"
                }
            };
            return Some(
                index
                    .error_at(
                        span,
                        format!("message `{id}` in locale {}: {detail}", self.code),
                    )
                    .with_label(label)
                    .with_hint(hint),
            );
        }
        None
    }
}

/// What a formatting reference names.
enum Reference {
    Variable(String),
    Term(String),
    Message(String),
}

impl Reference {
    fn name(&self) -> &str {
        match self {
            Self::Variable(n) | Self::Term(n) | Self::Message(n) => n,
        }
    }
}

/// A Fluent formatting error in plain words, and the reference it is about.
fn describe(err: &fluent_bundle::FluentError) -> (String, Option<Reference>) {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    use fluent_bundle::FluentError;
    match err {
        FluentError::ResolverError(ResolverError::Reference(kind)) => match kind {
            ReferenceKind::Variable { id } => (
                format!("unknown variable `${id}`"),
                Some(Reference::Variable(id.clone())),
            ),
            ReferenceKind::Term { id, attribute } => (
                match attribute {
                    Some(a) => format!("unknown term attribute `-{id}.{a}`"),
                    None => format!("unknown term `-{id}`"),
                },
                Some(Reference::Term(id.clone())),
            ),
            ReferenceKind::Message { id, attribute } => (
                match attribute {
                    Some(a) => format!("unknown message attribute `{id}.{a}`"),
                    None => format!("unknown message `{id}`"),
                },
                Some(Reference::Message(id.clone())),
            ),
            ReferenceKind::Function { id } => (format!("unknown function `{id}()`"), None),
        },
        FluentError::ResolverError(ResolverError::Cyclic) => {
            ("the message refers to itself (a cycle)".to_owned(), None)
        }
        other => (other.to_string(), None),
    }
}

/// The service names as Fluent terms: `-revenge-porn-helpline = Revenge Porn Helpline`.
pub fn terms_ftl(resources: &ResourcesFile) -> String {
    let mut terms = BTreeMap::new();
    for r in &resources.resources {
        terms.insert(r.term.as_str(), r.name.as_str());
    }
    for (term, name) in &resources.names {
        terms.insert(term.as_str(), name.as_str());
    }
    terms
        .iter()
        .map(|(term, name)| format!("-{term} = {}\n", escape_ftl_text(name)))
        .collect()
}

/// Makes a plain string safe as an FTL pattern (braces become string literals).
fn escape_ftl_text(s: &str) -> String {
    s.replace('{', "{\"{\"}").replace('}', "{\"}\"}")
}

/// `$emergency`, `$helpline-phone`, `$helpline-url`, …
pub fn fact_variables(resources: &ResourcesFile) -> BTreeMap<String, String> {
    let mut facts: BTreeMap<String, String> = resources.numbers.clone();
    for r in &resources.resources {
        if let Some(phone) = &r.phone {
            facts.insert(format!("{}-phone", r.id.get_ref()), phone.get_ref().clone());
        }
        if let Some(url) = &r.url {
            facts.insert(format!("{}-url", r.id.get_ref()), url.get_ref().clone());
        }
    }
    facts
}
