//! Build stage: expands the job matrix (locale × venue × format), runs it in parallel on
//! shared read-only state, writes each file atomically and records it in `manifest.json`.

pub mod incremental;
pub mod output;
pub mod print;
pub mod site;
pub mod site_docs;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::diag::Diagnostic;
use crate::i18n::Localizer;
use crate::render::{self, PdfExport, Typesetter};
use crate::resolve;
use crate::source::{Engine, Format, Loaded, LocaleSource, Nation, Project, ReviewStatus, Venue};

/// What to build and where.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub out_dir: PathBuf,
    /// Empty means every locale / venue / format in the project.
    pub locales: Vec<String>,
    pub venues: Vec<String>,
    pub formats: Vec<String>,
    /// Worker threads; `None` uses one per core.
    pub jobs: Option<usize>,
    /// Bilingual editions as (first language, second language), e.g. ("cy", "en-GB").
    pub bilingual: Vec<(String, String)>,
    /// Overrides the PDF timestamp (seconds since 1970), as SOURCE_DATE_EPOCH does.
    pub source_date_epoch: Option<i64>,
    /// Draw crop marks on the print masters.
    pub crop_marks: bool,
    /// A venue-details file: one set of outputs per venue it lists, with its details.
    pub venue_details: Option<PathBuf>,
    /// Told as each job finishes.
    pub progress: Option<Progress>,
    /// Leave the files an earlier build wrote and this one no longer makes (`--keep-stale`).
    pub keep_stale: bool,
}

/// Called as each job finishes, from the worker thread: (jobs finished, jobs to render,
/// the job's name).
#[derive(Clone)]
pub struct Progress(pub std::sync::Arc<dyn Fn(usize, usize, &str) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// One output to make.
#[derive(Debug, Clone, Copy)]
pub struct Job<'p> {
    pub locale: &'p LocaleSource,
    /// The second language of a bilingual edition (read after `locale`).
    pub second: Option<&'p LocaleSource>,
    pub venue: &'p Loaded<Venue>,
    pub format: &'p Loaded<Format>,
    /// The venue of a `--venue-details` file this output is for.
    pub site: Option<&'p crate::source::venue_details::VenueSite>,
}

impl<'p> Job<'p> {
    /// One language's output for `venue` in `format` (no second language, no venue details).
    pub fn new(
        locale: &'p LocaleSource,
        venue: &'p Loaded<Venue>,
        format: &'p Loaded<Format>,
    ) -> Self {
        Job {
            locale,
            second: None,
            venue,
            format,
            site: None,
        }
    }

    /// Whether `locale.toml` leaves this job's format out (`skip-formats`): a format made
    /// from another one's text (card-sheet of card) is left out with it.
    pub fn skipped(locale: &LocaleSource, format: &Loaded<Format>) -> bool {
        locale
            .meta
            .data
            .skip_formats
            .iter()
            .any(|s| *s == format.data.id || format.data.variant_of.as_ref() == Some(s))
            || crate::easy_read::left_out(locale, format)
    }

    pub fn name(&self) -> String {
        match self.site {
            Some(site) => format!(
                "{}/{}/{}/{}",
                self.code(),
                self.venue.data.id,
                site.id,
                self.format.data.id
            ),
            None => format!(
                "{}/{}/{}",
                self.code(),
                self.venue.data.id,
                self.format.data.id
            ),
        }
    }

    /// `cy`, or `cy+en-GB` for a bilingual edition.
    pub fn code(&self) -> String {
        match self.second {
            Some(second) => format!("{}+{}", self.locale.code(), second.code()),
            None => self.locale.code().to_owned(),
        }
    }

    /// Path of the PDF relative to the output folder.
    pub fn pdf_path(&self) -> PathBuf {
        let dir = PathBuf::from(self.code()).join(&self.venue.data.id);
        let dir = match self.site {
            Some(site) => dir.join(&site.id),
            None => dir,
        };
        dir.join(format!("{}.pdf", self.format.data.id))
    }
}

/// One file written, as recorded in the manifest.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Artifact {
    /// The job that made it (`locale/venue/format`, or `locale/venue/site/format` with
    /// venue details); empty for the site's own files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job: String,
    pub locale: String,
    pub venue: String,
    pub format: String,
    pub kind: String,
    pub path: String,
    pub sha256: String,
    pub pages: usize,
    pub bytes: usize,
    pub page_size_mm: Vec<[f64; 2]>,
    pub title: String,
    pub status: ReviewStatus,
    /// Messages shown in en-GB because the locale lacks them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fallbacks: Vec<String>,
    /// The fit ladder's steps taken for it (content/formats/ `[fit]`), in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fit: Vec<String>,
    /// How long an audio file plays, in whole seconds (audio editions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
}

/// `dist/manifest.json`.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Manifest {
    pub generator: String,
    pub guide: String,
    pub version: String,
    pub artifacts: Vec<Artifact>,
    /// Per job (`locale/venue/format`), the hash of every input it depends on: a job whose
    /// inputs and files are unchanged is not rebuilt.
    #[serde(default)]
    pub inputs: BTreeMap<String, String>,
    /// Per job, the hash of the facts its files print (content/resources.toml's numbers,
    /// URLs and names, the venue's details): a failed job's last good files are withdrawn
    /// once it no longer matches.
    #[serde(default)]
    pub facts: BTreeMap<String, String>,
    /// Jobs whose last build failed, with the failure: their files listed here are their
    /// last good outputs, kept because the facts they print are unchanged.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub failed: BTreeMap<String, String>,
}

/// What a build did: files written, jobs failed, and every diagnostic in job order.
#[derive(Default)]
pub struct BuildReport {
    pub artifacts: Vec<Artifact>,
    pub failed: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// Jobs rendered in this build, in job order.
    pub rebuilt: Vec<String>,
    /// Jobs whose inputs and files were unchanged, so they were not rendered again.
    pub unchanged: Vec<String>,
    /// Jobs outside this build's `--locales`/`--venues`/`--formats` whose files from an
    /// earlier build are still in place: kept in the manifest and on the download pages.
    pub kept: Vec<String>,
    /// Failed jobs whose last good files stay published (the facts they print unchanged).
    pub carried: Vec<String>,
    /// Jobs whose earlier files were removed because the facts they print changed.
    pub withdrawn: Vec<String>,
    /// Files of an earlier build this build no longer makes: removed, or with
    /// `keep_stale` left in place (no longer in the manifest).
    pub stale: Vec<String>,
}

impl BuildReport {
    pub fn ok(&self) -> bool {
        self.failed.is_empty() && !crate::diag::has_errors(&self.diagnostics)
    }
}

/// Expands the matrix, filtered by the options; unknown names are reported.
pub fn plan<'p>(
    project: &'p Project,
    opts: &BuildOptions,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Job<'p>> {
    let locales = select(
        &project.locales,
        &opts.locales,
        |l| l.code(),
        "locale",
        diags,
    );
    let venues = select(
        &project.venues,
        &opts.venues,
        |v| &v.data.id,
        "venue",
        diags,
    );
    let formats = select(
        &project.formats,
        &opts.formats,
        |f| &f.data.id,
        "format",
        diags,
    );
    crate::easy_read::report_left_out(&locales, &formats, diags);
    let mut jobs = Vec::new();
    for locale in &locales {
        let skipped_here: Vec<&str> = formats
            .iter()
            .filter(|f| Job::skipped(locale, f) && !crate::easy_read::left_out(locale, f))
            .map(|f| f.data.id.as_str())
            .collect();
        if !skipped_here.is_empty() {
            diags.push(
                Diagnostic::warning(format!(
                    "{}: {} not built: locale.toml lists them in skip-formats (the text does not fit)",
                    locale.code(),
                    skipped_here.join(", ")
                ))
                .in_file(&locale.meta.file.path)
                .with_hint("shorten the translation until `leafpress build --formats ..` fits, then remove skip-formats"),
            );
        }
        for venue in &venues {
            for format in formats.iter().filter(|f| !Job::skipped(locale, f)) {
                jobs.push(Job::new(locale, venue, format));
            }
        }
    }
    for (a, b) in &opts.bilingual {
        let find = |code: &str| project.locales.iter().find(|l| l.code() == code);
        let (Some(first), Some(second)) = (find(a), find(b)) else {
            diags.push(
                Diagnostic::error(format!(
                    "bilingual edition `{a}+{b}`: both locales must exist"
                ))
                .with_hint("name two locale folders, e.g. --bilingual cy+en-GB"),
            );
            continue;
        };
        for venue in &venues {
            for format in &formats {
                jobs.push(Job {
                    locale: first,
                    second: Some(second),
                    venue,
                    format,
                    site: None,
                });
            }
        }
    }
    // Audio needs espeak-ng and a voice per language: left out with a warning otherwise.
    crate::render::audio::keep_jobs(&mut jobs, diags);
    // Braille editions liblouis (or a locale's table) cannot make: left out, with a warning.
    crate::render::braille::leave_out(jobs, diags)
}

fn select<'p, T>(
    all: &'p [T],
    wanted: &[String],
    id: impl Fn(&T) -> &str,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<&'p T> {
    if wanted.is_empty() {
        return all.iter().collect();
    }
    for w in wanted {
        if !all.iter().any(|t| id(t) == w) {
            let known: Vec<&str> = all.iter().map(&id).collect();
            diags.push(
                Diagnostic::error(format!("unknown {what} `{w}`"))
                    .with_hint(format!("known {what}s: {}", known.join(", "))),
            );
        }
    }
    all.iter()
        .filter(|t| wanted.iter().any(|w| w == id(t)))
        .collect()
}

/// The result of one job, before anything is written: every file it makes (PDF first),
/// and the resolved document (for the site index).
pub struct JobOutput {
    pub files: Vec<(Artifact, Vec<u8>)>,
    pub diagnostics: Vec<Diagnostic>,
    pub document: resolve::Document,
}

/// How many evictions a typst cache entry survives unused. 0 keeps only what the other
/// worker's job is using: what consecutive jobs share (the layouts' evaluated modules) is
/// quick to make again. Measured on 2 cores: the full matrix (902 files) peaked at 717 MB
/// with 2 and 628 MB with 0, in the same time (60 s); 30 venues' card sheets at 361 MB
/// with 2, 266 MB with 1 and 246 MB with 0, 3.5 s → 3.0 s. The files are byte-identical.
const EVICT_AGE: usize = 0;

/// A finished job once its files are on disk.
struct Written {
    artifacts: Vec<Artifact>,
    diagnostics: Vec<Diagnostic>,
    /// A file could not be written.
    failed: bool,
}

/// Writes a job's files atomically (each complete or not at all) and keeps their entries.
fn write_job(
    staging: &output::Staging,
    job: &Job,
    files: Vec<(Artifact, Vec<u8>)>,
    diagnostics: Vec<Diagnostic>,
) -> Written {
    let mut written = Written {
        artifacts: Vec::new(),
        diagnostics,
        failed: false,
    };
    crate::profile::time("write", || {
        for (artifact, bytes) in files {
            match staging.write(&artifact.path, &bytes) {
                Ok(()) => written.artifacts.push(artifact),
                Err(err) => {
                    written.diagnostics.push(Diagnostic::error(format!(
                        "{}: cannot write {}: {err}",
                        job.name(),
                        artifact.path
                    )));
                    written.failed = true;
                }
            }
        }
    });
    written
}

/// Builds every job in parallel, writes outputs atomically, then the manifest.
pub fn build(project: &Project, opts: &BuildOptions) -> BuildReport {
    let mut report = BuildReport::default();
    let jobs = plan(project, opts, &mut report.diagnostics);
    // --venue-details: the same jobs once per venue listed, each with its own details.
    let (sites, board) = match &opts.venue_details {
        Some(path) => {
            let profiles: Vec<&str> = project.venues.iter().map(|v| v.data.id.as_str()).collect();
            let (board, diags) =
                crate::source::venue_details::load_board(&project.root, path, &profiles);
            report.diagnostics.extend(diags);
            let sites: Vec<_> = board
                .iter()
                .filter(|v| v.problem.is_none())
                .map(|v| v.site.clone())
                .collect();
            if sites.is_empty() {
                // Nothing of the board to build: write nothing, so the site and manifest of
                // the last good build stay as they were (not replaced by the generic set).
                report.diagnostics.push(
                    Diagnostic::error(format!(
                        "no venue of {} could be built: nothing was written",
                        crate::diag::display_path(&project.root, path).display()
                    ))
                    .with_hint("fix the errors above; the outputs of the last good build are kept"),
                );
                report.failed.push("venue-details".into());
                return report;
            }
            (sites, board)
        }
        None => (Vec::new(), Vec::new()),
    };
    // Venues left out for an error in their own [[venue]]: their earlier outputs are carried
    // or withdrawn below, as a failed job's are, never removed as stale.
    let left_out: Vec<_> = board
        .iter()
        .filter(|v| v.problem.is_some())
        .map(|v| v.site.clone())
        .collect();
    let jobs = if opts.venue_details.is_some() {
        print::site_jobs(jobs, &sites)
    } else {
        jobs
    };
    let outside = outside_jobs(project, opts, &jobs, &sites);
    let left_jobs = if left_out.is_empty() {
        Vec::new()
    } else {
        let everything = BuildOptions {
            locales: Vec::new(),
            venues: Vec::new(),
            formats: Vec::new(),
            ..opts.clone()
        };
        print::site_jobs(plan(project, &everything, &mut Vec::new()), &left_out)
    };

    let typesetter = match Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
    {
        Ok(t) => t,
        Err(diags) => {
            report.diagnostics.extend(diags);
            report.failed.extend(jobs.iter().map(Job::name));
            return report;
        }
    };
    // One bundle per locale, built once and shared by every job of that locale.
    let localizers: BTreeMap<&str, Localizer> = project
        .locales
        .iter()
        .filter(|l| {
            jobs.iter().chain(&outside).any(|j| {
                j.locale.code() == l.code() || j.second.is_some_and(|s| s.code() == l.code())
            })
        })
        .map(|l| (l.code(), Localizer::new(project, l)))
        .collect();
    let timestamp = timestamp(project, opts.source_date_epoch);

    // Incremental: skip jobs whose inputs hash as before and whose files are intact.
    let fingerprint = format!(
        "{:?}|{:?}|{}",
        opts.crop_marks,
        opts.source_date_epoch,
        // The venues as loaded (logos included), not the file's text: a changed logo counts too.
        sites
            .iter()
            .map(|s| format!(
                "{}|{}|{}",
                s.id,
                s.profile,
                serde_json::to_string(s).unwrap_or_default()
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Finish or discard what an interrupted build left, before reading its manifest.
    let staging = match output::Staging::begin(&opts.out_dir) {
        Ok((staging, recovered)) => {
            if recovered != output::Recovered::Nothing {
                report.diagnostics.push(Diagnostic::warning(format!(
                    "{}: an earlier build was interrupted: {}",
                    opts.out_dir.display(),
                    match recovered {
                        output::Recovered::RolledForward(n) => {
                            format!("finished moving its {n} file(s) into place")
                        }
                        _ =>
                            "its unfinished files were discarded; the previous files were untouched"
                                .into(),
                    }
                )));
            }
            staging
        }
        Err(err) => {
            report.diagnostics.push(
                Diagnostic::error(format!("cannot write to {}: {err}", opts.out_dir.display()))
                    .with_hint(
                        "wait for the other build to finish, or choose another --out folder",
                    ),
            );
            report.failed.extend(jobs.iter().map(Job::name));
            return report;
        }
    };
    let hashes = incremental::InputHashes::of(project, &fingerprint);
    let prev = incremental::previous(&opts.out_dir);
    let (previous, previous_inputs) = (&prev.by_job, &prev.inputs);
    let intact = |name: &str| {
        incremental::still_valid(
            &opts.out_dir,
            previous.get(name).map(Vec::as_slice).unwrap_or(&[]),
        )
    };
    let keys: BTreeMap<String, String> = jobs.iter().map(|j| (j.name(), hashes.key(j))).collect();
    let mut facts: BTreeMap<String, String> =
        jobs.iter().map(|j| (j.name(), hashes.facts(j))).collect();
    let (jobs, kept): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(|j| {
        let name = j.name();
        previous_inputs.get(&name) != Some(&keys[&name]) || !intact(&name)
    });
    // Jobs outside this build whose earlier files are intact stay, with their earlier keys,
    // unless the facts they print have changed since: those are withdrawn.
    let outside_all: std::collections::BTreeSet<String> = outside.iter().map(Job::name).collect();
    let mut withdraw: Vec<String> = Vec::new();
    let outside: Vec<Job> = outside
        .into_iter()
        .filter(|j| {
            let name = j.name();
            if !(previous_inputs.contains_key(&name) && intact(&name)) {
                return false;
            }
            match prev.facts.get(&name) {
                Some(then) if *then != hashes.facts(j) => {
                    withdraw.push(name);
                    false
                }
                _ => true,
            }
        })
        .collect();
    let mut keys = keys;
    // Failed jobs whose last good files stay published, with the failure.
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    // Each job's place in the build's order: the site takes the first document of each kind.
    let order: std::collections::HashMap<String, usize> = kept
        .iter()
        .chain(&outside)
        .chain(&jobs)
        .enumerate()
        .map(|(i, j)| (j.name(), i))
        .collect();
    let site_docs = site_docs::SiteDocuments::default();
    // The site needs a document of each kind; resolving is cheap (no typesetting).
    let site_document = |job: &Job, l10n: &Localizer| {
        let mut doc = resolve::resolve_in(
            project,
            &job.locale.meta.data,
            l10n,
            job.venue,
            job.format,
            nation(job),
        )
        .ok()?;
        print::adapt(project, l10n, job, &mut doc).ok()?;
        Some(doc)
    };
    for (job, is_outside) in kept
        .iter()
        .map(|j| (j, false))
        .chain(outside.iter().map(|j| (j, true)))
    {
        let name = job.name();
        report.artifacts.extend(previous[&name].iter().cloned());
        if !site_docs.has(job, order[&name]) {
            if let Some(doc) = site_document(job, &localizers[job.locale.code()]) {
                site_docs.offer(job, order[&name], doc);
            }
        }
        if is_outside {
            keys.insert(name.clone(), previous_inputs[&name].clone());
            if let Some(then) = prev.facts.get(&name) {
                facts.insert(name.clone(), then.clone());
            }
            if let Some(failure) = prev.failed.get(&name) {
                failures.insert(name.clone(), failure.clone());
            }
            report.kept.push(name);
        } else {
            report.unchanged.push(name);
        }
    }

    // A venue left out for an error in its [[venue]] (a misspelt key, a bad number): its last
    // good files stay published while the details they print are those written now, as a
    // failed job's do; otherwise they are withdrawn.
    let mut carried_venues = std::collections::BTreeSet::new();
    for (i, job) in left_jobs.iter().enumerate() {
        let (name, site) = (job.name(), job.site.expect("a board venue's job"));
        if !(previous.contains_key(&name) && intact(&name)) {
            continue;
        }
        report.failed.push(name.clone());
        if prev.facts.get(&name) != Some(&hashes.facts(job)) {
            withdraw.push(name);
            continue;
        }
        report.artifacts.extend(previous[&name].iter().cloned());
        if let Some(key) = previous_inputs.get(&name) {
            keys.insert(name.clone(), key.clone());
        }
        facts.insert(name.clone(), prev.facts[&name].clone());
        let problem = board
            .iter()
            .find_map(|v| {
                (v.site.id == site.id)
                    .then_some(v.problem.as_deref())
                    .flatten()
            })
            .unwrap_or("it has an error");
        failures.insert(
            name.clone(),
            format!(
                "venue `{}` left out of the venue details: {problem}",
                site.id
            ),
        );
        if let Some(l10n) = localizers.get(job.locale.code()) {
            if !site_docs.has(job, order.len() + i) {
                if let Some(doc) = site_document(job, l10n) {
                    site_docs.offer(job, order.len() + i, doc);
                }
            }
        }
        carried_venues.insert(site.id.clone());
        report.carried.push(name);
    }
    // The venues the site lists, in the file's order: the valid ones and those carried.
    let site_list: Vec<_> = board
        .iter()
        .filter(|v| v.problem.is_none() || carried_venues.contains(&v.site.id))
        .map(|v| v.site.clone())
        .collect();

    let jobs_started = std::time::Instant::now();
    // Each job's files are written as soon as it finishes, so the build holds at most one
    // job's bytes per worker, never the whole matrix.
    let finished = std::sync::atomic::AtomicUsize::new(0);
    let results = crate::workers::map_heaviest_first(&jobs, opts.jobs, job_cost, |job| {
        let result = run_job(
            project,
            &typesetter,
            &localizers,
            job,
            timestamp,
            opts.crop_marks,
        );
        // Keep comemo's cache from growing with every distinct document: results unused
        // by the last few jobs go (the shared library and fonts stay loaded).
        typst::comemo::evict(EVICT_AGE);
        let written = result.map(|out| {
            // Only the first document of each kind is kept for the site, not one per job.
            site_docs.offer(job, order[&job.name()], out.document);
            write_job(&staging, job, out.files, out.diagnostics)
        });
        if let Some(progress) = &opts.progress {
            let n = finished.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            (progress.0)(n, jobs.len(), &job.name());
        }
        (*job, written)
    });
    crate::profile::add("jobs (wall)", jobs_started.elapsed());

    // A failed job's last good files stay published while the facts they print are those
    // of today; otherwise a reader would get yesterday's number: they are withdrawn.
    let mut lenient: BTreeMap<String, Localizer> = BTreeMap::new();
    for (job, result) in results {
        let name = job.name();
        report.rebuilt.push(name.clone());
        match result {
            Ok(written) => {
                report.diagnostics.extend(written.diagnostics);
                report.artifacts.extend(written.artifacts);
                if written.failed {
                    report.failed.push(name);
                }
            }
            Err(diags) => {
                let failure = diags
                    .iter()
                    .find(|d| d.is_error())
                    .map(|d| d.message.clone())
                    .unwrap_or_else(|| "the job failed".into());
                report.diagnostics.extend(diags);
                report.failed.push(name.clone());
                if !previous.contains_key(&name) {
                    continue;
                }
                if !intact(&name) {
                    continue; // incomplete: its remaining files are stale
                }
                if prev.facts.get(&name) != Some(&facts[&name]) {
                    withdraw.push(name);
                    continue;
                }
                report.artifacts.extend(previous[&name].iter().cloned());
                match previous_inputs.get(&name) {
                    Some(key) => keys.insert(name.clone(), key.clone()),
                    None => keys.remove(&name),
                };
                // Listed on the site as before: a message that no longer formats is shown
                // in English on the HTML edition, the PDFs are yesterday's.
                let l10n = lenient
                    .entry(job.locale.code().to_owned())
                    .or_insert_with(|| Localizer::new(project, job.locale).lenient());
                if !site_docs.has(&job, order[&name]) {
                    if let Some(doc) = site_document(&job, l10n) {
                        site_docs.offer(&job, order[&name], doc);
                    }
                }
                failures.insert(name.clone(), failure);
                report.carried.push(name);
            }
        }
    }
    // One line for them all: a typo in one message fails every job of its locale.
    if !report.carried.is_empty() {
        report.diagnostics.push(
            Diagnostic::warning(format!(
                "{} failed job(s) keep their last good files published (the facts they print are unchanged), marked failed in manifest.json: {}",
                report.carried.len(),
                report.carried.join(", ")
            ))
            .with_hint("fix the error above and build again to replace them"),
        );
    }
    let mut removals =
        incremental::withdraw(&opts.out_dir, previous, &withdraw, &mut report.diagnostics);
    for name in &withdraw {
        facts.remove(name);
    }
    report.withdrawn = withdraw;

    // The HTML editions and download pages, from the documents and every job's file.
    let documents = site_docs.into_documents();
    crate::profile::time("site", || {
        site::write(
            project,
            &staging,
            &localizers,
            &documents,
            &site_list,
            &mut report,
        );
    });

    // Files an earlier build made that this one does not (a venue dropped from the board,
    // a format removed): gone from the manifest, so removed with the commit.
    let stale = incremental::stale(
        &opts.out_dir,
        &prev,
        &report.artifacts,
        &outside_all,
        &report.withdrawn,
        &report.failed,
        &mut report.diagnostics,
    );
    if !opts.keep_stale {
        removals.extend(stale.iter().cloned());
    }
    report.stale = stale;

    let carried = |name: &String| report.carried.contains(name);
    let manifest = Manifest {
        generator: format!("leafpress {}", env!("CARGO_PKG_VERSION")),
        guide: project.guide.data.guide.id.clone(),
        version: project.guide.data.guide.version.clone(),
        artifacts: report.artifacts.clone(),
        inputs: keys
            .into_iter()
            .filter(|(name, _)| !report.failed.contains(name) || carried(name))
            .collect(),
        facts: facts
            .into_iter()
            .filter(|(name, _)| !report.failed.contains(name) || carried(name))
            .collect(),
        failed: failures,
    };
    let json = serde_json::to_vec_pretty(&manifest).expect("manifest serializes");
    // Everything staged: the journal, then every file into place, the stale and withdrawn
    // files removed, the manifest last.
    if let Err(err) = crate::profile::time("commit", || staging.commit(&json, &removals)) {
        report.diagnostics.push(
            Diagnostic::error(format!(
                "cannot move the new files into {}: {err}",
                opts.out_dir.display()
            ))
            .with_hint("the next build finishes the move (the new manifest is kept in .leafpress-staging/)"),
        );
        report.failed.push("manifest".into());
    }
    report
}

/// The project's jobs a partial build (`--locales`, `--venues`, `--formats`) leaves out,
/// with the same bilingual editions and venue details: an earlier build's files for them
/// are kept. None for a build of the whole matrix.
fn outside_jobs<'p>(
    project: &'p Project,
    opts: &BuildOptions,
    jobs: &[Job<'p>],
    sites: &'p [crate::source::venue_details::VenueSite],
) -> Vec<Job<'p>> {
    if opts.locales.is_empty() && opts.venues.is_empty() && opts.formats.is_empty() {
        return Vec::new();
    }
    let everything = BuildOptions {
        locales: Vec::new(),
        venues: Vec::new(),
        formats: Vec::new(),
        ..opts.clone()
    };
    let all = plan(project, &everything, &mut Vec::new());
    let all = if opts.venue_details.is_some() {
        print::site_jobs(all, sites)
    } else {
        all
    };
    let names: std::collections::BTreeSet<String> = jobs.iter().map(Job::name).collect();
    all.into_iter()
        .filter(|j| !names.contains(&j.name()))
        .collect()
}

/// A rough relative cost of a job, for starting the heavy ones first: the paper it lays
/// out (page area × pages, in cm²), twice with a print master, per language part.
fn job_cost(job: &Job) -> u32 {
    let format = &job.format.data;
    let pages = format.pages.unwrap_or(2) as f64;
    let area_cm2 = format.width_mm * format.height_mm / 100.0 * pages;
    let documents = if format.print_master { 2.0 } else { 1.0 };
    let parts = if job.second.is_some() { 2.0 } else { 1.0 };
    (area_cm2 * documents * parts) as u32
}

/// The nation a job's outputs are for: its venue's (`nation` in `--venue-details`), else
/// the first of its languages whose locale.toml names one (so a cy+en-GB edition is Welsh
/// in both halves), else England.
pub fn nation(job: &Job) -> Nation {
    job.site
        .and_then(|site| site.nation)
        .or(job.locale.meta.data.nation)
        .or(job.second.and_then(|second| second.meta.data.nation))
        .unwrap_or_default()
}

/// A job's documents, one per language (two for a bilingual edition), resolved and adapted
/// to its format.
pub fn documents(
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    job: &Job,
) -> Result<Vec<resolve::Document>, Vec<Diagnostic>> {
    let nation = nation(job);
    let resolve_in = |locale: &LocaleSource| {
        let l10n = &localizers[locale.code()];
        let mut doc = resolve::resolve_in(
            project,
            &locale.meta.data,
            l10n,
            job.venue,
            job.format,
            nation,
        )?;
        print::adapt(project, l10n, job, &mut doc)?;
        // "This document is available in English" would tell the reader of a Welsh and
        // English edition about the half they already hold.
        if job.second.is_some() {
            doc.strings.remove(resolve::ALSO_AVAILABLE);
        }
        Ok::<_, Vec<Diagnostic>>(doc)
    };
    let mut docs = vec![resolve_in(job.locale)?];
    docs.extend(job.second.map(resolve_in).transpose()?);
    Ok(docs)
}

/// The edition of a job's documents, with its production data (QR codes, venue details).
pub fn edition<'d>(
    job: &Job,
    docs: &'d [resolve::Document],
) -> Result<resolve::Edition<'d>, Vec<Diagnostic>> {
    let mut edition = resolve::Edition::new(docs.iter().collect());
    edition.production = print::production(job, &edition)?;
    Ok(edition)
}

fn run_job(
    project: &Project,
    typesetter: &Typesetter,
    localizers: &BTreeMap<&str, Localizer>,
    job: &Job,
    timestamp: typst::foundations::Datetime,
    crop_marks: bool,
) -> Result<JobOutput, Vec<Diagnostic>> {
    let docs = documents(project, localizers, job)?;
    let edition = edition(job, &docs)?;
    let doc = &docs[0];
    let mut diagnostics = Vec::new();
    if !doc.fallbacks.is_empty() {
        diagnostics.push(
            Diagnostic::warning(format!(
                "{}: {} message(s) missing, shown in English: {}",
                job.name(),
                doc.fallbacks.len(),
                doc.fallbacks.join(", ")
            ))
            .with_hint(format!("translate them in locales/{}/", job.locale.code())),
        );
    }
    let files = match job.format.data.engine {
        Engine::Typst => {
            let export = PdfExport {
                ident: format!("leafpress/{}/{}", project.guide.data.guide.id, job.name()),
                timestamp,
            };
            let (files, warnings) = typeset_job(
                project, typesetter, job, &docs, &edition, &export, crop_marks,
            )?;
            diagnostics.splice(0..0, warnings);
            files
        }
        Engine::Braille => crate::profile::time("braille", || {
            crate::render::braille::render(project, job, &edition)
        })?,
        Engine::Audio => crate::profile::time("audio", || {
            crate::render::audio::render(project, localizers, job, &edition)
        })?,
    };
    let document = docs.into_iter().next().expect("a job has a first document");
    Ok(JobOutput {
        files,
        diagnostics,
        document,
    })
}

/// The manifest entry for one file a job makes: its job, languages, review status and
/// checksum. `pages` and `page_size_mm` are the caller's (a PDF's pages, a braille file's
/// pages of cells; none for audio).
pub fn artifact(
    job: &Job,
    edition: &resolve::Edition,
    kind: &str,
    path: &Path,
    bytes: &[u8],
) -> Artifact {
    let doc = edition.first();
    Artifact {
        job: job.name(),
        locale: job.code(),
        venue: job.venue.data.id.clone(),
        format: job.format.data.id.clone(),
        kind: kind.into(),
        path: path.to_string_lossy().replace('\\', "/"),
        sha256: hex(&Sha256::digest(bytes)),
        pages: 0,
        bytes: bytes.len(),
        page_size_mm: Vec::new(),
        title: edition.title.clone(),
        // A bilingual edition is only as reviewed as its least reviewed part.
        status: edition
            .parts
            .iter()
            .map(|d| d.locale.status)
            .min()
            .unwrap_or(doc.locale.status),
        fallbacks: doc.fallbacks.clone(),
        fit: Vec::new(),
        seconds: None,
    }
}

/// A typst format's files: the download PDF, its preview, its print master; all proved
/// and preflighted before any is returned.
type Files = Vec<(Artifact, Vec<u8>)>;

fn typeset_job(
    _project: &Project,
    typesetter: &Typesetter,
    job: &Job,
    docs: &[resolve::Document],
    edition: &resolve::Edition,
    export: &PdfExport,
    crop_marks: bool,
) -> Result<(Files, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut rendered = render::render_pdf(typesetter, edition, export)?;
    let (files, master_read) = loop {
        let discreet = crate::profile::time("discreet check", || {
            print::check_discreet(job, docs, &rendered.pdf)
        });
        if !discreet.is_empty() {
            return Err(discreet);
        }
        let path = job.pdf_path();
        let mut artifact = artifact(job, edition, "pdf", &path, &rendered.pdf);
        artifact.pages = rendered.pages;
        artifact.page_size_mm = rendered
            .page_sizes_mm
            .iter()
            .map(|(w, h)| [round1(*w), round1(*h)])
            .collect();
        artifact.fit = rendered.fit_steps.clone();
        // The print master beside it (bleed, CMYK, TrimBox and BleedBox), from the same
        // text: it starts at the download's fit step, and should it need a further step
        // (its pages are cut differently), the download is laid out again at that step.
        let master = crate::profile::time("print master", || {
            print::master(
                typesetter,
                job,
                edition,
                export,
                &artifact,
                rendered.fit_step,
                crop_marks,
            )
        })?;
        if let Some(m) = &master {
            if m.fit_step > rendered.fit_step {
                rendered = render::render_pdf_from(typesetter, edition, export, m.fit_step)?;
                continue;
            }
        }
        // Timed inside, as "png render" and "png encode".
        let preview = site::preview(&artifact, &rendered.layout);
        let mut files = vec![(artifact, std::mem::take(&mut rendered.pdf))];
        files.extend(preview);
        let read = master.and_then(|m| {
            files.push(m.file);
            m.read
        });
        break (files, read);
    };
    // Preflight every PDF before it is written: a file that fails is never written.
    let problems = crate::profile::time("preflight", || {
        print::preflight(&files, master_read.as_ref())
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((files, rendered.warnings))
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The PDF date: SOURCE_DATE_EPOCH when given, else the guide's publication date.
fn timestamp(project: &Project, epoch: Option<i64>) -> typst::foundations::Datetime {
    use typst::foundations::Datetime;
    if let Some(secs) = epoch {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        if let Some(dt) = Datetime::from_ymd_hms(
            y,
            m,
            d,
            (rem / 3600) as u8,
            (rem % 3600 / 60) as u8,
            (rem % 60) as u8,
        ) {
            return dt;
        }
    }
    let date = project.guide.data.guide.published.date.as_ref();
    date.and_then(|d| Datetime::from_ymd_hms(i32::from(d.year), d.month, d.day, 0, 0, 0))
        .unwrap_or_else(|| Datetime::from_ymd_hms(2026, 1, 1, 0, 0, 0).expect("valid date"))
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Output folder path for a job's file (used by tests and the CLI summary).
pub fn artifact_path(out_dir: &Path, artifact: &Artifact) -> PathBuf {
    out_dir.join(&artifact.path)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_417), (2025, 11, 25));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
