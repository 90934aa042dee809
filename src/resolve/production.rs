//! Resolve stage, print production: what an edition carries besides its language parts —
//! whether it is a print master (CMYK, bleed, crop marks), its QR codes and the venue's
//! own details. Serialized flat into `/document.json` beside `title`, `lang` and `parts`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::qr::Qr;
use crate::source::venue_details::VenueSite;

/// The UK print norm: 3 mm of background beyond the trim.
pub const BLEED_MM: f64 = 3.0;
/// Media beyond the bleed that holds crop marks, when they are asked for.
pub const SLUG_MM: f64 = 7.0;

/// Print settings and generated assets of one edition.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    pub qr: BTreeMap<String, Qr>,
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
