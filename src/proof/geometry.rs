//! Prove stage, geometry: every glyph's ink inside the page's safe area and inside the
//! panel it was laid out in, no line printed over another, no type below the format's
//! smallest size.

use super::facts::Line;
use super::{Finding, Page, Problem, Rect, Rules};

/// How far ink may stray before it is a problem: below what a reader or a guillotine notices.
const TOLERANCE_MM: f64 = 0.1;
/// The safe area is itself a margin for the guillotine's tolerance: a capital's accent or a
/// J's hook may reach a quarter of a millimetre into it, as in any typesetting.
const SAFE_TOLERANCE_MM: f64 = 0.25;

pub fn check(page_no: usize, page: &Page, lines: &[Line], rules: &Rules) -> Vec<Finding> {
    let mut out = Vec::new();
    let safe = page.trim.inset(rules.safe_mm);
    let folds: &[f64] = rules.folds.get(page_no - 1).map_or(&[], Vec::as_slice);
    let run_text = |run: usize| {
        page.runs
            .get(run)
            .map(|r| r.text.clone())
            .unwrap_or_default()
    };
    for g in &page.glyphs {
        if g.text.trim().is_empty() && g.ink.is_none() {
            continue;
        }
        if !g.mark && g.size_pt + 0.05 < rules.min_pt && g.ink.is_some() {
            out.push(Finding {
                page: page_no,
                text: run_text(g.run),
                problem: Problem::TooSmall {
                    size_pt: g.size_pt,
                    min_pt: rules.min_pt,
                },
            });
        }
        let Some(ink) = g.ink else { continue };
        if g.mark {
            continue;
        }
        if let Some((side, by)) = safe.outside(ink) {
            if by > SAFE_TOLERANCE_MM {
                out.push(Finding {
                    page: page_no,
                    text: run_text(g.run),
                    problem: Problem::OffPage {
                        side,
                        by_mm: round(by),
                    },
                });
            }
        }
        for &fold in folds {
            let x = page.trim.x0 + fold;
            // The ink inside the clear band either side of the fold.
            let by = ink.x1.min(x + rules.safe_mm) - ink.x0.max(x - rules.safe_mm);
            if by > SAFE_TOLERANCE_MM {
                out.push(Finding {
                    page: page_no,
                    text: run_text(g.run),
                    problem: Problem::OnFold {
                        fold_mm: fold,
                        clear_mm: rules.safe_mm,
                        by_mm: round(by),
                    },
                });
            }
        }
        if let Some(region) = g.region.and_then(|r| page.regions.get(r)) {
            // A panel holds its lines: across, to each glyph's advance (a J's hook or an
            // italic's overhang may reach past it, as in any typesetting); down, to the
            // baselines (typst sets
            // a first line's cap height at the top and a last line's baseline at the bottom;
            // vowel signs, accents and descenders reach a little beyond, into the margin,
            // where the safe area still holds them).
            let body = Rect::new(g.pen.0, g.baseline, g.pen.1, g.baseline);
            let held = if region.opaque { ink } else { body };
            if let Some((side, by)) = region.rect.outside(held) {
                if by > TOLERANCE_MM {
                    out.push(Finding {
                        page: page_no,
                        text: run_text(g.run),
                        problem: Problem::OutOfPanel {
                            panel: region.name.clone(),
                            side,
                            by_mm: round(by),
                        },
                    });
                }
            }
        }
    }
    out.extend(overprints(page_no, page, lines));
    out.extend(under_bands(page_no, page));
    out
}

/// Text covered by a filled box drawn over the page (the draft band), other than its own.
fn under_bands(page_no: usize, page: &Page) -> Vec<Finding> {
    let mut out = Vec::new();
    for (r, band) in page.regions.iter().enumerate().filter(|(_, b)| b.opaque) {
        for g in page
            .glyphs
            .iter()
            .filter(|g| !g.mark && g.region != Some(r))
        {
            let Some(ink) = g.ink else { continue };
            let by = band.rect.overlap(ink);
            if by > TOLERANCE_MM {
                out.push(Finding {
                    page: page_no,
                    text: page
                        .runs
                        .get(g.run)
                        .map(|r| r.text.clone())
                        .unwrap_or_default(),
                    problem: Problem::Overprint {
                        other: band.name.clone(),
                        by_mm: round(by),
                    },
                });
            }
        }
    }
    out
}

/// Glyphs of one line whose ink lies over glyphs of another line.
fn overprints(page_no: usize, page: &Page, lines: &[Line]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut order: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].ink.is_some())
        .collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (
            lines[a].ink.expect("filtered"),
            lines[b].ink.expect("filtered"),
        );
        a.y0.total_cmp(&b.y0)
    });
    for (k, &a) in order.iter().enumerate() {
        let ra = lines[a].ink.expect("filtered");
        for &b in &order[k + 1..] {
            let rb = lines[b].ink.expect("filtered");
            if rb.y0 >= ra.y1 {
                break;
            }
            if ra.overlap(rb) <= TOLERANCE_MM {
                continue;
            }
            let mut worst = 0.0_f64;
            let mut at = None;
            for &i in &lines[a].glyphs {
                let Some(gi) = page.glyphs[i].ink else {
                    continue;
                };
                for &j in &lines[b].glyphs {
                    let Some(gj) = page.glyphs[j].ink else {
                        continue;
                    };
                    let mut o = gi.overlap(gj);
                    if o > TOLERANCE_MM {
                        o = inked_overlap(&page.glyphs[i], &page.glyphs[j], gi, gj).unwrap_or(o);
                    }
                    if o > worst {
                        worst = o;
                        at = Some((i, j));
                    }
                }
            }
            if let Some((i, j)) = at.filter(|_| worst > TOLERANCE_MM) {
                let text = |g: usize| {
                    page.runs
                        .get(page.glyphs[g].run)
                        .map(|r| r.text.clone())
                        .unwrap_or_default()
                };
                // The lower line is the one printed over the other.
                let (upper, lower) = if page.glyphs[i].baseline <= page.glyphs[j].baseline {
                    (i, j)
                } else {
                    (j, i)
                };
                out.push(Finding {
                    page: page_no,
                    text: text(lower),
                    problem: Problem::Overprint {
                        other: text(upper),
                        by_mm: round(worst),
                    },
                });
            }
        }
    }
    out
}

/// Where two glyphs' boxes meet and both outlines are known: the larger side of the area
/// that both actually ink, sampled every 0.04 mm (0 when the ink does not touch).
fn inked_overlap(
    a: &super::Glyph,
    b: &super::Glyph,
    ra: super::Rect,
    rb: super::Rect,
) -> Option<f64> {
    const STEP: f64 = 0.04;
    let (oa, ob) = (a.outline.as_ref()?, b.outline.as_ref()?);
    let (x0, x1) = (ra.x0.max(rb.x0), ra.x1.min(rb.x1));
    let (y0, y1) = (ra.y0.max(rb.y0), ra.y1.min(rb.y1));
    let mut both: Option<super::Rect> = None;
    let mut y = y0 + STEP / 2.0;
    while y < y1 {
        let mut x = x0 + STEP / 2.0;
        while x < x1 {
            if oa.inks(x, y) && ob.inks(x, y) {
                let cell = super::Rect::new(
                    x - STEP / 2.0,
                    y - STEP / 2.0,
                    x + STEP / 2.0,
                    y + STEP / 2.0,
                );
                both = Some(both.map_or(cell, |r| r.union(cell)));
            }
            x += STEP;
        }
        y += STEP;
    }
    Some(both.map_or(0.0, |r| (r.x1 - r.x0).max(r.y1 - r.y0)))
}

fn round(mm: f64) -> f64 {
    (mm * 10.0).ceil() / 10.0
}

#[cfg(test)]
mod tests {
    use super::super::{facts, Glyph, Rect, Region, Run};
    use super::*;

    fn glyph(x: f64, baseline: f64, region: Option<usize>) -> Glyph {
        Glyph {
            pen: (x, x + 2.0),
            baseline,
            ink: Some(Rect::new(x, baseline - 2.5, x + 1.8, baseline + 0.6)),
            size_pt: 8.0,
            text: "a".into(),
            run: 0,
            region,
            mark: false,
            rotated: false,
            outline: None,
        }
    }

    fn page(glyphs: Vec<Glyph>) -> Page {
        Page {
            trim: Rect::new(0.0, 0.0, 85.0, 55.0),
            glyphs,
            runs: vec![Run { text: "a".into() }],
            regions: vec![Region {
                name: "back".into(),
                rect: Rect::new(5.0, 5.0, 80.0, 50.0),
                opaque: false,
            }],
        }
    }

    fn prove(p: &Page) -> Vec<Finding> {
        let rules = Rules {
            safe_mm: 5.0,
            min_pt: 6.0,
            folds: Vec::new(),
        };
        check(1, p, &facts::lines(p), &rules)
    }

    #[test]
    fn text_inside_everything_passes() {
        assert!(prove(&page(vec![
            glyph(10.0, 10.0, Some(0)),
            glyph(10.0, 15.0, Some(0))
        ]))
        .is_empty());
    }

    #[test]
    fn text_below_the_card_is_off_the_page_and_out_of_its_panel() {
        let found = prove(&page(vec![glyph(10.0, 54.0, Some(0))]));
        assert!(
            found
                .iter()
                .any(|f| matches!(f.problem, Problem::OffPage { .. })),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| matches!(f.problem, Problem::OutOfPanel { .. })),
            "{found:?}"
        );
    }

    #[test]
    fn two_lines_drawn_into_each_other_overprint() {
        let found = prove(&page(vec![
            glyph(10.0, 10.0, None),
            glyph(10.5, 11.5, None),
        ]));
        assert!(
            matches!(
                found[..],
                [Finding {
                    problem: Problem::Overprint { .. },
                    ..
                }]
            ),
            "{found:?}"
        );
    }

    #[test]
    fn text_near_a_fold_is_reported_and_text_clear_of_it_passes() {
        let rules = |folds: Vec<Vec<f64>>| Rules {
            safe_mm: 5.0,
            min_pt: 6.0,
            folds,
        };
        // Ink from 40.0 to 41.8 mm: 3.2 mm left of a fold at 45, 1.8 mm into its clear band.
        let p = page(vec![glyph(40.0, 10.0, Some(0))]);
        let found = check(1, &p, &facts::lines(&p), &rules(vec![vec![45.0]]));
        assert!(
            matches!(
                found[..],
                [Finding {
                    problem: Problem::OnFold { fold_mm, by_mm, .. },
                    ..
                }] if fold_mm == 45.0 && (by_mm - 1.8).abs() < 0.05
            ),
            "{found:?}"
        );
        // The same glyph with the fold at 47 mm (5.2 mm clear), on another page, or none.
        for folds in [vec![vec![47.0]], vec![vec![], vec![45.0]], vec![]] {
            assert!(check(1, &p, &facts::lines(&p), &rules(folds)).is_empty());
        }
    }

    #[test]
    fn a_watermark_across_text_is_exempt() {
        let mut mark = glyph(10.5, 11.5, None);
        mark.mark = true;
        assert!(prove(&page(vec![glyph(10.0, 10.0, None), mark])).is_empty());
    }

    #[test]
    fn small_type_is_reported() {
        let mut g = glyph(10.0, 10.0, None);
        g.size_pt = 5.0;
        assert!(matches!(
            prove(&page(vec![g]))[..],
            [Finding {
                problem: Problem::TooSmall { .. },
                ..
            }]
        ));
    }
}
