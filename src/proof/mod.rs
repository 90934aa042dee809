//! Prove stage: what a reader will see, checked before anything is written. Every glyph of
//! a laid-out output (read from typst's frames, or from a finished PDF by `preflight`) is
//! placed on its page; the proof then checks that the text stays inside the page's safe
//! area and its panel, that no line overprints another, that no text is smaller than the
//! format allows, and that every fact (phone number, web address, venue detail) reads in
//! visual order exactly as in `content/` — right-to-left editions included.
//!
//! One model, two readers: [`frames`] (the build, `check`, the preview) and [`pdf`]
//! (`preflight` on received files). The checks never see where the glyphs came from.

pub mod facts;
pub mod frames;
pub mod geometry;
pub mod pdf;

use std::fmt;

/// An axis-aligned box in millimetres, y growing downwards from the page's top-left corner
/// (the trim's corner on a print master).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Self { x0, y0, x1, y1 }
    }

    /// The same box with every side moved inwards by `by` mm.
    pub fn inset(self, by: f64) -> Self {
        Self::new(self.x0 + by, self.y0 + by, self.x1 - by, self.y1 - by)
    }

    pub fn union(self, other: Rect) -> Self {
        Self::new(
            self.x0.min(other.x0),
            self.y0.min(other.y0),
            self.x1.max(other.x1),
            self.y1.max(other.y1),
        )
    }

    /// How far the boxes reach into each other on both axes (≤ 0 when they do not meet).
    pub fn overlap(self, other: Rect) -> f64 {
        let x = self.x1.min(other.x1) - self.x0.max(other.x0);
        let y = self.y1.min(other.y1) - self.y0.max(other.y0);
        x.min(y)
    }

    /// How far `inner` reaches outside `self` (0 when it is inside), and on which side.
    pub fn outside(self, inner: Rect) -> Option<(Side, f64)> {
        [
            (Side::Left, self.x0 - inner.x0),
            (Side::Top, self.y0 - inner.y0),
            (Side::Right, inner.x1 - self.x1),
            (Side::Bottom, inner.y1 - self.y1),
        ]
        .into_iter()
        .filter(|(_, by)| *by > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
    }
}

/// A side of a box, for reports ("runs 2.1 mm past the bottom").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Top,
    Right,
    Bottom,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Left => "left",
            Side::Top => "top",
            Side::Right => "right",
            Side::Bottom => "bottom",
        })
    }
}

/// One glyph as drawn.
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Where the pen stood and where it went: the glyph's slot on its line (left to right).
    pub pen: (f64, f64),
    /// The baseline's y.
    pub baseline: f64,
    /// The ink's bounding box; `None` for a glyph that draws nothing (a space).
    pub ink: Option<Rect>,
    /// Font size as printed, in pt.
    pub size_pt: f64,
    /// The characters this glyph stands for (empty for a later glyph of the same cluster).
    pub text: String,
    /// The run (a stretch of text shaped together: one direction, one font) it belongs to.
    pub run: usize,
    /// The panel or region it was laid out in, an index into [`Page::regions`].
    pub region: Option<usize>,
    /// A mark set across text on purpose (the draft watermark): exempt from the overlap
    /// check, and not part of any line.
    pub mark: bool,
    /// Set along a slant (rotated): not part of any line.
    pub rotated: bool,
    /// The glyph's outline, when the reader knows it: two glyphs whose boxes meet collide
    /// only if their outlines do (Nastaliq's diagonal strokes fill little of their boxes).
    pub outline: Option<Placed>,
}

/// A glyph outline in em units (y up), placed at `origin` (mm, the pen on the baseline)
/// at `em_mm` millimetres to the em.
#[derive(Debug, Clone)]
pub struct Placed {
    pub outline: std::sync::Arc<Outline>,
    pub origin: (f64, f64),
    pub em_mm: f64,
}

/// A glyph's contours flattened to line segments `(x0, y0, x1, y1)`, in em units.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub segments: Vec<[f32; 4]>,
}

impl Outline {
    /// Whether the point (in em units) is inside the outline (non-zero winding).
    pub fn contains(&self, x: f32, y: f32) -> bool {
        let mut winding = 0;
        for &[x0, y0, x1, y1] in &self.segments {
            if (y0 <= y) != (y1 <= y) {
                let t = (y - y0) / (y1 - y0);
                if x < x0 + t * (x1 - x0) {
                    winding += if y1 > y0 { 1 } else { -1 };
                }
            }
        }
        winding != 0
    }
}

impl Placed {
    /// Whether the page point `(x, y)` in mm is inked by this glyph.
    pub fn inks(&self, x: f64, y: f64) -> bool {
        let u = (x - self.origin.0) / self.em_mm;
        let v = (self.origin.1 - y) / self.em_mm;
        self.outline.contains(u as f32, v as f32)
    }
}

/// A run's logical text (what the reader's screen reader gets), for reports.
#[derive(Debug, Clone)]
pub struct Run {
    pub text: String,
}

/// A named box that the text laid out in it must stay inside (a leaflet panel, a card side).
#[derive(Debug, Clone)]
pub struct Region {
    pub name: String,
    pub rect: Rect,
    /// A filled box drawn over the page (the draft band): no other text may meet it.
    pub opaque: bool,
}

/// One page as the proof sees it.
#[derive(Debug, Clone)]
pub struct Page {
    /// The trim, in mm: `(0, 0, width, height)`.
    pub trim: Rect,
    pub glyphs: Vec<Glyph>,
    pub runs: Vec<Run>,
    pub regions: Vec<Region>,
}

/// What a page must satisfy.
#[derive(Debug, Clone)]
pub struct Rules {
    /// No glyph within this many mm of the trim (office printers lose about 4.2 mm; presses
    /// trim within a few tenths of a millimetre).
    pub safe_mm: f64,
    /// The smallest type the format allows, in pt.
    pub min_pt: f64,
    /// Where the sheet is folded: x in mm from the page's left edge, per page (pages past
    /// the list have no fold). Text keeps `safe_mm` clear of a fold on either side, as of
    /// the trim.
    pub folds: Vec<Vec<f64>>,
}

/// A fact that must read exactly as in `content/` wherever it is printed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fact {
    /// What it is, for reports: `helpline phone`, `venue address`.
    pub what: String,
    pub text: String,
}

/// What the proof found wrong on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Text outside the safe area of its page.
    OffPage { side: Side, by_mm: f64 },
    /// Text outside the panel it was laid out in.
    OutOfPanel {
        panel: String,
        side: Side,
        by_mm: f64,
    },
    /// Text of one line drawn over text of another.
    Overprint { other: String, by_mm: f64 },
    /// Text smaller than the format allows.
    TooSmall { size_pt: f64, min_pt: f64 },
    /// Text on or near a fold: `by_mm` into the clear band either side of the fold at
    /// `fold_mm`.
    OnFold {
        fold_mm: f64,
        clear_mm: f64,
        by_mm: f64,
    },
    /// A fact that does not read as in `content/`: `read` is what a reader sees.
    Misread { fact: Fact, read: String },
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// 1-based page number.
    pub page: usize,
    /// The text affected (a run's logical text, or a line as read).
    pub text: String,
    pub problem: Problem,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = shorten(&self.text, 60);
        let p = self.page;
        match &self.problem {
            Problem::OffPage { side, by_mm } => write!(
                f,
                "page {p}: {text:?} runs {by_mm:.1} mm past the {side} of the safe area (text must stay inside the page, clear of the trim)"
            ),
            Problem::OutOfPanel { panel, side, by_mm } => write!(
                f,
                "page {p}: {text:?} runs {by_mm:.1} mm past the {side} of panel `{panel}`"
            ),
            Problem::Overprint { other, by_mm } => write!(
                f,
                "page {p}: {text:?} is printed over {:?} ({by_mm:.1} mm)",
                shorten(other, 60)
            ),
            Problem::TooSmall { size_pt, min_pt } => write!(
                f,
                "page {p}: {text:?} is set at {size_pt:.1} pt, below the format's {min_pt} pt"
            ),
            Problem::OnFold {
                fold_mm,
                clear_mm,
                by_mm,
            } => write!(
                f,
                "page {p}: {text:?} runs {by_mm:.1} mm into the fold at {fold_mm} mm (text keeps {clear_mm} mm clear of a fold)"
            ),
            Problem::Misread { fact, read } => write!(
                f,
                "page {p}: the {} {:?} reads {read:?} on the page",
                fact.what, fact.text
            ),
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    let s: String = s
        .chars()
        .filter(|c| !facts::is_invisible(*c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max - 1).collect::<String>() + "…"
    }
}

/// Runs every check on every page. Findings are in page order, each problem once.
pub fn prove(pages: &[Page], rules: &Rules, facts: &[Fact]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let lines = facts::lines(page);
        out.extend(geometry::check(i + 1, page, &lines, rules));
        out.extend(facts::check(i + 1, page, &lines, facts));
    }
    dedupe(out)
}

/// The same problem on copies of a region (ten cards on a sheet) or on both parts of a
/// bilingual edition is reported once, with its worst figure.
fn dedupe(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for f in findings {
        if let Some(seen) = out.iter_mut().find(|o| same_kind(o, &f)) {
            if worse(&f, seen) {
                *seen = f;
            }
        } else {
            out.push(f);
        }
    }
    out
}

fn same_kind(a: &Finding, b: &Finding) -> bool {
    use Problem::*;
    a.page == b.page
        && a.text == b.text
        && match (&a.problem, &b.problem) {
            (OffPage { side: s1, .. }, OffPage { side: s2, .. }) => s1 == s2,
            (OutOfPanel { panel: p1, .. }, OutOfPanel { panel: p2, .. }) => p1 == p2,
            (Overprint { other: o1, .. }, Overprint { other: o2, .. }) => o1 == o2,
            (TooSmall { .. }, TooSmall { .. }) => true,
            (Misread { fact: f1, read: r1 }, Misread { fact: f2, read: r2 }) => {
                f1 == f2 && r1 == r2
            }
            _ => false,
        }
}

fn worse(a: &Finding, b: &Finding) -> bool {
    use Problem::*;
    match (&a.problem, &b.problem) {
        (OffPage { by_mm: x, .. }, OffPage { by_mm: y, .. })
        | (OutOfPanel { by_mm: x, .. }, OutOfPanel { by_mm: y, .. })
        | (Overprint { by_mm: x, .. }, Overprint { by_mm: y, .. })
        | (OnFold { by_mm: x, .. }, OnFold { by_mm: y, .. }) => x > y,
        (TooSmall { size_pt: x, .. }, TooSmall { size_pt: y, .. }) => x < y,
        _ => false,
    }
}

impl Problem {
    /// How to fix it, for the diagnostic's `hint:`.
    pub fn hint(&self) -> String {
        match self {
            Problem::OffPage { .. }
            | Problem::OutOfPanel { .. }
            | Problem::Overprint { .. }
            | Problem::OnFold { .. } => {
                "shorten the text (a translation, or the venue's details), or give it more room in the layout; a printed copy would lose or hide it".into()
            }
            Problem::TooSmall { .. } => {
                "the format's `min-text-pt` (content/formats/) is the smallest type readers can read: set the text larger in the layout".into()
            }
            Problem::Misread { fact, .. } if fact.text.is_empty() => {
                "every web address printed comes from content/resources.toml: use its placeable, never type one".into()
            }
            Problem::Misread { .. } => {
                "insert the fact as a left-to-right isolate (lib.typ's `fact(..)`) so the line's direction cannot reorder it".into()
            }
        }
    }
}

/// The message whose text holds `text` (a line or run as laid out), the shortest if several
/// do: the one a translator would shorten.
pub fn message_of<'m>(messages: &'m [(String, String)], text: &str) -> Option<&'m str> {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| !facts::is_invisible(*c))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let needle = clean(text);
    // A hyphen a line break added is no part of the message.
    let needle = needle.trim_end_matches('-').trim();
    if needle.chars().count() < 3 {
        return None;
    }
    messages
        .iter()
        .filter(|(_, t)| clean(t).contains(needle))
        .min_by_key(|(_, t)| t.len())
        .map(|(id, _)| id.as_str())
}

/// Every fact an edition may print, as `content/` and the venue's details give it.
pub fn edition_facts(edition: &crate::resolve::Edition) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut add = |what: String, text: &str| {
        let text = text.trim();
        if !text.is_empty() {
            out.push(Fact {
                what,
                text: text.to_owned(),
            });
        }
    };
    for doc in &edition.parts {
        for svc in doc.services.iter().chain(&doc.card_services) {
            if let Some(p) = &svc.phone {
                add(format!("{} phone number", svc.id), p);
            }
            if let Some(u) = &svc.url {
                add(format!("{} web address", svc.id), u);
            }
            if let Some(u) = &svc.short_url {
                add(format!("{} web address", svc.id), u);
            }
        }
        for (id, n) in &doc.numbers {
            add(format!("{id} number"), n);
        }
    }
    if let Some(d) = &edition.production.details {
        add("venue name".into(), &d.name);
        if let Some(p) = &d.phone {
            add("venue phone number".into(), p);
        }
        for line in &d.address {
            add("venue address".into(), line);
        }
        if let Some(h) = &d.hours {
            add("venue opening hours".into(), h);
        }
    }
    out.sort();
    out.dedup();
    out
}
