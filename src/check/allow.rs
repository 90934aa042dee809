//! Check stage, the project's reviewed exceptions (`locales/allowed.toml`): a number or web
//! address one message of one locale may type, messages meant to read exactly as the
//! English, and proper nouns that stay English in every language.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diag::Diagnostic;
use crate::source::{Loaded, Project};

/// The allow-list's path inside the project.
pub const ALLOWED: &str = "locales/allowed.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct AllowFile {
    #[serde(default)]
    keep_english: Vec<Spanned<String>>,
    #[serde(default)]
    fact: Vec<AllowedFact>,
    #[serde(default)]
    english: Vec<AllowedEnglish>,
}

/// A typed number or web address a maintainer has allowed in one message of one locale.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AllowedFact {
    pub locale: Spanned<String>,
    /// The message ID, or `id.attribute` for one attribute only.
    pub message: Spanned<String>,
    /// Exactly the text typed (`0300 123 4567`, `example.org.uk`).
    pub text: Spanned<String>,
    /// Who reviewed it, and when.
    pub reviewed_by: String,
}

/// A message of one locale that is meant to read exactly as the English.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AllowedEnglish {
    pub locale: Spanned<String>,
    pub message: Spanned<String>,
    pub reviewed_by: String,
}

/// The loaded allow-list (empty when the project has none).
#[derive(Debug, Clone, Default)]
pub struct AllowList {
    /// Proper nouns that stay English in every language (`WhatsApp`).
    pub keep_english: Vec<String>,
    pub facts: Vec<AllowedFact>,
    pub english: Vec<AllowedEnglish>,
    /// The file as read, for positioned diagnostics; `None` when there is none.
    pub file: Option<Loaded<()>>,
}

impl AllowList {
    /// Reads `locales/allowed.toml`; a missing file is an empty list, a broken one an
    /// empty list and a positioned diagnostic.
    pub fn load(root: &Path) -> (Self, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let path = root.join(ALLOWED);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return (Self::default(), diags)
            }
            Err(err) => {
                diags.push(
                    Diagnostic::error(format!("cannot read {ALLOWED}: {err}")).in_file(ALLOWED),
                );
                return (Self::default(), diags);
            }
        };
        let Some(loaded) =
            crate::source::parse_toml::<AllowFile>(PathBuf::from(ALLOWED), text, &mut diags)
        else {
            return (Self::default(), diags);
        };
        let Loaded { file, data } = loaded;
        for fact in &data.fact {
            if fact.text.get_ref().trim().is_empty() {
                diags.push(
                    file.error_at(
                        fact.text.span(),
                        "an allowed fact needs the exact text typed",
                    )
                    .with_label("empty")
                    .with_hint("write the number or address exactly as the message types it"),
                );
            }
        }
        for (entry, reviewed) in data
            .fact
            .iter()
            .map(|f| (&f.locale, &f.reviewed_by))
            .chain(data.english.iter().map(|e| (&e.locale, &e.reviewed_by)))
        {
            if reviewed.trim().is_empty() {
                diags.push(
                    file.error_at(entry.span(), "an allowed exception needs `reviewed-by`")
                        .with_label("in this entry")
                        .with_hint(
                            "name who reviewed it, and when (`reviewed-by = \"Name, 2026-11-25\"`)",
                        ),
                );
            }
        }
        let list = Self {
            keep_english: data
                .keep_english
                .iter()
                .map(|w| w.get_ref().clone())
                .filter(|w| !w.trim().is_empty())
                .collect(),
            facts: data.fact,
            english: data.english,
            file: Some(Loaded { file, data: () }),
        };
        (list, diags)
    }

    /// Whether `typed` may stand in `message` (`id` or `id.attribute`) of `locale`.
    pub fn allows_fact(&self, locale: &str, message: &str, typed: &str) -> bool {
        self.facts.iter().any(|f| {
            f.locale.get_ref() == locale
                && f.text.get_ref() == typed
                && matches_message(f.message.get_ref(), message)
        })
    }

    /// Whether `message` of `locale` is meant to read as the English.
    pub fn allows_english(&self, locale: &str, message: &str) -> bool {
        self.english
            .iter()
            .any(|e| e.locale.get_ref() == locale && e.message.get_ref() == message)
    }

    /// Entries that name a locale or message the project does not have (warnings: the
    /// exception no longer applies to anything).
    pub fn unknown_names(&self, project: &Project, source_ids: &[&str]) -> Vec<Diagnostic> {
        let Some(loaded) = &self.file else {
            return Vec::new();
        };
        let file = &loaded.file;
        let mut out = Vec::new();
        let entries = self
            .facts
            .iter()
            .map(|f| (&f.locale, &f.message))
            .chain(self.english.iter().map(|e| (&e.locale, &e.message)));
        for (locale, message) in entries {
            if !project.locales.iter().any(|l| l.code() == locale.get_ref()) {
                out.push(
                    file.warning_at(
                        locale.span(),
                        format!("unknown locale `{}`", locale.get_ref()),
                    )
                    .with_label("no such folder under locales/")
                    .with_hint("fix the code, or delete the entry"),
                );
            }
            let id = message.get_ref().split('.').next().unwrap_or_default();
            if !source_ids.contains(&id) {
                out.push(
                    file.warning_at(
                        message.span(),
                        format!("unknown message `{}`", message.get_ref()),
                    )
                    .with_label("en-GB has no such message")
                    .with_hint("fix the ID (`id` or `id.attribute`), or delete the entry"),
                );
            }
        }
        out
    }

    /// A warning at an allowed fact that no message types any more.
    pub fn stale(&self, fact: &AllowedFact) -> Option<Diagnostic> {
        let file = &self.file.as_ref()?.file;
        Some(
            file.warning_at(
                fact.text.span(),
                format!(
                    "`{}` of {} no longer types `{}`: the exception is unused",
                    fact.message.get_ref(),
                    fact.locale.get_ref(),
                    fact.text.get_ref()
                ),
            )
            .with_label("matches nothing")
            .with_hint("delete this [[fact]] entry"),
        )
    }
}

/// `id` allows every pattern of the message; `id.attr` that attribute only.
fn matches_message(allowed: &str, message: &str) -> bool {
    allowed == message
        || (!allowed.contains('.')
            && message
                .strip_prefix(allowed)
                .is_some_and(|rest| rest.starts_with('.')))
}

trait WarningAt {
    fn warning_at(&self, span: std::ops::Range<usize>, message: String) -> Diagnostic;
}

impl WarningAt for crate::source::SourceFile {
    fn warning_at(&self, span: std::ops::Range<usize>, message: String) -> Diagnostic {
        let mut d = self.error_at(span, message);
        d.severity = crate::diag::Severity::Warning;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::matches_message;

    #[test]
    fn message_or_attribute() {
        assert!(matches_message("a-b", "a-b"));
        assert!(matches_message("a-b", "a-b.lead"));
        assert!(!matches_message("a-b.lead", "a-b"));
        assert!(!matches_message("a-b", "a-bc"));
    }
}
