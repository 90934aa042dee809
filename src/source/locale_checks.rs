//! Load stage, checks of a locale's FTL text that make it unfit to print, run on every
//! load (so `build` refuses the locale and `check` reports the same finding): invisible
//! control and bidi characters, IDs defined twice, and messages too long to be text.
//!
//! A locale with any of these errors is left out of a build (see `cli::build`); the
//! others still build.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use crate::diag::Diagnostic;
use crate::i18n::ftl::{self, EntryKind, FtlIndex, Located};

use super::FtlFile;

/// The longest text one message value or attribute may hold. The longest shipped message
/// is under 1.5 KB; anything near this limit is a paste gone wrong, and laying out a
/// megabyte of text would take typst minutes before failing on overflow anyway.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;

/// Every load-time error in one locale's files (syntax errors are reported by the parser).
pub fn check_files(files: &[FtlFile]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut indexes = Vec::new();
    for file in files {
        out.extend(control_characters(&file.path, &file.text));
        out.extend(bidi_controls(&file.path, &file.text));
        // Syntax errors were reported when the file was parsed; the index keeps the rest.
        indexes.push(ftl::index(&file.path, &file.text).0);
    }
    out.extend(duplicates(&indexes));
    for file in &indexes {
        out.extend(oversized(file));
    }
    out
}

/// A second definition of a message or term ID in a locale (in any of its files).
pub fn duplicates(files: &[FtlIndex]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut first: BTreeMap<(EntryKind, &str), Located> = BTreeMap::new();
    for file in files {
        for entry in &file.entries {
            let located = Located { file, entry };
            let key = (entry.kind, entry.id.as_str());
            let Some(earlier) = first.get(&key) else {
                first.insert(key, located);
                continue;
            };
            let at = earlier
                .file
                .error_at(earlier.entry.span.clone(), "")
                .location()
                .unwrap_or_default();
            let shown = match entry.kind {
                EntryKind::Message => entry.id.clone(),
                EntryKind::Term => format!("-{}", entry.id),
            };
            out.push(
                file.error_at(entry.span.clone(), format!("duplicate ID `{shown}`"))
                    .with_label("defined again here")
                    .with_hint(format!(
                        "first defined at {at}; Fluent uses that one and ignores this one: delete one of them"
                    )),
            );
        }
    }
    out
}

/// A message value or attribute longer than [`MAX_MESSAGE_BYTES`].
fn oversized(file: &FtlIndex) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for entry in &file.entries {
        for (attr, refs) in entry.patterns() {
            let bytes: usize = refs.texts.iter().map(|(_, t)| t.len()).sum();
            if bytes <= MAX_MESSAGE_BYTES {
                continue;
            }
            let name = match attr {
                Some(a) => format!("{}.{a}", entry.id),
                None => entry.id.clone(),
            };
            out.push(
                file.error_at(
                    entry.span.clone(),
                    format!(
                        "message `{name}` is {} long; the limit is {} KiB",
                        human_bytes(bytes),
                        MAX_MESSAGE_BYTES / 1024
                    ),
                )
                .with_label("this message")
                .with_hint(
                    "a message is a sentence or a paragraph: split it into several messages, or check \
                     that the file was not damaged by a paste gone wrong",
                ),
            );
        }
    }
    out
}

fn human_bytes(n: usize) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0))
    } else {
        format!("{n} bytes")
    }
}

/// Invisible bidi controls that can reorder what a reader sees (Fluent's own isolation
/// marks are added at formatting time, never typed into a file).
const BIDI_CONTROLS: [(char, &str); 11] = [
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

fn bidi_name(c: char) -> Option<&'static str> {
    BIDI_CONTROLS.iter().find(|(b, _)| *b == c).map(|(_, n)| *n)
}

/// Every run of bidi control characters in a file (comments included).
pub fn bidi_controls(path: &Path, text: &str) -> Vec<Diagnostic> {
    invisible_runs(
        path,
        text,
        |c, _| bidi_name(c).is_some(),
        |c| bidi_name(c).unwrap_or("?"),
        "invisible bidi control character(s) in the text",
        "they can reverse how a phone number or a name is displayed; delete them. leafpress isolates \
         numbers and names itself in right-to-left locales",
    )
}

/// One error per run of invisible characters matching `hit`, naming each one.
fn invisible_runs(
    path: &Path,
    text: &str,
    hit: impl Fn(char, Option<char>) -> bool,
    name: impl Fn(char) -> &'static str,
    what: &str,
    hint: &str,
) -> Vec<Diagnostic> {
    runs(text, hit)
        .into_iter()
        .map(|(range, chars)| {
            let names: Vec<String> = chars
                .iter()
                .map(|c| format!("U+{:04X} {}", *c as u32, name(*c)))
                .collect();
            Diagnostic::error(format!("{what}: {}", names.join(", ")))
                .at(path, text, range)
                .with_label("invisible characters here")
                .with_hint(hint)
        })
        .collect()
}

/// The name of a control character (C0, DEL, C1), for diagnostics.
fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\0' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN (not followed by a line feed)",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\t' | '\n' => return None,
        c if c.is_control() => "control character",
        _ => return None,
    })
}

/// Every run of control characters in a file: C0 (but tab, line feed and the CR of a CRLF
/// line ending), DEL and C1. They print as nothing or as boxes and can hide text from a
/// reviewer; a NUL usually means the file was damaged.
pub fn control_characters(path: &Path, text: &str) -> Vec<Diagnostic> {
    let is_control = |c: char, next: Option<char>| {
        control_name(c).is_some() && !(c == '\r' && next == Some('\n'))
    };
    invisible_runs(
        path,
        text,
        is_control,
        |c| control_name(c).unwrap_or("control character"),
        "control character(s) in the text",
        "they print as nothing or as boxes and can hide text from a reviewer; delete them \
         (text pasted from a terminal or a damaged file often carries them)",
    )
}

/// Maximal runs of adjacent characters matching `hit(c, next char)`, with their byte range.
fn runs(text: &str, hit: impl Fn(char, Option<char>) -> bool) -> Vec<(Range<usize>, Vec<char>)> {
    let mut out: Vec<(Range<usize>, Vec<char>)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        if !hit(c, next) {
            continue;
        }
        match out.last_mut() {
            Some((range, run)) if range.end == i => {
                range.end = i + c.len_utf8();
                run.push(c);
            }
            _ => out.push((i..i + c.len_utf8(), vec![c])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_in_runs_but_crlf_and_tabs_are_not() {
        let text = "a = x\r\nb = y\u{0}\u{7}z\tw\nc = lone\rcr\n";
        let diags = control_characters(Path::new("a.ftl"), text);
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert_eq!((diags[0].line, diags[0].column), (Some(2), Some(6)));
        assert!(diags[0].message.contains("U+0000 NULL, U+0007 BELL"));
        assert_eq!((diags[1].line, diags[1].column), (Some(3), Some(9)));
    }

    #[test]
    fn bidi_runs_are_one_diagnostic() {
        let text = "a = 0800\u{202E}\u{2066} 555\n";
        let diags = bidi_controls(Path::new("a.ftl"), text);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].line, diags[0].column), (Some(1), Some(9)));
        assert!(diags[0]
            .message
            .contains("U+202E RIGHT-TO-LEFT OVERRIDE, U+2066"));
    }

    #[test]
    fn duplicates_across_files_and_oversized_messages() {
        let a = ftl::index(Path::new("a.ftl"), "m = one\n-t = T\n").0;
        let big = format!("m = two\nhuge = {}\n", "x".repeat(MAX_MESSAGE_BYTES + 1));
        let b = ftl::index(Path::new("b.ftl"), &big).0;
        let dups = duplicates(&[a, b.clone()]);
        assert_eq!(dups.len(), 1);
        assert_eq!(dups[0].message, "duplicate ID `m`");
        assert_eq!(dups[0].location().as_deref(), Some("b.ftl:1:1"));
        let big = oversized(&b);
        assert_eq!(big.len(), 1);
        assert!(big[0]
            .message
            .starts_with("message `huge` is 16385 bytes long"));
    }
}
