//! Render stage, print masters: typst writes a page's TrimBox when the layout sets a bleed,
//! but no BleedBox. This adds `/BleedBox` (trim + bleed) to every page as a PDF incremental
//! update appended to typst's bytes, so everything typst wrote stays byte-for-byte as it was.

use lopdf::xref::XrefEntry;
use lopdf::{Document, Object};

const PT_PER_MM: f64 = 72.0 / 25.4;

/// Appends an update giving every page with a TrimBox a BleedBox `bleed_mm` beyond it
/// (clipped to the MediaBox). Pages without a TrimBox are left alone.
pub fn add_bleed_box(pdf: &[u8], bleed_mm: f64) -> Result<Vec<u8>, String> {
    let doc =
        Document::load_mem(pdf).map_err(|e| format!("cannot read back the print master: {e}"))?;
    let bleed = bleed_mm * PT_PER_MM;
    let mut updated: Vec<(u32, Vec<u8>)> = Vec::new();
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
    }
    if updated.is_empty() {
        return Ok(pdf.to_vec());
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
    Ok(out)
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
