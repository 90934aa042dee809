//! Check stage, fit: lays out every fixed-size output (wallet card sides, leaflet panels)
//! per locale with the real fonts, through the build's own resolve and render steps but
//! writing nothing, and reports each overflowing panel with its messages and millimetres.

use std::collections::BTreeMap;

use super::{CheckKind, Finding};
use crate::build::{self, BuildOptions, Job};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::ftl::LocaleIndex;
use crate::i18n::{pseudo, Localizer};
use crate::render::{self, PdfExport, Typesetter};
use crate::resolve::{self, Edition};
use crate::source::{Format, Loaded, Project, Venue};

/// Lays out `codes` (real or pseudo locales already in `project`) in every venue and
/// fixed-size format. Overflow in a pseudo-locale is a warning: it is a forecast.
pub fn check_fit(project: &Project, codes: &[String], jobs: Option<usize>) -> Vec<Finding> {
    let fixed: Vec<String> = project
        .formats
        .iter()
        .filter(|f| f.data.pages.is_some())
        .map(|f| f.data.id.clone())
        .collect();
    if fixed.is_empty() || codes.is_empty() {
        return Vec::new();
    }
    let opts = BuildOptions {
        locales: codes.to_vec(),
        formats: fixed,
        jobs,
        ..BuildOptions::default()
    };
    let mut planned = Vec::new();
    let jobs_list = build::plan(project, &opts, &mut planned);
    let mut out: Vec<Finding> = planned
        .into_iter()
        .map(|d| {
            let code = d.file.as_deref().and_then(super::locale_of);
            Finding::new(CheckKind::Fit, code.as_deref(), d)
        })
        .collect();
    let typesetter = match Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
    {
        Ok(t) => t,
        Err(diags) => {
            out.extend(
                diags
                    .into_iter()
                    .map(|d| Finding::new(CheckKind::Fit, None, d)),
            );
            return out;
        }
    };
    let localizers: BTreeMap<&str, Localizer> = project
        .locales
        .iter()
        .filter(|l| codes.iter().any(|c| c == l.code()))
        .map(|l| (l.code(), Localizer::new(project, l)))
        .collect();
    let results = crate::workers::map(&jobs_list, jobs, |job| {
        let diags = lay_out(project, &typesetter, &localizers[job.locale.code()], job);
        typst::comemo::evict(2);
        (*job, diags)
    });
    for (job, diags) in results {
        let code = job.locale.code();
        let index = (!pseudo::is_pseudo(code)).then(|| LocaleIndex::new(job.locale));
        for (kind, d) in diags {
            let d = explain(project, d, &job, index.as_ref());
            out.push(Finding::new(kind, Some(code), d));
        }
    }
    out
}

/// Resolves and typesets one job; returns its problems (nothing is written). A message
/// that cannot be resolved is a content problem, found at its ID in content/.
fn lay_out(
    project: &Project,
    typesetter: &Typesetter,
    l10n: &Localizer,
    job: &Job,
) -> Vec<(CheckKind, Diagnostic)> {
    let mut doc =
        match resolve::resolve(project, &job.locale.meta.data, l10n, job.venue, job.format) {
            Ok(doc) => doc,
            Err(diags) => return diags.into_iter().map(|d| (CheckKind::Content, d)).collect(),
        };
    // The same per-format adaptations as the build's jobs (discreet editions, print production).
    if let Err(diags) = build::print::adapt(project, l10n, job, &mut doc) {
        return diags.into_iter().map(|d| (CheckKind::Fit, d)).collect();
    }
    let export = PdfExport {
        ident: format!("leafpress-check/{}", job.name()),
        timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).expect("valid date"),
    };
    let mut edition = Edition::new(vec![&doc]);
    match build::print::production(job, &edition) {
        Ok(production) => edition.production = production,
        Err(diags) => return diags.into_iter().map(|d| (CheckKind::Fit, d)).collect(),
    }
    let diags = match render::render_pdf(typesetter, &edition, &export) {
        Ok(rendered) => rendered.warnings,
        Err(diags) => diags,
    };
    diags.into_iter().map(|d| (CheckKind::Fit, d)).collect()
}

/// Adds what a translator needs to an overflow: the messages pinned to the panel (and,
/// for a real locale, points at the longest of them in its FTL file). In a pseudo-locale
/// the problem is downgraded to a warning.
fn explain(
    project: &Project,
    mut d: Diagnostic,
    job: &Job,
    index: Option<&LocaleIndex>,
) -> Diagnostic {
    let code = job.locale.code();
    // A proof finding names the message its text came from: point at it in the FTL file.
    if let (Some(id), Some(index)) = (proof_message(&d.message), index) {
        if let Some(l) = index.messages().get(id.as_str()) {
            let (message, hints, severity) = (d.message.clone(), d.hints.clone(), d.severity);
            d = Diagnostic::error(message).at(&l.file.path, &l.file.text, l.entry.span.clone());
            d.severity = severity;
            d.hints = hints;
            d = d.with_label("the text on the page comes from this message");
            return pseudo_warning(d, code);
        }
    }
    let Some(panel) = overflow_panel(&d.message) else {
        return pseudo_warning(d, code);
    };
    let ids = panel_messages(project, job.format, job.venue, &panel);
    if ids.is_empty() {
        d = d.with_hint(format!(
            "panel `{panel}` holds the layout's own lines (title, lead, contacts, write-in fields)"
        ));
    } else {
        d = d.with_hint(format!(
            "messages pinned to panel `{panel}`: {}",
            ids.join(", ")
        ));
    }
    if let Some(index) = index {
        let messages = index.messages();
        let longest = ids
            .iter()
            .filter_map(|id| messages.get(id.as_str()))
            .max_by_key(|l| {
                l.file.text[l.entry.span.start..]
                    .lines()
                    .next()
                    .map_or(0, |s| s.chars().count())
            });
        if let Some(l) = longest {
            let (message, hints, severity) = (d.message.clone(), d.hints.clone(), d.severity);
            d = Diagnostic::error(message).at(&l.file.path, &l.file.text, l.entry.span.clone());
            d.severity = severity;
            d.hints = hints;
            d = d.with_label(format!("the longest text on panel `{panel}`"));
        }
    }
    pseudo_warning(d, code)
}

fn pseudo_warning(mut d: Diagnostic, code: &str) -> Diagnostic {
    if pseudo::is_pseudo(code) && d.severity == Severity::Error {
        d.severity = Severity::Warning;
        let what = if code == "en-XA" {
            "en-GB made 40% longer"
        } else {
            "en-GB set right to left"
        };
        d = d.with_hint(format!(
            "{code} is a pseudo-locale ({what}): translations like it would not fit here; leave room in the layout"
        ));
    }
    d
}

/// `… (message `card-contacts-heading`)` → `card-contacts-heading` (the proof's findings).
fn proof_message(message: &str) -> Option<String> {
    let (_, rest) = message.rsplit_once("(message `")?;
    let (id, _) = rest.split_once('`')?;
    Some(id.to_owned())
}

/// `… panel `front` overflows by 3.2 mm` → `front`.
fn overflow_panel(message: &str) -> Option<String> {
    let (_, rest) = message.split_once("panel `")?;
    let (name, rest) = rest.split_once('`')?;
    rest.contains("overflows").then(|| name.to_owned())
}

/// Message IDs of the guide sections the format pins to `panel`, for this venue.
fn panel_messages(
    project: &Project,
    format: &Loaded<Format>,
    venue: &Loaded<Venue>,
    panel: &str,
) -> Vec<String> {
    let Some(p) = format.data.panels.iter().find(|p| p.role == panel) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for section in project
        .guide
        .data
        .sections
        .iter()
        .filter(|s| p.sections.contains(s.id.get_ref()))
    {
        ids.push(section.heading.get_ref().clone());
        for entry in section
            .paragraphs
            .iter()
            .chain(&section.items)
            .filter(|e| e.applies_to(&venue.data))
        {
            ids.push(entry.text().to_owned());
            ids.extend(entry.sub_items().iter().cloned());
        }
    }
    ids
}
