//! i18n stage: one Fluent bundle per locale, with the service-name terms and the fact
//! variables generated from `content/` so that no translation can retype them.

pub mod ftl;
pub mod pseudo;
pub mod scaffold;
pub mod status;

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::source::{Direction, LocaleSource, Project, ResourcesFile};

/// A ready-to-format locale: its bundle and the fact variables every message may use.
pub struct Localizer {
    pub code: String,
    bundle: FluentBundle<FluentResource>,
    facts: BTreeMap<String, String>,
    /// The source locale (en-GB), consulted for messages this locale lacks.
    fallback: Option<Box<Localizer>>,
}

/// The source locale every other locale translates.
pub const SOURCE_LOCALE: &str = "en-GB";

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
            fallback,
        }
    }

    /// Like [`Localizer::message`], falling back to en-GB for a message this locale lacks.
    pub fn text(&self, id: &str) -> Result<Text, LookupError> {
        match (self.message(id), &self.fallback) {
            (Err(LookupError::MissingMessage(..)), Some(source)) => {
                source.message(id).map(|text| Text {
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

    /// Like [`Localizer::attribute`], with the same fallback.
    pub fn attribute_text(&self, id: &str, attr: &str) -> Result<Option<Text>, LookupError> {
        match (self.attribute(id, attr), &self.fallback) {
            (Err(LookupError::MissingMessage(..)), Some(source)) => {
                Ok(source.attribute(id, attr)?.map(|text| Text {
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
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| LookupError::MissingMessage(id.into(), self.code.clone()))?;
        let pattern = msg
            .value()
            .ok_or_else(|| LookupError::NoValue(id.into(), self.code.clone()))?;
        self.format(id, pattern)
    }

    /// An attribute of a message (`.lead`), if the message has it.
    pub fn attribute(&self, id: &str, attr: &str) -> Result<Option<String>, LookupError> {
        let Some(msg) = self.bundle.get_message(id) else {
            return Err(LookupError::MissingMessage(id.into(), self.code.clone()));
        };
        match msg.get_attribute(attr) {
            Some(a) => self.format(id, a.value()).map(Some),
            None => Ok(None),
        }
    }

    fn format(
        &self,
        id: &str,
        pattern: &fluent_syntax::ast::Pattern<&str>,
    ) -> Result<String, LookupError> {
        let mut args = FluentArgs::new();
        for (k, v) in &self.facts {
            args.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if let Some(err) = errors.first() {
            return Err(LookupError::Format {
                id: id.into(),
                locale: self.code.clone(),
                detail: err.to_string(),
            });
        }
        Ok(text.into_owned())
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
