//! Load stage: `locales/<BCP-47>/` folders — a `locale.toml` metadata entry and plain FTL
//! files, parsed with partial results so one syntax error never hides the rest.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};

use super::{load_toml, read_text_noting, sorted_entries, Loaded};
use crate::diag::{display_path, Diagnostic};

/// `locales/<code>/locale.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleMeta {
    pub code: String,
    /// English name, for staff.
    pub name: String,
    /// The language's own name, in its own script, for readers.
    pub native_name: String,
    pub script: String,
    pub direction: Direction,
    /// Font families in fallback order.
    pub fonts: Vec<String>,
    pub status: ReviewStatus,
    /// Scripts such as Nastaliq need line boxes as tall as the font (see TYPST-NOTES).
    #[serde(default)]
    pub tall_lines: bool,
    /// Fixed-size formats this locale's text cannot fit (reported at every build, not built).
    #[serde(default)]
    pub skip_formats: Vec<String>,
    /// Words that would give a discreet card away in this language (the format's
    /// `avoid-words` are English). A locale that translates the `discreet-*` messages must
    /// list them: the build refuses its discreet card otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discreet_avoid_words: Vec<String>,
    /// The nation this language's outputs are for when nothing else says (`cy`: wales).
    /// Without it, England; a venue of `--venue-details` can set its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nation: Option<Nation>,
    /// The speech voice of audio editions (an `espeak-ng --voices` name, e.g. `en-gb`);
    /// without it, audio editions of this language are not made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
    /// Braille for this language: the liblouis table, or why there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub braille: Option<LocaleBraille>,
}

/// `[braille]` in locale.toml: the liblouis table a braille edition is made with
/// (`table`), or, for a language with no sound 6-dot table, why it is left out
/// (`left-out`); exactly one of the two.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleBraille {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_out: Option<String>,
    /// The table web addresses are written with, when the language's own table cannot
    /// (Welsh: cy-cy-g2.ctb writes capitals in addresses as 8-dot computer braille). In a
    /// language not written in Latin letters (ar, pa) it also writes every Latin-script
    /// stretch (service names) and dates and version numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The UK nation an output is for, where what a reader meets differs: a school in Wales has
/// a Designated Safeguarding Person (*Keeping learners safe*), in England a Designated
/// Safeguarding Lead. Messages select on it as `{ $nation -> [wales] … *[england] … }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Nation {
    #[default]
    England,
    Wales,
}

impl Nation {
    /// Every nation, as locale.toml and venue details write it.
    pub const ALL: [Nation; 2] = [Nation::England, Nation::Wales];

    /// `england`, `wales`: the value of `$nation` in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
        }
    }

    /// The nation written as `name`, if it is one.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.as_str() == name)
    }
}

/// Ordered from least to most checked, so `min()` of several is the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Draft,
    Translated,
    Reviewed,
}

/// One parsed `.ftl` file.
#[derive(Debug)]
pub struct FtlFile {
    pub path: PathBuf,
    pub text: String,
    pub resource: FluentResource,
}

impl Clone for FtlFile {
    fn clone(&self) -> Self {
        let resource = match FluentResource::try_new(self.text.clone()) {
            Ok(r) | Err((r, _)) => r,
        };
        Self {
            path: self.path.clone(),
            text: self.text.clone(),
            resource,
        }
    }
}

/// A locale folder as loaded.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub meta: Loaded<LocaleMeta>,
    pub files: Vec<FtlFile>,
}

impl LocaleSource {
    pub fn code(&self) -> &str {
        &self.meta.data.code
    }
}

/// Loads every folder under `locales/`, sorted by name.
pub fn load_all(root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<LocaleSource> {
    let dir = root.join("locales");
    let entries = match sorted_entries(&dir) {
        Ok(entries) => entries,
        Err(err) => {
            diags.push(
                Diagnostic::error(format!("cannot read locales/: {err}"))
                    .in_file("locales")
                    .with_hint(
                        "locales/<code>/ holds a locale.toml and .ftl files; en-GB is the source",
                    ),
            );
            return Vec::new();
        }
    };
    let locales: Vec<LocaleSource> = entries
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| load_one(root, p, diags))
        .collect();
    check_fonts(root, &root.join("layouts").join("fonts"), &locales, diags);
    locales
}

fn load_one(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<LocaleSource> {
    let folder = dir.file_name()?.to_string_lossy().into_owned();
    let paths = sorted_entries(dir).unwrap_or_default();
    if paths.is_empty() {
        diags.push(
            Diagnostic::error(format!("locale folder `{folder}` is empty"))
                .in_file(display_path(root, dir))
                .with_hint(format!(
                    "run `leafpress new-locale {folder}` to scaffold it (locale.toml and every message to translate), \
                     or delete the folder"
                )),
        );
        return None;
    }
    let meta = load_toml::<LocaleMeta>(root, &dir.join("locale.toml"), diags)?;
    let code_span = meta.file.locate(&meta.data.code).span();
    if meta.data.code != folder {
        diags.push(
            meta.file
                .error_at(
                    code_span,
                    format!(
                        "locale.toml says code `{}` but its folder is `{folder}`",
                        meta.data.code
                    ),
                )
                .with_label("the locale's code")
                .with_hint("the folder name is the locale code: make them the same"),
        );
        return None;
    }
    if let Err(problem) = check_code(&meta.data.code) {
        diags.push(
            meta.file
                .error_at(
                    code_span,
                    format!("`{}` is not a usable BCP 47 language tag: {problem}", meta.data.code),
                )
                .with_label("also the folder's name")
                .with_hint("name the folder and `code` with a tag such as en-GB, cy, pa, ur or pt-BR: a 2- or 3-letter \
                            ISO 639 language, optionally a script and a 2-letter region, joined by hyphens"),
        );
        return None;
    }
    let mut files = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        if let Some(text) = read_text_noting(root, path, diags) {
            files.extend(load_ftl(root, path, text, diags));
        }
    }
    if files.is_empty() {
        diags.push(
            Diagnostic::error(format!("locale `{folder}` has no .ftl files"))
                .in_file(display_path(root, dir))
                .with_hint("copy locales/en-GB/*.ftl into the folder and translate them"),
        );
        return None;
    }
    diags.extend(super::locale_checks::check_files(&files));
    Some(LocaleSource { meta, files })
}

/// Why `code` cannot name a locale: it must be a BCP 47 tag in its canonical spelling
/// (hyphens, `en-GB` not `en_gb`), with a language typst knows (2 or 3 letters) and, if
/// any, a 2-letter region (typst takes ISO 3166-1 alpha-2 regions only).
fn check_code(code: &str) -> Result<(), String> {
    let id: unic_langid::LanguageIdentifier = code
        .parse()
        .map_err(|_| "it does not parse as a language tag".to_owned())?;
    let language = id.language.as_str();
    if !(2..=3).contains(&language.len()) {
        return Err(format!(
            "the language `{language}` is not a 2- or 3-letter ISO 639 code"
        ));
    }
    let canonical = id.to_string();
    if canonical != code {
        return Err(format!(
            "it is written `{canonical}` (hyphens, lower-case language, upper-case region)"
        ));
    }
    if let Some(region) = id.region {
        if region.as_str().len() != 2 {
            return Err(format!(
                "the region `{}` is not a 2-letter country code",
                region.as_str()
            ));
        }
    }
    Ok(())
}

/// Every font family a locale.toml names must be provided by a file in layouts/fonts/
/// (leafpress uses only vendored fonts). typst would otherwise warn in the layout and fall
/// back to another font, or print boxes.
fn check_fonts(
    root: &Path,
    fonts_dir: &Path,
    locales: &[LocaleSource],
    diags: &mut Vec<Diagnostic>,
) {
    if locales.is_empty() {
        return;
    }
    let families = vendored_families(fonts_dir);
    if families.is_empty() {
        return; // reported by the typesetter ("no fonts found")
    }
    for locale in locales {
        for family in &locale.meta.data.fonts {
            if families.iter().any(|f| f.eq_ignore_ascii_case(family)) {
                continue;
            }
            let span = locale.meta.file.locate(family).span();
            diags.push(
                locale
                    .meta
                    .file
                    .error_at(
                        span,
                        format!(
                            "font family `{family}` is not in {}",
                            display_path(root, fonts_dir).display()
                        ),
                    )
                    .with_label("no vendored font file has this family name")
                    .with_hint(format!(
                        "add its Regular and Bold .ttf files and its OFL licence to layouts/fonts/, or fix the name; \
                         vendored families: {}",
                        families.join(", ")
                    )),
            );
        }
    }
}

/// The family names of the font files under `dir` (as typst reads them), sorted.
fn vendored_families(dir: &Path) -> Vec<String> {
    let mut families = std::collections::BTreeSet::new();
    for path in sorted_entries(dir).unwrap_or_default().iter().filter(|p| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc"))
    }) {
        if let Ok(data) = std::fs::read(path) {
            families.extend(typst::text::FontInfo::iter(&data).map(|info| info.family));
        }
    }
    families.into_iter().collect()
}

/// What the loader does with an FTL file's text: refuses (and reports) a file nested too
/// deeply to parse at all — it is left out — and parses the rest with [`parse_ftl`].
pub fn load_ftl(
    root: &Path,
    path: &Path,
    text: String,
    diags: &mut Vec<Diagnostic>,
) -> Option<FtlFile> {
    if let Some(at) = too_deep(&text) {
        diags.push(
            Diagnostic::error(format!(
                "placeables nested more than {MAX_NESTING} deep: the file is left out"
            ))
            .at(display_path(root, path), &text, at..at + 1)
            .with_label("too deep here")
            .with_hint(
                "a message needs at most a few levels of `{ }`; look for a paste gone wrong",
            ),
        );
        return None;
    }
    Some(parse_ftl(root, path, text, diags))
}

/// Parses FTL, keeping what parsed and reporting each syntax error at its position.
pub fn parse_ftl(root: &Path, path: &Path, text: String, diags: &mut Vec<Diagnostic>) -> FtlFile {
    let shown = display_path(root, path);
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for err in errors {
                diags.push(crate::i18n::ftl::syntax_diagnostic(&shown, &text, &err));
            }
            resource
        }
    };
    FtlFile {
        path: shown,
        text,
        resource,
    }
}

/// How deeply placeables (`{ … }`) and call arguments (`F( … )`) may nest. The Fluent
/// parser and resolver recurse once per level: thousands of levels overflow the stack and
/// abort the process (2 MiB threads at ~3,000), so such a file is refused before parsing.
pub const MAX_NESTING: usize = 100;

/// The byte offset where `text` nests deeper than [`MAX_NESTING`], if it does. Counts `{`
/// and, inside placeables, `(`; skips string literals inside placeables and comment lines
/// outside them; starts again at 0 at an `id =` line, where the parser starts a new entry
/// (an unclosed brace in a broken entry does not count against the next). It never
/// under-counts what the parser would recurse on.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if (i == 0 || bytes[i - 1] == b'\n') && starts_entry(&bytes[i..]) {
            depth = 0;
        }
        match bytes[i] {
            b'#' if depth == 0 && (i == 0 || bytes[i - 1] == b'\n') => {
                // A comment line: skip to its end.
                i += bytes[i..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .unwrap_or(bytes.len() - i);
            }
            b'"' if depth > 0 => {
                // A string literal ends at an unescaped quote or the end of the line.
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' if depth > 0 => depth -= 1,
            _ => {}
        }
        if depth > MAX_NESTING {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether a line starts a message or term definition: `-?identifier *=`.
fn starts_entry(line: &[u8]) -> bool {
    let id = line.strip_prefix(b"-").unwrap_or(line);
    if !id.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = id
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
        .map_or(&[][..], |end| &id[end..]);
    rest.iter().find(|b| **b != b' ') == Some(&b'=')
}
