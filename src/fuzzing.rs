//! Fuzzing harnesses, shared by the cargo-fuzz targets in `fuzz/` and by
//! `tests/fuzz_regressions.rs`, which replays every kept input on stable Rust.
//!
//! Each harness takes arbitrary bytes as the text of one project file, runs it through the
//! same steps `leafpress check` and `leafpress build` use for that file — decode, parse with
//! partial results, validate, the text checks (not the fit check, which typesets), resolve
//! every job's documents — and renders every diagnostic. Errors are expected; a panic is a
//! bug. The shipped project (this repository's `content/`, `locales/`, `layouts/`) is
//! loaded once; each input replaces one of its files in memory.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::build::{self, BuildOptions, Job};
use crate::check::{self, CheckOptions};
use crate::diag::{display_path, Diagnostic};
use crate::i18n::{Localizer, SOURCE_LOCALE};
use crate::resolve::Document;
use crate::source::{self, locale, Format, GuideFile, Project, ResourcesFile, Venue};

/// The locale whose FTL file [`ftl_check_resolve`] replaces (a translation, so the
/// coverage, parity and fallback paths run too).
pub const FTL_LOCALE: &str = "pl";
/// The file of [`FTL_LOCALE`] it replaces.
pub const FTL_FILE: &str = "guide.ftl";

/// The shipped project, loaded once, keeping only the locales a harness uses (cloning the
/// others for every input would only cost time): en-GB and [`FTL_LOCALE`] for
/// [`ftl_check_resolve`], en-GB alone for [`content_toml`].
pub fn shipped(with_translation: bool) -> &'static Project {
    static BOTH: OnceLock<Project> = OnceLock::new();
    static SOURCE: OnceLock<Project> = OnceLock::new();
    let (cell, codes): (_, &[&str]) = if with_translation {
        (&BOTH, &[SOURCE_LOCALE, FTL_LOCALE])
    } else {
        (&SOURCE, &[SOURCE_LOCALE])
    };
    cell.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let report = source::load(root);
        let mut project = report.project.unwrap_or_else(|| {
            panic!(
                "the shipped project at {} does not load: {:?}",
                root.display(),
                report.diagnostics
            )
        });
        project.locales.retain(|l| codes.contains(&l.code()));
        assert_eq!(project.locales.len(), codes.len(), "{codes:?} must exist");
        project
    })
}

/// Bytes as the text of `locales/pl/guide.ftl`: load it as the loader loads a locale's
/// file, run `leafpress check --no-fit --locales pl`'s checks, and resolve every
/// venue × format document of the locale as `leafpress build` does (without typesetting).
pub fn ftl_check_resolve(data: &[u8]) {
    let base = shipped(true);
    let path = base.root.join("locales").join(FTL_LOCALE).join(FTL_FILE);
    let mut diags = Vec::new();
    let Some(text) = decode(base, &path, data, &mut diags) else {
        return;
    };
    let shown = display_path(&base.root, &path);
    let file = locale::load_ftl(&base.root, &path, text, &mut diags);
    let mut project = base.clone();
    let Some(target) = project.locales.iter_mut().find(|l| l.code() == FTL_LOCALE) else {
        return;
    };
    let Some(at) = target.files.iter().position(|f| f.path == shown) else {
        return;
    };
    match file {
        Some(file) => target.files[at] = file,
        // A file the loader refuses is left out of its locale.
        None => drop(target.files.remove(at)),
    }
    // The loader's checks of a locale's files as a whole (control characters, duplicates…).
    diags.extend(source::locale_checks::check_files(&target.files));
    render(&diags);
    // The FTL does not reach an edition's production data (QR codes): documents only.
    check_and_resolve(&project, FTL_LOCALE, |_| false);
}

/// The content files [`content_toml`] can replace, in the order its first byte picks them:
/// guide, resources, the venues and the formats (each sorted by name, as loaded).
pub fn content_files() -> Vec<PathBuf> {
    let base = shipped(false);
    let mut files = vec![
        base.guide.file.path.clone(),
        base.resources.file.path.clone(),
    ];
    files.extend(base.venues.iter().map(|v| v.file.path.clone()));
    files.extend(base.formats.iter().map(|f| f.file.path.clone()));
    files
}

/// The first byte picks a file of [`content_files`] (modulo their number); the rest is
/// its text: parse it as the loader does, validate the project, run `leafpress check
/// --no-fit`'s checks, and resolve every en-GB job's documents and edition (QR codes).
pub fn content_toml(data: &[u8]) {
    let Some((&pick, data)) = data.split_first() else {
        return;
    };
    let base = shipped(false);
    let files = content_files();
    let shown = &files[usize::from(pick) % files.len()];
    let path = base.root.join(shown);
    let mut diags = Vec::new();
    let Some(text) = decode(base, &path, data, &mut diags) else {
        return;
    };
    let mut project = base.clone();
    // A broken guide or resources file means no project (exit 2); a broken venue or
    // format is left out, as the loader does.
    if shown == &base.guide.file.path {
        let Some(guide) = source::parse_toml::<GuideFile>(shown.clone(), text, &mut diags) else {
            return render(&diags);
        };
        project.guide = guide;
    } else if shown == &base.resources.file.path {
        let Some(res) = source::parse_toml::<ResourcesFile>(shown.clone(), text, &mut diags) else {
            return render(&diags);
        };
        project.resources = res;
    } else if let Some(at) = project.venues.iter().position(|v| &v.file.path == shown) {
        match source::parse_toml::<Venue>(shown.clone(), text, &mut diags) {
            Some(venue) => project.venues[at] = venue,
            None => drop(project.venues.remove(at)),
        }
    } else if let Some(at) = project.formats.iter().position(|f| &f.file.path == shown) {
        match source::parse_toml::<Format>(shown.clone(), text, &mut diags) {
            Some(format) => project.formats[at] = format,
            None => drop(project.formats.remove(at)),
        }
    }
    source::validate(&project, &mut diags);
    render(&diags);
    // The guide does not reach an edition's production data; the other files do.
    let editions = shown != &base.guide.file.path;
    check_and_resolve(&project, SOURCE_LOCALE, |_| editions);
}

/// The loader's decoding of a file's bytes; `None` (with the diagnostic rendered) when
/// they are not UTF-8.
fn decode(base: &Project, path: &Path, data: &[u8], diags: &mut Vec<Diagnostic>) -> Option<String> {
    match source::decode_text(&display_path(&base.root, path), data.to_vec()) {
        Ok(text) => Some(text),
        Err(diag) => {
            diags.push(diag);
            render(diags);
            None
        }
    }
}

/// Renders diagnostics as the CLI prints them (text and JSON).
fn render(diags: &[Diagnostic]) {
    for d in diags {
        std::hint::black_box(d.render());
    }
    std::hint::black_box(serde_json::to_string(diags).ok());
}

/// `leafpress check --no-fit --locales <code>`, then every job of `leafpress build
/// --locales <code>` up to (not including) typesetting: each job's documents and, where
/// `editions` says so, its edition (production data: QR codes).
fn check_and_resolve(project: &Project, code: &str, editions: impl Fn(&Job) -> bool) {
    let opts = CheckOptions {
        locales: vec![code.to_owned()],
        fit: false,
        jobs: Some(1),
    };
    if let Ok(findings) = check::check(project, &opts) {
        for f in &findings {
            std::hint::black_box(f.diagnostic.render());
        }
        std::hint::black_box(serde_json::to_string(&findings).ok());
    }
    let opts = BuildOptions {
        locales: vec![code.to_owned()],
        ..Default::default()
    };
    let mut diags = Vec::new();
    let jobs = build::plan(project, &opts, &mut diags);
    render(&diags);
    let localizers: BTreeMap<&str, Localizer> = project
        .locales
        .iter()
        .filter(|l| l.code() == code)
        .map(|l| (l.code(), Localizer::new(project, l)))
        .collect();
    for job in &jobs {
        match build::documents(project, &localizers, job) {
            Ok(docs) => {
                std::hint::black_box(serde_json::to_string(&docs).ok());
                if editions(job) && !produced_before(job, &docs) {
                    if let Ok(edition) = build::edition(job, &docs) {
                        std::hint::black_box(serde_json::to_string(&edition).ok());
                    }
                }
            }
            Err(diags) => render(&diags),
        }
    }
}

/// Whether an edition with the same production inputs — the format's QR settings and the
/// services' URLs, all `build::print::production` reads — was made before in this process.
/// Encoding a QR code takes milliseconds; re-encoding the shipped URLs for every input
/// would make fuzzing a hundred times slower and find nothing new.
fn produced_before(job: &Job, docs: &[Document]) -> bool {
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let urls: Vec<Option<&str>> = docs
        .iter()
        .flat_map(|d| d.services.iter().chain(&d.card_services))
        .map(|s| s.url.as_deref())
        .collect();
    let key = format!(
        "{:?}|{}|{}|{urls:?}",
        job.format.data.qr_mm,
        job.format.data.qr_deep_links_only,
        job.site.is_some()
    );
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    let seen = seen.get_or_insert_with(HashSet::new);
    if seen.len() > 10_000 {
        seen.clear(); // bounded memory over a long run
    }
    !seen.insert(key)
}
