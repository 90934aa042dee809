//! Prove stage, reader two: glyphs read back from a finished PDF (`leafpress preflight` on
//! files from elsewhere). A PDF keeps each glyph's slot on its baseline but not its ink, so
//! the ink is taken as the slot up to 0.68 em above the baseline (below the height of
//! capitals and accents): what this reader reports is certainly wrong on the page, though it
//! can miss a collision of tall marks that the frames reader sees. Panels are not known here.

use super::{Glyph, Page, Rect, Run};
use crate::inspect::PdfGlyphPage;

const PT_MM: f64 = 25.4 / 72.0;

/// Every page of a finished PDF, as the proof reads it.
pub fn read(bytes: &[u8]) -> Result<Vec<Page>, String> {
    Ok(crate::inspect::glyphs(bytes)?.iter().map(page).collect())
}

fn page(p: &PdfGlyphPage) -> Page {
    let mut runs: Vec<Run> = Vec::new();
    let mut run_ids = std::collections::HashMap::new();
    let mut glyphs = Vec::with_capacity(p.glyphs.len());
    for g in &p.glyphs {
        let run = *run_ids.entry(g.run).or_insert_with(|| {
            runs.push(Run {
                text: String::new(),
            });
            runs.len() - 1
        });
        runs[run].text.push_str(&g.text);
        let visible = g.text.chars().any(|c| !c.is_whitespace());
        let core = 0.68 * g.size_pt * PT_MM;
        glyphs.push(Glyph {
            pen: (g.x0_mm, g.x1_mm),
            baseline: g.baseline_mm,
            ink: (visible && g.x1_mm > g.x0_mm)
                .then(|| Rect::new(g.x0_mm, g.baseline_mm - core, g.x1_mm, g.baseline_mm)),
            size_pt: g.size_pt,
            text: g.text.clone(),
            run,
            region: None,
            // The only slanted text leafpress sets is the draft watermark.
            mark: g.rotated,
            rotated: g.rotated,
            outline: None,
        });
    }
    Page {
        trim: Rect::new(0.0, 0.0, p.trim_mm.0, p.trim_mm.1),
        glyphs,
        runs,
        regions: Vec::new(),
    }
}
