//! Read-back: opens a finished PDF (lopdf) and reports what a reader and a printer get —
//! page sizes in mm, the text layer, title, language, PDF/UA claim, tagging, embedded fonts.
//! Used by the tests and, later, by `preflight`.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

/// What a PDF declares and contains.
#[derive(Debug, Clone)]
pub struct PdfInfo {
    pub pages: Vec<PageInfo>,
    pub title: Option<String>,
    pub lang: Option<String>,
    /// `pdfuaid:part` = 1 in the XMP metadata.
    pub pdf_ua: bool,
    /// `/MarkInfo << /Marked true >>` and a structure tree.
    pub tagged: bool,
    /// `/ViewerPreferences /Direction`, e.g. `R2L`.
    pub direction: Option<String>,
    pub fonts: Vec<FontInfo>,
    /// Every /Lang declared on a structure element (per-block languages).
    pub block_langs: std::collections::BTreeSet<String>,
}

#[derive(Debug, Clone)]
pub struct PageInfo {
    /// MediaBox width × height in millimetres.
    pub size_mm: (f64, f64),
    pub trim_mm: Option<[f64; 4]>,
    pub bleed_mm: Option<[f64; 4]>,
    /// The page's text, one line per visual line (runs on one baseline joined).
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct FontInfo {
    pub name: String,
    pub embedded: bool,
}

impl PdfInfo {
    /// All pages' text.
    pub fn text(&self) -> String {
        self.pages
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Removes all whitespace, so text broken across lines (long URLs) can still be matched.
pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

const PT_PER_MM: f64 = 72.0 / 25.4;

/// Reads a PDF from bytes.
pub fn inspect(bytes: &[u8]) -> Result<PdfInfo, String> {
    read(bytes, true)
}

/// Like [`inspect`] without the pages' text (a tenth of the time): what preflight needs.
pub fn inspect_structure(bytes: &[u8]) -> Result<PdfInfo, String> {
    read(bytes, false)
}

fn read(bytes: &[u8], with_text: bool) -> Result<PdfInfo, String> {
    let doc = Document::load_mem(bytes).map_err(|e| format!("not a readable PDF: {e}"))?;
    read_document(&doc, with_text)
}

/// Like [`inspect_structure`], for a PDF already parsed (the build's print masters are
/// parsed once, to add their BleedBox, and checked from that).
pub fn structure_of(doc: &Document) -> Result<PdfInfo, String> {
    read_document(doc, false)
}

fn read_document(doc: &Document, with_text: bool) -> Result<PdfInfo, String> {
    let catalog = doc.catalog().map_err(|e| format!("no catalog: {e}"))?;

    let lang = catalog.get(b"Lang").ok().and_then(|o| pdf_string(&doc, o));
    let tagged = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|o| deref_dict(&doc, o))
        .and_then(|d| d.get(b"Marked").ok().and_then(|m| m.as_bool().ok()))
        .unwrap_or(false)
        && catalog.has(b"StructTreeRoot");
    let direction = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(|o| deref_dict(&doc, o))
        .and_then(|d| d.get(b"Direction").ok().and_then(|n| n.as_name().ok()))
        .map(|n| String::from_utf8_lossy(n).into_owned());
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|id| doc.get_object(id).ok())
        .and_then(|o| o.as_stream().ok())
        .map(|s| {
            let mut s = s.clone();
            let _ = s.decompress();
            String::from_utf8_lossy(&s.content).into_owned()
        })
        .unwrap_or_default();
    let pdf_ua =
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains("pdfuaid:part=\"1\"");
    let title = info_title(&doc).or_else(|| xmp_title(&xmp));

    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).map_err(|e| e.to_string())?;
        let media = page_box(&doc, page, b"MediaBox").ok_or("page without MediaBox")?;
        let size_mm = (
            (media[2] - media[0]) / PT_PER_MM,
            (media[3] - media[1]) / PT_PER_MM,
        );
        let to_mm = |b: [f64; 4]| b.map(|v| v / PT_PER_MM);
        pages.push(PageInfo {
            size_mm,
            trim_mm: page_box(&doc, page, b"TrimBox").map(to_mm),
            bleed_mm: page_box(&doc, page, b"BleedBox").map(to_mm),
            text: if with_text {
                page_text(&doc, page_id)
            } else {
                String::new()
            },
        });
    }

    let mut block_langs = std::collections::BTreeSet::new();
    for object in doc.objects.values() {
        if let Ok(dict) = object.as_dict() {
            if dict.has(b"S") {
                if let Some(lang) = dict.get(b"Lang").ok().and_then(|o| pdf_string(&doc, o)) {
                    block_langs.insert(lang);
                }
            }
        }
    }
    let mut fonts = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor".as_slice()) {
            continue;
        }
        let name = dict
            .get(b"FontName")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = dict.has(b"FontFile") || dict.has(b"FontFile2") || dict.has(b"FontFile3");
        fonts.push(FontInfo { name, embedded });
    }
    Ok(PdfInfo {
        pages,
        title,
        lang,
        pdf_ua,
        tagged,
        direction,
        fonts,
        block_langs,
    })
}

fn deref_dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

fn pdf_string(doc: &Document, o: &Object) -> Option<String> {
    match deref(doc, o) {
        Object::String(bytes, _) => Some(decode_text_string(bytes)),
        _ => None,
    }
}

/// PDF text strings are PDFDocEncoding or UTF-16BE with a BOM.
fn decode_text_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

fn info_title(doc: &Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = deref_dict(doc, info)?;
    pdf_string(doc, info.get(b"Title").ok()?)
}

fn xmp_title(xmp: &str) -> Option<String> {
    let start = xmp.find("<dc:title>")?;
    let rest = &xmp[start..];
    let li = rest.find("<rdf:li")?;
    let open_end = rest[li..].find('>')? + li + 1;
    let close = rest[open_end..].find("</rdf:li>")? + open_end;
    Some(rest[open_end..close].to_owned())
}

fn page_box(doc: &Document, page: &Dictionary, key: &[u8]) -> Option<[f64; 4]> {
    let arr = deref(doc, page.get(key).ok()?).as_array().ok()?;
    let nums: Vec<f64> = arr.iter().filter_map(|o| number(deref(doc, o))).collect();
    (nums.len() == 4).then(|| [nums[0], nums[1], nums[2], nums[3]])
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// A font's code → text map from its ToUnicode CMap, and its code width in bytes.
struct FontMap {
    map: HashMap<u32, String>,
    two_byte: bool,
}

fn font_map(doc: &Document, font: &Dictionary) -> FontMap {
    let two_byte = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0".as_slice());
    let mut map = HashMap::new();
    let cmap = font
        .get(b"ToUnicode")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|id| doc.get_object(id).ok())
        .and_then(|o| o.as_stream().ok());
    if let Some(stream) = cmap {
        let mut stream = stream.clone();
        let _ = stream.decompress();
        parse_cmap(&String::from_utf8_lossy(&stream.content), &mut map);
    }
    FontMap { map, two_byte }
}

fn parse_cmap(text: &str, map: &mut HashMap<u32, String>) {
    let hex_tokens = |line: &str| -> Vec<String> {
        line.split('<')
            .skip(1)
            .filter_map(|t| t.split('>').next())
            .map(str::to_owned)
            .collect()
    };
    let utf16 = |hex: &str| -> String {
        let units: Vec<u16> = (0..hex.len() / 4)
            .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
            .collect();
        String::from_utf16_lossy(&units)
    };
    let mut mode = "";
    for line in text.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") {
            mode = "char";
        } else if line.ends_with("beginbfrange") {
            mode = "range";
        } else if line.starts_with("endbf") {
            mode = "";
        } else if mode == "char" {
            let t = hex_tokens(line);
            if t.len() == 2 {
                if let Ok(code) = u32::from_str_radix(&t[0], 16) {
                    map.insert(code, utf16(&t[1]));
                }
            }
        } else if mode == "range" {
            let t = hex_tokens(line);
            if t.len() == 3 {
                if let (Ok(lo), Ok(hi), Ok(base)) = (
                    u32::from_str_radix(&t[0], 16),
                    u32::from_str_radix(&t[1], 16),
                    u32::from_str_radix(&t[2], 16),
                ) {
                    for (i, code) in (lo..=hi).enumerate() {
                        if let Some(c) = char::from_u32(base + i as u32) {
                            map.insert(code, c.to_string());
                        }
                    }
                }
            }
        }
    }
}

/// The page's text: runs drawn on the same baseline are joined; a new baseline starts a line.
/// A page's fonts (resource name → ToUnicode map) and its decoded content stream.
fn page_content(
    doc: &Document,
    page_id: lopdf::ObjectId,
) -> Option<(HashMap<Vec<u8>, FontMap>, Content)> {
    let fonts = doc
        .get_page_fonts(page_id)
        .map(|fonts| {
            fonts
                .into_iter()
                .map(|(name, dict)| (name, font_map(doc, dict)))
                .collect()
        })
        .unwrap_or_default();
    let content = Content::decode(&doc.get_page_content(page_id).ok()?).ok()?;
    Some((fonts, content))
}

fn page_text(doc: &Document, page_id: lopdf::ObjectId) -> String {
    let Some((fonts, content)) = page_content(doc, page_id) else {
        return String::new();
    };
    let mut out = String::new();
    let mut font: Option<&FontMap> = None;
    let mut size = 10.0;
    let mut last_y: Option<f64> = None;
    let mut y = 0.0;
    // Marked-content stack: `Some(text)` where a span carries /ActualText (typst writes it
    // for glyphs whose text the ToUnicode map cannot give, e.g. Arabic contextual forms).
    let mut marked: Vec<Option<String>> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "cm" => {
                if let Some(f) = op.operands.get(5).and_then(number) {
                    y = f;
                }
            }
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|n| fonts.get(n));
                size = op.operands.get(1).and_then(number).unwrap_or(size);
            }
            "BDC" => {
                let actual = op
                    .operands
                    .get(1)
                    .and_then(|o| deref_dict(doc, o))
                    .and_then(|d| d.get(b"ActualText").ok())
                    .and_then(|t| pdf_string(doc, t));
                marked.push(actual);
            }
            "BMC" => marked.push(None),
            "EMC" => {
                if let Some(Some(text)) = marked.pop() {
                    out.push_str(&text);
                }
            }
            "Tj" | "TJ" | "'" | "\"" => {
                // Marks and raised glyphs shift a little; a new line moves by most of a line.
                if last_y.is_some_and(|ly: f64| (ly - y).abs() > 0.6 * size) {
                    out.push('\n');
                }
                last_y = Some(y);
                if marked.iter().any(Option::is_some) {
                    continue;
                }
                let Some(fm) = font else { continue };
                for operand in &op.operands {
                    let strings: Vec<&Object> = match operand {
                        Object::Array(items) => items.iter().collect(),
                        other => vec![other],
                    };
                    for s in strings {
                        if let Object::String(bytes, _) = s {
                            decode_run(fm, bytes, &mut out);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn decode_run(font: &FontMap, bytes: &[u8], out: &mut String) {
    let codes: Vec<u32> = if font.two_byte {
        bytes
            .chunks(2)
            .map(|c| (u32::from(c[0]) << 8) | u32::from(*c.get(1).unwrap_or(&0)))
            .collect()
    } else {
        bytes.iter().map(|&b| u32::from(b)).collect()
    };
    for code in codes {
        match font.map.get(&code) {
            Some(text) => out.push_str(text),
            None => out.push('\u{FFFD}'),
        }
    }
}

/// A run of text as drawn on a page: where it starts, at what size, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Start of the baseline, in mm from the MediaBox's left edge.
    pub x_mm: f64,
    /// Baseline, in mm from the MediaBox's top edge.
    pub y_mm: f64,
    /// Font size as printed (the `Tf` size scaled by the current transformation), in pt.
    pub size_pt: f64,
    pub text: String,
}

/// Every page's text runs with their positions and sizes (for checks of layout geometry:
/// card positions on a sheet, text kept clear of the trim, large-print sizes).
pub fn text_runs(bytes: &[u8]) -> Result<Vec<Vec<TextRun>>, String> {
    let doc = Document::load_mem(bytes).map_err(|e| format!("not a readable PDF: {e}"))?;
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).map_err(|e| e.to_string())?;
        let media = page_box(&doc, page, b"MediaBox").ok_or("page without MediaBox")?;
        pages.push(page_runs(&doc, page_id, media));
    }
    Ok(pages)
}

type Matrix = [f64; 6];

fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

/// The graphics and text state a content stream's operators move: the transformation
/// (`q`/`Q`/`cm`), the text matrix (`BT`/`Tm`/`Td`) and the font size (`Tf`).
struct TextState {
    ctm: Matrix,
    stack: Vec<Matrix>,
    tm: Matrix,
    size: f64,
}

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

impl TextState {
    fn new() -> Self {
        Self {
            ctm: IDENTITY,
            stack: Vec::new(),
            tm: IDENTITY,
            size: 10.0,
        }
    }

    /// Applies a state operator; false for any other operator.
    fn track(&mut self, op: &lopdf::content::Operation) -> bool {
        let matrix = |ops: &[Object]| -> Option<Matrix> {
            let n: Vec<f64> = ops.iter().filter_map(number).collect();
            (n.len() == 6).then(|| [n[0], n[1], n[2], n[3], n[4], n[5]])
        };
        match op.operator.as_str() {
            "q" => self.stack.push(self.ctm),
            "Q" => self.ctm = self.stack.pop().unwrap_or(IDENTITY),
            "cm" => {
                if let Some(m) = matrix(&op.operands) {
                    self.ctm = multiply(&m, &self.ctm);
                }
            }
            "BT" => self.tm = IDENTITY,
            "Tm" => {
                if let Some(m) = matrix(&op.operands) {
                    self.tm = m;
                }
            }
            "Td" | "TD" => {
                let n: Vec<f64> = op.operands.iter().filter_map(number).collect();
                if n.len() == 2 {
                    self.tm = multiply(&[1.0, 0.0, 0.0, 1.0, n[0], n[1]], &self.tm);
                }
            }
            _ => return false,
        }
        true
    }

    /// The size a `Tf` sets.
    fn font_size(&mut self, op: &lopdf::content::Operation) {
        self.size = op.operands.get(1).and_then(number).unwrap_or(self.size);
    }
}

fn page_runs(doc: &Document, page_id: lopdf::ObjectId, media: [f64; 4]) -> Vec<TextRun> {
    let Some((fonts, content)) = page_content(doc, page_id) else {
        return Vec::new();
    };
    let mut state = TextState::new();
    let mut font: Option<&FontMap> = None;
    let mut runs = Vec::new();
    for op in &content.operations {
        if state.track(op) {
            continue;
        }
        match op.operator.as_str() {
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|n| fonts.get(n));
                state.font_size(op);
            }
            "Tj" | "TJ" | "'" | "\"" => {
                let Some(fm) = font else { continue };
                let mut text = String::new();
                for operand in &op.operands {
                    let strings: Vec<&Object> = match operand {
                        Object::Array(items) => items.iter().collect(),
                        other => vec![other],
                    };
                    for s in strings {
                        if let Object::String(bytes, _) = s {
                            decode_run(fm, bytes, &mut text);
                        }
                    }
                }
                let m = multiply(&state.tm, &state.ctm);
                let scale = (m[0] * m[3] - m[1] * m[2]).abs().sqrt();
                runs.push(TextRun {
                    x_mm: (m[4] - media[0]) / PT_PER_MM,
                    y_mm: (media[3] - m[5]) / PT_PER_MM,
                    size_pt: state.size * scale,
                    text,
                });
            }
            _ => {}
        }
    }
    runs
}

/// One glyph as a finished PDF draws it: its slot on the baseline (from the font's widths),
/// its size and the text its code maps to. Positions in mm from the TrimBox's top-left
/// corner (the MediaBox's when there is none).
#[derive(Debug, Clone, PartialEq)]
pub struct PdfGlyph {
    pub x0_mm: f64,
    pub x1_mm: f64,
    pub baseline_mm: f64,
    pub size_pt: f64,
    /// Drawn along a slant (a rotated watermark).
    pub rotated: bool,
    /// The index of the `Tj`/`TJ` run it was drawn by, within its page.
    pub run: usize,
    pub text: String,
}

/// A page's glyphs and its trim size in mm.
#[derive(Debug, Clone)]
pub struct PdfGlyphPage {
    pub trim_mm: (f64, f64),
    pub glyphs: Vec<PdfGlyph>,
}

/// Every page's glyphs, each placed by the font's advance widths and the `TJ` adjustments
/// (the proof stage's second reader: `leafpress preflight` on files it did not make).
pub fn glyphs(bytes: &[u8]) -> Result<Vec<PdfGlyphPage>, String> {
    let doc = Document::load_mem(bytes).map_err(|e| format!("not a readable PDF: {e}"))?;
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).map_err(|e| e.to_string())?;
        let media = page_box(&doc, page, b"MediaBox").ok_or("page without MediaBox")?;
        let trim = page_box(&doc, page, b"TrimBox").unwrap_or(media);
        let widths: HashMap<Vec<u8>, Widths> = doc
            .get_page_fonts(page_id)
            .map(|fonts| {
                fonts
                    .into_iter()
                    .map(|(name, dict)| (name, widths_of(&doc, dict)))
                    .collect()
            })
            .unwrap_or_default();
        let glyphs = page_content(&doc, page_id)
            .map(|(fonts, content)| page_glyphs(&fonts, &widths, &content, trim))
            .unwrap_or_default();
        pages.push(PdfGlyphPage {
            trim_mm: (
                (trim[2] - trim[0]) / PT_PER_MM,
                (trim[3] - trim[1]) / PT_PER_MM,
            ),
            glyphs,
        });
    }
    Ok(pages)
}

/// A font's advance widths in thousandths of an em, by character code.
#[derive(Default)]
struct Widths {
    by_code: HashMap<u32, f64>,
    default: f64,
}

fn widths_of(doc: &Document, font: &Dictionary) -> Widths {
    let mut out = Widths {
        by_code: HashMap::new(),
        default: 1000.0,
    };
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| deref_dict(doc, o));
    if let Some(cid) = descendant {
        if let Some(dw) = cid.get(b"DW").ok().and_then(number) {
            out.default = dw;
        }
        // /W [c [w1 w2 …] c_first c_last w …]
        if let Some(w) = cid
            .get(b"W")
            .ok()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_array().ok())
        {
            let mut i = 0;
            while i < w.len() {
                let Some(first) = number(deref(doc, &w[i])) else {
                    break;
                };
                match w.get(i + 1).map(|o| deref(doc, o)) {
                    Some(Object::Array(list)) => {
                        for (k, v) in list.iter().enumerate() {
                            if let Some(v) = number(deref(doc, v)) {
                                out.by_code.insert(first as u32 + k as u32, v);
                            }
                        }
                        i += 2;
                    }
                    Some(last) => {
                        let (Some(last), Some(v)) = (
                            number(last),
                            w.get(i + 2).and_then(|o| number(deref(doc, o))),
                        ) else {
                            break;
                        };
                        for c in first as u32..=last as u32 {
                            out.by_code.insert(c, v);
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
        }
    } else if let (Some(first), Ok(list)) = (
        font.get(b"FirstChar").ok().and_then(number),
        font.get(b"Widths")
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_array()),
    ) {
        for (k, v) in list.iter().enumerate() {
            if let Some(v) = number(deref(doc, v)) {
                out.by_code.insert(first as u32 + k as u32, v);
            }
        }
    }
    out
}

fn page_glyphs(
    fonts: &HashMap<Vec<u8>, FontMap>,
    widths: &HashMap<Vec<u8>, Widths>,
    content: &Content,
    trim: [f64; 4],
) -> Vec<PdfGlyph> {
    let mut state = TextState::new();
    let mut font: Option<(&FontMap, &Widths)> = None;
    let mut out = Vec::new();
    let mut run = 0;
    for op in &content.operations {
        if state.track(op) {
            continue;
        }
        let size = state.size;
        match op.operator.as_str() {
            "Tf" => {
                let name = op.operands.first().and_then(|o| o.as_name().ok());
                font = name.and_then(|n| Some((fonts.get(n)?, widths.get(n)?)));
                state.font_size(op);
            }
            "Tj" | "TJ" => {
                let Some((fm, fw)) = font else { continue };
                run += 1;
                let items: Vec<&Object> = match op.operands.first() {
                    Some(Object::Array(items)) => items.iter().collect(),
                    Some(other) => vec![other],
                    None => continue,
                };
                for item in items {
                    match item {
                        Object::String(bytes, _) => {
                            let codes: Vec<u32> = if fm.two_byte {
                                bytes
                                    .chunks(2)
                                    .map(|c| {
                                        (u32::from(c[0]) << 8) | u32::from(*c.get(1).unwrap_or(&0))
                                    })
                                    .collect()
                            } else {
                                bytes.iter().map(|&b| u32::from(b)).collect()
                            };
                            for code in codes {
                                let w = fw.by_code.get(&code).copied().unwrap_or(fw.default)
                                    / 1000.0
                                    * size;
                                let m0 = multiply(&state.tm, &state.ctm);
                                let next = multiply(&[1.0, 0.0, 0.0, 1.0, w, 0.0], &state.tm);
                                let m1 = multiply(&next, &state.ctm);
                                let scale = (m0[0] * m0[3] - m0[1] * m0[2]).abs().sqrt();
                                out.push(PdfGlyph {
                                    x0_mm: (m0[4].min(m1[4]) - trim[0]) / PT_PER_MM,
                                    x1_mm: (m0[4].max(m1[4]) - trim[0]) / PT_PER_MM,
                                    baseline_mm: (trim[3] - m0[5]) / PT_PER_MM,
                                    size_pt: size * scale,
                                    rotated: m0[1].abs() > 1e-6 || m0[2].abs() > 1e-6,
                                    run,
                                    text: fm.map.get(&code).cloned().unwrap_or_default(),
                                });
                                state.tm = next;
                            }
                        }
                        other => {
                            if let Some(n) = number(other) {
                                state.tm = multiply(
                                    &[1.0, 0.0, 0.0, 1.0, -n / 1000.0 * size, 0.0],
                                    &state.tm,
                                );
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}
