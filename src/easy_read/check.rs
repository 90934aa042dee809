//! `check` for Easy Read messages (`locales/<code>/easy-read.ftl`): sentence length (a
//! warning above 15 words, an error above 20, at the sentence's file:line:col) and key
//! words (`.key`) that the sentence does not contain (they could not be printed in bold).
//!
//! Words are counted as a reader meets them: a `{ $variable }` as the words of its fact
//! (`0800 555 111` is three), a `{ -term }` as the words of the service's name, a selector
//! by its default variant.

use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::FTL_FILE;
use crate::diag::Diagnostic;
use crate::source::{LocaleSource, Project};

/// Above this many words a sentence gets a warning (the guidelines' 10–15 words).
pub const WARN_WORDS: usize = 15;
/// Above this many words a sentence is an error.
pub const MAX_WORDS: usize = 20;

/// One word as printed, with the byte offset in the FTL file where it comes from.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    at: usize,
}

struct Facts {
    variables: BTreeMap<String, String>,
    terms: BTreeMap<String, String>,
}

impl Facts {
    fn of(project: &Project) -> Self {
        let resources = &project.resources.data;
        let mut terms: BTreeMap<String, String> = resources
            .names
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for r in &resources.resources {
            terms.insert(r.term.clone(), r.name.clone());
        }
        Self {
            variables: crate::i18n::fact_variables(resources),
            terms,
        }
    }
}

/// Every problem of `locale`'s Easy Read messages.
pub fn check_locale(project: &Project, locale: &LocaleSource) -> Vec<Diagnostic> {
    let facts = Facts::of(project);
    let mut out = Vec::new();
    for file in locale
        .files
        .iter()
        .filter(|f| f.path.file_name().is_some_and(|n| n == FTL_FILE))
    {
        let text = file.text.as_str();
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) | Err((r, _)) => r, // syntax errors are reported by the syntax check
        };
        for entry in &resource.body {
            let ast::Entry::Message(msg) = entry else {
                continue;
            };
            let Some(value) = &msg.value else { continue };
            let words = pattern_words(text, value, &facts);
            for sentence in sentences(&words) {
                let n = sentence.len();
                if n <= WARN_WORDS {
                    continue;
                }
                let at = sentence[0].at;
                let end = sentence.last().map_or(at, |w| w.at + 1);
                let span = at..end.max(at + 1);
                let shown: Vec<&str> = sentence.iter().map(|w| w.text.as_str()).collect();
                let message = format!(
                    "`{}`: a sentence of {n} words (Easy Read: 10 to {WARN_WORDS}, never more than {MAX_WORDS}): “{}”",
                    msg.id.name,
                    shown.join(" ")
                );
                let d = if n > MAX_WORDS {
                    Diagnostic::error(message)
                } else {
                    Diagnostic::warning(message)
                };
                out.push(
                    d.at(&file.path, text, span)
                        .with_label(format!("{n} words"))
                        .with_hint("split it in two sentences, one idea and one verb each"),
                );
            }
            if let Some(key) = msg.attributes.iter().find(|a| a.id.name == "key") {
                let key_text = plain(&pattern_words(text, &key.value, &facts));
                let value_text = plain(&words);
                if key_text.is_empty() || !value_text.contains(&key_text) {
                    let at = offset(text, key.id.name);
                    out.push(
                        Diagnostic::error(format!(
                            "`{}`: the key words “{key_text}” are not in the sentence, so they cannot be printed in bold",
                            msg.id.name
                        ))
                        .at(&file.path, text, at..at + key.id.name.len())
                        .with_label("not found in the message")
                        .with_hint("copy the words exactly as the sentence has them (same case), or remove `.key`"),
                    );
                }
            }
        }
    }
    out
}

/// The words as one line (for comparing key words with their sentence).
fn plain(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte offset of `slice` (borrowed from `text`) in `text`.
fn offset(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len())
}

fn pattern_words(text: &str, pattern: &ast::Pattern<&str>, facts: &Facts) -> Vec<Word> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let base = offset(text, value);
                let mut start = None;
                for (i, c) in value
                    .char_indices()
                    .chain(std::iter::once((value.len(), ' ')))
                {
                    match (c.is_whitespace(), start) {
                        (false, None) => start = Some(i),
                        (true, Some(s)) => {
                            out.push(Word {
                                text: value[s..i].to_owned(),
                                at: base + s,
                            });
                            start = None;
                        }
                        _ => {}
                    }
                }
            }
            ast::PatternElement::Placeable { expression } => {
                expression_words(text, expression, facts, &mut out);
            }
        }
    }
    // A placeable glued to text (`{ -childline }’s`) is one word with it.
    out
}

fn expression_words(
    text: &str,
    expression: &ast::Expression<&str>,
    facts: &Facts,
    out: &mut Vec<Word>,
) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            if let Some(v) = variants.iter().find(|v| v.default).or(variants.first()) {
                out.extend(pattern_words(text, &v.value, facts));
            }
        }
        ast::Expression::Inline(inline) => {
            let (shown, at) = match inline {
                ast::InlineExpression::VariableReference { id } => (
                    facts
                        .variables
                        .get(id.name)
                        .cloned()
                        .unwrap_or_else(|| id.name.to_owned()),
                    offset(text, id.name),
                ),
                ast::InlineExpression::TermReference { id, .. } => (
                    facts
                        .terms
                        .get(id.name)
                        .cloned()
                        .unwrap_or_else(|| id.name.to_owned()),
                    offset(text, id.name),
                ),
                ast::InlineExpression::StringLiteral { value } => {
                    (value.to_string(), offset(text, value))
                }
                ast::InlineExpression::Placeable { expression } => {
                    expression_words(text, expression, facts, out);
                    return;
                }
                _ => ("x".to_owned(), 0),
            };
            out.extend(shown.split_whitespace().map(|w| Word {
                text: w.to_owned(),
                at,
            }));
        }
    }
}

/// Whether `word` is a word (not a dash or other punctuation standing alone).
fn is_word(word: &str) -> bool {
    word.chars().any(char::is_alphanumeric)
}

/// Whether `word` ends a sentence.
fn ends_sentence(word: &str) -> bool {
    let trimmed = word.trim_end_matches(['"', '”', '’', '\'', ')', '»']);
    trimmed.ends_with(['.', '!', '?'])
}

/// The words split into sentences (punctuation standing alone dropped).
fn sentences(words: &[Word]) -> Vec<Vec<Word>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for w in words {
        if is_word(&w.text) {
            current.push(w.clone());
        }
        if ends_sentence(&w.text) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Words per sentence of plain text (what tests read back from a PDF use the same rule).
pub fn sentence_lengths(text: &str) -> Vec<usize> {
    let words: Vec<Word> = text
        .split_whitespace()
        .map(|w| Word {
            text: w.to_owned(),
            at: 0,
        })
        .collect();
    sentences(&words).iter().map(Vec::len).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_per_sentence() {
        assert_eq!(
            sentence_lengths("Call 999 now. Tell a trusted adult — today!"),
            vec![3, 5]
        );
        assert_eq!(sentence_lengths("No full stop here"), vec![4]);
    }
}
