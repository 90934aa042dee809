//! Diagnostics: problems in user files, reported compiler-style (file:line:col, the line,
//! a label, a hint) and collected rather than stopping at the first one.

pub mod group;

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{self as cs_files, Files};
use codespan_reporting::term::{self, termcolor::Buffer};
use serde::Serialize;

/// How bad a problem is: errors fail the job, warnings are reported only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a user file (or in the build as a whole when `file` is `None`).
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The file the problem is in, relative to the project where possible.
    pub file: Option<PathBuf>,
    /// Byte range inside `file`.
    pub range: Option<Range<usize>>,
    /// 1-based line and column of the range start, filled when the file text is known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Short text under the highlighted span.
    pub label: Option<String>,
    pub hints: Vec<String>,
    /// The lines around `range`, kept so the diagnostic can show the offending line.
    #[serde(skip)]
    source: Option<Quote>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            file: None,
            range: None,
            line: None,
            column: None,
            label: None,
            hints: Vec::new(),
            source: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Points the diagnostic at a file without a position (e.g. a missing file).
    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Points the diagnostic at `range` in `file`, whose full text is `text`.
    /// The range is widened to whole characters (a byte offset from a parser may fall
    /// inside one).
    pub fn at(mut self, file: impl Into<PathBuf>, text: &str, range: Range<usize>) -> Self {
        let start = floor_char_boundary(text, range.start);
        let (line, column) = line_col(text, start);
        self.file = Some(file.into());
        self.line = Some(line);
        self.column = Some(column);
        let end = ceil_char_boundary(text, range.end.max(start));
        self.range = Some(start..end);
        self.source = Some(Quote::new(text, start..end, line, column));
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` (or as much of it as is known).
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?.display().to_string();
        Some(match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            _ => file,
        })
    }

    /// Renders codespan-style: header, `--> file:line:col`, the line, the label, hints.
    pub fn render(&self) -> String {
        let severity = match self.severity {
            Severity::Error => CsSeverity::Error,
            Severity::Warning => CsSeverity::Warning,
        };
        let mut cs = CsDiagnostic::new(severity).with_message(&self.message);
        let notes: Vec<String> = self.hints.iter().map(|h| format!("hint: {h}")).collect();
        cs = cs.with_notes(notes);
        match (&self.file, &self.source, &self.range) {
            (Some(file), Some(quote), Some(range)) => {
                // Quote the line with its invisible characters made visible: a raw ESC or
                // a bidi override would act on the terminal instead of being shown.
                let (text, range) = visible(&quote.text, quote.local(range));
                let file = QuotedFile {
                    name: file.display().to_string(),
                    line_starts: cs_files::line_starts(&text).collect(),
                    text,
                    line: quote.line,
                    column: quote.column,
                };
                let label =
                    Label::primary((), range).with_message(self.label.clone().unwrap_or_default());
                cs = cs.with_labels(vec![label]);
                let mut buf = Buffer::no_color();
                let config = term::Config::default();
                if term::emit(&mut buf, &config, &file, &cs).is_ok() {
                    return String::from_utf8_lossy(buf.as_slice()).into_owned();
                }
                self.render_plain()
            }
            _ => self.render_plain(),
        }
    }

    fn render_plain(&self) -> String {
        let mut out = String::new();
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{word}: {}", self.message);
        if let Some(loc) = self.location() {
            let _ = writeln!(out, "  --> {loc}");
        }
        for hint in &self.hints {
            let _ = writeln!(out, "  = hint: {hint}");
        }
        out
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

/// How many bytes of a line a diagnostic quotes either side of its range, and of the range
/// itself: a diagnostic keeps this excerpt, not the whole file (which thousands of
/// diagnostics on one file would copy thousands of times).
const QUOTE_CONTEXT: usize = 256;
const QUOTE_MAX_RANGE: usize = 4096;

/// The part of a file a diagnostic quotes: its range's lines, cut to [`QUOTE_CONTEXT`].
#[derive(Debug, Clone)]
struct Quote {
    text: String,
    /// Byte offset of `text` in the file.
    offset: usize,
    /// 1-based line and column (in characters) of `text`'s start in the file.
    line: usize,
    column: usize,
}

impl Quote {
    /// The excerpt of `text` around `range` (on whole characters), which starts at the
    /// 1-based `line`:`column` of the file.
    fn new(text: &str, range: Range<usize>, line: usize, column: usize) -> Self {
        let start = range.start;
        let end = floor_char_boundary(text, range.end.min(start + QUOTE_MAX_RANGE));
        let from = floor_char_boundary(text, start.saturating_sub(QUOTE_CONTEXT));
        let from = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
        let to = ceil_char_boundary(text, end.saturating_add(QUOTE_CONTEXT));
        let to = text[end.max(from)..to]
            .find('\n')
            .map_or(to, |i| end.max(from) + i);
        Self {
            text: text[from..to].to_owned(),
            offset: from,
            line,
            column: column - text[from..start].chars().count(),
        }
    }

    /// `range` of the file as a range of the excerpt.
    fn local(&self, range: &Range<usize>) -> Range<usize> {
        let clamp = |at: usize| at.saturating_sub(self.offset).min(self.text.len());
        clamp(range.start)..clamp(range.end)
    }
}

/// A quoted excerpt as codespan's file: line and column numbers are the file's.
struct QuotedFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    line: usize,
    column: usize,
}

impl<'a> Files<'a> for QuotedFile {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, cs_files::Error> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, cs_files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, cs_files::Error> {
        Ok(self
            .line_starts
            .binary_search(&byte_index)
            .unwrap_or_else(|next| next - 1))
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, cs_files::Error> {
        Ok(self.line + line_index)
    }

    fn column_number(
        &'a self,
        (): (),
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, cs_files::Error> {
        let range = self.line_range((), line_index)?;
        let column = cs_files::column_index(&self.text, range, byte_index) + 1;
        // The excerpt's first line may start inside the file's line.
        Ok(if line_index == 0 {
            column + self.column - 1
        } else {
            column
        })
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, cs_files::Error> {
        let start = *self
            .line_starts
            .get(line_index)
            .ok_or(cs_files::Error::LineTooLarge {
                given: line_index,
                max: self.line_starts.len() - 1,
            })?;
        let end = self
            .line_starts
            .get(line_index + 1)
            .map_or(self.text.len(), |next| *next);
        Ok(start..end)
    }
}

/// `text` with control characters (but tab and line endings) shown as control pictures
/// (U+2400…) and bidi controls as U+FFFD, and `range` moved to match.
fn visible(text: &str, range: Range<usize>) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    // How far an offset of the original text moves: the growth of the replacements before it.
    let (mut start_shift, mut end_shift) = (0usize, 0usize);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let shown = match c {
            '\t' | '\n' => None,
            '\r' if chars.peek().is_some_and(|(_, n)| *n == '\n') => None,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
            '\u{7f}' => Some('\u{2421}'),
            '\u{80}'..='\u{9f}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => Some(char::REPLACEMENT_CHARACTER),
            _ => None,
        };
        let r = shown.unwrap_or(c);
        // Every replacement is at least as long as the character it replaces.
        let grow = r.len_utf8() - c.len_utf8();
        if i < range.start {
            start_shift += grow;
        }
        if i < range.end {
            end_shift += grow;
        }
        out.push(r);
    }
    (out, range.start + start_shift..range.end + end_shift)
}

/// 1-based line and column (in characters) of byte offset `at`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, at)];
    // Byte-wise (vectorized): every diagnostic of a file counts its lines again, and a
    // file of short broken lines has as many diagnostics as lines.
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A path shown relative to `root` when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// True when any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_lines_show_invisible_characters() {
        let text = "a = x\u{0}\u{1b}[31m y\u{202e}z\r\nb\n";
        let (shown, range) = visible(text, 7..11); // "[31m"
        assert_eq!(&shown[range], "[31m");
        assert!(shown.starts_with("a = x\u{2400}\u{241b}[31m y\u{fffd}z\r\n"));
        let d = Diagnostic::error("bad").at("a.ftl", text, 5..7);
        let rendered = d.render();
        assert!(
            !rendered.contains('\u{1b}') && !rendered.contains('\u{0}'),
            "{rendered}"
        );
        assert!(rendered.contains("a.ftl:1:6"), "{rendered}");
    }

    #[test]
    fn quotes_only_the_lines_around_the_range() {
        let long = format!("{}ż = x\n", "é".repeat(400));
        let text = format!("one\ntwo\n{long}last\n");
        let at = text.find('ż').unwrap();
        let d = Diagnostic::error("x").at("a.ftl", &text, at..at + 2);
        let quote = d.source.as_ref().unwrap();
        assert!(quote.text.len() < 600 && !quote.text.contains("two"));
        let rendered = d.render();
        assert!(rendered.contains("a.ftl:3:401"), "{rendered}");
        assert!(
            rendered.contains("3 │ é") && rendered.contains("ż = x"),
            "{rendered}"
        );
    }

    #[test]
    fn ranges_inside_a_character_are_widened() {
        let text = "a = żółw\n";
        let d = Diagnostic::error("x").at("a.ftl", text, 5..6);
        assert_eq!(d.range, Some(4..6));
        assert_eq!(d.column, Some(5));
        assert!(d.render().contains("a.ftl:1:5"));
    }
}
