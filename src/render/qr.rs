//! Render stage: QR codes for the resources' URLs, generated as vectors (the `qrcode`
//! crate). Layouts receive them as data in `/document.json` — an SVG string for the
//! screen/download PDF — and never as typst source. On print masters the layout leaves a
//! white box and leafpress draws the dark modules into it after layout, as one path in
//! 100 % K ([`crate::render::print::draw_qr_codes`]): an SVG would print as RGB black, and
//! drawing a shape per module in typst script cost 25 ms per document. Each URL is encoded
//! once per process.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use qrcode::{EcLevel, QrCode};
use serde::Serialize;

/// Modules of white space required around a QR code (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

/// One QR code as layouts use it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Qr {
    /// What the code encodes (exactly the resource URL from content/).
    pub text: String,
    /// Symbol width in modules, without the quiet zone.
    pub modules: usize,
    /// Quiet zone in modules, on each side.
    pub quiet: usize,
    /// The symbol as SVG, quiet zone included, one user unit per module.
    pub svg: String,
    /// Dark-module runs per row as `[x, length]` pairs (drawn on print masters).
    #[serde(skip)]
    pub runs: Vec<Vec<[usize; 2]>>,
}

/// Encodes `text` at error-correction level M (15 % damage tolerated: fine for print).
pub fn encode(text: &str) -> Result<Qr, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| format!("cannot encode {text:?} as a QR code: {e}"))?;
    let modules = code.width();
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    let colors = code.to_colors();
    let runs: Vec<Vec<[usize; 2]>> = (0..modules)
        .map(|y| {
            let row = &colors[y * modules..(y + 1) * modules];
            let mut runs = Vec::new();
            let mut x = 0;
            while x < modules {
                if row[x] == qrcode::Color::Dark {
                    let start = x;
                    while x < modules && row[x] == qrcode::Color::Dark {
                        x += 1;
                    }
                    runs.push([start, x - start]);
                } else {
                    x += 1;
                }
            }
            runs
        })
        .collect();
    Ok(Qr {
        text: text.to_owned(),
        modules,
        quiet: QUIET_ZONE,
        svg,
        runs,
    })
}

/// QR codes for every URL in `urls`, keyed by the URL (the key layouts look up). A URL
/// encoded before in this process is not encoded again.
pub fn encode_all<'a>(
    urls: impl IntoIterator<Item = &'a str>,
) -> Result<BTreeMap<String, Arc<Qr>>, String> {
    static ENCODED: OnceLock<Mutex<BTreeMap<String, Arc<Qr>>>> = OnceLock::new();
    let cache = ENCODED.get_or_init(Default::default);
    let mut out = BTreeMap::new();
    for url in urls {
        if out.contains_key(url) {
            continue;
        }
        let known = cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(url)
            .cloned();
        let qr = match known {
            Some(qr) => qr,
            None => {
                let qr = Arc::new(encode(url)?);
                cache
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(url.to_owned(), qr.clone());
                qr
            }
        };
        out.insert(url.to_owned(), qr);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_has_quiet_zone_and_runs_cover_the_symbol() {
        let qr = encode("https://stopncii.org/").unwrap();
        let side = qr.modules + 2 * QUIET_ZONE;
        assert!(
            qr.svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")),
            "{}",
            qr.svg
        );
        assert_eq!(qr.runs.len(), qr.modules);
        // The top-left finder pattern: a run of 7 dark modules on the first row.
        assert_eq!(qr.runs[0][0], [0, 7]);
    }
}
