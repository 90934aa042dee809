//! Benchmark: builds the shipped matrix cold and warm in this process, measures each
//! document alone on one thread (the "limit" is their sum divided by the cores used), and
//! runs a per-process baseline (one `leafpress` process per document, as a shell loop over
//! a CLI would). Everything is reported as ratios measured in the same run.
//! The board case (`--board`) is in `board`.

pub mod board;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::{self, BuildOptions};
use crate::i18n::Localizer;
use crate::render::{self, PdfExport, Typesetter};
use crate::source::Project;

/// What to measure.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub jobs: Option<usize>,
    /// How many documents the per-process baseline runs (it is extrapolated to the matrix).
    pub baseline_sample: usize,
    /// Repetitions of the single-document pass, for min / median / max.
    pub repeats: usize,
    /// The `leafpress` binary, for the per-process baseline.
    pub binary: PathBuf,
}

/// Min, median and max of several runs.
#[derive(Debug, Clone, Copy)]
pub struct Spread {
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

impl Spread {
    fn of(mut xs: Vec<f64>) -> Self {
        xs.sort_by(|a, b| a.total_cmp(b));
        Self {
            min: xs[0],
            median: xs[xs.len() / 2],
            max: xs[xs.len() - 1],
        }
    }
}

impl std::fmt::Display for Spread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.3} (min {:.3}, max {:.3})",
            self.median, self.min, self.max
        )
    }
}

/// The figures, in seconds unless named otherwise.
#[derive(Debug, Clone)]
pub struct BenchReport {
    /// Jobs (locale × venue × format) in the matrix.
    pub jobs: usize,
    /// typst documents they make: each job's download PDF, and its print master.
    pub documents: usize,
    pub files: usize,
    pub cores: usize,
    pub cold: Spread,
    /// The whole matrix again in the same process, into a new folder (typst's caches warm).
    pub warm: Spread,
    /// The same build again into the same folder: nothing changed, nothing rendered.
    pub noop: Spread,
    /// Sum of single-document compile+export times, one thread, caches cleared each time.
    pub single_sum: Spread,
    pub limit: f64,
    pub ms_per_doc_by_format: BTreeMap<String, f64>,
    pub compile_share: f64,
    /// Where the first cold build's time went: stage → (CPU seconds summed over workers, share).
    pub stages: Vec<(&'static str, f64, f64)>,
    pub per_process_per_doc: f64,
    pub per_process_total: f64,
    /// The typst Python package, one process per document (compile + PDF only), when
    /// `python3 -c "import typst"` works: seconds per document, or why it did not run.
    pub typst_py_per_doc: Result<f64, String>,
    /// Peak resident memory after the cold builds (before the single-document pass).
    pub build_peak_rss_mb: f64,
}

/// Runs the benchmark on `project`, writing scratch output under `scratch`.
pub fn run(project: &Project, opts: &BenchOptions, scratch: &Path) -> BenchReport {
    let cores = opts.jobs.unwrap_or_else(rayon::current_num_threads).max(1);
    let build_opts = |dir: String| BuildOptions {
        out_dir: scratch.join(dir),
        jobs: opts.jobs,
        ..BuildOptions::default()
    };
    let mut diags = Vec::new();
    let jobs = build::plan(project, &build_opts(String::new()), &mut diags);

    // Full matrix: each cold build starts with typst's caches cleared; the first build in
    // the process also pays for parsing fonts.
    let (mut cold, mut warm, mut noop) = (Vec::new(), Vec::new(), Vec::new());
    let mut files = 0;
    let mut stages = Vec::new();
    for n in 0..opts.repeats.max(1) {
        typst::comemo::evict(0);
        crate::profile::take();
        let t = Instant::now();
        let report = build::build(project, &build_opts(format!("cold-{n}")));
        cold.push(t.elapsed().as_secs_f64());
        if n == 0 {
            stages = crate::profile::take();
        }
        files = report.artifacts.len();
        let t = Instant::now();
        build::build(project, &build_opts(format!("warm-{n}")));
        warm.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        build::build(project, &build_opts(format!("warm-{n}")));
        noop.push(t.elapsed().as_secs_f64());
    }
    let build_peak_rss_mb = peak_rss_mb();
    let stage_total: f64 = stages
        .iter()
        .filter(|(name, ..)| !name.contains("wall") && *name != "print master")
        .map(|(_, d, _)| d.as_secs_f64())
        .sum();
    let stages = stages
        .into_iter()
        .map(|(name, d, _)| {
            (
                name,
                d.as_secs_f64(),
                d.as_secs_f64() / stage_total.max(1e-9),
            )
        })
        .collect();

    // Each document alone, one thread, caches cleared: the sum is the work there is.
    let typesetter = Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
        .expect("layouts and fonts load");
    let localizers: BTreeMap<&str, Localizer> = project
        .locales
        .iter()
        .map(|l| (l.code(), Localizer::new(project, l)))
        .collect();
    let mut sums = Vec::new();
    let mut by_format: BTreeMap<String, (Duration, usize)> = BTreeMap::new();
    let (mut compile, mut total, mut documents) = (Duration::ZERO, Duration::ZERO, 0);
    // One thread really: typst's inner parallel work (rayon) runs on this pool's one
    // thread, as it does inside a build's worker, instead of borrowing the other cores.
    let one_thread = crate::workers::single_thread_pool();
    for _ in 0..opts.repeats.max(1) {
        let (mut sum, mut count) = (Duration::ZERO, 0);
        one_thread.install(|| {
            for job in &jobs {
                let Ok(docs) = build::documents(project, &localizers, job) else {
                    continue;
                };
                let Ok(edition) = build::edition(job, &docs) else {
                    continue;
                };
                // Braille and audio (issue 18): liblouis and page layout, one .brf; the MP3
                // and the audio book, every sentence spoken afresh.
                let engine = job.format.data.engine;
                if engine != crate::source::Engine::Typst {
                    if engine == crate::source::Engine::Audio {
                        crate::render::audio::forget_speech();
                    }
                    let started = std::time::Instant::now();
                    let made = if engine == crate::source::Engine::Audio {
                        crate::render::audio::render(project, &localizers, job, &edition).is_ok()
                    } else {
                        crate::render::braille::render(project, job, &edition).is_ok()
                    };
                    if made {
                        let t = started.elapsed();
                        sum += t;
                        total += t;
                        count += 1;
                        let entry = by_format.entry(job.format.data.id.clone()).or_default();
                        entry.0 += t;
                        entry.1 += 1;
                    }
                    continue;
                }
                let export = PdfExport {
                    ident: job.name(),
                    timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).unwrap(),
                };
                typst::comemo::evict(0);
                let Ok(rendered) = render::render_pdf(&typesetter, &edition, &export) else {
                    continue;
                };
                let mut add = |format: String, t: Duration, c: Duration| {
                    sum += t;
                    compile += c;
                    total += t;
                    count += 1;
                    let entry = by_format.entry(format).or_default();
                    entry.0 += t;
                    entry.1 += 1;
                };
                add(
                    job.format.data.id.clone(),
                    rendered.compile_time + rendered.export_time,
                    rendered.compile_time,
                );
                if job.format.data.print_master {
                    let mut master = edition.clone();
                    master.production = master.production.master(false);
                    typst::comemo::evict(0);
                    if let Ok(m) = render::render_pdf(&typesetter, &master, &export) {
                        add(
                            format!("{} (print master)", job.format.data.id),
                            m.compile_time + m.export_time,
                            m.compile_time,
                        );
                    }
                }
            }
        });
        sums.push(sum.as_secs_f64());
        documents = count;
    }
    let single_sum = Spread::of(sums);

    // Per-process baseline: one process per job for a sample, extrapolated.
    let sample: Vec<_> = jobs
        .iter()
        .step_by((jobs.len() / opts.baseline_sample.max(1)).max(1))
        .collect();
    let t = Instant::now();
    for (i, job) in sample.iter().enumerate() {
        let _ = std::process::Command::new(&opts.binary)
            .args(["build", "--quiet", "--project"])
            .arg(&project.root)
            .arg("--out")
            .arg(scratch.join(format!("proc-{i}")))
            .args([
                "--locales",
                job.locale.code(),
                "--venues",
                &job.venue.data.id,
                "--formats",
                &job.format.data.id,
            ])
            .output();
    }
    let per_process_per_doc = t.elapsed().as_secs_f64() / sample.len().max(1) as f64;
    let typst_py_per_doc = typst_py_baseline(project, &localizers, &sample, &scratch.join("py"));

    BenchReport {
        jobs: jobs.len(),
        documents,
        files,
        cores,
        cold: Spread::of(cold),
        warm: Spread::of(warm),
        noop: Spread::of(noop),
        single_sum,
        limit: single_sum.median / cores as f64,
        ms_per_doc_by_format: by_format
            .into_iter()
            .map(|(f, (d, n))| (f, d.as_secs_f64() * 1000.0 / n.max(1) as f64))
            .collect(),
        compile_share: compile.as_secs_f64() / total.as_secs_f64().max(1e-9),
        stages,
        per_process_per_doc,
        per_process_total: per_process_per_doc * jobs.len() as f64,
        typst_py_per_doc,
        build_peak_rss_mb,
    }
}

/// What a user without leafpress would run: the typst Python package (`pip install typst`,
/// as the issue measured), one `python3` process per document compiling the same layout
/// and `/document.json` to PDF with the vendored fonts, system fonts scanned as by default.
/// Only compile + export: no preview, preflight, bleed box or site. Seconds per document.
fn typst_py_baseline(
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    sample: &[&build::Job],
    dir: &Path,
) -> Result<f64, String> {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import typst"])
        .output()
        .map_err(|e| format!("no python3: {e}"))?;
    if !probe.status.success() {
        return Err("the typst Python package is not installed (pip install typst)".into());
    }
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(&project.layouts_dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "typ") {
            std::fs::copy(&path, dir.join(path.file_name().expect("a file")))
                .map_err(|e| e.to_string())?;
        }
    }
    const SCRIPT: &str = "import sys, typst\n\
        typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], font_paths=[sys.argv[4]])";
    let (mut spent, mut documents) = (Duration::ZERO, 0u32);
    for job in sample {
        let Ok(docs) = build::documents(project, localizers, job) else {
            continue;
        };
        let Ok(edition) = build::edition(job, &docs) else {
            continue;
        };
        let mut editions = vec![edition.clone()];
        if job.format.data.print_master {
            let mut master = edition;
            master.production = master.production.master(false);
            editions.push(master);
        }
        for edition in editions {
            let json = serde_json::to_vec(&edition).map_err(|e| e.to_string())?;
            std::fs::write(dir.join("document.json"), json).map_err(|e| e.to_string())?;
            let t = Instant::now();
            let out = std::process::Command::new("python3")
                .args(["-c", SCRIPT])
                .arg(dir.join(&job.format.data.layout))
                .arg(dir.join("out.pdf"))
                .arg(dir)
                .arg(&project.fonts_dir)
                .output()
                .map_err(|e| e.to_string())?;
            spent += t.elapsed();
            if !out.status.success() {
                return Err(format!(
                    "typst (Python) failed on {}: {}",
                    job.name(),
                    String::from_utf8_lossy(&out.stderr)
                        .lines()
                        .last()
                        .unwrap_or("")
                ));
            }
            documents += 1;
        }
    }
    if documents == 0 {
        return Err("no document in the sample".into());
    }
    Ok(spent.as_secs_f64() / f64::from(documents))
}

/// Peak resident memory of this process (VmHWM), in MB; 0 where /proc is unavailable.
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

impl BenchReport {
    /// The report as the table the README and issue notes quote.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let cold_ratio = self.cold.median / self.limit;
        out += &format!(
            "matrix: {} jobs, {} typst documents (download PDFs + print masters), {} files written; {} worker(s)\n",
            self.jobs, self.documents, self.files, self.cores
        );
        out += "| measure | median (min, max) |\n|---|---|\n";
        out += &format!("| full matrix, cold (s) | {} |\n", self.cold);
        out += &format!("| full matrix, warm, same process (s) | {} |\n", self.warm);
        out += &format!("| no-op rebuild (s) | {} |\n", self.noop);
        out += &format!(
            "| documents per second, cold | {:.1} |\n",
            self.documents as f64 / self.cold.median
        );
        out += &format!(
            "| sum of single-document compile+export, 1 thread (s) | {} |\n",
            self.single_sum
        );
        out += &format!("| limit = sum / workers (s) | {:.3} |\n", self.limit);
        out += &format!("| **cold / limit** | **{cold_ratio:.2}×** |\n");
        out += &format!(
            "| per-process baseline, s per job | {:.3} |\n",
            self.per_process_per_doc
        );
        out += &format!(
            "| per-process baseline, whole matrix (extrapolated, s) | {:.1} |\n",
            self.per_process_total
        );
        out += &format!(
            "| **speed-up over per-process baseline** | **{:.1}×** |\n",
            self.per_process_total / self.cold.median
        );
        match &self.typst_py_per_doc {
            Ok(per_doc) => {
                let total = per_doc * self.documents as f64;
                out += &format!(
                    "| typst Python package per process, s per document (compile + PDF only) | {per_doc:.3} |\n"
                );
                out += &format!(
                    "| typst Python package per process, all {} documents (extrapolated, s) | {total:.1} |\n",
                    self.documents
                );
                out += &format!(
                    "| **speed-up over typst per process** | **{:.1}×** |\n",
                    total / self.cold.median
                );
            }
            Err(why) => out += &format!("| typst Python package per process | not run: {why} |\n"),
        }
        out += &format!(
            "| peak RSS of the builds (MB) | {:.0} |\n",
            self.build_peak_rss_mb
        );
        out += "\n| ms per document (alone, caches cleared) | ms |\n|---|---|\n";
        for (format, ms) in &self.ms_per_doc_by_format {
            out += &format!("| {format} | {ms:.1} |\n");
        }
        out += &format!(
            "| compile share of compile+export | {:.0}% |\n",
            self.compile_share * 100.0
        );
        out += "\n| first cold build, by stage (CPU s summed over workers) | s | share |\n|---|---|---|\n";
        for (stage, secs, share) in &self.stages {
            if stage.contains("wall") || *stage == "print master" {
                out += &format!("| {stage} | {secs:.2} | |\n");
            } else {
                out += &format!("| {stage} | {secs:.2} | {:.0}% |\n", share * 100.0);
            }
        }
        out
    }
}
