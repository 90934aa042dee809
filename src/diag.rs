//! Diagnostics: problems in user files, reported compiler-style (file:line:col, the line,
//! a label, a hint) and collected rather than stopping at the first one.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFile;
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
    /// The file's text, kept so the diagnostic can show the offending line.
    #[serde(skip)]
    source: Option<String>,
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
    pub fn at(mut self, file: impl Into<PathBuf>, text: &str, range: Range<usize>) -> Self {
        let start = range.start.min(text.len());
        let (line, column) = line_col(text, start);
        self.file = Some(file.into());
        self.line = Some(line);
        self.column = Some(column);
        self.range = Some(start..range.end.clamp(start, text.len()));
        self.source = Some(text.to_owned());
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
            (Some(file), Some(text), Some(range)) => {
                let file = SimpleFile::new(file.display().to_string(), text.as_str());
                let label = Label::primary((), range.clone())
                    .with_message(self.label.clone().unwrap_or_default());
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

/// 1-based line and column (in characters) of byte offset `at`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, at)];
    let line = before.matches('\n').count() + 1;
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
