//! `leafpress build`: load, build the matrix, print diagnostics in job order and a summary.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use super::{exit, ProjectArgs};
use crate::build::{self, BuildOptions};
use crate::diag::has_errors;
use crate::source;

#[derive(Debug, Clone, clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Output folder.
    #[arg(long, default_value = "dist")]
    pub out: PathBuf,
    /// Locales to build (comma-separated or repeated); default: all.
    #[arg(long, value_delimiter = ',')]
    pub locales: Vec<String>,
    /// Venues to build; default: all.
    #[arg(long, value_delimiter = ',')]
    pub venues: Vec<String>,
    /// Formats to build; default: all.
    #[arg(long, value_delimiter = ',')]
    pub formats: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Print errors only: no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// List every job rendered in this build (unchanged jobs are skipped).
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Also build bilingual editions, first-named language read first (e.g. cy+en-GB).
    #[arg(long, value_delimiter = ',', value_parser = parse_pair)]
    pub bilingual: Vec<(String, String)>,
    /// Release build: refuse locales with draft or outdated messages (see `leafpress status`).
    #[arg(long)]
    pub publish: bool,
    /// With --publish: build draft and outdated locales anyway (they carry the draft mark).
    #[arg(long, requires = "publish")]
    pub allow_draft: bool,
    /// Draw crop marks (outside the bleed) on the print masters (`*.print.pdf`).
    #[arg(long)]
    pub crop_marks: bool,
    /// A TOML file of [[venue]] tables (name, phone, address, hours, logo): one set of
    /// outputs per venue, with its details instead of write-in lines.
    #[arg(long, value_name = "FILE")]
    pub venue_details: Option<PathBuf>,
    /// Leave the files of an earlier build that this build no longer makes (by default
    /// they are removed: a venue dropped from --venue-details, a format removed).
    #[arg(long)]
    pub keep_stale: bool,
}

fn parse_pair(s: &str) -> Result<(String, String), String> {
    match s.split_once('+') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() && a != b => {
            Ok((a.to_owned(), b.to_owned()))
        }
        _ => Err(format!(
            "`{s}` is not two different locales joined by +, e.g. cy+en-GB"
        )),
    }
}

/// `locales/<code>/…` → `code`.
fn locale_of(path: &std::path::Path) -> Option<String> {
    let mut parts = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    (parts.next()? == "locales").then(|| parts.next()).flatten()
}

/// Locales, venues and formats with an error in their own files (`locales/<code>/…`,
/// `content/venues/<id>.toml`, `content/formats/<id>.toml`): they are not built.
#[derive(Default)]
struct Broken {
    locales: BTreeSet<String>,
    venues: BTreeSet<String>,
    formats: BTreeSet<String>,
}

impl Broken {
    fn of(diags: &[crate::diag::Diagnostic]) -> Self {
        let mut broken = Self::default();
        for file in diags
            .iter()
            .filter(|d| d.is_error())
            .filter_map(|d| d.file.as_ref())
        {
            if let Some(code) = locale_of(file) {
                broken.locales.insert(code);
                continue;
            }
            let stem = || file.file_stem().map(|s| s.to_string_lossy().into_owned());
            let parent = file.parent().unwrap_or(std::path::Path::new(""));
            if parent == std::path::Path::new("content/venues") {
                broken.venues.extend(stem());
            } else if parent == std::path::Path::new("content/formats") {
                broken.formats.extend(stem());
            }
        }
        broken
    }

    fn is_empty(&self) -> bool {
        self.locales.is_empty() && self.venues.is_empty() && self.formats.is_empty()
    }
}

pub fn run(args: BuildArgs) -> u8 {
    // Not locked for the whole run: the progress display writes from the worker threads.
    let mut err = std::io::stderr();
    let mut loaded = source::load(&args.project.project);
    // A problem in a locale that is not being built is worth showing, but not failing for.
    if !args.locales.is_empty() {
        for d in &mut loaded.diagnostics {
            let other = d
                .file
                .as_ref()
                .and_then(|f| locale_of(f))
                .is_some_and(|code| !args.locales.contains(&code));
            if other && d.is_error() {
                d.severity = crate::diag::Severity::Warning;
                d.hints.push("this locale is not part of this build".into());
            }
        }
    }
    for d in &loaded.diagnostics {
        let _ = write!(err, "{}", d.render());
    }
    let Some(mut project) = loaded.project else {
        let _ = writeln!(
            err,
            "leafpress: cannot build: the guide or its resources did not load"
        );
        return exit::CANNOT_RUN;
    };
    // Every output prints the numbers and names of content/resources.toml: with an error
    // there (a phone number that is not one), nothing is built.
    let facts = std::path::Path::new("content/resources.toml");
    if loaded
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.file.as_deref() == Some(facts))
    {
        let _ = writeln!(
            err,
            "leafpress: cannot build: content/resources.toml has errors (above), and every output prints its facts"
        );
        return exit::CANNOT_RUN;
    }
    // Pseudo-locales (en-XA, ar-XB) are generated from en-GB, only when named.
    if let Err(e) = crate::i18n::pseudo::add_requested(&mut project, &args.locales) {
        let _ = writeln!(err, "error: {e}");
        return exit::CANNOT_RUN;
    }
    let (mut locales, mut bilingual, mut refused) = (args.locales, args.bilingual, false);
    if args.publish {
        let gate = crate::i18n::status::publish_gate(&project, &locales, args.allow_draft);
        for d in &gate.diagnostics {
            let _ = write!(err, "{}", d.render());
        }
        if gate.allowed.is_empty() {
            let _ = writeln!(err, "leafpress: nothing to publish");
            return exit::FAILED;
        }
        refused = !gate.refused.is_empty();
        bilingual.retain(|(a, b)| !gate.refused.contains(a) && !gate.refused.contains(b));
        locales = gate.allowed;
    }
    // A locale, venue or format whose own files have an error is left out (its error is
    // above); every other job still builds. A name asked for is then not "unknown" too.
    let broken = Broken::of(&loaded.diagnostics);
    let mut venues = args.venues;
    let mut formats = args.formats;
    if !broken.is_empty() {
        if locales.is_empty() {
            locales = project
                .locales
                .iter()
                .map(|l| l.code().to_owned())
                .collect();
        }
        for code in broken.locales.iter().filter(|c| locales.contains(c)) {
            let _ = writeln!(
                err,
                "leafpress: locale {code} left out of this build: fix the errors in locales/{code}/ above"
            );
        }
        let asked = !locales.is_empty();
        locales.retain(|c| !broken.locales.contains(c));
        bilingual.retain(|(a, b)| !broken.locales.contains(a) && !broken.locales.contains(b));
        let asked_venues = !venues.is_empty();
        venues.retain(|v| !broken.venues.contains(v));
        let asked_formats = !formats.is_empty();
        formats.retain(|f| !broken.formats.contains(f));
        if (asked && locales.is_empty() && bilingual.is_empty())
            || (asked_venues && venues.is_empty())
            || (asked_formats && formats.is_empty())
        {
            let _ = writeln!(
                err,
                "leafpress: nothing to build: everything asked for has errors (above)"
            );
            return exit::FAILED;
        }
    }
    let source_date_epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok());
    let opts = BuildOptions {
        out_dir: args.out.clone(),
        locales,
        venues,
        formats,
        bilingual,
        jobs: args.jobs,
        source_date_epoch,
        crop_marks: args.crop_marks,
        venue_details: args.venue_details,
        progress: (!args.quiet).then(progress_display),
        keep_stale: args.keep_stale,
    };
    let started = std::time::Instant::now();
    let report = build::build(&project, &opts);
    if let Some(bar) = PROGRESS_BAR.get() {
        bar.finish_and_clear();
    }
    // The same problem seen by several jobs (one bad ID, nine documents) is printed once,
    // and a warning repeated for many outputs is one line naming them.
    let mut seen = std::collections::HashSet::new();
    let mut warnings = loaded.diagnostics.iter().filter(|d| !d.is_error()).count();
    for d in crate::diag::group::group_repeats(&report.diagnostics) {
        let text = d.render();
        if seen.insert(text.clone()) {
            let _ = write!(err, "{text}");
            warnings += usize::from(!d.is_error());
        }
    }
    if !args.quiet {
        println!(
            "built {} file(s) into {} in {:.2} s; {} job(s) rendered, {} unchanged; {} job(s) failed; {} warning(s)",
            report.artifacts.len(),
            opts.out_dir.display(),
            started.elapsed().as_secs_f64(),
            report.rebuilt.len(),
            report.unchanged.len(),
            report.failed.len(),
            warnings
        );
        if !report.kept.is_empty() {
            println!(
                "kept {} other job(s) of an earlier build in the manifest and on the download pages (outside --locales/--venues/--formats; not checked against changed inputs)",
                report.kept.len()
            );
        }
        if !report.stale.is_empty() {
            if opts.keep_stale {
                println!(
                    "kept {} stale file(s) of an earlier build (--keep-stale): no longer made, no longer in the manifest",
                    report.stale.len()
                );
            } else {
                println!(
                    "removed {} stale file(s) of an earlier build that this build no longer makes",
                    report.stale.len()
                );
            }
        }
        if !report.carried.is_empty() {
            println!(
                "kept the last good files of {} failed job(s), marked failed in the manifest",
                report.carried.len()
            );
        }
    }
    // Loud whatever --quiet says: outputs that were published are gone.
    if !report.withdrawn.is_empty() {
        eprintln!(
            "error: withdrew the last good files of {} failed or kept job(s): the facts they print have changed",
            report.withdrawn.len()
        );
    }
    if std::env::var_os("LEAFPRESS_PROFILE").is_some() {
        for (stage, spent, calls) in crate::profile::take() {
            eprintln!(
                "  {stage:<18} {:>9.3} s  {calls:>5} call(s)",
                spent.as_secs_f64()
            );
        }
    }
    if args.verbose {
        for name in &report.rebuilt {
            println!("  rendered: {name}");
        }
    }
    for name in &report.failed {
        eprintln!("  failed: {name}");
    }
    if report.ok() && !has_errors(&loaded.diagnostics) && !refused {
        exit::OK
    } else {
        exit::FAILED
    }
}

static PROGRESS_BAR: std::sync::OnceLock<indicatif::ProgressBar> = std::sync::OnceLock::new();

/// On a terminal, a progress bar on stderr; when piped (CI logs), a plain line at every
/// tenth of the jobs.
fn progress_display() -> build::Progress {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{elapsed:>4} [{bar:30}] {pos}/{len} jobs  {msg}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        let bar = PROGRESS_BAR.get_or_init(|| bar).clone();
        build::Progress(std::sync::Arc::new(move |done, total, name| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
            bar.set_message(name.to_owned());
        }))
    } else {
        build::Progress(std::sync::Arc::new(|done, total, _name| {
            let tenth = |n: usize| n * 10 / total.max(1);
            if done == total || tenth(done) != tenth(done - 1) {
                eprintln!("rendered {done}/{total} jobs");
            }
        }))
    }
}
