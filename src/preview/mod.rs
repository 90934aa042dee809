//! Live preview (`leafpress serve --preview`): keeps the project loaded and one typesetter
//! alive, polls the project's files, and when one is saved re-renders only the outputs being
//! looked at (locale × venue × format) that the change touches. Each view keeps its last good
//! pages beside its current errors. The HTTP side is `cli::serve`; the page is [`page`].
//!
//! Threads: one rebuilder (this module) owns the project and the typesetter; HTTP threads
//! only read published [`ViewState`]s and ask for views through [`Preview::get`]. Renders run
//! on `workers::map` threads (64 MiB stacks, see `workers.rs`), one per view being rebuilt.

pub mod page;
pub mod watch;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use crate::build::{self, Job};
use crate::check::{self, CheckKind, Finding};
use crate::diag::Diagnostic;
use crate::i18n::{pseudo, Localizer, SOURCE_LOCALE};
use crate::render::{self, PdfExport, Typesetter};
use crate::source::{self, Project};

/// Page images are rendered at twice CSS's 96 px per inch, so they stay sharp on high-density
/// screens; the page shows them at their paper size in mm whatever the resolution.
pub const DPI: f32 = 192.0;

/// Views kept in memory at most (one with an open page is never dropped).
const KEEP_VIEWS: usize = 8;

/// Stack of the rebuilder thread, which loads fonts and layouts (typst itself runs on
/// `workers::map` threads): as `workers.rs`, 64 MiB.
const STACK: usize = 64 * 1024 * 1024;

/// One output: a locale (or pseudo-locale), a venue and a format.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct View {
    pub locale: String,
    pub venue: String,
    pub format: String,
}

impl View {
    /// `pl/clinic/card`.
    pub fn name(&self) -> String {
        format!("{}/{}/{}", self.locale, self.venue, self.format)
    }

    /// `locale=pl&venue=clinic&format=card`, for links.
    pub fn query(&self) -> String {
        format!(
            "locale={}&venue={}&format={}",
            percent_encode(&self.locale),
            percent_encode(&self.venue),
            percent_encode(&self.format)
        )
    }
}

/// Where the preview keeps the last view shown, in the project folder, so the next
/// `leafpress serve --preview` opens on it (not part of the project; git can ignore it).
pub const LAST_VIEW_FILE: &str = ".leafpress-preview.toml";

/// The view saved in the project by an earlier preview, if any.
fn saved_view(root: &Path) -> Option<View> {
    let text = std::fs::read_to_string(root.join(LAST_VIEW_FILE)).ok()?;
    toml::from_str(&text).ok()
}

/// Saves `view` as the one to open next time; a folder that cannot be written only loses
/// that (said once on the terminal).
fn save_view(root: &Path, view: &View) -> std::io::Result<()> {
    let body = toml::to_string(view).map_err(std::io::Error::other)?;
    let text = format!(
        "# The view `leafpress serve --preview` opens on: the last one shown. Not part of the\n\
         # project; safe to delete.\n{body}"
    );
    let path = root.join(LAST_VIEW_FILE);
    let tmp = root.join(format!("{LAST_VIEW_FILE}.tmp"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, &path)
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One rendered page.
pub struct Page {
    pub png: Vec<u8>,
    pub width_mm: f64,
    pub height_mm: f64,
    /// The page's text, read back from the PDF (alt text and the page's text layer).
    pub text: String,
}

/// A view rendered without errors.
pub struct Rendered {
    pub pages: Vec<Page>,
    pub pdf: Vec<u8>,
    /// BCP 47 language and direction of the text, for the page's `lang`/`dir`.
    pub lang: String,
    pub rtl: bool,
    /// The generation these pages were made in.
    pub generation: u64,
}

/// How long the last rebuild of a view took.
#[derive(Debug, Clone)]
pub struct Timing {
    /// From the change being seen (or the view being asked for) to the images being ready.
    pub ms: u128,
    /// From the save (the changed file's mtime) to the images being ready.
    pub after_save_ms: Option<u128>,
    /// The files whose change caused the rebuild (empty: the view was asked for).
    pub cause: Vec<PathBuf>,
    /// Seconds since 1970 at which the rebuild finished (shown as a clock time).
    pub at: u64,
}

/// What a page shows for one view: the last good pages, the current problems, the timing.
#[derive(Clone)]
pub struct ViewState {
    /// Bumped at every rebuild of the view, good or bad (the browser compares it).
    pub generation: u64,
    /// The last render without errors; kept while errors are shown.
    pub good: Option<Arc<Rendered>>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    pub timing: Option<Timing>,
    /// Files changed since this was rendered (a rebuild is due).
    stale: bool,
    /// Open event streams on this view: changes to it are rebuilt at once.
    watchers: usize,
    last_used: Instant,
}

impl ViewState {
    /// A view not rendered yet.
    fn pending() -> Self {
        Self {
            generation: 0,
            good: None,
            errors: Vec::new(),
            warnings: Vec::new(),
            timing: None,
            stale: false,
            watchers: 0,
            last_used: Instant::now(),
        }
    }

    /// Whether the view has been rendered at least once (well or not).
    pub fn is_rendered(&self) -> bool {
        self.generation > 0
    }
}

/// A choice on the page's form.
#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// What can be previewed.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    pub locales: Vec<Choice>,
    pub venues: Vec<Choice>,
    pub formats: Vec<Choice>,
}

impl Choices {
    fn of(project: &Project) -> Self {
        Self {
            locales: project
                .locales
                .iter()
                .map(|l| Choice {
                    id: l.code().to_owned(),
                    label: if pseudo::is_pseudo(l.code()) {
                        format!("{} (pseudo-locale)", l.code())
                    } else {
                        format!("{} — {}", l.meta.data.native_name, l.code())
                    },
                })
                .collect(),
            venues: project
                .venues
                .iter()
                .map(|v| Choice {
                    id: v.data.id.clone(),
                    label: v.data.id.clone(),
                })
                .collect(),
            // Braille and audio have no page to show.
            formats: project
                .formats
                .iter()
                .filter(|f| f.data.typeset())
                .map(|f| Choice {
                    id: f.data.id.clone(),
                    label: format!(
                        "{} ({} × {} mm)",
                        f.data.id, f.data.width_mm, f.data.height_mm
                    ),
                })
                .collect(),
        }
    }

    pub fn knows(&self, view: &View) -> bool {
        let has = |list: &[Choice], id: &str| list.iter().any(|c| c.id == id);
        has(&self.locales, &view.locale)
            && has(&self.venues, &view.venue)
            && has(&self.formats, &view.format)
    }
}

/// The preview: shared between the rebuilder and the HTTP threads.
pub struct Preview {
    root: PathBuf,
    state: Mutex<State>,
    /// Wakes the rebuilder: a view was asked for.
    work: Condvar,
    /// Wakes HTTP threads: a view was rebuilt.
    done: Condvar,
}

struct State {
    views: HashMap<View, ViewState>,
    /// Views asked for and not yet rendered.
    wanted: Vec<View>,
    /// Views being rendered now (asking for them again would render them twice).
    rendering: Vec<View>,
    choices: Choices,
    generation: u64,
    /// The last view a page showed (or the one saved by an earlier preview): `/` opens on it.
    last: Option<View>,
    /// Saving the last view failed once already (not said again).
    save_failed: bool,
}

/// What the rebuilder holds: the loaded project and the typesetter.
struct Sources {
    project: Option<Project>,
    load_diagnostics: Vec<Diagnostic>,
    typesetter: Result<Typesetter, Vec<Diagnostic>>,
}

impl Sources {
    fn load(root: &Path) -> (Option<Project>, Vec<Diagnostic>) {
        let loaded = source::load(root);
        let project = loaded.project.map(|mut project| {
            // Both pseudo-locales, so designers can try long and right-to-left text.
            let codes = pseudo::PSEUDO_LOCALES.map(String::from);
            let _ = pseudo::add_requested(&mut project, &codes);
            project
        });
        (project, loaded.diagnostics)
    }

    fn typesetter(root: &Path) -> Result<Typesetter, Vec<Diagnostic>> {
        let layouts = root.join("layouts");
        Typesetter::new(root, &layouts, &layouts.join("fonts"))
    }
}

impl Preview {
    /// Loads the project and starts the rebuilder. Fails (with the reasons) only when the
    /// project cannot be loaded at all; later problems are shown in the page.
    pub fn start(root: &Path) -> Result<Arc<Self>, Vec<Diagnostic>> {
        // Watch first, so a save during the first load is not missed.
        let watch = watch::Watch::new(root);
        let (project, load_diagnostics) = Sources::load(root);
        let Some(project) = project else {
            return Err(load_diagnostics);
        };
        let preview = Arc::new(Self {
            root: root.to_path_buf(),
            state: Mutex::new(State {
                views: HashMap::new(),
                wanted: Vec::new(),
                rendering: Vec::new(),
                choices: Choices::of(&project),
                generation: 0,
                last: saved_view(root),
                save_failed: false,
            }),
            work: Condvar::new(),
            done: Condvar::new(),
        });
        // Render the view `/` shows while the browser is still being opened.
        let first = preview.default_view();
        preview.lock().wanted.push(first);
        let sources = Sources {
            project: Some(project),
            load_diagnostics,
            typesetter: Sources::typesetter(root),
        };
        let rebuilder = Arc::clone(&preview);
        std::thread::Builder::new()
            .name("leafpress-preview".into())
            .stack_size(STACK)
            .spawn(move || rebuilder.run(sources, watch))
            .map_err(|err| {
                vec![Diagnostic::error(format!(
                    "cannot start the preview: {err}"
                ))]
            })?;
        Ok(preview)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn choices(&self) -> Choices {
        self.lock().choices.clone()
    }

    /// The view shown at `/`: the last one shown (also by an earlier preview of the
    /// project), else the first translation's clinic card, or what exists.
    pub fn default_view(&self) -> View {
        let (choices, last) = {
            let state = self.lock();
            (state.choices.clone(), state.last.clone())
        };
        if let Some(last) = last.filter(|v| choices.knows(v)) {
            return last;
        }
        let pick = |list: &[Choice], preferred: &str| {
            list.iter()
                .find(|c| c.id == preferred)
                .or(list.first())
                .map(|c| c.id.clone())
                .unwrap_or_default()
        };
        let locale = choices
            .locales
            .iter()
            .find(|c| c.id != SOURCE_LOCALE && !pseudo::is_pseudo(&c.id))
            .or(choices.locales.first())
            .map(|c| c.id.clone())
            .unwrap_or_default();
        View {
            locale,
            venue: pick(&choices.venues, "clinic"),
            format: pick(&choices.formats, "card"),
        }
    }

    /// The view's current state, rendering it first (waiting up to `wait`) when it has
    /// never been rendered or files changed since. `None` for a view the project lacks (one
    /// already shown stays, so a page whose venue file broke shows why).
    pub fn get(&self, view: &View, wait: Duration) -> Option<ViewState> {
        let deadline = Instant::now() + wait;
        let mut state = self.lock();
        if !state.choices.knows(view) && !state.views.contains_key(view) {
            return None;
        }
        loop {
            let fresh = state.views.get(view).is_some_and(|v| !v.stale);
            let now = Instant::now();
            if fresh || now >= deadline {
                break;
            }
            if !state.wanted.contains(view) && !state.rendering.contains(view) {
                state.wanted.push(view.clone());
                self.work.notify_all();
            }
            state = self
                .done
                .wait_timeout(state, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        Some(match state.views.get_mut(view) {
            Some(entry) => {
                entry.last_used = Instant::now();
                entry.clone()
            }
            // Still rendering after `wait`: the page says so and updates when it is done.
            None => ViewState::pending(),
        })
    }

    /// Remembers `view` as the one `/` opens on, now and in the next preview of the project.
    pub fn remember(&self, view: &View) {
        let mut state = self.lock();
        if state.last.as_ref() == Some(view) {
            return;
        }
        state.last = Some(view.clone());
        if let Err(err) = save_view(&self.root, view) {
            if !state.save_failed {
                state.save_failed = true;
                eprintln!(
                    "preview: cannot save the last view in {}: {err} (the next preview opens on the first translation)",
                    self.root.join(LAST_VIEW_FILE).display()
                );
            }
        }
    }

    /// The view's state as it is, without rendering anything.
    pub fn peek(&self, view: &View) -> Option<ViewState> {
        self.lock().views.get(view).cloned()
    }

    /// Registers an open event stream on `view` until the guard is dropped: while one is
    /// open, a change to the view is rebuilt at once instead of when next asked for.
    pub fn watch(self: &Arc<Self>, view: &View) -> WatchGuard {
        if let Some(v) = self.lock().views.get_mut(view) {
            v.watchers += 1;
        }
        WatchGuard {
            preview: Arc::clone(self),
            view: view.clone(),
        }
    }

    /// Waits until `view` has a generation newer than `since` (returns it) or `timeout`
    /// passes (returns `None`).
    pub fn wait_newer(&self, view: &View, since: u64, timeout: Duration) -> Option<u64> {
        let deadline = Instant::now() + timeout;
        let mut state = self.lock();
        loop {
            match state.views.get(view) {
                Some(v) if v.generation > since && !v.stale => return Some(v.generation),
                _ => {}
            }
            let now = Instant::now();
            if now >= deadline {
                return None;
            }
            state = self
                .done
                .wait_timeout(state, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// The rebuilder: polls the files, reloads what changed, renders what is due.
    fn run(&self, mut sources: Sources, mut watch: watch::Watch) {
        loop {
            {
                let state = self.lock();
                if state.wanted.is_empty() {
                    drop(
                        self.work
                            .wait_timeout(state, watch::POLL)
                            .unwrap_or_else(|e| e.into_inner()),
                    );
                }
            }
            let changes = watch.poll();
            let seen = changes.seen.unwrap_or_else(Instant::now);
            let loading = Instant::now();
            let mut reload = Duration::ZERO;
            if !changes.is_empty() {
                if changes.layouts {
                    sources.typesetter = Sources::typesetter(&self.root);
                }
                if changes.sources {
                    let (project, diags) = Sources::load(&self.root);
                    sources.project = project;
                    sources.load_diagnostics = diags;
                }
                reload = loading.elapsed();
            }
            let due = self.due(&sources, &changes);
            if due.is_empty() {
                continue;
            }
            let outcomes = crate::workers::map(&due, None, |view| render_view(&sources, view));
            // Keep typst's cache bounded, but warm for the views being edited.
            typst::comemo::evict(10);
            let times = Times {
                seen,
                settle: loading - seen,
                load: reload,
            };
            self.publish(due, outcomes, &changes, &times);
        }
    }

    /// Marks the views a change touches stale and returns the views to render now: those
    /// asked for, and stale ones with an open event stream (or the last one looked at).
    fn due(&self, sources: &Sources, changes: &watch::Changes) -> Vec<View> {
        let mut state = self.lock();
        if !changes.is_empty() {
            if let Some(project) = &sources.project {
                state.choices = Choices::of(project);
            }
            for (view, v) in state.views.iter_mut() {
                if touches(view, changes) {
                    v.stale = true;
                }
            }
        }
        let latest = state
            .views
            .iter()
            .max_by_key(|(_, v)| v.last_used)
            .map(|(k, _)| k.clone());
        let mut due: Vec<View> = std::mem::take(&mut state.wanted);
        for (view, v) in &state.views {
            if v.stale && (v.watchers > 0 || Some(view) == latest.as_ref()) && !due.contains(view) {
                due.push(view.clone());
            }
        }
        // A view whose venue (say) no longer loads stays: it shows why, until it is back.
        state.rendering.clone_from(&due);
        due
    }

    fn publish(
        &self,
        due: Vec<View>,
        outcomes: Vec<Outcome>,
        changes: &watch::Changes,
        times: &Times,
    ) {
        let ms = times.seen.elapsed().as_millis();
        let now = SystemTime::now();
        let after_save_ms = changes
            .saved_at
            .and_then(|t| now.duration_since(t).ok())
            .filter(|d| *d < Duration::from_secs(10))
            .map(|d| d.as_millis());
        let at = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut state = self.lock();
        state.rendering.clear();
        for (view, outcome) in due.into_iter().zip(outcomes) {
            state.generation += 1;
            let generation = state.generation;
            let cause = if changes.is_empty() {
                Vec::new()
            } else {
                changes.paths.clone()
            };
            // One line per rebuild, e.g. for timing a layout change from the terminal.
            eprintln!(
                "preview: {} {} in {ms} ms{} (settle {} ms, load {} ms, {}){}",
                view.name(),
                if outcome.errors.is_empty() {
                    "rendered"
                } else {
                    "failed"
                },
                after_save_ms
                    .map(|s| format!(", {s} ms after the save"))
                    .unwrap_or_default(),
                times.settle.as_millis(),
                times.load.as_millis(),
                outcome.phases,
                match cause.first() {
                    Some(path) => format!(" — {}", path.display()),
                    None => String::new(),
                }
            );
            // What failed, as `leafpress check` prints it: file:line:col, the line, the hint.
            for d in &outcome.errors {
                eprint!("{}", d.render());
            }
            let entry = state
                .views
                .entry(view.clone())
                .or_insert_with(ViewState::pending);
            entry.generation = generation;
            entry.stale = false;
            entry.errors = outcome.errors;
            entry.warnings = outcome.warnings;
            entry.timing = Some(Timing {
                ms,
                after_save_ms: after_save_ms.filter(|_| !cause.is_empty()),
                cause,
                at,
            });
            if let Some(mut rendered) = outcome.rendered {
                rendered.generation = generation;
                entry.good = Some(Arc::new(rendered));
            }
        }
        // Forget the least recently used views beyond the few kept (never a watched one).
        while state.views.len() > KEEP_VIEWS {
            let Some(oldest) = state
                .views
                .iter()
                .filter(|(_, v)| v.watchers == 0)
                .min_by_key(|(_, v)| v.last_used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            state.views.remove(&oldest);
        }
        self.done.notify_all();
    }
}

/// See [`Preview::watch`].
pub struct WatchGuard {
    preview: Arc<Preview>,
    view: View,
}

impl Drop for WatchGuard {
    fn drop(&mut self) {
        if let Some(v) = self.preview.lock().views.get_mut(&self.view) {
            v.watchers = v.watchers.saturating_sub(1);
        }
    }
}

/// Whether a change can alter `view`: anything outside `locales/`, the view's own locale
/// folder, and en-GB (the fallback for missing messages, the source of the pseudo-locales
/// and of the checks). Another translation's files do not.
fn touches(view: &View, changes: &watch::Changes) -> bool {
    changes
        .paths
        .iter()
        .any(|path| match check::locale_of(path) {
            Some(code) => code == view.locale || code == SOURCE_LOCALE,
            None => true,
        })
}

/// The result of rendering one view.
struct Outcome {
    rendered: Option<Rendered>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    phases: Phases,
}

/// When a rebuild started and what preceded the renders.
struct Times {
    /// The change was seen (or the view asked for).
    seen: Instant,
    /// Waiting for the files to stop changing.
    settle: Duration,
    /// Loading the project again and the typesetter, as needed.
    load: Duration,
}

/// What the page-making tasks of one render produce.
enum Product {
    Png(Vec<u8>),
    Text(Vec<String>),
}

/// Where a rebuild's time went, for the stderr line.
#[derive(Default)]
struct Phases {
    check: Duration,
    typeset: Duration,
    /// PNG of every page, and the PDF's text, in parallel.
    pages: Duration,
}

impl std::fmt::Display for Phases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "check {} ms, typeset {} ms, png+text {} ms",
            self.check.as_millis(),
            self.typeset.as_millis(),
            self.pages.as_millis()
        )
    }
}

/// Checks and renders one view with the build's own steps (`build::documents`,
/// `build::edition`, `render::render_pdf`), writing nothing.
fn render_view(sources: &Sources, view: &View) -> Outcome {
    let mut phases = Phases::default();
    let started = Instant::now();
    let mut findings: Vec<Finding> = sources
        .load_diagnostics
        .iter()
        .filter(|d| concerns(d, &view.locale))
        .map(|d| {
            let code = d.file.as_deref().and_then(check::locale_of);
            Finding::new(CheckKind::Load, code.as_deref(), d.clone())
        })
        .collect();
    let result = match &sources.project {
        Some(project) => {
            // The translation's own checks: placeables, typed facts, references, bidi…
            if let Some(locale) = project.locales.iter().find(|l| l.code() == view.locale) {
                if !pseudo::is_pseudo(&view.locale) {
                    if let Ok(ctx) = check::Context::new(project) {
                        findings.extend(check::text::check_locale(&ctx, locale));
                    }
                }
            }
            phases.check = started.elapsed();
            // Pages made while something is wrong are not shown: typeset anyway (for
            // overflow and layout errors) but draw no images.
            let draw = !findings.iter().any(|f| f.diagnostic.is_error());
            match &sources.typesetter {
                Ok(typesetter) => render_job(project, typesetter, view, draw, &mut phases),
                Err(diags) => Err(diags.clone()),
            }
        }
        None => Err(Vec::new()),
    };
    let (rendered, diags) = match result {
        Ok((rendered, warnings)) => (Some(rendered), warnings),
        Err(errors) => (None, errors),
    };
    findings.extend(
        diags
            .into_iter()
            .map(|d| Finding::new(CheckKind::Fit, Some(&view.locale), d)),
    );
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = check::dedupe(findings)
        .into_iter()
        .map(|f| f.diagnostic)
        .partition(Diagnostic::is_error);
    Outcome {
        // Pages made while something is wrong are not shown as good (the last good stay).
        rendered: rendered.filter(|_| errors.is_empty()),
        errors,
        warnings,
        phases,
    }
}

/// Whether a load problem concerns a view of `code`: everything outside `locales/`, the
/// locale's own files, and en-GB's (the fallback).
fn concerns(d: &Diagnostic, code: &str) -> bool {
    match d.file.as_deref().and_then(check::locale_of) {
        Some(of) => of == code || of == SOURCE_LOCALE,
        None => true,
    }
}

type JobResult = Result<(Rendered, Vec<Diagnostic>), Vec<Diagnostic>>;

fn render_job(
    project: &Project,
    typesetter: &Typesetter,
    view: &View,
    draw: bool,
    phases: &mut Phases,
) -> JobResult {
    let find = |what: &str, id: &str, found: bool| {
        (!found).then(|| {
            vec![Diagnostic::error(format!("unknown {what} `{id}`"))
                .with_hint("its file did not load (see above), or it was removed or renamed")]
        })
    };
    let locale = project.locales.iter().find(|l| l.code() == view.locale);
    let venue = project.venues.iter().find(|v| v.data.id == view.venue);
    let format = project.formats.iter().find(|f| f.data.id == view.format);
    let (Some(locale), Some(venue), Some(format)) = (locale, venue, format) else {
        return Err(find("locale", &view.locale, locale.is_some())
            .or_else(|| find("venue", &view.venue, venue.is_some()))
            .or_else(|| find("format", &view.format, format.is_some()))
            .unwrap_or_default());
    };
    let job = Job::new(locale, venue, format);
    let mut warnings = Vec::new();
    if crate::easy_read::left_out(locale, format) {
        warnings.push(
            Diagnostic::warning(format!(
                "{}: no Easy Read messages (easy-read.ftl), so the build leaves {} out",
                view.locale, format.data.id
            ))
            .in_file(&locale.meta.file.path),
        );
    } else if Job::skipped(locale, format) {
        warnings.push(
            Diagnostic::warning(format!(
                "{}: locale.toml lists {} in skip-formats, so the build leaves it out",
                view.locale, format.data.id
            ))
            .in_file(&locale.meta.file.path),
        );
    }
    let started = Instant::now();
    let localizers: BTreeMap<&str, Localizer> =
        BTreeMap::from([(locale.code(), Localizer::new(project, locale))]);
    let docs = build::documents(project, &localizers, &job)?;
    let edition = build::edition(&job, &docs)?;
    let export = PdfExport {
        ident: format!("leafpress-preview/{}", job.name()),
        timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).expect("valid date"),
    };
    let rendered = render::render_pdf(typesetter, &edition, &export);
    phases.typeset = started.elapsed();
    let rendered = rendered.map_err(|errors| explain_overflow(project, view, errors))?;
    warnings.extend(rendered.warnings.iter().cloned());
    let doc = &docs[0];
    if !doc.fallbacks.is_empty() {
        warnings.push(
            Diagnostic::warning(format!(
                "{} message(s) missing, shown in English: {}",
                doc.fallbacks.len(),
                doc.fallbacks.join(", ")
            ))
            .with_hint(format!("translate them in locales/{}/", view.locale)),
        );
    }

    // Every page's PNG and the PDF's text at once, on both cores: they are the slow part.
    let started = Instant::now();
    let tasks: Vec<Option<usize>> = match draw {
        true => (0..rendered.pages).map(Some).chain([None]).collect(),
        false => Vec::new(),
    };
    let mut products = crate::workers::map(&tasks, None, |task| match task {
        Some(i) => Product::Png(render::render_png(&rendered.layout, *i, DPI).unwrap_or_default()),
        // The text as it is in the PDF served beside the images: what a reader would copy.
        None => Product::Text(match crate::inspect::inspect(&rendered.pdf) {
            Ok(info) => info.pages.into_iter().map(|p| p.text).collect(),
            Err(_) => Vec::new(),
        }),
    });
    phases.pages = started.elapsed();
    let texts = match products.pop() {
        Some(Product::Text(texts)) => texts,
        _ => Vec::new(),
    };
    let pngs = products.into_iter().map(|p| match p {
        Product::Png(png) => png,
        Product::Text(_) => Vec::new(),
    });
    let pages = pngs
        .enumerate()
        .map(|(i, png)| {
            let (width_mm, height_mm) = rendered.page_sizes_mm[i];
            Page {
                png,
                width_mm,
                height_mm,
                text: texts.get(i).cloned().unwrap_or_default(),
            }
        })
        .collect();
    Ok((
        Rendered {
            pages,
            pdf: rendered.pdf,
            lang: doc.locale.code.clone(),
            rtl: doc.locale.direction == crate::source::Direction::Rtl,
            generation: 0,
        },
        warnings,
    ))
}

/// An overflowing panel, explained as `leafpress check` does: the messages pinned to it and
/// the longest of them at its line in the FTL file (the fit check on this one output).
fn explain_overflow(project: &Project, view: &View, errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if !errors.iter().any(|d| d.message.contains("overflows")) {
        return errors;
    }
    let mut one = project.clone();
    one.venues.retain(|v| v.data.id == view.venue);
    one.formats.retain(|f| f.data.id == view.format);
    // Asked for explicitly: lay it out even where locale.toml skips it (Urdu's card).
    for locale in &mut one.locales {
        locale.meta.data.skip_formats.clear();
    }
    let explained: Vec<Diagnostic> = check::fit::check_fit(&one, &[view.locale.clone()], Some(1))
        .into_iter()
        .map(|f| f.diagnostic)
        .filter(|d| d.message.contains("overflows"))
        .map(|mut d| {
            // In a pseudo-locale the fit check calls it a forecast; here nothing was drawn.
            d.severity = crate::diag::Severity::Error;
            d
        })
        .collect();
    if explained.is_empty() {
        return errors;
    }
    errors
        .into_iter()
        .filter(|d| !d.message.contains("overflows"))
        .chain(explained)
        .collect()
}
