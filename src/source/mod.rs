//! Load stage: reads a project folder (`content/`, `locales/`, `layouts/`) into memory,
//! collecting every problem as a [`Diagnostic`] instead of stopping at the first.

pub mod content;
pub mod locale;
pub mod locale_checks;
pub mod venue_details;

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diag::{display_path, Diagnostic};
pub use content::*;
pub use locale::{Direction, FtlFile, LocaleMeta, LocaleSource, Nation, ReviewStatus};

/// A text file of the project, kept so diagnostics can quote it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the project root (as shown in diagnostics).
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    /// The first `"id"` (quoted) in this file, as a spanned reference for diagnostics.
    pub fn locate(&self, id: &str) -> MessageRef {
        let quoted = format!("\"{id}\"");
        let span = self
            .text
            .find(&quoted)
            .map_or(0..0, |at| at + 1..at + 1 + id.len());
        toml::Spanned::new(span, id.to_owned())
    }

    /// A diagnostic at `span` in this file.
    pub fn error_at(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).at(&self.path, &self.text, span)
    }
}

/// A content file parsed into `T`, with its text for diagnostics.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub file: SourceFile,
    pub data: T,
}

/// Everything a build needs from a project folder.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub guide: Loaded<GuideFile>,
    pub resources: Loaded<ResourcesFile>,
    pub venues: Vec<Loaded<Venue>>,
    pub formats: Vec<Loaded<Format>>,
    pub locales: Vec<LocaleSource>,
    /// `content/easy-read.toml`: the Easy Read edition's rows, when the project has one.
    pub easy_read: Option<Loaded<crate::easy_read::EasyReadFile>>,
    pub layouts_dir: PathBuf,
    pub fonts_dir: PathBuf,
}

/// The result of loading: a project when the essential files loaded, and every problem seen.
pub struct LoadReport {
    pub project: Option<Project>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads and validates the project at `root`.
///
/// The guide and resources are essential: if either fails, no project is returned. A
/// broken venue, format or locale is reported and left out; the rest still loads.
pub fn load(root: &Path) -> LoadReport {
    let mut diags = Vec::new();
    if !root.is_dir() {
        diags.push(
            Diagnostic::error(format!("project folder {} does not exist", root.display()))
                .with_hint(
                    "pass --project DIR, the folder holding content/, locales/ and layouts/",
                ),
        );
        return LoadReport {
            project: None,
            diagnostics: diags,
        };
    }
    let content = root.join("content");
    let guide = load_toml::<GuideFile>(root, &content.join("guide.toml"), &mut diags);
    let resources = load_toml::<ResourcesFile>(root, &content.join("resources.toml"), &mut diags);
    let venues = load_dir::<Venue>(root, &content.join("venues"), &mut diags);
    let formats = load_dir::<Format>(root, &content.join("formats"), &mut diags);
    let locales = locale::load_all(root, &mut diags);
    let easy_read = crate::easy_read::load(root, &mut diags);

    let layouts_dir = root.join("layouts");
    let fonts_dir = layouts_dir.join("fonts");
    if !layouts_dir.is_dir() {
        diags.push(
            Diagnostic::error("the project has no layouts/ folder")
                .in_file("layouts")
                .with_hint("layouts/ holds one .typ layout per format and the vendored fonts"),
        );
    }

    let project = match (guide, resources) {
        (Some(guide), Some(resources)) => Some(Project {
            root: root.to_path_buf(),
            guide,
            resources,
            venues,
            formats,
            locales,
            easy_read,
            layouts_dir,
            fonts_dir,
        }),
        _ => None,
    };
    if let Some(project) = &project {
        validate(project, &mut diags);
    }
    LoadReport {
        project,
        diagnostics: diags,
    }
}

/// Reads one TOML file; a syntax or type error becomes a diagnostic at its line:col.
fn load_toml<T: DeserializeOwned>(
    root: &Path,
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<Loaded<T>> {
    let shown = display_path(root, path);
    let text = read_text_noting(root, path, diags)?;
    parse_toml(shown, text, diags)
}

/// Parses the text of one TOML file (shown as `shown` in diagnostics) into `T`; a syntax
/// or type error becomes a diagnostic at its line:col. The in-memory half of loading.
pub fn parse_toml<T: DeserializeOwned>(
    shown: PathBuf,
    text: String,
    diags: &mut Vec<Diagnostic>,
) -> Option<Loaded<T>> {
    let file = SourceFile {
        path: shown.clone(),
        text,
    };
    match toml::from_str::<T>(&file.text) {
        Ok(data) => Some(Loaded { file, data }),
        Err(err) => {
            let message = err.message().to_owned();
            let diag = match err.span() {
                Some(span) => file.error_at(span, format!("invalid TOML: {message}")),
                None => Diagnostic::error(format!("invalid TOML: {message}")).in_file(&shown),
            };
            diags.push(diag.with_label("here").with_hint(toml_hint(&message)));
            None
        }
    }
}

fn toml_hint(message: &str) -> String {
    if message.contains("unknown field") {
        "remove the key or fix its spelling; the expected keys are listed above".into()
    } else if message.contains("missing field") {
        "add the missing key to this table".into()
    } else if message.contains("invalid type") {
        "check the value's type: strings need quotes, lists need [ ]".into()
    } else {
        "see https://toml.io for TOML syntax; every other file still builds".into()
    }
}

/// Reads every `*.toml` in `dir`, sorted by name so builds are deterministic.
fn load_dir<T: DeserializeOwned>(
    root: &Path,
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Loaded<T>> {
    let mut paths = match sorted_entries(dir) {
        Ok(paths) => paths,
        Err(err) => {
            diags.push(
                Diagnostic::error(format!("cannot read folder: {err}"))
                    .in_file(display_path(root, dir)),
            );
            return Vec::new();
        }
    };
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths
        .iter()
        .filter_map(|p| load_toml(root, p, diags))
        .collect()
}

/// Directory entries sorted by file name.
pub fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads a UTF-8 file, with a diagnostic (not a panic) for every way that can fail.
pub fn read_text(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    decode_text(&display_path(root, path), read_bytes(root, path)?)
}

/// Like [`read_text`], pushing the error to `diags`, and a warning when the file starts
/// with a UTF-8 byte-order mark. The mark is accepted (and dropped, so the output is the
/// same as without it): Windows editors add it unasked, but it is invisible and some
/// tools choke on it, so the author is told to save without it.
pub fn read_text_noting(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let shown = display_path(root, path);
    let bytes = read_bytes(root, path).map_err(|d| diags.push(d)).ok()?;
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let text = decode_text(&shown, bytes).map_err(|d| diags.push(d)).ok()?;
    if bom {
        diags.push(
            Diagnostic::warning("file starts with a UTF-8 byte-order mark (ignored)")
                .at(&shown, &text, 0..0)
                .with_label("invisible U+FEFF before this")
                .with_hint("save the file as plain UTF-8 (\"UTF-8\", not \"UTF-8 with BOM\")"),
        );
    }
    Some(text)
}

/// A file's bytes, with a diagnostic for every way reading can fail.
fn read_bytes(root: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let shown = display_path(root, path);
    std::fs::read(path).map_err(|err| {
        let hint = if err.kind() == std::io::ErrorKind::NotFound {
            "create the file, or check the path"
        } else {
            "check the file's permissions"
        };
        Diagnostic::error(format!("cannot read {}: {err}", shown.display()))
            .in_file(&shown)
            .with_hint(hint)
    })
}

/// A file's bytes (shown as `shown` in diagnostics) as text: UTF-8 required, a leading
/// byte-order mark dropped. The in-memory half of [`read_text`].
pub fn decode_text(shown: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let byte = err.as_bytes().get(at).copied().unwrap_or_default();
        let valid = String::from_utf8_lossy(err.as_bytes()).into_owned();
        Diagnostic::error(format!("file is not valid UTF-8 (byte 0x{byte:02X})"))
            .at(shown, &valid, at..at + char::REPLACEMENT_CHARACTER.len_utf8())
            .with_label("invalid byte")
            .with_hint("save the file as UTF-8 (the editor's encoding setting): leafpress reads every text file as UTF-8, and the file is left out")
    })?;
    // A byte-order mark is invisible in editors but breaks parsers: drop it.
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text))
}

/// Cross-file checks: IDs that must exist, duplicates, facts that must be well formed.
pub fn validate(project: &Project, diags: &mut Vec<Diagnostic>) {
    let guide = &project.guide;
    let res = &project.resources;

    let mut section_ids = std::collections::BTreeSet::new();
    for section in &guide.data.sections {
        if !section_ids.insert(section.id.get_ref().clone()) {
            diags.push(
                guide
                    .file
                    .error_at(
                        section.id.span(),
                        format!("duplicate section id `{}`", section.id.get_ref()),
                    )
                    .with_hint("every section needs its own id"),
            );
        }
    }
    let mut resource_ids = std::collections::BTreeSet::new();
    let mut terms = std::collections::BTreeMap::new();
    for r in &res.data.resources {
        if !resource_ids.insert(r.id.get_ref().clone()) {
            diags.push(res.file.error_at(
                r.id.span(),
                format!("duplicate resource id `{}`", r.id.get_ref()),
            ));
        }
        if let Some(previous) = terms.insert(r.term.clone(), r.name.clone()) {
            if previous != r.name {
                diags.push(
                    res.file
                        .error_at(
                            r.id.span(),
                            format!(
                                "term `-{}` is named both `{previous}` and `{}`",
                                r.term, r.name
                            ),
                        )
                        .with_hint("resources sharing a term must share its name"),
                );
            }
        }
        check_term(&res.file, r.id.span(), &r.term, &r.name, diags);
        if let Some(phone) = &r.phone {
            if !is_uk_phone(phone.get_ref()) {
                diags.push(
                    res.file
                        .error_at(phone.span(), format!("`{}` does not look like a UK phone number", phone.get_ref()))
                        .with_hint("write digits in groups separated by single spaces, e.g. \"0800 555 111\""),
                );
            }
        }
        if let Some(url) = &r.url {
            if !url.get_ref().starts_with("https://") || url.get_ref().contains(char::is_whitespace)
            {
                diags.push(
                    res.file
                        .error_at(
                            url.span(),
                            format!("`{}` is not an https:// URL", url.get_ref()),
                        )
                        .with_hint("copy the address exactly from the service's own site"),
                );
            }
        }
        if r.short_url.as_deref().is_some_and(|s| s.trim().is_empty()) {
            diags.push(
                res.file
                    .error_at(r.id.span(), format!("resource `{}` has an empty `short-url`", r.id.get_ref()))
                    .with_hint("give the address as printed beside its QR code, e.g. \"police.uk\", or leave `short-url` out"),
            );
        }
        if let Some(spoken) = &r.spoken_url {
            check_spoken(
                &res.file,
                spoken,
                "short-url",
                r.short_url.as_deref(),
                diags,
            );
        }
        if let Some(spoken) = &r.spoken_name {
            check_spoken(&res.file, spoken, "name", Some(&r.name), diags);
        }
    }
    // One printed name or address, one reading: two resources sharing it (CEOP's two pages)
    // must not say it two ways.
    let mut readings: std::collections::BTreeMap<&str, &toml::Spanned<String>> =
        std::collections::BTreeMap::new();
    for r in &res.data.resources {
        let pairs = [
            (r.short_url.as_deref(), r.spoken_url.as_ref()),
            (Some(r.name.as_str()), r.spoken_name.as_ref()),
        ];
        for (printed, said) in pairs {
            let (Some(printed), Some(said)) = (printed, said) else {
                continue;
            };
            match readings.insert(printed, said) {
                Some(other) if other.get_ref() != said.get_ref() => diags.push(
                    res.file
                        .error_at(
                            said.span(),
                            format!(
                                "\"{printed}\" is read \"{}\" here and \"{}\" elsewhere",
                                said.get_ref(),
                                other.get_ref()
                            ),
                        )
                        .with_hint("give every resource that prints it the same reading"),
                ),
                _ => {}
            }
        }
    }
    for (term, name) in &res.data.names {
        let span = res
            .file
            .text
            .find(&format!("\n{term}"))
            .map_or(0..0, |at| at + 1..at + 1 + term.len());
        check_term(&res.file, span, term, name, diags);
    }
    for venue in &project.venues {
        let v = &venue.data;
        for id in &v.order {
            if !section_ids.contains(id.get_ref()) {
                diags.push(unknown(&venue.file, id, "section", &section_ids));
            }
        }
        for id in v.services.iter().chain(&v.card_services) {
            if !resource_ids.contains(id.get_ref()) {
                diags.push(unknown(&venue.file, id, "resource", &resource_ids));
            }
        }
    }
    for format in &project.formats {
        for panel in &format.data.panels {
            for id in &panel.sections {
                if !section_ids.contains(id) {
                    diags.push(unknown(
                        &format.file,
                        &format.file.locate(id),
                        "section",
                        &section_ids,
                    ));
                }
            }
        }
    }
    let venue_ids: std::collections::BTreeSet<String> =
        project.venues.iter().map(|v| v.data.id.clone()).collect();
    // A venue whose file exists but did not load is reported there, not as unknown here.
    let venue_files: std::collections::BTreeSet<String> =
        sorted_entries(&project.root.join("content").join("venues"))
            .unwrap_or_default()
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
    for section in &guide.data.sections {
        for entry in section.paragraphs.iter().chain(&section.items) {
            for v in entry.venues() {
                if !venue_ids.contains(v) && !venue_files.contains(v) {
                    diags.push(unknown(
                        &guide.file,
                        &guide.file.locate(v),
                        "venue",
                        &venue_ids,
                    ));
                }
            }
        }
    }
}

/// A term leafpress generates (`-term = name`) must be a Fluent identifier and its name one
/// line of text: a line break would end the term and start a new entry (a name
/// `"X\nguide-title = Y"` replaced the guide's title in every locale).
fn check_term(
    file: &SourceFile,
    span: std::ops::Range<usize>,
    term: &str,
    name: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let identifier = term.starts_with(|c: char| c.is_ascii_alphabetic())
        && term
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !identifier {
        diags.push(
            file.error_at(span.clone(), format!("term `{term}` is not a Fluent identifier"))
                .with_hint("use letters, digits, `-` and `_`, starting with a letter, e.g. \"revenge-porn-helpline\""),
        );
    }
    if name.trim().is_empty() || name.chars().any(char::is_control) {
        diags.push(
            file.error_at(
                span,
                format!("the name of term `-{term}` is empty or holds a line break or control character"),
            )
            .with_hint("write the name on one line, as it is printed"),
        );
    }
}

fn unknown(
    file: &SourceFile,
    id: &toml::Spanned<String>,
    what: &str,
    known: &std::collections::BTreeSet<String>,
) -> Diagnostic {
    let list: Vec<&str> = known.iter().map(String::as_str).collect();
    file.error_at(id.span(), format!("unknown {what} `{}`", id.get_ref()))
        .with_label(format!("no {what} has this id"))
        .with_hint(format!("known {what}s: {}", list.join(", ")))
}

/// Digits in space-separated groups, 3 to 11 digits in all (999, 0800 1111, 0345 6000 459).
pub fn is_uk_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (3..=11).contains(&digits)
        && s.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
}

/// A resource's `spoken-url` (`spoken-name`) must be its `short-url` (`name`) with only
/// spaces added and letters capitalised: the voice reads what a listener will type or ask for.
fn check_spoken(
    file: &SourceFile,
    spoken: &toml::Spanned<String>,
    key: &str,
    written: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(short) = written else {
        diags.push(
            file.error_at(
                spoken.span(),
                format!(
                    "`spoken-{}` without a `{key}`",
                    key.trim_start_matches("short-")
                ),
            )
            .with_hint(format!(
                "it says how the voice reads the resource's `{key}`"
            )),
        );
        return;
    };
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| *c != ' ')
            .flat_map(char::to_lowercase)
            .collect()
    };
    if letters(spoken.get_ref()) != letters(short) {
        diags.push(
            file.error_at(
                spoken.span(),
                format!(
                    "`spoken-{}` \"{}\" does not spell `{key}` \"{short}\"",
                    key.trim_start_matches("short-"),
                    spoken.get_ref()
                ),
            )
            .with_hint(format!(
                "write \"{short}\" with spaces between words and capitals for letters to spell, e.g. \"stop NCII.org\""
            )),
        );
    }
}
