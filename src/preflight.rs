//! Preflight: reads finished PDFs back (see [`crate::inspect`]) and checks each against
//! what its kind of file must be — a download PDF is accessible (title, language, tagged,
//! PDF/UA-1) and has no bleed; a print master (`*.print.pdf`) has a TrimBox and a BleedBox
//! at least 3 mm beyond it on every page; every file embeds all its fonts.

use std::path::{Path, PathBuf};

use crate::inspect::{self, PdfInfo};

/// The bleed a print master must have, in mm (UK norm).
pub const MIN_BLEED_MM: f64 = 3.0;
const TOLERANCE_MM: f64 = 0.05;

/// What a file is meant to be, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The accessible download PDF (`<format>.pdf`).
    Download,
    /// The print shop's file (`<format>.print.pdf`).
    PrintMaster,
}

impl Kind {
    pub fn of(path: &Path) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if name.ends_with(".print.pdf") {
            Kind::PrintMaster
        } else {
            Kind::Download
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Download => "download PDF",
            Kind::PrintMaster => "print master",
        }
    }
}

/// One file's preflight: what was read and every problem found.
#[derive(Debug, Clone)]
pub struct Report {
    pub path: PathBuf,
    pub kind: Kind,
    pub info: Option<PdfInfo>,
    pub problems: Vec<String>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// What the proof stage checks on a finished PDF (text read back with its positions).
#[derive(Debug, Clone)]
pub struct ProofOptions {
    pub rules: crate::proof::Rules,
    /// The facts that must read as in `content/` (a project's phone numbers and addresses).
    pub facts: Vec<crate::proof::Fact>,
}

impl ProofOptions {
    /// The facts of the project at `root` (its content/resources.toml), when it loads.
    pub fn for_project(root: &Path, rules: crate::proof::Rules) -> Self {
        let mut facts = Vec::new();
        if let Some(project) = crate::source::load(root).project {
            for r in &project.resources.data.resources {
                let id = r.id.get_ref();
                if let Some(p) = &r.phone {
                    facts.push(fact(format!("{id} phone number"), p.get_ref()));
                }
                if let Some(u) = &r.url {
                    facts.push(fact(format!("{id} web address"), u.get_ref()));
                }
                if let Some(u) = &r.short_url {
                    facts.push(fact(format!("{id} web address"), u));
                }
            }
            for (id, n) in &project.resources.data.numbers {
                facts.push(fact(format!("{id} number"), n));
            }
        }
        Self { rules, facts }
    }
}

fn fact(what: String, text: &str) -> crate::proof::Fact {
    crate::proof::Fact {
        what,
        text: text.to_owned(),
    }
}

/// Reads and checks one file: its structure for its kind, and — with `proof` — what a
/// reader sees on its pages (text clear of the trim, no line over another, facts in order).
pub fn check_file(path: &Path, proof: Option<&ProofOptions>) -> Report {
    let kind = Kind::of(path);
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"));
    let info = bytes
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|b| inspect::inspect_structure(b));
    match info {
        Ok(info) => Report {
            path: path.to_path_buf(),
            kind,
            problems: {
                let mut problems = check(kind, &info);
                if let (Some(proof), Ok(bytes)) = (proof, &bytes) {
                    match crate::proof::pdf::read(bytes) {
                        Ok(pages) => problems.extend(
                            crate::proof::prove(&pages, &proof.rules, &proof.facts)
                                .iter()
                                .map(ToString::to_string),
                        ),
                        Err(e) => problems.push(e),
                    }
                }
                problems
            },
            info: Some(info),
        },
        Err(e) => Report {
            path: path.to_path_buf(),
            kind,
            info: None,
            problems: vec![e],
        },
    }
}

/// Every problem of a PDF of `kind`, as sentences.
pub fn check(kind: Kind, info: &PdfInfo) -> Vec<String> {
    let mut problems = Vec::new();
    if info.pages.is_empty() {
        problems.push("the PDF has no pages".into());
    }
    if info.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        problems.push("no document title".into());
    }
    for font in info.fonts.iter().filter(|f| !f.embedded) {
        problems.push(format!("font {} is not embedded", font.name));
    }
    match kind {
        Kind::Download => {
            if info.lang.as_deref().is_none_or(str::is_empty) {
                problems.push("no document language (/Lang)".into());
            }
            if !info.tagged {
                problems.push("not tagged (no structure tree)".into());
            }
            if !info.pdf_ua {
                problems.push("no PDF/UA-1 identifier".into());
            }
            for (i, page) in info.pages.iter().enumerate() {
                if let Some(trim) = page.trim_mm {
                    let media = [0.0, 0.0, page.size_mm.0, page.size_mm.1];
                    if (0..4).any(|k| (trim[k] - media[k]).abs() > TOLERANCE_MM) {
                        problems.push(format!("page {}: has bleed (TrimBox inside the MediaBox); a download PDF has none", i + 1));
                    }
                }
            }
        }
        Kind::PrintMaster => {
            for (i, page) in info.pages.iter().enumerate() {
                let n = i + 1;
                let Some(trim) = page.trim_mm else {
                    problems.push(format!("page {n}: no TrimBox"));
                    continue;
                };
                let Some(bleed) = page.bleed_mm else {
                    problems.push(format!("page {n}: no BleedBox"));
                    continue;
                };
                let margins = [
                    trim[0] - bleed[0],
                    trim[1] - bleed[1],
                    bleed[2] - trim[2],
                    bleed[3] - trim[3],
                ];
                if margins.iter().any(|m| *m < MIN_BLEED_MM - TOLERANCE_MM) {
                    let least = margins.iter().copied().fold(f64::INFINITY, f64::min);
                    problems.push(format!(
                        "page {n}: bleed {least:.1} mm, less than {MIN_BLEED_MM} mm"
                    ));
                }
                let media = [0.0, 0.0, page.size_mm.0, page.size_mm.1];
                let outside = bleed[0] < media[0] - TOLERANCE_MM
                    || bleed[1] < media[1] - TOLERANCE_MM
                    || bleed[2] > media[2] + TOLERANCE_MM
                    || bleed[3] > media[3] + TOLERANCE_MM;
                if outside {
                    problems.push(format!("page {n}: BleedBox extends beyond the MediaBox"));
                }
            }
        }
    }
    problems
}

/// The PDFs under `dir` (recursively, sorted), for `preflight --out DIR`.
pub fn pdfs_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = crate::source::sorted_entries(dir) else {
            return;
        };
        for path in entries {
            if path.is_dir() {
                // An unfinished build's files are not output yet.
                if !path.ends_with(crate::build::output::STAGING) {
                    walk(&path, out);
                }
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

/// Trim size of a page in mm (the MediaBox when there is no TrimBox).
pub fn trim_size_mm(page: &inspect::PageInfo) -> (f64, f64) {
    match page.trim_mm {
        Some(t) => (t[2] - t[0], t[3] - t[1]),
        None => page.size_mm,
    }
}
