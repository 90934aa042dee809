//! Resolve stage, print production: what an edition carries besides its language parts —
//! whether it is a print master (CMYK, bleed, crop marks), its QR codes and the venue's
//! own details. Serialized flat into `/document.json` beside `title`, `lang` and `parts`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::render::qr::Qr;
use crate::source::venue_details::VenueSite;

/// The UK print norm: 3 mm of background beyond the trim.
pub const BLEED_MM: f64 = 3.0;
/// Media beyond the bleed that holds crop marks, when they are asked for.
pub const SLUG_MM: f64 = 7.0;

/// Print settings and generated assets of one edition.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Production {
    /// A print master: CMYK colours, bleed, TrimBox/BleedBox; not PDF/UA.
    pub print: bool,
    /// Crop marks outside the bleed (print masters only).
    pub crop_marks: bool,
    /// Bleed on every side, in mm (0 for download PDFs).
    pub bleed_mm: f64,
    /// Media beyond the bleed for crop marks, in mm (0 without marks).
    pub slug_mm: f64,
    /// QR codes keyed by the URL they encode.
    pub qr: BTreeMap<String, Arc<Qr>>,
    /// The venue's own name, phone, address, hours and logo (`--venue-details`).
    pub details: Option<VenueSite>,
}

impl Production {
    /// The same edition as a print master.
    pub fn master(&self, crop_marks: bool) -> Self {
        Self {
            print: true,
            crop_marks,
            bleed_mm: BLEED_MM,
            slug_mm: if crop_marks { SLUG_MM } else { 0.0 },
            ..self.clone()
        }
    }
}

/// As layouts read it: each QR code's size, with its SVG only for a download PDF (a print
/// master's codes are drawn by leafpress), so typst parses no more JSON than it uses.
impl Serialize for Production {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct QrView<'a> {
            text: &'a str,
            modules: usize,
            quiet: usize,
            #[serde(skip_serializing_if = "Option::is_none")]
            svg: Option<&'a str>,
        }
        #[derive(Serialize)]
        struct View<'a> {
            print: bool,
            crop_marks: bool,
            bleed_mm: f64,
            slug_mm: f64,
            qr: BTreeMap<&'a str, QrView<'a>>,
            details: &'a Option<VenueSite>,
        }
        View {
            print: self.print,
            crop_marks: self.crop_marks,
            bleed_mm: self.bleed_mm,
            slug_mm: self.slug_mm,
            qr: self
                .qr
                .iter()
                .map(|(url, q)| {
                    let view = QrView {
                        text: &q.text,
                        modules: q.modules,
                        quiet: q.quiet,
                        svg: (!self.print).then_some(q.svg.as_str()),
                    };
                    (url.as_str(), view)
                })
                .collect(),
            details: &self.details,
        }
        .serialize(serializer)
    }
}
