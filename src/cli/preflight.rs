//! `leafpress preflight [FILES] [--out DIR]`: reads finished PDFs back and reports, per
//! file, what a printer and a reader get — pages and sizes, TrimBox/BleedBox, fonts, title,
//! language, tagging — and any problem for its kind (download PDF or `*.print.pdf` master),
//! then proves the pages as a reader meets them (src/proof/, read back from the PDF).
//! Exit 1 when any file has a problem.

use std::path::PathBuf;

use super::exit;
use crate::preflight::{self, Kind};

#[derive(Debug, Clone, clap::Args)]
pub struct PreflightArgs {
    /// PDF files to check.
    pub files: Vec<PathBuf>,
    /// Check every PDF under this output folder (e.g. dist).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print only files with problems, and the summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// The project whose content/resources.toml gives the facts that must read in order.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub project: PathBuf,
    /// No text within this many mm of the trim.
    #[arg(long, value_name = "MM", default_value_t = 5.0)]
    pub safe_mm: f64,
    /// The smallest type allowed, in pt (e.g. 16 for large print).
    #[arg(long, value_name = "PT", default_value_t = 0.0)]
    pub min_pt: f64,
    /// Check structure only: skip the proof of what is on the pages.
    #[arg(long)]
    pub no_proof: bool,
}

pub fn run(args: PreflightArgs) -> u8 {
    let mut files = args.files.clone();
    if let Some(dir) = &args.out {
        if !dir.is_dir() {
            eprintln!("error: {} is not a folder", dir.display());
            eprintln!("  = hint: pass the output folder of `leafpress build`, e.g. --out dist");
            return exit::CANNOT_RUN;
        }
        files.extend(preflight::pdfs_under(dir));
    }
    if files.is_empty() {
        eprintln!("error: no PDF to check");
        eprintln!("  = hint: name PDF files, or an output folder with --out DIR");
        return exit::CANNOT_RUN;
    }
    let proof = (!args.no_proof).then(|| {
        preflight::ProofOptions::for_project(
            &args.project,
            crate::proof::Rules {
                safe_mm: args.safe_mm,
                min_pt: args.min_pt,
                folds: Vec::new(),
            },
        )
    });
    let mut failed = 0;
    for path in &files {
        let report = preflight::check_file(path, proof.as_ref());
        if !report.ok() {
            failed += 1;
        }
        if args.quiet && report.ok() {
            continue;
        }
        let verdict = if report.ok() { "ok" } else { "PROBLEMS" };
        println!("{} ({}): {verdict}", path.display(), report.kind.name());
        if let Some(info) = &report.info {
            println!("  title:    {}", info.title.as_deref().unwrap_or("(none)"));
            println!(
                "  language: {}   tagged: {}   PDF/UA-1: {}",
                info.lang.as_deref().unwrap_or("(none)"),
                info.tagged,
                info.pdf_ua
            );
            let embedded = info.fonts.iter().filter(|f| f.embedded).count();
            println!("  fonts:    {} of {} embedded", embedded, info.fonts.len());
            for (i, page) in info.pages.iter().enumerate() {
                let (tw, th) = preflight::trim_size_mm(page);
                let mut line = format!(
                    "  page {}: {:.1} × {:.1} mm",
                    i + 1,
                    page.size_mm.0,
                    page.size_mm.1
                );
                match (page.trim_mm, page.bleed_mm) {
                    (Some(t), bleed) => {
                        line +=
                            &format!(", trim {tw:.1} × {th:.1} mm at ({:.1}, {:.1})", t[0], t[1]);
                        if let Some(b) = bleed {
                            line += &format!(", bleed {:.1} mm", t[0] - b[0]);
                        } else if report.kind == Kind::PrintMaster {
                            line += ", no BleedBox";
                        }
                    }
                    (None, _) => line += ", no TrimBox",
                }
                println!("{line}");
            }
        }
        for problem in &report.problems {
            println!("  problem: {problem}");
        }
    }
    println!(
        "preflight: {} file(s) checked, {failed} with problems",
        files.len()
    );
    if failed == 0 {
        exit::OK
    } else {
        exit::FAILED
    }
}
