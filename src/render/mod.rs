//! Render stage: a [`Document`] in, bytes out. typst compiles the format's layout against
//! the document (served as JSON); PDFs are tagged PDF/UA-1, reproducible, and checked for
//! overflowing panels and missing glyphs before they are accepted.

pub mod audio;
pub mod braille;
pub mod html;
pub mod louis;
pub mod print;
pub mod qr;
pub mod world;

use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Label, Smart};
use typst::layout::{Frame, FrameItem};
use typst::WorldExt;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::diag::Diagnostic;
use crate::resolve::Edition;
pub use world::Typesetter;

/// How a document is exported.
#[derive(Debug, Clone)]
pub struct PdfExport {
    /// Written into the PDF's ID so identical inputs give identical files.
    pub ident: String,
    /// The creation date written into the PDF (from content/, or SOURCE_DATE_EPOCH).
    pub timestamp: Datetime,
}

/// A rendered document: the PDF bytes and what was seen on the way.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Page sizes in millimetres, width × height.
    pub page_sizes_mm: Vec<(f64, f64)>,
    pub warnings: Vec<Diagnostic>,
    pub layout: PagedDocument,
    /// A print master as read back to add its BleedBox (with it): preflight checks this.
    pub parsed: Option<lopdf::Document>,
    /// The fit ladder's steps taken, in words (empty when the text fit as it is).
    pub fit_steps: Vec<String>,
    /// How many of the fit ladder's steps were taken (0: the text fit as it is).
    pub fit_step: usize,
    /// Time spent compiling (layout) and exporting the PDF: the benchmark's raw figures.
    pub compile_time: std::time::Duration,
    pub export_time: std::time::Duration,
}

/// A panel whose content reaches below its bottom edge.
#[derive(Debug)]
struct Overflow {
    panel: String,
    over_mm: f64,
}

/// Compiles the layout for `edition`, checks the result (the proof stage among it), and
/// exports a PDF. When the text does not fit, the format's fit ladder (content/formats/
/// `[fit]`) is tried step by step: tighter spacing, smaller body sizes, then what the format
/// may leave out — never a protected section — with a pointer to the full guide in its place. The steps
/// taken are reported as a warning; the proof runs after every step.
pub fn render_pdf(
    typesetter: &Typesetter,
    edition: &Edition,
    export: &PdfExport,
) -> Result<Rendered, Vec<Diagnostic>> {
    render_pdf_from(typesetter, edition, export, 0)
}

/// [`render_pdf`] starting at step `from` of the fit ladder: a print master starts where
/// its download PDF ended, so the two carry the same text.
pub fn render_pdf_from(
    typesetter: &Typesetter,
    edition: &Edition,
    export: &PdfExport,
    from: usize,
) -> Result<Rendered, Vec<Diagnostic>> {
    let steps = ladder_steps(edition);
    let from = from.min(steps);
    let first = if from == 0 {
        render_once(typesetter, edition, export)
    } else {
        render_step(typesetter, edition, export, from)
    };
    // The ladder's remaining steps (none when the format has no ladder) cure only text
    // that does not fit.
    if !matches!(&first, Err(errors) if does_not_fit(errors)) {
        return first;
    }
    let mut last = first;
    for step in from + 1..=steps {
        match render_step(typesetter, edition, export, step) {
            Err(errors) if does_not_fit(&errors) => last = Err(errors),
            other => return other,
        }
    }
    last
}

/// The edition rendered after the first `step` steps of its fit ladder, the steps said in
/// a warning and recorded in [`Rendered::fit_steps`] and [`Rendered::fit_step`].
fn render_step(
    typesetter: &Typesetter,
    edition: &Edition,
    export: &PdfExport,
    step: usize,
) -> Result<Rendered, Vec<Diagnostic>> {
    let doc = edition.first();
    let (docs, said, refused) = fitted(edition, step);
    if let Some(refused) = refused {
        return Err(vec![refused]);
    }
    let mut fitted_edition = Edition::new(docs.iter().collect());
    fitted_edition.title = edition.title.clone();
    fitted_edition.production = edition.production.clone();
    let mut rendered = render_once(typesetter, &fitted_edition, export)?;
    rendered.warnings.push(
        Diagnostic::warning(format!(
            "{} {} ({}): the text did not fit; {}",
            edition.code(),
            doc.format.geometry.id,
            doc.venue.id,
            said.join(", ")
        ))
        .in_file(format!("content/formats/{}.toml", doc.format.geometry.id))
        .with_hint(
            "shorten the translation (or the venue's details) to keep the full text at the full size",
        ),
    );
    rendered.fit_steps = said;
    rendered.fit_step = step;
    Ok(rendered)
}

/// The edition's documents after the first `step` steps of its fit ladder, unchecked: for
/// looking at a layout the ladder could not fit (examples/look.rs).
pub fn fitted_documents(edition: &Edition, step: usize) -> Vec<crate::resolve::Document> {
    fitted(edition, step.min(ladder_steps(edition))).0
}

/// How many steps the edition's format's fit ladder has (0: none).
fn ladder_steps(edition: &Edition) -> usize {
    let fit = &edition.first().format.geometry.fit;
    fit.spacing.len() + fit.body_pt.len() + fit.leave_out.len()
}

/// Whether every error is one of text not fitting (an overflow, a page count, the proof's
/// geometry), which the fit ladder may cure.
fn does_not_fit(errors: &[Diagnostic]) -> bool {
    !errors.is_empty()
        && errors.iter().all(|d| {
            ["overflows by", "laid out on", "past the", "is printed over"]
                .iter()
                .any(|m| d.message.contains(m))
        })
}

/// In `[fit] leave-out`, the format's QR codes rather than a section.
pub const QR_CODES: &str = "qr-codes";
/// In `[fit] leave-out`, the services' opening hours (the leaflet and handout carry them).
pub const SERVICE_HOURS: &str = "service-hours";

/// The edition's documents after the first `step` steps of their format's fit ladder, what
/// was done (for the report), and an error when the ladder names a protected section.
fn fitted(
    edition: &Edition,
    step: usize,
) -> (
    Vec<crate::resolve::Document>,
    Vec<String>,
    Option<Diagnostic>,
) {
    let fit = &edition.first().format.geometry.fit;
    let id = &edition.first().format.geometry.id;
    // Each stage keeps the last value of the one before: spacing, then sizes, then sections.
    let gaps = step.min(fit.spacing.len());
    let sizes = step
        .saturating_sub(fit.spacing.len())
        .min(fit.body_pt.len());
    let leave = step.saturating_sub(fit.spacing.len() + fit.body_pt.len());
    let mut said = Vec::new();
    if gaps > 0 {
        let k = fit.spacing[gaps - 1];
        if !(0.5..=1.0).contains(&k) {
            let refused = Diagnostic::error(format!(
                "content/formats/{id}.toml: `[fit] spacing` {k} is outside 0.5–1 (a share of the layout's gaps)"
            ))
            .with_hint("tighter than half the designed gaps, headings and paragraphs run together");
            return (Vec::new(), said, Some(refused));
        }
        said.push(format!("spacing {:.0} %", k * 100.0));
    }
    if sizes > 0 {
        said.push(format!("body {} pt", fit.body_pt[sizes - 1]));
    }
    let mut docs = Vec::new();
    for part in &edition.parts {
        let mut doc = (*part).clone();
        if gaps > 0 {
            doc.format.geometry.spacing = fit.spacing[gaps - 1];
        }
        if sizes > 0 {
            doc.format.geometry.body_pt = fit.body_pt[sizes - 1];
        }
        for id in &fit.leave_out[..leave] {
            // Not a section: the format's QR codes (each service's short web address stays).
            if id == QR_CODES {
                doc.format.geometry.qr_mm = None;
                continue;
            }
            if id == SERVICE_HOURS {
                for svc in doc.card_services.iter_mut().chain(&mut doc.services) {
                    svc.hours = None;
                }
                continue;
            }
            if doc.sections.iter().any(|s| &s.id == id && s.protected) {
                let refused = Diagnostic::error(format!(
                    "content/formats/{}.toml: the fit ladder may not leave out `{id}`: guide.toml marks it protected (safety-critical)",
                    doc.format.geometry.id
                ))
                .with_hint("remove it from `[fit] leave-out`; shorten the text instead");
                return (Vec::new(), said, Some(refused));
            }
            doc.sections.retain(|s| &s.id != id);
        }
        if fit.leave_out[..leave]
            .iter()
            .any(|id| id != QR_CODES && id != SERVICE_HOURS)
        {
            // Where the sections were, a pointer to the full guide, after the last
            // section's list (a paragraph would come before it, under its heading).
            let pointer = doc.strings.get("card-more").cloned().unwrap_or_default();
            if let Some(last) = doc.sections.last_mut() {
                last.closing.push(pointer);
            }
        }
        docs.push(doc);
    }
    let (parts, sections): (Vec<&String>, Vec<&String>) = fit.leave_out[..leave]
        .iter()
        .partition(|id| *id == QR_CODES || *id == SERVICE_HOURS);
    if parts.iter().any(|id| *id == QR_CODES) {
        said.push("QR codes left out (the short web addresses stay)".to_owned());
    }
    if parts.iter().any(|id| *id == SERVICE_HOURS) {
        said.push("opening hours left out (the leaflet and handout carry them)".to_owned());
    }
    if !sections.is_empty() {
        said.push(format!(
            "left out {} (the handout carries everything)",
            sections
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    (docs, said, None)
}

fn render_once(
    typesetter: &Typesetter,
    edition: &Edition,
    export: &PdfExport,
) -> Result<Rendered, Vec<Diagnostic>> {
    let started = std::time::Instant::now();
    let layout = crate::profile::time("typst compile", || compile(typesetter, edition))?;
    let compile_time = started.elapsed();
    let doc = edition.first();
    let code = edition.code();
    let warnings = layout.1;
    let mut layout = layout.0;
    let mut errors = Vec::new();
    if edition.production.print && !edition.production.qr.is_empty() {
        let (drawn, missing) = crate::profile::time("qr codes", || {
            print::draw_qr_codes(layout, &edition.production.qr)
        });
        layout = drawn;
        for url in missing {
            errors.push(
                Diagnostic::error(format!(
                    "{code} {}: the layout asks for a QR code of {url:?}, which the edition has none of",
                    doc.format.geometry.id
                ))
                .in_file(typesetter.shown_path_for_layout(&doc.format.geometry.layout))
                .with_hint("a `<leafpress-qr>` box holds `metadata(url)` with a URL of the edition's services"),
            );
        }
    }

    for overflow in crate::profile::time("layout checks", || panel_overflows(&layout)) {
        errors.push(
            Diagnostic::error(format!(
                "{code} {} ({}): panel `{}` overflows by {:.1} mm",
                doc.format.geometry.id, doc.venue.id, overflow.panel, overflow.over_mm
            ))
            .in_file(typesetter.shown_path_for_layout(&doc.format.geometry.layout))
            .with_hint(
                "shorten the text on that panel, or move a section to another panel in the layout",
            ),
        );
    }
    errors.extend(crate::profile::time("proof", || {
        prove(typesetter, edition, &layout)
    }));
    // A print master may lay its pages out differently (the A5 leaflet: single pages).
    let pages = if edition.production.print {
        doc.format
            .geometry
            .print_pages
            .or(doc.format.geometry.pages)
    } else {
        doc.format.geometry.pages
    };
    if let Some(per_part) = pages {
        let expected = per_part * edition.parts.len();
        if layout.pages().len() != expected {
            errors.push(
                Diagnostic::error(format!(
                    "{code} {} ({}): laid out on {} pages, the format has {expected}",
                    doc.format.geometry.id,
                    doc.venue.id,
                    layout.pages().len()
                ))
                .in_file(typesetter.shown_path_for_layout(&doc.format.geometry.layout))
                .with_hint("the text does not fit the panels: shorten it or reduce the body size in content/formats/"),
            );
        }
    }
    let missing = crate::profile::time("layout checks", || missing_glyphs(&layout));
    if !missing.is_empty() {
        let chars: String = missing.iter().collect();
        // Never print tofu: a PDF with boxes where words should be is worse than none.
        errors.push(
            Diagnostic::error(format!(
                "{code} {} ({}): no vendored font has a glyph for {:?}; they would print as boxes",
                doc.format.geometry.id, doc.venue.id, chars
            ))
            .with_hint("add a font covering this script to layouts/fonts/ and list its family in the locale's `fonts`"),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let options = PdfOptions {
        ident: Smart::Custom(export.ident.clone()),
        timestamp: Some(Timestamp::new_utc(export.timestamp)),
        // The download PDF is accessible (PDF/UA-1); a print master is for the press only
        // (typst cannot write PDF/X, and UA-1 would forbid nothing a printer needs).
        standards: if edition.production.print {
            PdfStandards::default()
        } else {
            PdfStandards::new(&[PdfStandard::Ua_1]).expect("PDF/UA-1 alone is valid")
        },
        tagged: true,
        ..PdfOptions::default()
    };
    let exporting = std::time::Instant::now();
    let pdf = crate::profile::time("pdf export", || typst_pdf::pdf(&layout, &options))
        .map_err(|errs| convert_all(typesetter, edition, &errs))?;
    // typst writes the TrimBox of a page with bleed; printers also want the BleedBox.
    let (pdf, parsed) = if edition.production.print {
        let (pdf, parsed) = crate::profile::time("bleed box", || {
            print::add_bleed_box(&pdf, edition.production.bleed_mm)
        })
        .map_err(|e| {
            vec![Diagnostic::error(format!(
                "{code} {}: print master: {e}",
                doc.format.geometry.id
            ))]
        })?;
        (pdf, Some(parsed))
    } else {
        (pdf, None)
    };
    let export_time = exporting.elapsed();
    let page_sizes_mm = layout
        .pages()
        .iter()
        .map(|p| (p.frame.size().x.to_mm(), p.frame.size().y.to_mm()))
        .collect();
    Ok(Rendered {
        fit_steps: Vec::new(),
        fit_step: 0,
        pdf,
        pages: layout.pages().len(),
        page_sizes_mm,
        warnings,
        layout,
        parsed,
        compile_time,
        export_time,
    })
}

/// The proof (src/proof/): what a reader will see on every page, read from the laid-out
/// frames — text inside the safe area and its panel, no line over another, no type below
/// the format's smallest size, every fact in visual order as in content/.
fn prove(typesetter: &Typesetter, edition: &Edition, layout: &PagedDocument) -> Vec<Diagnostic> {
    let doc = edition.first();
    let geometry = &doc.format.geometry;
    let rules = crate::proof::Rules {
        safe_mm: geometry.safe_mm,
        min_pt: geometry.min_text_pt.unwrap_or(0.0),
        folds: folds(edition),
    };
    let facts = crate::proof::edition_facts(edition);
    let pages = crate::proof::frames::read(layout);
    let what = if edition.production.print {
        " print master"
    } else {
        ""
    };
    crate::proof::prove(&pages, &rules, &facts)
        .into_iter()
        .map(|finding| {
            let from = edition
                .parts
                .iter()
                .find_map(|doc| crate::proof::message_of(&doc.messages, &finding.text))
                .map(|id| format!(" (message `{id}`)"))
                .unwrap_or_default();
            Diagnostic::error(format!(
                "{} {} ({}){what}, {finding}{from}",
                edition.code(),
                geometry.id,
                doc.venue.id
            ))
            .in_file(typesetter.shown_path_for_layout(&geometry.layout))
            .with_hint(finding.problem.hint())
        })
        .collect()
}

/// Where a folded format's sheet folds, page by page (see
/// [`crate::proof::Rules::folds`]): a half fold in the middle of every page; a roll fold
/// between the page's panels, mirrored in a right-to-left part (its sheet is). A print
/// master of single pages (the A5 leaflet's) has no fold on its pages.
fn folds(edition: &Edition) -> Vec<Vec<f64>> {
    use crate::source::content::Fold;
    let format = &edition.first().format.geometry;
    if edition.production.print && format.print_pages.is_some() {
        return Vec::new();
    }
    let width = format.width_mm;
    let pages = format.pages.unwrap_or(0);
    let part = |rtl: bool| -> Vec<Vec<f64>> {
        (1..=pages)
            .map(|page| match format.fold {
                Fold::None => Vec::new(),
                Fold::Half => vec![width / 2.0],
                Fold::Roll => {
                    let mut edges: Vec<f64> = format
                        .panels
                        .iter()
                        .filter(|p| p.page == page)
                        .map(|p| p.x_mm + p.width_mm)
                        .filter(|x| *x < width - 0.01)
                        .map(|x| if rtl { width - x } else { x })
                        .collect();
                    edges.sort_by(f64::total_cmp);
                    edges
                }
            })
            .collect()
    };
    edition
        .parts
        .iter()
        .flat_map(|doc| part(doc.locale.direction == crate::source::Direction::Rtl))
        .collect()
}

/// Renders one page to PNG at `dpi` (previews; `render_bleed` off).
pub fn render_png(layout: &PagedDocument, page: usize, dpi: f32) -> Option<Vec<u8>> {
    let page = layout.pages().get(page)?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(dpi) / 72.0),
        render_bleed: false,
    };
    let pixmap = crate::profile::time("png render", || typst_render::render(page, &options));
    crate::profile::time("png encode", || pixmap.encode_png().ok())
}

type Compiled = (PagedDocument, Vec<Diagnostic>);

/// The edition laid out as typst sets it, before any check: for looking at a layout that
/// fails (examples/look.rs) — never for writing a file.
pub fn layout_unchecked(
    typesetter: &Typesetter,
    edition: &Edition,
) -> Result<PagedDocument, Vec<Diagnostic>> {
    compile(typesetter, edition).map(|c| c.0)
}

fn compile(typesetter: &Typesetter, edition: &Edition) -> Result<Compiled, Vec<Diagnostic>> {
    let doc = edition.first();
    let json = serde_json::to_vec(edition).expect("documents always serialize");
    let layout = &doc.format.geometry.layout;
    if !typesetter.has_layout(layout) {
        return Err(vec![Diagnostic::error(format!("layout `{layout}` not found"))
            .in_file(typesetter.shown_path_for_layout(layout))
            .with_hint(format!(
                "content/formats/{}.toml names `layout = \"{layout}\"`: add the file to layouts/ or fix the name",
                doc.format.geometry.id
            ))]);
    }
    let world = typesetter.world(layout, json.clone());
    let warned = typst::compile::<PagedDocument>(&world);
    let warnings = warned
        .warnings
        .iter()
        .map(|d| convert(typesetter, &world, &json, d))
        .collect();
    match warned.output {
        Ok(paged) => Ok((paged, warnings)),
        Err(errors) => Err(errors
            .iter()
            .map(|d| convert(typesetter, &world, &json, d))
            .collect()),
    }
}

fn convert_all(
    typesetter: &Typesetter,
    edition: &Edition,
    errs: &[SourceDiagnostic],
) -> Vec<Diagnostic> {
    let json = serde_json::to_vec(edition).expect("documents always serialize");
    let world = typesetter.world(&edition.first().format.geometry.layout, json.clone());
    errs.iter()
        .map(|d| convert(typesetter, &world, &json, d))
        .collect()
}

/// A typst diagnostic as ours, with file:line:col in the layout (or the JSON data).
fn convert(
    typesetter: &Typesetter,
    world: &world::JobWorld,
    json: &[u8],
    d: &SourceDiagnostic,
) -> Diagnostic {
    let mut diag = match d.severity {
        TypstSeverity::Error => Diagnostic::error(d.message.to_string()),
        TypstSeverity::Warning => Diagnostic::warning(d.message.to_string()),
    };
    if let (Some(id), Some(range)) = (d.span.id(), world.range(d.span)) {
        if let Some(text) = typesetter.text_of(id, json) {
            diag = diag
                .at(typesetter.shown_path(id), &text, range)
                .with_label("here");
        }
    }
    for hint in &d.hints {
        diag = diag.with_hint(hint.v.to_string());
    }
    if diag.hints.is_empty() {
        diag = diag.with_hint(
            "this is an error in a typst layout under layouts/; see https://typst.app/docs",
        );
    }
    diag
}

/// The fit check, read from the laid-out frames: a layout marks each fixed panel's content
/// area as `block(height: .., breakable: false, ..) <leafpress-panel>` starting with
/// `metadata((panel: name))` (lib.typ's `panel-area`). typst lets content that does not fit
/// run on below the block; anything drawn lower than its bottom edge is an overflow. (The
/// layouts measured each panel a second time for this before: a third of a leaflet's
/// compile time.) Copies of one panel (the 10-up card sheet) are reported once.
fn panel_overflows(layout: &PagedDocument) -> Vec<Overflow> {
    use typst::layout::Abs;
    let label = Label::new(typst::utils::PicoStr::intern("leafpress-panel")).expect("non-empty");
    let tolerance = Abs::mm(0.01);
    let mut found: Vec<Overflow> = Vec::new();
    let mut panels = Vec::new();
    for page in layout.pages() {
        labelled_groups(&page.frame, label, &mut panels);
    }
    for frame in panels {
        let over = content_bottom(frame) - frame.height();
        if over <= tolerance {
            continue;
        }
        let panel = crate::proof::frames::panel_name(frame).unwrap_or_else(|| "(unnamed)".into());
        match found.iter_mut().find(|o| o.panel == panel) {
            Some(o) => o.over_mm = o.over_mm.max(over.to_mm()),
            None => found.push(Overflow {
                panel,
                over_mm: over.to_mm(),
            }),
        }
    }
    found
}

/// Frames of the groups labelled `label`, outermost first (a panel is not searched within).
fn labelled_groups<'f>(frame: &'f Frame, label: Label, out: &mut Vec<&'f Frame>) {
    for (_, item) in frame.items() {
        if let FrameItem::Group(group) = item {
            if group.label == Some(label) {
                out.push(&group.frame);
            } else {
                labelled_groups(&group.frame, label, out);
            }
        }
    }
}

/// How far down a frame's content reaches, as typst measures it: lines, blocks and other
/// nested frames to their bottom edge (a line of text ends at its baseline, though marks
/// and descenders reach below), shapes and images to theirs; links and tags draw nothing.
fn content_bottom(frame: &Frame) -> typst::layout::Abs {
    use typst::layout::Abs;
    let mut bottom = Abs::zero();
    for (pos, item) in frame.items() {
        let reach = match item {
            FrameItem::Group(group) => group.frame.height(),
            FrameItem::Text(_) => Abs::zero(),
            FrameItem::Shape(shape, _) => shape.bbox(false).max.y,
            FrameItem::Image(_, size, _) => size.y,
            // Not drawn: a link's area may reach below the baseline.
            FrameItem::Link(..) | FrameItem::Tag(_) => continue,
        };
        bottom = bottom.max(pos.y + reach);
    }
    bottom
}

/// Characters drawn with glyph id 0 (.notdef, "tofu") anywhere in the document.
pub fn missing_glyphs(layout: &PagedDocument) -> std::collections::BTreeSet<char> {
    fn walk(frame: &Frame, out: &mut std::collections::BTreeSet<char>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(group) => walk(&group.frame, out),
                FrameItem::Text(text) => {
                    for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                        out.extend(
                            text.text[glyph.range()]
                                .chars()
                                .filter(|c| !is_invisible(*c)),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for page in layout.pages() {
        walk(&page.frame, &mut out);
    }
    out
}

/// Format characters (bidi isolates, joiners) that legitimately have no glyph.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl Typesetter {
    fn shown_path_for_layout(&self, layout: &str) -> std::path::PathBuf {
        crate::diag::display_path(&self.root, &self.layouts_dir.join(layout))
    }
}
