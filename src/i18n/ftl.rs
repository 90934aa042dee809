//! i18n stage: an index of FTL files for the translator checks — every message and term
//! with its byte span, the variables, terms and messages each pattern references, and the
//! literal text it types — built from the full `fluent_syntax` AST with partial results.
//!
//! fluent-syntax 0.12 keeps no spans in its AST, but parsing a `&str` yields slices of the
//! input, so a node's position is the distance between its slice and the text's start.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::diag::Diagnostic;
use crate::source::LocaleSource;

/// Whether an entry is a message (`id = …`) or a term (`-id = …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryKind {
    Message,
    Term,
}

/// What one pattern (a message value or an attribute) references, each with its first span.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    pub variables: BTreeMap<String, Range<usize>>,
    pub terms: BTreeMap<String, Range<usize>>,
    pub messages: BTreeMap<String, Range<usize>>,
    /// Literal text the translator typed (text elements and string literals), with spans.
    pub texts: Vec<(Range<usize>, String)>,
}

/// One attribute (`.lead = …`) of an entry.
#[derive(Debug, Clone)]
pub struct AttributeInfo {
    pub name: String,
    pub span: Range<usize>,
    pub refs: Refs,
}

/// One message or term of a file.
#[derive(Debug, Clone)]
pub struct EntryInfo {
    pub id: String,
    pub kind: EntryKind,
    /// Span of the ID (without the `-` of a term).
    pub span: Range<usize>,
    /// The value's references; `None` for a message with attributes only.
    pub value: Option<Refs>,
    pub attributes: Vec<AttributeInfo>,
    /// The entry serialized without its comment: whitespace-normalized, so re-indenting a
    /// message does not change its hash.
    pub normalized: String,
}

impl EntryInfo {
    pub fn attribute(&self, name: &str) -> Option<&AttributeInfo> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// sha256 (hex) of the normalized source: what a translation records it was made from.
    pub fn source_hash(&self) -> String {
        hex(&Sha256::digest(self.normalized.as_bytes()))
    }

    /// Every pattern of the entry: (`None` for the value or the attribute name, refs).
    pub fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &Refs)> {
        let value = self.value.iter().map(|r| (None, r));
        value.chain(
            self.attributes
                .iter()
                .map(|a| (Some(a.name.as_str()), &a.refs)),
        )
    }
}

/// One FTL file, indexed.
#[derive(Debug, Clone)]
pub struct FtlIndex {
    /// Path as shown in diagnostics.
    pub path: PathBuf,
    pub text: String,
    pub entries: Vec<EntryInfo>,
}

impl FtlIndex {
    /// A diagnostic at `span` in this file.
    pub fn error_at(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).at(&self.path, &self.text, span)
    }

    pub fn warning_at(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(message).at(&self.path, &self.text, span)
    }
}

/// Parses `text` (shown as `path`) into an index, with a positioned diagnostic for every
/// syntax error. Never panics: broken entries are skipped, the rest is indexed.
pub fn index(path: &Path, text: &str) -> (FtlIndex, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            diags.extend(errors.iter().map(|e| syntax_diagnostic(path, text, e)));
            resource
        }
    };
    let entries = resource
        .body
        .iter()
        .filter_map(|entry| entry_info(text, entry))
        .collect();
    (
        FtlIndex {
            path: path.to_path_buf(),
            text: text.to_owned(),
            entries,
        },
        diags,
    )
}

/// A syntax error as a diagnostic (the loader and the checks both use this, so the two
/// findings dedupe): in plain words where the parser's are cryptic, at the place to fix —
/// the `{` that is never closed, the `.` of a bad attribute — with a hint.
pub fn syntax_diagnostic(
    path: &Path,
    text: &str,
    err: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    use fluent_syntax::parser::ErrorKind as K;
    const GUIDE: &str = "see https://projectfluent.org/fluent/guide/ for the syntax";
    // Byte offsets from the parser, floored to a character boundary.
    let floor = |at: usize| {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut start = floor(err.pos.start.max(err.slice.as_ref().map_or(0, |s| s.start)));
    // The parser often stops at the start of an indented line: point at what is on it.
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if line_start == start {
        start += text[start..].len() - text[start..].trim_start_matches(' ').len();
    }
    let at_char = text[start..].chars().next();
    let entry_start = floor(
        err.slice
            .as_ref()
            .map_or(line_start, |s| s.start.min(start)),
    );
    let expected = format!("{}", err.kind);
    // A placeable still open when the parser gave up (at the end of its line, or later).
    let unclosed = unclosed_brace(&text[entry_start..start])
        .filter(|_| matches!(err.kind, K::ExpectedToken('}')) || start == line_start)
        .map(|open| entry_start + open);
    let (message, range, label, hint) = match &err.kind {
        K::ExpectedToken('}') | K::ExpectedInlineExpression if unclosed.is_some() => {
            let open = unclosed.unwrap_or(start);
            let (line, col) = crate::diag::line_col(text, start);
            (
                "this `{` is never closed".to_owned(),
                open..open + 1,
                "opened here".to_owned(),
                format!(
                    "the parser expected `}}` at {line}:{col}; a placeable is `{{ $variable }}` or \
                     `{{ -term }}` on one line, a select expression ends with `}}` after its variants; \
                     to print a brace, write {{ \"{{\" }}"
                ),
            )
        }
        K::ExpectedInlineExpression => (
            "expected a `$variable`, a `-term`, a message ID or a \"string\" inside `{ }`".to_owned(),
            start..start + 1,
            "here".to_owned(),
            "a placeable inserts a value: `{ $emergency }`, `{ -childline }`; to print a brace, write { \"{\" }"
                .to_owned(),
        ),
        K::ExpectedToken('=') => (
            "expected `=` after the message ID".to_owned(),
            start..start + 1,
            "`=` expected here".to_owned(),
            "a message is `id = text`; a line of text that continues a message must be indented".to_owned(),
        ),
        K::ExpectedCharRange { .. } if at_char == Some('.') => (
            "an attribute needs a name and a value, like `.lead = …`".to_owned(),
            start..start + 1,
            "bad attribute".to_owned(),
            "attributes are indented lines under a message: `    .lead = Bold opening words`".to_owned(),
        ),
        K::ExpectedCharRange { .. } if start == line_start => (
            "this line is not a message, a term or a comment".to_owned(),
            start..start + 1,
            "unexpected text here".to_owned(),
            "an entry starts at the beginning of a line with its ID (`my-message = …`); lines that continue a \
             message are indented; comments start with #"
                .to_owned(),
        ),
        K::MissingDefaultVariant => (
            "the select expression has no default variant".to_owned(),
            start..start + 1,
            "select expression ends here".to_owned(),
            "mark one variant as the default with `*`, e.g. `   *[other] …`".to_owned(),
        ),
        K::UnbalancedClosingBrace => (
            "a `}` with no `{` before it".to_owned(),
            start..start + 1,
            "unbalanced brace".to_owned(),
            "to print a `}`, write { \"}\" }; a placeable is `{ $variable }`".to_owned(),
        ),
        _ => (
            expected,
            start..err.pos.end.max(start + 1),
            "here".to_owned(),
            GUIDE.to_owned(),
        ),
    };
    Diagnostic::error(format!("FTL syntax error: {message}"))
        .at(path, text, range)
        .with_label(label)
        .with_hint(hint)
        .with_hint(
            "until it is fixed, the entry is skipped and `leafpress build` leaves this locale out",
        )
}

/// Byte offset (in `text`) of the innermost `{` that is not closed, ignoring comment lines
/// and braces inside string literals (`{ "{" }`).
fn unclosed_brace(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.starts_with('#') {
            let mut in_string = false;
            let mut escaped = false;
            for (i, c) in line.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' if in_string => escaped = true,
                    '"' if !open.is_empty() => in_string = !in_string,
                    '{' if !in_string => open.push(offset + i),
                    '}' if !in_string => {
                        open.pop();
                    }
                    _ => {}
                }
            }
        }
        offset += line.len();
    }
    open.pop()
}

fn entry_info(text: &str, entry: &ast::Entry<&str>) -> Option<EntryInfo> {
    let (kind, id, value, attributes) = match entry {
        ast::Entry::Message(m) => (EntryKind::Message, &m.id, m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (EntryKind::Term, &t.id, Some(&t.value), &t.attributes),
        _ => return None,
    };
    let attributes = attributes
        .iter()
        .map(|a| AttributeInfo {
            name: a.id.name.to_owned(),
            span: span_of(text, a.id.name),
            refs: refs(text, &a.value),
        })
        .collect();
    Some(EntryInfo {
        id: id.name.to_owned(),
        kind,
        span: span_of(text, id.name),
        value: value.map(|v| refs(text, v)),
        attributes,
        normalized: normalize(entry),
    })
}

/// The entry alone, serialized without its comment.
fn normalize(entry: &ast::Entry<&str>) -> String {
    let entry = match entry.clone() {
        ast::Entry::Message(mut m) => {
            m.comment = None;
            ast::Entry::Message(m)
        }
        ast::Entry::Term(mut t) => {
            t.comment = None;
            ast::Entry::Term(t)
        }
        other => other,
    };
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// Byte range of `slice` inside `text`, when it is a slice of it (it always is for `&str`
/// input; an empty range at 0 otherwise, so a diagnostic still points at the file).
pub fn span_of(text: &str, slice: &str) -> Range<usize> {
    let base = text.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    if at >= base && at + slice.len() <= base + text.len() {
        let start = at - base;
        start..start + slice.len()
    } else {
        0..0
    }
}

fn refs(text: &str, pattern: &ast::Pattern<&str>) -> Refs {
    let mut out = Refs::default();
    walk_pattern(text, pattern, &mut out);
    out
}

fn walk_pattern(text: &str, pattern: &ast::Pattern<&str>, out: &mut Refs) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                out.texts.push((span_of(text, value), (*value).to_owned()));
            }
            ast::PatternElement::Placeable { expression } => walk_expression(text, expression, out),
        }
    }
}

fn walk_expression(text: &str, expression: &ast::Expression<&str>, out: &mut Refs) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(text, selector, out);
            for variant in variants {
                walk_pattern(text, &variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(text, inline, out),
    }
}

fn walk_inline(text: &str, inline: &ast::InlineExpression<&str>, out: &mut Refs) {
    use ast::InlineExpression as I;
    match inline {
        I::StringLiteral { value } => out.texts.push((span_of(text, value), (*value).to_owned())),
        I::NumberLiteral { .. } => {}
        I::FunctionReference { arguments, .. } => walk_arguments(text, arguments, out),
        I::MessageReference { id, .. } => note(&mut out.messages, text, id.name),
        I::TermReference { id, arguments, .. } => {
            note(&mut out.terms, text, id.name);
            if let Some(arguments) = arguments {
                walk_arguments(text, arguments, out);
            }
        }
        I::VariableReference { id } => note(&mut out.variables, text, id.name),
        I::Placeable { expression } => walk_expression(text, expression, out),
    }
}

fn walk_arguments(text: &str, arguments: &ast::CallArguments<&str>, out: &mut Refs) {
    for arg in &arguments.positional {
        walk_inline(text, arg, out);
    }
    for arg in &arguments.named {
        walk_inline(text, &arg.value, out);
    }
}

fn note(map: &mut BTreeMap<String, Range<usize>>, text: &str, name: &str) {
    map.entry(name.to_owned())
        .or_insert_with(|| span_of(text, name));
}

/// Where an entry is defined in a locale: which file, and the entry.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    pub file: &'a FtlIndex,
    pub entry: &'a EntryInfo,
}

/// Every FTL file of a locale, indexed, with the first definition of each ID.
#[derive(Debug, Clone)]
pub struct LocaleIndex {
    pub code: String,
    pub files: Vec<FtlIndex>,
    /// Syntax errors found while indexing.
    pub syntax: Vec<Diagnostic>,
}

impl LocaleIndex {
    /// Indexes every file of `locale` (already read and shown-path'd by the loader).
    pub fn new(locale: &LocaleSource) -> Self {
        let mut syntax = Vec::new();
        let files = locale
            .files
            .iter()
            .map(|f| {
                let (index, diags) = index(&f.path, &f.text);
                syntax.extend(diags);
                index
            })
            .collect();
        Self {
            code: locale.code().to_owned(),
            files,
            syntax,
        }
    }

    /// Every entry in file order, duplicates included.
    pub fn all(&self) -> impl Iterator<Item = Located<'_>> {
        self.files.iter().flat_map(|file| {
            file.entries
                .iter()
                .map(move |entry| Located { file, entry })
        })
    }

    /// The first definition of each message (the one Fluent uses), by ID.
    pub fn messages(&self) -> BTreeMap<&str, Located<'_>> {
        self.first_of(EntryKind::Message)
    }

    /// The first definition of each term, by ID (without the `-`).
    pub fn terms(&self) -> BTreeMap<&str, Located<'_>> {
        self.first_of(EntryKind::Term)
    }

    fn first_of(&self, kind: EntryKind) -> BTreeMap<&str, Located<'_>> {
        let mut out = BTreeMap::new();
        for located in self.all().filter(|l| l.entry.kind == kind) {
            out.entry(located.entry.id.as_str()).or_insert(located);
        }
        out
    }

    /// sha256 of each message's normalized source (used for en-GB, the source locale).
    pub fn source_hashes(&self) -> BTreeMap<String, String> {
        self.messages()
            .iter()
            .map(|(id, l)| ((*id).to_owned(), l.entry.source_hash()))
            .collect()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_references() {
        let text = "# c\nhello = Hi { $name }, see { -brand } and { other }\n    .lead = { $x ->\n        [one] { -t }\n       *[other] y\n    }\n";
        let (idx, diags) = index(Path::new("a.ftl"), text);
        assert!(diags.is_empty(), "{diags:?}");
        let e = &idx.entries[0];
        assert_eq!(&text[e.span.clone()], "hello");
        let v = e.value.as_ref().unwrap();
        assert_eq!(&text[v.variables["name"].clone()], "name");
        assert!(v.terms.contains_key("brand") && v.messages.contains_key("other"));
        let lead = e.attribute("lead").unwrap();
        assert_eq!(lead.refs.variables.keys().collect::<Vec<_>>(), ["x"]);
        assert_eq!(lead.refs.terms.keys().collect::<Vec<_>>(), ["t"]);
        assert!(v
            .texts
            .iter()
            .any(|(s, t)| &text[s.clone()] == t && t.starts_with("Hi")));
    }

    #[test]
    fn hash_ignores_comments_and_indentation() {
        let a = index(Path::new("a"), "# one\nm = Text\n    .lead = L\n").0;
        let b = index(Path::new("b"), "# two\nm =\n  Text\n  .lead = L\n").0;
        assert_eq!(a.entries[0].source_hash(), b.entries[0].source_hash());
        let c = index(Path::new("c"), "m = Text!\n    .lead = L\n").0;
        assert_ne!(a.entries[0].source_hash(), c.entries[0].source_hash());
    }

    #[test]
    fn syntax_errors_point_at_what_to_fix() {
        let at = |text: &str| {
            let (_, diags) = index(Path::new("a.ftl"), text);
            let d = &diags[0];
            (d.message.clone(), d.line.unwrap(), d.column.unwrap())
        };
        let (m, l, c) = at("ok = x\nbad = Zadzwoń { $emergency teraz\n");
        assert!(m.contains("never closed"), "{m}");
        assert_eq!((l, c), (2, 15));
        let (m, l, c) = at("bad = { $n ->\n    [one] a\n   *[other] b\nnext = c\n");
        assert!(m.contains("never closed"), "{m}");
        assert_eq!((l, c), (1, 7));
        let (m, l, c) = at("bad = x\n    .= y\n");
        assert!(m.contains("attribute"), "{m}");
        assert_eq!((l, c), (2, 5));
        let (m, ..) = at("bad = { \"{\" } ok }\n");
        assert!(m.contains("`}` with no `{`"), "{m}");
    }

    #[test]
    fn every_prefix_of_broken_ftl_gives_diagnostics_without_panicking() {
        let text = "# ż\nm = Zażółć { $x ->\n  [a] { \"{\" } ą\n *[b] ę }\n    .lead = ł { -t }\n-t = ó\n!! ś\n";
        for end in (0..=text.len()).filter(|e| text.is_char_boundary(*e)) {
            let (_, diags) = index(Path::new("a.ftl"), &text[..end]);
            for d in diags {
                let _ = d.render();
            }
        }
    }

    #[test]
    fn syntax_errors_have_positions_and_keep_the_rest() {
        let (idx, diags) = index(Path::new("a.ftl"), "good = yes\nbad = { $\nafter = ok\n");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(2));
        let ids: Vec<&str> = idx.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["good", "after"]);
    }
}
