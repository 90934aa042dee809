//! i18n stage: review status per locale and message, kept in a plain-TOML sidecar
//! (`locales/<code>/.leafpress-status.toml`, one line per message, in git) with the hash of
//! the en-GB text each translation was made from — Fluent's missing "fuzzy" flag.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ftl::LocaleIndex;
use super::SOURCE_LOCALE;
use crate::diag::Diagnostic;
use crate::source::{LocaleSource, Project, ReviewStatus};

/// The sidecar's file name inside `locales/<code>/`.
pub const SIDECAR: &str = ".leafpress-status.toml";

/// A message's recorded status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageStatus {
    /// Scaffolded but not written yet.
    Missing,
    /// Machine-drafted or unchecked.
    Draft,
    /// Written by a translator, not yet reviewed.
    Translated,
    /// Checked by a qualified reviewer.
    Reviewed,
}

impl MessageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Draft => "draft",
            Self::Translated => "translated",
            Self::Reviewed => "reviewed",
        }
    }

    /// The status a whole-locale `status` in locale.toml gives untracked messages.
    pub fn from_locale(status: ReviewStatus) -> Self {
        match status {
            ReviewStatus::Draft => Self::Draft,
            ReviewStatus::Translated => Self::Translated,
            ReviewStatus::Reviewed => Self::Reviewed,
        }
    }
}

/// One message's line in the sidecar.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub status: MessageStatus,
    /// sha256 (hex) of the en-GB message (value and attributes) it was translated from.
    pub source: String,
    /// Who reviewed it (or marked it translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<toml::value::Datetime>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SidecarFile {
    #[serde(default)]
    messages: BTreeMap<String, Record>,
}

/// A locale's sidecar, in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sidecar {
    pub messages: BTreeMap<String, Record>,
}

/// Why a sidecar could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: invalid review status file: {message}")]
    Parse {
        path: PathBuf,
        message: String,
        span: Option<std::ops::Range<usize>>,
        text: String,
    },
}

impl SidecarError {
    /// As a diagnostic, positioned when the TOML parser gave a span.
    pub fn to_diagnostic(&self, root: &Path) -> Diagnostic {
        match self {
            Self::Parse { path, message, span: Some(span), text } => {
                Diagnostic::error(format!("invalid review status file: {message}"))
                    .at(crate::diag::display_path(root, path), text, span.clone())
                    .with_label("here")
                    .with_hint("this file is written by `leafpress status --init` and `leafpress review`; fix the line or restore it from git")
            }
            other => Diagnostic::error(other.to_string())
                .with_hint("this file is written by `leafpress status --init` and `leafpress review`"),
        }
    }
}

impl Sidecar {
    /// `locales/<code>/.leafpress-status.toml` under the project `root`.
    pub fn path(root: &Path, code: &str) -> PathBuf {
        root.join("locales").join(code).join(SIDECAR)
    }

    /// Reads the sidecar; `Ok(None)` when the locale has none yet.
    pub fn load(root: &Path, code: &str) -> Result<Option<Self>, SidecarError> {
        let path = Self::path(root, code);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(SidecarError::Read { path, source }),
        };
        Self::parse(&path, &text).map(Some)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self, SidecarError> {
        toml::from_str::<SidecarFile>(text)
            .map(|f| Self {
                messages: f.messages,
            })
            .map_err(|err| SidecarError::Parse {
                path: path.to_path_buf(),
                message: err.message().to_owned(),
                span: err.span(),
                text: text.to_owned(),
            })
    }

    /// Plain TOML, one sorted line per message, so reviews diff line by line in git.
    pub fn to_toml(&self, code: &str) -> String {
        let mut out = format!(
            "# Review status of locales/{code}/, written by `leafpress status --init` and `leafpress review`.\n\
             # One line per message: its status (draft, translated, reviewed), `source`: the sha256 of the\n\
             # en-GB message it was translated from (when the English changes, `leafpress check` reports the\n\
             # translation outdated), and who reviewed it when. Keep this file in git.\n\n[messages]\n"
        );
        for (id, r) in &self.messages {
            let _ = write!(
                out,
                "{id} = {{ status = \"{}\", source = \"{}\"",
                r.status.as_str(),
                r.source
            );
            if let Some(by) = &r.by {
                let _ = write!(out, ", by = {}", toml::Value::String(by.clone()));
            }
            if let Some(date) = &r.date {
                let _ = write!(out, ", date = {date}");
            }
            out.push_str(" }\n");
        }
        out
    }

    /// Writes the sidecar atomically.
    pub fn save(&self, root: &Path, code: &str) -> Result<(), SidecarError> {
        let path = Self::path(root, code);
        let write = |path: &Path| -> std::io::Result<()> {
            crate::build::output::write_atomic(path, self.to_toml(code).as_bytes())?;
            // The temporary file was private (0600); this one is shared through git.
            #[cfg(unix)]
            std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o644))?;
            Ok(())
        };
        write(&path).map_err(|source| SidecarError::Write { path, source })
    }

    /// Adds a record (status from locale.toml) for every message the locale has and the
    /// sidecar lacks, and drops records of messages en-GB no longer has. Returns how many
    /// records were added.
    pub fn init(
        &mut self,
        locale: &LocaleIndex,
        default: MessageStatus,
        hashes: &BTreeMap<String, String>,
    ) -> usize {
        self.messages.retain(|id, _| hashes.contains_key(id));
        let mut added = 0;
        for id in locale.messages().keys() {
            let Some(hash) = hashes.get(*id) else {
                continue;
            };
            if !self.messages.contains_key(*id) {
                let record = Record {
                    status: default,
                    source: hash.clone(),
                    by: None,
                    date: None,
                };
                self.messages.insert((*id).to_owned(), record);
                added += 1;
            }
        }
        added
    }
}

/// Where a message of a locale stands, all things considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Missing,
    /// Translated from an English text that has changed since.
    Outdated,
    Draft,
    Translated,
    Reviewed,
}

/// A locale's coverage: one count per [`State`] over the en-GB messages.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub locale: String,
    pub messages: usize,
    pub reviewed: usize,
    pub translated: usize,
    pub draft: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Messages still identical to the English (`None`: an English-language locale, where
    /// that is meant). Filled by the caller: it needs en-GB and the project's allow-list.
    pub untranslated: Option<usize>,
}

impl Coverage {
    /// Share of messages translated or reviewed (and not outdated), in percent.
    pub fn percent_done(&self) -> f64 {
        if self.messages == 0 {
            return 100.0;
        }
        100.0 * (self.reviewed + self.translated) as f64 / self.messages as f64
    }
}

/// The state of every en-GB message in `locale`. A message the locale defines but the
/// sidecar does not track takes the locale.toml status.
pub fn states(
    locale: &LocaleIndex,
    default: MessageStatus,
    sidecar: Option<&Sidecar>,
    hashes: &BTreeMap<String, String>,
) -> BTreeMap<String, State> {
    let defined = locale.messages();
    hashes
        .iter()
        .map(|(id, hash)| {
            let state = if !defined.contains_key(id.as_str()) {
                State::Missing
            } else {
                match sidecar.and_then(|s| s.messages.get(id)) {
                    Some(r) if r.status == MessageStatus::Missing => State::Draft,
                    Some(r) if &r.source != hash => State::Outdated,
                    Some(r) => state_of(r.status),
                    None => state_of(default),
                }
            };
            (id.clone(), state)
        })
        .collect()
}

fn state_of(status: MessageStatus) -> State {
    match status {
        MessageStatus::Missing => State::Missing,
        MessageStatus::Draft => State::Draft,
        MessageStatus::Translated => State::Translated,
        MessageStatus::Reviewed => State::Reviewed,
    }
}

/// Counts `states` into a [`Coverage`].
pub fn coverage(code: &str, states: &BTreeMap<String, State>) -> Coverage {
    let mut c = Coverage {
        locale: code.to_owned(),
        messages: states.len(),
        ..Coverage::default()
    };
    for state in states.values() {
        *match state {
            State::Missing => &mut c.missing,
            State::Outdated => &mut c.outdated,
            State::Draft => &mut c.draft,
            State::Translated => &mut c.translated,
            State::Reviewed => &mut c.reviewed,
        } += 1;
    }
    c
}

/// Everything the status views need about one locale.
pub struct LocaleStatus {
    pub code: String,
    pub locale_status: ReviewStatus,
    pub index: LocaleIndex,
    pub sidecar: Option<Sidecar>,
    pub states: BTreeMap<String, State>,
    pub coverage: Coverage,
}

/// Computes the status of `locale` against the en-GB `hashes`; a broken sidecar is an error.
pub fn locale_status(
    root: &Path,
    locale: &LocaleSource,
    hashes: &BTreeMap<String, String>,
) -> Result<LocaleStatus, SidecarError> {
    let index = LocaleIndex::new(locale);
    let default = MessageStatus::from_locale(locale.meta.data.status);
    let sidecar = if locale.code() == SOURCE_LOCALE {
        None
    } else {
        Sidecar::load(root, locale.code())?
    };
    let states = states(&index, default, sidecar.as_ref(), hashes);
    let coverage = coverage(locale.code(), &states);
    Ok(LocaleStatus {
        code: locale.code().to_owned(),
        locale_status: locale.meta.data.status,
        index,
        sidecar,
        states,
        coverage,
    })
}

/// The en-GB message hashes of a project (empty when it has no en-GB).
pub fn source_hashes(project: &Project) -> Option<BTreeMap<String, String>> {
    let source = project.locales.iter().find(|l| l.code() == SOURCE_LOCALE)?;
    Some(LocaleIndex::new(source).source_hashes())
}

/// Why `build --publish` refuses a locale, or `None` when it may be published.
pub fn publish_blocker(status: &LocaleStatus) -> Option<String> {
    if status.code == SOURCE_LOCALE {
        return None;
    }
    let c = &status.coverage;
    let mut reasons = Vec::new();
    if status.locale_status == ReviewStatus::Draft {
        reasons.push("locale.toml says `status = \"draft\"`".to_owned());
    }
    if c.draft > 0 {
        reasons.push(format!("{} draft message(s)", c.draft));
    }
    if c.outdated > 0 {
        reasons.push(format!("{} outdated message(s)", c.outdated));
    }
    (!reasons.is_empty()).then(|| reasons.join(", "))
}

/// Which locales a release build (`build --publish`) may include.
#[derive(Debug, Default)]
pub struct PublishGate {
    /// Codes to build.
    pub allowed: Vec<String>,
    /// Codes refused (drafts, outdated, pseudo-locales, broken status files).
    pub refused: Vec<String>,
    /// Why, one diagnostic per refused (or, with `allow_draft`, let-through) locale.
    pub diagnostics: Vec<Diagnostic>,
}

/// Sorts the `wanted` locales (empty: all) into allowed and refused for publishing.
/// Pseudo-locales are never published; with `allow_draft`, drafts and outdated
/// translations are let through with a warning (they carry the draft mark).
pub fn publish_gate(project: &Project, wanted: &[String], allow_draft: bool) -> PublishGate {
    let mut gate = PublishGate::default();
    let hashes = source_hashes(project).unwrap_or_default();
    let codes: Vec<String> = if wanted.is_empty() {
        project
            .locales
            .iter()
            .map(|l| l.code().to_owned())
            .collect()
    } else {
        wanted.to_vec()
    };
    for code in codes {
        let Some(locale) = project.locales.iter().find(|l| l.code() == code) else {
            gate.allowed.push(code); // unknown: the build reports it
            continue;
        };
        let (blocker, hint) = if super::pseudo::is_pseudo(&code) {
            (
                Some("it is a pseudo-locale, for testing layouts only".to_owned()),
                "pseudo-locales are never published",
            )
        } else {
            match locale_status(&project.root, locale, &hashes) {
                Ok(status) => (publish_blocker(&status), "review it (`leafpress review`), set `status` in locale.toml, or pass --allow-draft"),
                Err(err) => (Some(err.to_string()), "fix or restore the review status file"),
            }
        };
        match blocker {
            None => gate.allowed.push(code),
            Some(why) if allow_draft && !super::pseudo::is_pseudo(&code) => {
                gate.diagnostics.push(
                    Diagnostic::warning(format!("{code}: published with --allow-draft: {why}"))
                        .with_hint("its pages carry the draft mark"),
                );
                gate.allowed.push(code);
            }
            Some(why) => {
                gate.diagnostics.push(
                    Diagnostic::error(format!("{code}: not published: {why}"))
                        .in_file(Path::new("locales").join(&code))
                        .with_hint(hint),
                );
                gate.refused.push(code);
            }
        }
    }
    gate
}

/// Today's date for a review record: from SOURCE_DATE_EPOCH when set, else the system clock.
pub fn today() -> toml::value::Datetime {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    toml::value::Datetime {
        date: Some(toml::value::Date {
            year: year as u16,
            month,
            day,
        }),
        time: None,
        offset: None,
    }
}

use crate::build::civil_from_days;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecar_round_trips_one_line_per_message() {
        let mut s = Sidecar::default();
        s.messages.insert(
            "b-msg".into(),
            Record {
                status: MessageStatus::Draft,
                source: "ab".into(),
                by: None,
                date: None,
            },
        );
        let date = "2026-11-25".parse().unwrap();
        s.messages.insert(
            "a-msg".into(),
            Record {
                status: MessageStatus::Reviewed,
                source: "cd".into(),
                by: Some("Ann \"A\" Lee".into()),
                date: Some(date),
            },
        );
        let text = s.to_toml("cy");
        let lines: Vec<&str> = text.lines().filter(|l| l.contains("status =")).collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("a-msg = "), "sorted: {text}");
        assert_eq!(Sidecar::parse(Path::new("x"), &text).unwrap(), s);
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(20_417), (2025, 11, 25));
    }
}
