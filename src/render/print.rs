//! Render stage, print masters: the QR codes' dark modules, drawn into the laid-out pages
//! in 100 % K; and the BleedBox. typst writes a page's TrimBox when the layout sets a bleed,
//! but no BleedBox. This adds `/BleedBox` (trim + bleed) to every page as a PDF incremental
//! update appended to typst's bytes, so everything typst wrote stays byte-for-byte as it was.

use std::collections::BTreeMap;
use std::sync::Arc;

use lopdf::xref::XrefEntry;
use lopdf::{Document, Object};
use typst::foundations::Label;
use typst::introspection::Tag;
use typst::layout::{Abs, Frame, FrameItem, Point};
use typst::visualize::{Cmyk, Color, Curve, FillRule, Geometry, Paint, ProcessColor, Shape};
use typst_layout::PagedDocument;

use super::qr::Qr;

/// Draws each QR code of a print master into its white box (`box(..) <leafpress-qr>` with
/// `metadata(url)` inside, see layouts/lib.typ): every run of dark modules a rectangle, all
/// of them one path filled with 100 % K, each a hair taller than its row so that no seam
/// shows between rows. Returns the URLs of boxes it found no code for.
pub fn draw_qr_codes(
    layout: PagedDocument,
    codes: &BTreeMap<String, Arc<Qr>>,
) -> (PagedDocument, Vec<String>) {
    let label = Label::new(typst::utils::PicoStr::intern("leafpress-qr")).expect("non-empty");
    let mut missing = Vec::new();
    let mut pages: typst::ecow::EcoVec<_> = layout.pages().iter().cloned().collect();
    let mut drawn = 0;
    for page in pages.make_mut() {
        drawn += draw_in(&mut page.frame, label, codes, &mut missing);
    }
    if drawn == 0 {
        return (layout, missing);
    }
    let info = typst::model::Document::info(&layout).clone();
    (PagedDocument::new(pages, info), missing)
}

fn draw_in(
    frame: &mut Frame,
    label: Label,
    codes: &BTreeMap<String, Arc<Qr>>,
    missing: &mut Vec<String>,
) -> usize {
    let mut drawn = 0;
    frame.retain(|item| {
        if let FrameItem::Group(group) = item {
            if group.label == Some(label) {
                match box_url(&group.frame).and_then(|url| codes.get(&url).ok_or(url)) {
                    Ok(qr) => {
                        let shape = modules(qr, group.frame.width());
                        group.frame.push(Point::zero(), shape);
                        drawn += 1;
                    }
                    Err(url) => missing.push(url),
                }
            } else {
                drawn += draw_in(&mut group.frame, label, codes, missing);
            }
        }
        true
    });
    drawn
}

/// The URL in a QR box's `metadata(..)` (an empty string if there is none).
fn box_url(frame: &Frame) -> Result<String, String> {
    frame
        .items()
        .find_map(|(_, item)| match item {
            FrameItem::Tag(Tag::Start(content, _)) => content
                .get_by_name("value")
                .ok()
                .and_then(|v| v.cast::<typst::foundations::Str>().ok())
                .map(|s| s.to_string()),
            _ => None,
        })
        .ok_or_else(String::new)
}

/// The dark modules of `qr` in a box `side` wide (quiet zone included), as one shape.
fn modules(qr: &Qr, side: Abs) -> FrameItem {
    let m = side / (qr.modules + 2 * qr.quiet) as f64;
    let hair = Abs::mm(0.01);
    let mut curve = Curve::new();
    for (y, row) in qr.runs.iter().enumerate() {
        let (y0, y1) = (
            m * (qr.quiet + y) as f64,
            m * (qr.quiet + y + 1) as f64 + hair,
        );
        for [x, len] in row {
            let (x0, x1) = (m * (qr.quiet + x) as f64, m * (qr.quiet + x + len) as f64);
            curve.move_(Point::new(x0, y0));
            curve.line(Point::new(x1, y0));
            curve.line(Point::new(x1, y1));
            curve.line(Point::new(x0, y1));
            curve.close();
        }
    }
    let black = Color::Process(ProcessColor::Cmyk(Cmyk {
        c: 0.0,
        m: 0.0,
        y: 0.0,
        k: 1.0,
    }));
    FrameItem::Shape(
        Shape {
            geometry: Geometry::Curve(curve),
            fill: Some(Paint::Solid(black)),
            fill_rule: FillRule::NonZero,
            stroke: None,
        },
        typst::syntax::Span::detached(),
    )
}

const PT_PER_MM: f64 = 72.0 / 25.4;

/// Appends an update giving every page with a TrimBox a BleedBox `bleed_mm` beyond it
/// (clipped to the MediaBox). Pages without a TrimBox are left alone. Also returns the PDF
/// as read, with the same BleedBoxes set, for preflight to check without reading it again.
pub fn add_bleed_box(pdf: &[u8], bleed_mm: f64) -> Result<(Vec<u8>, Document), String> {
    let mut doc =
        Document::load_mem(pdf).map_err(|e| format!("cannot read back the print master: {e}"))?;
    let bleed = bleed_mm * PT_PER_MM;
    let mut updated: Vec<(u32, Vec<u8>)> = Vec::new();
    let mut boxes = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).map_err(|e| e.to_string())?;
        let (Some(media), Some(trim)) = (
            rect(&doc, page.get(b"MediaBox").ok()),
            rect(&doc, page.get(b"TrimBox").ok()),
        ) else {
            continue;
        };
        let bleed_box = [
            (trim[0] - bleed).max(media[0]),
            (trim[1] - bleed).max(media[1]),
            (trim[2] + bleed).min(media[2]),
            (trim[3] + bleed).min(media[3]),
        ];
        let Some(XrefEntry::Normal {
            offset,
            generation: 0,
        }) = doc.reference_table.get(id.0)
        else {
            return Err(format!("page object {} is not a plain object", id.0));
        };
        let object = raw_object(pdf, *offset as usize)
            .ok_or_else(|| format!("page object {} unreadable", id.0))?;
        let dict_start = find(object, b"<<").ok_or("page object without a dictionary")?;
        let entry = format!(
            "/BleedBox[{} {} {} {}]",
            num(bleed_box[0]),
            num(bleed_box[1]),
            num(bleed_box[2]),
            num(bleed_box[3])
        );
        let mut new = Vec::with_capacity(object.len() + entry.len());
        new.extend_from_slice(&object[..dict_start + 2]);
        new.extend_from_slice(entry.as_bytes());
        new.extend_from_slice(&object[dict_start + 2..]);
        updated.push((id.0, new));
        boxes.push((id, bleed_box));
    }
    for (id, bleed_box) in boxes {
        let array = bleed_box
            .iter()
            .map(|v| Object::Real(*v as f32))
            .collect::<Vec<_>>();
        doc.get_dictionary_mut(id)
            .map_err(|e| e.to_string())?
            .set("BleedBox", Object::Array(array));
    }
    if updated.is_empty() {
        return Ok((pdf.to_vec(), doc));
    }

    let prev = last_startxref(pdf).ok_or("no startxref")?;
    let trailer = last_trailer(pdf).ok_or("no trailer dictionary")?;
    if find(trailer, b"/Prev").is_some() {
        return Err("the PDF already has incremental updates".into());
    }
    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let mut xref = String::from("xref\n0 1\n0000000000 65535 f\r\n");
    for (id, object) in &updated {
        xref.push_str(&format!("{id} 1\n{:010} 00000 n\r\n", out.len()));
        out.extend_from_slice(object);
        out.push(b'\n');
    }
    let xref_at = out.len();
    out.extend_from_slice(xref.as_bytes());
    out.extend_from_slice(b"trailer\n<</Prev ");
    out.extend_from_slice(prev.to_string().as_bytes());
    out.extend_from_slice(&trailer[2..]);
    out.extend_from_slice(format!("\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    Ok((out, doc))
}

fn rect(doc: &Document, o: Option<&Object>) -> Option<[f64; 4]> {
    let o = match o? {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        o => o,
    };
    let nums: Vec<f64> = o
        .as_array()
        .ok()?
        .iter()
        .filter_map(|n| match n {
            Object::Integer(i) => Some(*i as f64),
            Object::Real(r) => Some(f64::from(*r)),
            _ => None,
        })
        .collect();
    (nums.len() == 4).then(|| [nums[0], nums[1], nums[2], nums[3]])
}

/// A number as PDF writes it: up to 4 decimals, no trailing zeros.
fn num(x: f64) -> String {
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `N G obj … endobj` starting at `offset`.
fn raw_object(pdf: &[u8], offset: usize) -> Option<&[u8]> {
    let rest = pdf.get(offset..)?;
    let end = find(rest, b"endobj")? + b"endobj".len();
    Some(&rest[..end])
}

fn last_startxref(pdf: &[u8]) -> Option<usize> {
    let at = rfind(pdf, b"startxref")? + b"startxref".len();
    let digits: String = pdf[at..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| c.is_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The last trailer's dictionary, `<<` to its matching `>>`.
fn last_trailer(pdf: &[u8]) -> Option<&[u8]> {
    let at = rfind(pdf, b"trailer")? + b"trailer".len();
    let rest = &pdf[at..];
    let start = find(rest, b"<<")?;
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < rest.len() {
        match &rest[i..i + 2] {
            b"<<" => {
                depth += 1;
                i += 2;
            }
            b">>" => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(&rest[start..i]);
                }
            }
            _ => i += 1,
        }
    }
    None
}
