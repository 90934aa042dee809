//! Build stage, print production (issue 7): one set of outputs per venue of a
//! `--venue-details` file, the per-format adaptations of a resolved document (discreet
//! card, venue details replacing write-in lines), QR codes, the print master rendered
//! beside each download PDF, and the preflight of everything written.

use sha2::{Digest, Sha256};

use super::{hex, round1, Artifact, Job};
use crate::diag::Diagnostic;
use crate::i18n::Localizer;
use crate::inspect;
use crate::render::{self, qr, PdfExport, Typesetter};
use crate::resolve::production::Production;
use crate::resolve::{Document, Edition};
use crate::source::venue_details::VenueSite;
use crate::source::Project;

/// With venue details, every job is made once per venue using its profile, and only then:
/// no valid venue, no job (never the generic set in the board's place).
pub fn site_jobs<'a>(jobs: Vec<Job<'a>>, sites: &'a [VenueSite]) -> Vec<Job<'a>> {
    jobs.iter()
        .flat_map(|job| {
            sites
                .iter()
                .filter(|s| s.profile == job.venue.data.id)
                .map(move |site| Job {
                    site: Some(site),
                    ..*job
                })
        })
        .collect()
}

/// Per-format changes to a resolved document: a discreet edition's neutral title, labels
/// and services; write-in fields that the venue's own details fill in are dropped.
pub fn adapt(
    project: &Project,
    l10n: &Localizer,
    job: &Job,
    doc: &mut Document,
) -> Result<(), Vec<Diagnostic>> {
    if job.site.is_some() {
        let from_details: Vec<&str> = job
            .venue
            .data
            .write_in
            .iter()
            .filter(|f| f.from_details)
            .map(|f| f.id.as_str())
            .collect();
        doc.write_in
            .fields
            .retain(|f| !from_details.contains(&f.id.as_str()));
    }
    if !job.format.data.discreet {
        return Ok(());
    }
    let mut diags = Vec::new();
    let mut fallbacks = Vec::new();
    let nation = doc.venue.nation;
    let mut text = |id: &str| match l10n.text_for(id, nation) {
        Ok(t) => {
            if t.fallback {
                fallbacks.push((id.to_owned(), t.text.clone()));
            }
            t.text
        }
        Err(err) => {
            diags.push(Diagnostic::error(err.to_string()).with_hint(
                "discreet editions need the `discreet-*` messages of locales/en-GB/ui.ftl",
            ));
            String::new()
        }
    };
    for key in DISCREET_STRINGS {
        let value = text(&format!("discreet-{key}"));
        doc.strings.insert(format!("discreet-{key}"), value);
    }
    doc.title = doc.strings["discreet-title"].clone();
    for svc in &mut doc.card_services {
        let resource = project
            .resources
            .data
            .resources
            .iter()
            .find(|r| r.id.get_ref() == &svc.id);
        if let Some(label) = resource.and_then(|r| r.discreet_label.as_ref()) {
            // The service's name gives the card away: a neutral label, no web address
            // (the QR code still leads to it).
            svc.name = text(label.get_ref());
            svc.short_url = None;
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    for (id, text) in fallbacks {
        doc.note_fallback(&id, &text);
    }
    Ok(())
}

/// Messages a discreet edition carries (`discreet-<key>`), in `strings`.
const DISCREET_STRINGS: &[&str] = &[
    "title",
    "front-heading",
    "front-body",
    "numbers",
    "keep",
    "scan",
];

/// QR codes for the URLs the edition's services have (when its format prints QR codes),
/// and the venue's details.
pub fn production(job: &Job, edition: &Edition) -> Result<Production, Vec<Diagnostic>> {
    let mut production = Production {
        details: job.site.cloned(),
        ..Production::default()
    };
    if job.format.data.qr_mm.is_some() {
        let urls = edition
            .parts
            .iter()
            .flat_map(|d| d.services.iter().chain(&d.card_services))
            .filter_map(|s| s.url.as_deref())
            .filter(|url| !job.format.data.qr_deep_links_only || is_deep_link(url));
        production.qr = qr::encode_all(urls)
            .map_err(|e| vec![Diagnostic::error(format!("{}: {e}", job.name()))])?;
    }
    Ok(production)
}

/// A URL with a path after the domain (`https://host/a/b`), not a home page.
fn is_deep_link(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split_once('/')
        .is_some_and(|(_, path)| !path.trim_matches('/').is_empty())
}

/// A print master: its file, the file as read back (see [`render::Rendered::parsed`]), and
/// the fit ladder's step it was laid out at.
pub struct Master {
    pub file: (Artifact, Vec<u8>),
    pub read: Option<lopdf::Document>,
    pub fit_step: usize,
}

/// The print master beside a download PDF (`<format>.print.pdf`), if the format has one,
/// laid out from the download's fit ladder step on (one more step if it needs it: the
/// caller then lays the download out again at that step).
pub fn master(
    typesetter: &Typesetter,
    job: &Job,
    edition: &Edition,
    export: &PdfExport,
    download: &Artifact,
    download_step: usize,
    crop_marks: bool,
) -> Result<Option<Master>, Vec<Diagnostic>> {
    if !job.format.data.print_master {
        return Ok(None);
    }
    let mut edition = edition.clone();
    edition.production = edition.production.master(crop_marks);
    let export = PdfExport {
        ident: format!("{}/print", export.ident),
        timestamp: export.timestamp,
    };
    // The download's fit ladder steps first: the master carries the same text.
    let rendered = render::render_pdf_from(typesetter, &edition, &export, download_step)?;
    let artifact = Artifact {
        kind: "print-pdf".into(),
        path: download.path.trim_end_matches(".pdf").to_owned() + ".print.pdf",
        sha256: hex(&Sha256::digest(&rendered.pdf)),
        pages: rendered.pages,
        bytes: rendered.pdf.len(),
        page_size_mm: rendered
            .page_sizes_mm
            .iter()
            .map(|(w, h)| [round1(*w), round1(*h)])
            .collect(),
        ..download.clone()
    };
    Ok(Some(Master {
        file: (artifact, rendered.pdf),
        read: rendered.parsed,
        fit_step: rendered.fit_step,
    }))
}

/// A discreet edition must not contain its format's `avoid-words` (English) nor its
/// languages' `discreet-avoid-words` (locale.toml) anywhere in its text; and a language
/// whose `discreet-*` messages are translated must have such a list, or nothing checks them.
pub fn check_discreet(job: &Job, docs: &[Document], pdf: &[u8]) -> Vec<Diagnostic> {
    if !job.format.data.discreet {
        return Vec::new();
    }
    let mut diags = Vec::new();
    let mut words: Vec<&str> = job
        .format
        .data
        .avoid_words
        .iter()
        .map(String::as_str)
        .collect();
    for (locale, doc) in std::iter::once(job.locale).chain(job.second).zip(docs) {
        let own = &locale.meta.data.discreet_avoid_words;
        words.extend(own.iter().map(String::as_str));
        let translated = DISCREET_STRINGS
            .iter()
            .any(|key| !doc.fallbacks.contains(&format!("discreet-{key}")));
        let needs_own = locale.code() != crate::i18n::SOURCE_LOCALE
            && !crate::i18n::pseudo::is_pseudo(locale.code());
        if translated && own.is_empty() && needs_own {
            diags.push(
                Diagnostic::error(format!(
                    "{}: the discreet card is translated into {} but locales/{}/locale.toml lists no `discreet-avoid-words`, so nothing checks that it says nothing about what it is for",
                    job.name(),
                    locale.meta.data.name,
                    locale.code()
                ))
                .in_file(&locale.meta.file.path)
                .with_hint("add e.g. discreet-avoid-words = [\"…\"] with the words for abuse, intimate images, police, blackmail… in this language (see docs/TRANSLATING.md)"),
            );
        }
    }
    if !diags.is_empty() {
        return diags;
    }
    let info = match inspect::inspect(pdf) {
        Ok(info) => info,
        Err(e) => return vec![Diagnostic::error(format!("{}: {e}", job.name()))],
    };
    // The text read back from the PDF, and the card's own strings as resolved: text read
    // back from a PDF comes out in visual order for right-to-left scripts (Arabic words
    // reversed, letters repeated), so the strings are what catches a word there.
    let mut text = info.text().to_lowercase();
    for doc in docs {
        let strings = doc
            .strings
            .iter()
            .filter(|(key, _)| key.starts_with("discreet-"))
            .map(|(_, value)| value.as_str());
        let services = doc
            .card_services
            .iter()
            .flat_map(|s| [s.name.as_str(), s.hours.as_deref().unwrap_or("")]);
        for line in std::iter::once(doc.title.as_str())
            .chain(strings)
            .chain(services)
        {
            text.push('\n');
            text.push_str(&line.to_lowercase());
        }
    }
    let flat = inspect::compact(&text);
    let title = info.title.unwrap_or_default().to_lowercase();
    let mut found: Vec<&str> = words
        .into_iter()
        .filter(|w| {
            let w = w.to_lowercase();
            text.contains(&w) || flat.contains(&inspect::compact(&w)) || title.contains(&w)
        })
        .collect();
    found.dedup();
    if found.is_empty() {
        return Vec::new();
    }
    vec![Diagnostic::error(format!(
        "{}: the discreet card's text contains {}",
        job.name(),
        found.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
    ))
    .in_file(format!("content/formats/{}.toml", job.format.data.id))
    .with_hint(format!(
        "a discreet card must not give away what it is about: give the service a `discreet-label` in content/resources.toml, or reword the discreet-* messages (`leafpress check --locales {}` shows the line)",
        job.locale.code()
    ))]
}

/// Preflight of a job's PDFs (download and print master), from their bytes; a print
/// master from `master`, the same PDF as read back when its BleedBox was added.
pub fn preflight(
    files: &[(Artifact, Vec<u8>)],
    master: Option<&lopdf::Document>,
) -> Vec<Diagnostic> {
    use crate::preflight::{check, Kind};
    let mut diags = Vec::new();
    for (artifact, bytes) in files {
        let kind = match artifact.kind.as_str() {
            "pdf" => Kind::Download,
            "print-pdf" => Kind::PrintMaster,
            _ => continue,
        };
        let info = match master {
            Some(doc) if kind == Kind::PrintMaster => inspect::structure_of(doc),
            _ => inspect::inspect_structure(bytes),
        };
        let problems = match info {
            Ok(info) => check(kind, &info),
            Err(e) => vec![e],
        };
        diags.extend(problems.into_iter().map(|p| {
            Diagnostic::error(format!("preflight: {}: {p}", artifact.path)).with_hint(
                "the file was not written; this is a bug in a layout under layouts/ or in leafpress",
            )
        }));
    }
    diags
}

#[cfg(test)]
mod tests {
    #[test]
    fn deep_links() {
        assert!(!super::is_deep_link("https://stopncii.org/"));
        assert!(!super::is_deep_link("https://stopncii.org"));
        assert!(super::is_deep_link(
            "https://www.ceop.police.uk/ceop-reporting/"
        ));
    }
}
