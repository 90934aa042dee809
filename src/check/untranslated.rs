//! Check stage, untranslated text: a message of a locale whose language is not English
//! that still reads exactly as en-GB (placeables and whitespace aside) prints in English —
//! what Pontoon and Weblate flag as "identical to source". Reported by `check`, counted by
//! `status`.

use super::allow::AllowList;
use super::{CheckKind, Context, Finding};
use crate::i18n::ftl::{LocaleIndex, Located, Refs};
use crate::i18n::{pseudo, SOURCE_LOCALE};
use crate::source::LocaleSource;

/// Whether `code`'s language is English (`en-GB`, `en-US`, the pseudo-locale `en-XA`):
/// its messages may read as en-GB's.
pub fn is_english(code: &str) -> bool {
    code.split(['-', '_'])
        .next()
        .is_some_and(|lang| lang.eq_ignore_ascii_case("en"))
}

/// One message still in English: where, and which of its parts (`None` the value,
/// `Some(attribute)`).
pub struct Untranslated<'a> {
    pub located: Located<'a>,
    pub parts: Vec<Option<&'a str>>,
}

impl Untranslated<'_> {
    /// `id`, or `id.attr` when only attributes are in English, comma-separated.
    pub fn names(&self) -> String {
        let id = &self.located.entry.id;
        self.parts
            .iter()
            .map(|p| match p {
                None => format!("`{id}`"),
                Some(a) => format!("`{id}.{a}`"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Where to point: the message's ID, or the first attribute in English.
    fn span(&self) -> std::ops::Range<usize> {
        let entry = self.located.entry;
        match self.parts.first() {
            Some(Some(attr)) => entry
                .attribute(attr)
                .map_or(entry.span.clone(), |a| a.span.clone()),
            _ => entry.span.clone(),
        }
    }
}

/// Every message of `target` identical to its en-GB text in a value or attribute that has
/// words to translate; nothing for an English-language locale or a pseudo-locale.
/// Proper nouns in the allow-list's `keep-english` do not count as words, and messages it
/// lists under `[[english]]` for this locale are meant.
pub fn untranslated<'a>(
    source: &LocaleIndex,
    target: &'a LocaleIndex,
    allow: &AllowList,
) -> Vec<Untranslated<'a>> {
    let code = target.code.as_str();
    if is_english(code) || pseudo::is_pseudo(code) || code == SOURCE_LOCALE {
        return Vec::new();
    }
    let english = source.messages();
    let mut out = Vec::new();
    for (id, located) in target.messages() {
        let Some(src) = english.get(id) else { continue };
        if allow.allows_english(code, id) {
            continue;
        }
        let mut parts = Vec::new();
        for (attr, refs) in located.entry.patterns() {
            let src_refs = match attr {
                None => src.entry.value.as_ref(),
                Some(a) => src.entry.attribute(a).map(|a| &a.refs),
            };
            let Some(src_refs) = src_refs else { continue };
            let text = plain(refs);
            if text == plain(src_refs) && has_words(&text, &allow.keep_english) {
                parts.push(attr);
            }
        }
        if !parts.is_empty() {
            out.push(Untranslated { located, parts });
        }
    }
    out.sort_by_key(|u| (u.located.file.path.clone(), u.located.entry.span.start));
    out
}

/// A warning per untranslated message of `locale`.
pub fn check(ctx: &Context, locale: &LocaleSource) -> Vec<Finding> {
    if is_english(locale.code()) || pseudo::is_pseudo(locale.code()) {
        return Vec::new();
    }
    let target = LocaleIndex::new(locale);
    let code = locale.code();
    untranslated(&ctx.source, &target, &ctx.allow)
        .iter()
        .map(|u| {
            let d = u
                .located
                .file
                .warning_at(
                    u.span(),
                    format!(
                        "{} {} identical to {SOURCE_LOCALE}: not translated yet",
                        u.names(),
                        if u.parts.len() > 1 { "are" } else { "is" }
                    ),
                )
                .with_label("still the English text")
                .with_hint(format!(
                    "translate it from locales/{SOURCE_LOCALE}/ (as it is, it prints in English); a proper noun that \
                     stays English goes in `keep-english` in {allowed}, a message meant to read as the English in an \
                     [[english]] entry there (locale = \"{code}\", message = \"{id}\", reviewed-by = \"…\")",
                    allowed = super::allow::ALLOWED,
                    id = u.located.entry.id
                ));
            Finding::new(CheckKind::Untranslated, Some(code), d)
        })
        .collect()
}

/// The text a pattern types, placeables left out and whitespace collapsed.
fn plain(refs: &Refs) -> String {
    refs.texts
        .iter()
        .flat_map(|(_, t)| t.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` has a word to translate: two letters or more with no digit in them
/// (`A4`, `2FA` and `18+` are not words), once the proper nouns in `keep` are taken out.
fn has_words(text: &str, keep: &[String]) -> bool {
    let mut text = text.to_owned();
    for noun in keep {
        text = remove_word(&text, noun);
    }
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_numeric())
    })
}

/// `text` with every whole-word occurrence of `word` replaced by a space.
fn remove_word(text: &str, word: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let end = at + word.len();
        let before = rest[..at].chars().next_back();
        let after = rest[end..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            out.push_str(word);
        } else {
            out.push(' ');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_languages() {
        assert!(is_english("en-GB") && is_english("en") && is_english("en-XA"));
        assert!(!is_english("cy") && !is_english("pl") && !is_english("ens"));
    }

    #[test]
    fn words() {
        assert!(has_words("Call .", &[]));
        assert!(!has_words(": ( )", &[]));
        assert!(!has_words("A4 · 2FA · 18+ · 24/7", &[]));
        assert!(!has_words("WhatsApp", &["WhatsApp".into()]));
        assert!(has_words("Open WhatsApp", &["WhatsApp".into()]));
        assert!(has_words("WhatsAppy", &["WhatsApp".into()]));
    }
}
