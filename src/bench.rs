//! Benchmark: builds the shipped matrix cold and warm in this process, measures each
//! document alone on one thread (the "limit" is their sum divided by the cores used), and
//! runs a per-process baseline (one `leafpress` process per document, as a shell loop over
//! a CLI would). Everything is reported as ratios measured in the same run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::{self, BuildOptions};
use crate::i18n::Localizer;
use crate::render::{self, PdfExport, Typesetter};
use crate::resolve;
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
    pub documents: usize,
    pub files: usize,
    pub cores: usize,
    pub cold: Spread,
    pub warm: Spread,
    /// Sum of single-document compile+export times, one thread.
    pub single_sum: Spread,
    pub limit: f64,
    pub ms_per_doc_by_format: BTreeMap<String, f64>,
    pub compile_share: f64,
    pub per_process_per_doc: f64,
    pub per_process_total: f64,
    pub peak_rss_mb: f64,
}

/// Runs the benchmark on `project`, writing scratch output under `scratch`.
pub fn run(project: &Project, opts: &BenchOptions, scratch: &Path) -> BenchReport {
    let cores = opts.jobs.unwrap_or_else(rayon::current_num_threads).max(1);
    let build_opts = |n: usize| BuildOptions {
        out_dir: scratch.join(format!("build-{n}")),
        jobs: opts.jobs,
        ..BuildOptions::default()
    };
    let mut diags = Vec::new();
    let jobs = build::plan(project, &build_opts(0), &mut diags);

    // Full matrix: the first build in this process is cold (fonts parsed, caches empty).
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    let mut files = 0;
    for n in 0..opts.repeats.max(1) {
        typst::comemo::evict(0);
        let t = Instant::now();
        let report = build::build(project, &build_opts(n));
        cold.push(t.elapsed().as_secs_f64());
        files = report.artifacts.len();
        let t = Instant::now();
        build::build(project, &build_opts(n));
        warm.push(t.elapsed().as_secs_f64());
    }

    // Each document alone, one thread, caches evicted: the sum is the work there is.
    let typesetter = Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
        .expect("layouts and fonts load");
    let localizers: BTreeMap<&str, Localizer> = project
        .locales
        .iter()
        .map(|l| (l.code(), Localizer::new(project, l)))
        .collect();
    let mut sums = Vec::new();
    let mut by_format: BTreeMap<String, (Duration, usize)> = BTreeMap::new();
    let (mut compile, mut total) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..opts.repeats.max(1) {
        let mut sum = Duration::ZERO;
        for job in &jobs {
            typst::comemo::evict(0);
            let Ok(doc) = resolve::resolve(
                project,
                &job.locale.meta.data,
                &localizers[job.locale.code()],
                job.venue,
                job.format,
            ) else {
                continue;
            };
            let export = PdfExport {
                ident: job.name(),
                timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).unwrap(),
            };
            let Ok(rendered) =
                render::render_pdf(&typesetter, &resolve::Edition::new(vec![&doc]), &export)
            else {
                continue;
            };
            let t = rendered.compile_time + rendered.export_time;
            sum += t;
            compile += rendered.compile_time;
            total += t;
            let entry = by_format.entry(job.format.data.id.clone()).or_default();
            entry.0 += t;
            entry.1 += 1;
        }
        sums.push(sum.as_secs_f64());
    }
    let single_sum = Spread::of(sums);

    // Per-process baseline: one process per document for a sample, extrapolated.
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

    BenchReport {
        documents: jobs.len(),
        files,
        cores,
        cold: Spread::of(cold),
        warm: Spread::of(warm),
        single_sum,
        limit: single_sum.median / cores as f64,
        ms_per_doc_by_format: by_format
            .into_iter()
            .map(|(f, (d, n))| (f, d.as_secs_f64() * 1000.0 / n.max(1) as f64))
            .collect(),
        compile_share: compile.as_secs_f64() / total.as_secs_f64().max(1e-9),
        per_process_per_doc,
        per_process_total: per_process_per_doc * jobs.len() as f64,
        peak_rss_mb: peak_rss_mb(),
    }
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
            "documents: {} PDFs ({} files written), cores used: {}\n",
            self.documents, self.files, self.cores
        );
        out += "| measure | value |\n|---|---|\n";
        out += &format!("| full matrix, cold (s) | {} |\n", self.cold);
        out += &format!("| full matrix, warm, same process (s) | {} |\n", self.warm);
        out += &format!(
            "| documents per second, cold | {:.1} |\n",
            self.documents as f64 / self.cold.median
        );
        out += &format!(
            "| sum of single-document compile+export, 1 thread (s) | {} |\n",
            self.single_sum
        );
        out += &format!("| limit = sum / cores (s) | {:.3} |\n", self.limit);
        out += &format!("| **cold / limit** | **{cold_ratio:.2}×** |\n");
        for (format, ms) in &self.ms_per_doc_by_format {
            out += &format!("| ms per document, {format} | {ms:.1} |\n");
        }
        out += &format!(
            "| compile share of compile+export | {:.0}% |\n",
            self.compile_share * 100.0
        );
        out += &format!(
            "| per-process baseline, s per document | {:.3} |\n",
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
        out += &format!("| peak RSS (MB) | {:.0} |\n", self.peak_rss_mb);
        out
    }
}
