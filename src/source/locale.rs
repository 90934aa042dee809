//! Load stage: `locales/<BCP-47>/` folders — a `locale.toml` metadata entry and plain FTL
//! files, parsed with partial results so one syntax error never hides the rest.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};

use super::{load_toml, read_text, sorted_entries, Loaded};
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
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
    entries
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| load_one(root, p, diags))
        .collect()
}

fn load_one(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<LocaleSource> {
    let folder = dir.file_name()?.to_string_lossy().into_owned();
    let meta = load_toml::<LocaleMeta>(root, &dir.join("locale.toml"), diags)?;
    if meta.data.code != folder {
        diags.push(
            Diagnostic::error(format!(
                "locale.toml says code `{}` but its folder is `{folder}`",
                meta.data.code
            ))
            .in_file(&meta.file.path)
            .with_hint("the folder name is the locale code: make them the same"),
        );
        return None;
    }
    if meta
        .data
        .code
        .parse::<unic_langid::LanguageIdentifier>()
        .is_err()
    {
        diags.push(
            Diagnostic::error(format!("`{}` is not a BCP 47 language tag", meta.data.code))
                .in_file(&meta.file.path)
                .with_hint("use a tag such as en-GB, cy, pa or ur"),
        );
        return None;
    }
    let mut files = Vec::new();
    let paths = sorted_entries(dir).unwrap_or_default();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        match read_text(root, path) {
            Ok(text) => files.push(parse_ftl(root, path, text, diags)),
            Err(diag) => diags.push(diag),
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
    Some(LocaleSource { meta, files })
}

/// Parses FTL, keeping what parsed and reporting each syntax error at its position.
pub fn parse_ftl(root: &Path, path: &Path, text: String, diags: &mut Vec<Diagnostic>) -> FtlFile {
    let shown = display_path(root, path);
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for err in errors {
                let range = err.slice.clone().map_or(err.pos.clone(), |s| {
                    err.pos.start.max(s.start)..err.pos.end.max(err.pos.start + 1)
                });
                diags.push(
                    Diagnostic::error(format!("FTL syntax error: {}", err.kind))
                        .at(&shown, &text, range)
                        .with_label("here")
                        .with_hint("this entry is skipped; see https://projectfluent.org/fluent/guide/ for the syntax"),
                );
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
