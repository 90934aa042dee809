//! Benchmark, board case: a venue board (`--venue-details`) of N generated venues, built in
//! en-GB in every format by a child `leafpress build` process, as N grows: seconds per job,
//! the child's peak resident memory, and how long writing the site took. Figures only, as
//! ratios in the same run; nothing here is asserted.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::source::Project;

/// What the board case runs.
#[derive(Debug, Clone)]
pub struct BoardOptions {
    /// Board sizes (venues), in the order run.
    pub sizes: Vec<usize>,
    /// Worker threads passed to the build (`-j`); `None`, the build's default.
    pub jobs: Option<usize>,
    /// Formats (`--formats`); empty, every format of the project.
    pub formats: Vec<String>,
    /// The `leafpress` binary the builds run in.
    pub binary: PathBuf,
}

/// One child process's figures.
#[derive(Debug, Clone, Default)]
pub struct ChildRun {
    /// Wall time of the process, start to exit.
    pub seconds: f64,
    /// Its peak resident set (`ru_maxrss` from `wait4`), in MB.
    pub peak_rss_mb: f64,
    pub exit_code: Option<i32>,
    /// `LEAFPRESS_PROFILE`'s stage totals it printed: stage → seconds.
    pub stages: Vec<(String, f64)>,
    /// The jobs it named as failed (`  failed: …`).
    pub failed: usize,
    /// Its last lines of stderr, when it did not exit 0 or 1.
    pub trouble: Option<String>,
}

impl ChildRun {
    /// A stage's seconds, 0 when it did not print it.
    pub fn stage(&self, name: &str) -> f64 {
        self.stages
            .iter()
            .find(|(s, _)| s == name)
            .map_or(0.0, |(_, t)| *t)
    }
}

/// One board size's results.
#[derive(Debug, Clone)]
pub struct BoardRun {
    pub venues: usize,
    /// Jobs (venue × format) the manifest records, carried or built.
    pub jobs: usize,
    /// Files the manifest lists (PDFs, previews, print masters, pages…).
    pub files: usize,
    /// The build from nothing.
    pub cold: ChildRun,
    /// The same build again into the same folder: nothing to render.
    pub noop: ChildRun,
}

/// The venue-details file of a board of `n` venues: the project's venue profiles in turn,
/// long names, two address lines, opening hours, and numbers from Ofcom's drama range for
/// Leeds (0113 496 0000–0999), which is reserved for fiction and never rings anyone.
pub fn board_file(project: &Project, n: usize) -> String {
    let profiles: Vec<&str> = project.venues.iter().map(|v| v.data.id.as_str()).collect();
    const TOWNS: [&str; 8] = [
        "Leeds",
        "Bradford",
        "Wakefield",
        "Huddersfield",
        "Halifax",
        "Harrogate",
        "Keighley",
        "Dewsbury",
    ];
    let mut out = String::from(
        "# A generated venue board for `leafpress bench --board` (numbers: Ofcom's drama range).\n",
    );
    for i in 0..n {
        let profile = profiles[i % profiles.len().max(1)];
        let town = TOWNS[i % TOWNS.len()];
        let kind = match profile {
            "clinic" => "Sexual Health and Wellbeing Clinic",
            "school" => "Community High School and Sixth Form College",
            "police" => "Police Station and Custody Suite",
            _ => "Community Centre",
        };
        let _ = write!(
            out,
            "\n[[venue]]\nid = \"venue-{i:04}\"\nprofile = \"{profile}\"\n\
             name = \"{town} {} {kind}\"\nphone = \"0113 496 {:04}\"\n\
             address = [\"Unit {}, The Old Mill Business Park, Canal Street\", \"{town} LS{} {}AB\"]\n\
             hours = \"Monday to Friday 8am to 8pm, Saturday 9am to 1pm\"\n",
            ["North", "South", "East", "West", "Central"][i % 5],
            i % 1000,
            i + 1,
            i % 30 + 1,
            i % 9 + 1,
        );
    }
    out
}

/// Runs the board case for each size, under `scratch`.
pub fn run(project: &Project, opts: &BoardOptions, scratch: &Path) -> Vec<BoardRun> {
    let mut runs = Vec::new();
    for &n in &opts.sizes {
        let file = scratch.join(format!("board-{n}.toml"));
        if std::fs::write(&file, board_file(project, n)).is_err() {
            continue;
        }
        let out = scratch.join(format!("board-{n}"));
        let cold = build_child(project, opts, &file, &out);
        let noop = build_child(project, opts, &file, &out);
        let (jobs, files) = manifest_counts(&out);
        runs.push(BoardRun {
            venues: n,
            jobs,
            files,
            cold,
            noop,
        });
        // A 1,000-venue board is some 20,000 files: not kept for the next size.
        let _ = std::fs::remove_dir_all(&out);
    }
    runs
}

/// One `leafpress build` of the board into `out`, as a child process, with its figures.
fn build_child(project: &Project, opts: &BoardOptions, file: &Path, out: &Path) -> ChildRun {
    let mut cmd = std::process::Command::new(&opts.binary);
    cmd.args(["build", "--quiet", "--project"])
        .arg(&project.root)
        .arg("--out")
        .arg(out)
        .args(["--locales", crate::i18n::SOURCE_LOCALE, "--venue-details"])
        .arg(file)
        .env("LEAFPRESS_PROFILE", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    if let Some(j) = opts.jobs {
        cmd.args(["-j", &j.to_string()]);
    }
    if !opts.formats.is_empty() {
        cmd.args(["--formats", &opts.formats.join(",")]);
    }
    let started = Instant::now();
    let Ok(mut child) = cmd.spawn() else {
        return ChildRun {
            trouble: Some(format!("could not start {}", opts.binary.display())),
            ..ChildRun::default()
        };
    };
    // Read stderr on a thread, so a chatty child never blocks on a full pipe.
    let stderr = child.stderr.take().map(|mut pipe| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut pipe, &mut text);
            text
        })
    });
    let (exit_code, peak_rss_mb) = wait_with_rusage(&mut child);
    let seconds = started.elapsed().as_secs_f64();
    let text = stderr.and_then(|t| t.join().ok()).unwrap_or_default();
    let stages = text
        .lines()
        .filter_map(|line| {
            // "  typst compile         14.143 s    139 call(s)"
            let (name, rest) = line.trim_start().split_once("  ")?;
            let secs = rest.split_whitespace().next()?.parse::<f64>().ok()?;
            rest.contains(" s ").then(|| (name.trim().to_owned(), secs))
        })
        .collect();
    let failed = text.lines().filter(|l| l.starts_with("  failed: ")).count();
    let trouble = (!matches!(exit_code, Some(0 | 1))).then(|| {
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(5)..].join("\n")
    });
    ChildRun {
        seconds,
        peak_rss_mb,
        exit_code,
        stages,
        failed,
        trouble,
    }
}

/// Waits for `child` and returns its exit code and peak resident set in MB, read from the
/// kernel's accounting for that one process (`wait4`'s `ru_maxrss`, in KiB on Linux).
#[cfg(unix)]
fn wait_with_rusage(child: &mut std::process::Child) -> (Option<i32>, f64) {
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data the kernel fills; `pid` is our own unwaited child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = loop {
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break r == pid;
    };
    if !reaped {
        let code = child.wait().ok().and_then(|s| s.code());
        return (code, 0.0);
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    (code, usage.ru_maxrss as f64 / 1024.0)
}

#[cfg(not(unix))]
fn wait_with_rusage(child: &mut std::process::Child) -> (Option<i32>, f64) {
    (child.wait().ok().and_then(|s| s.code()), 0.0)
}

/// (jobs, files) the board's manifest lists.
fn manifest_counts(out: &Path) -> (usize, usize) {
    let Ok(bytes) = std::fs::read(out.join("manifest.json")) else {
        return (0, 0);
    };
    let Ok(manifest) = serde_json::from_slice::<crate::build::Manifest>(&bytes) else {
        return (0, 0);
    };
    let jobs: std::collections::BTreeSet<&str> = manifest
        .artifacts
        .iter()
        .map(|a| a.job.as_str())
        .filter(|j| !j.is_empty())
        .collect();
    (jobs.len(), manifest.artifacts.len())
}

/// The board case as a table, with each size's time per job against the smallest board's.
pub fn table(runs: &[BoardRun], opts: &BoardOptions, cores: usize) -> String {
    let mut out = String::new();
    let formats = if opts.formats.is_empty() {
        "every format".to_owned()
    } else {
        opts.formats.join(", ")
    };
    let _ = writeln!(
        out,
        "board: en-GB; {formats}; generated venues; each build a child process ({cores} worker(s))"
    );
    out += "| venues | jobs | files | failed | build (s) | s per job | per job vs first | peak RSS (MB) | site pages (s) | no-op rebuild (s) | no-op peak RSS (MB) |\n";
    out += "|---|---|---|---|---|---|---|---|---|---|---|\n";
    let per_job = |r: &BoardRun| r.cold.seconds / r.jobs.max(1) as f64;
    let first = runs.first().map(per_job).unwrap_or(1.0);
    for r in runs {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {:.1} | {:.3} | {:.2}× | {:.0} | {:.3} | {:.2} | {:.0} |",
            r.venues,
            r.jobs,
            r.files,
            r.cold.failed,
            r.cold.seconds,
            per_job(r),
            per_job(r) / first.max(1e-9),
            r.cold.peak_rss_mb,
            r.cold.stage("site"),
            r.noop.seconds,
            r.noop.peak_rss_mb,
        );
    }
    for r in runs {
        for (what, child) in [("build", &r.cold), ("no-op rebuild", &r.noop)] {
            if let Some(trouble) = &child.trouble {
                let _ = writeln!(
                    out,
                    "\n{} venues, {what}: exit {:?}:\n{trouble}",
                    r.venues, child.exit_code
                );
            }
        }
    }
    out += "\n| venues | typst compile (CPU s) | jobs (wall s) | site (s) | commit (s) |\n|---|---|---|---|---|\n";
    for r in runs {
        let _ = writeln!(
            out,
            "| {} | {:.1} | {:.1} | {:.3} | {:.3} |",
            r.venues,
            r.cold.stage("typst compile"),
            r.cold.stage("jobs (wall)"),
            r.cold.stage("site"),
            r.cold.stage("commit"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_board_loads_every_venue() {
        let loaded = crate::source::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        let Some(project) = loaded.project else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("board.toml");
        std::fs::write(&path, super::board_file(&project, 30)).unwrap();
        let profiles: Vec<&str> = project.venues.iter().map(|v| v.data.id.as_str()).collect();
        let (sites, diags) = crate::source::venue_details::load(&project.root, &path, &profiles);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(sites.len(), 30);
    }
}
