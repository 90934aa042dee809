//! Prove stage, reader one: glyphs from typst's laid-out frames, each with its pen
//! position, its ink (the font's bounding box of the glyph, transformed as drawn), its
//! size, and the panel (`<leafpress-panel>`) or mark (`<leafpress-mark>`) it sits in.

use typst::foundations::Label;
use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::text::TextItem;
use typst_layout::PagedDocument;

use std::collections::HashMap;
use std::sync::Arc;

use super::{Glyph, Outline, Page, Placed, Rect, Region, Run};

/// A glyph's ink box in font units and its outline, once per process: a document uses a
/// few hundred distinct glyphs, each thousands of times, across hundreds of documents.
#[derive(Clone)]
struct Shape {
    bbox: Option<ttf_parser::Rect>,
    outline: Option<Arc<Outline>>,
}

/// Shapes by font (its 128-bit hash, which typst keeps with the font's bytes) and glyph id.
type Shapes = HashMap<(u128, u16), Shape>;

fn shapes() -> &'static std::sync::Mutex<Shapes> {
    static SHAPES: std::sync::OnceLock<std::sync::Mutex<Shapes>> = std::sync::OnceLock::new();
    SHAPES.get_or_init(Default::default)
}

/// Every page of a laid-out document.
pub fn read(layout: &PagedDocument) -> Vec<Page> {
    let labels = Labels::new();
    layout
        .pages()
        .iter()
        .map(|page| {
            let size = page.frame.size();
            let mut out = Page {
                trim: Rect::new(0.0, 0.0, size.x.to_mm(), size.y.to_mm()),
                glyphs: Vec::new(),
                runs: Vec::new(),
                regions: Vec::new(),
            };
            walk(
                &page.frame,
                Transform::identity(),
                None,
                false,
                &labels,
                &mut out,
            );
            out
        })
        .collect()
}

struct Labels {
    panel: Label,
    mark: Label,
    band: Label,
}

impl Labels {
    fn new() -> Self {
        let label = |s: &str| Label::new(typst::utils::PicoStr::intern(s)).expect("non-empty");
        Self {
            panel: label("leafpress-panel"),
            mark: label("leafpress-mark"),
            band: label("leafpress-band"),
        }
    }
}

fn walk(
    frame: &Frame,
    ts: Transform,
    region: Option<usize>,
    mark: bool,
    labels: &Labels,
    out: &mut Page,
) {
    // Runs of one line follow each other in the frame, each starting where the last ended.
    // Nastaliq's cascade gives a line's runs different y positions (typst bakes a glyph's
    // vertical offset into its run's position): the line's baseline is where most of its
    // glyphs sit.
    let mut chain: Option<(Abs, Abs, usize)> = None;
    for (pos, item) in frame.items() {
        if let FrameItem::Text(text) = item {
            let continues = chain.is_some_and(|(end, y, _)| {
                (pos.x - end).abs() < Abs::pt(0.01) && (pos.y - y).abs() < text.size * 2.5
            });
            if !continues {
                settle(chain.take(), out);
                chain = Some((pos.x, pos.y, out.glyphs.len()));
            }
            if let Some((end, _, _)) = chain.as_mut() {
                *end = pos.x + text.width();
            }
        } else if matches!(item, FrameItem::Group(_)) {
            settle(chain.take(), out);
        }
        match item {
            FrameItem::Group(group) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                let mut region = region;
                let band = group.label == Some(labels.band);
                if group.label == Some(labels.panel) || band {
                    let size = group.frame.size();
                    out.regions.push(Region {
                        name: if band {
                            "draft band".into()
                        } else {
                            panel_name(&group.frame).unwrap_or_else(|| "(unnamed)".into())
                        },
                        rect: bounds(inner, Point::zero(), Point::new(size.x, size.y)),
                        opaque: band,
                    });
                    region = Some(out.regions.len() - 1);
                }
                let mark = mark || group.label == Some(labels.mark);
                walk(&group.frame, inner, region, mark, labels, out);
            }
            FrameItem::Text(text) => glyphs(text, ts, *pos, region, mark, out),
            _ => {}
        }
    }
    settle(chain, out);
}

/// Gives the glyphs of one line's chain of runs the baseline most of them sit on.
fn settle(chain: Option<(Abs, Abs, usize)>, out: &mut Page) {
    let Some((_, _, start)) = chain else { return };
    if out.glyphs.len() < start + 2 {
        return;
    }
    let glyphs = &out.glyphs[start..];
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for g in glyphs.iter() {
        match counts
            .iter_mut()
            .find(|(y, _)| (y - g.baseline).abs() < 0.01)
        {
            Some((_, n)) => *n += 1,
            None => counts.push((g.baseline, 1)),
        }
    }
    let baseline = counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.total_cmp(&b.0)))
        .map(|(y, _)| *y)
        .expect("two glyphs");
    // One run for the line, so that a report quotes the words, not a shaping fragment.
    // Runs follow each other left to right: a right-to-left line's text is theirs reversed.
    let mut ids: Vec<usize> = Vec::new();
    for g in out.glyphs[start..].iter_mut() {
        g.baseline = baseline;
        if ids.last() != Some(&g.run) {
            ids.push(g.run);
        }
    }
    if ids.len() > 1 {
        let rtl = ids
            .iter()
            .flat_map(|&r| out.runs[r].text.chars())
            .find(|c| c.is_alphabetic())
            .is_some_and(is_rtl_letter);
        // From the glyphs' own characters: shaping fragments of one run repeat its text.
        let mut clusters: Vec<&str> = out.glyphs[start..]
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        if rtl {
            clusters.reverse();
        }
        let text: String = clusters.concat();
        out.runs.push(Run { text });
        let id = out.runs.len() - 1;
        for g in &mut out.glyphs[start..] {
            g.run = id;
        }
    }
}

/// Letters of the right-to-left scripts leafpress sets (Hebrew, Arabic and its extensions).
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn glyphs(
    text: &TextItem,
    ts: Transform,
    pos: Point,
    region: Option<usize>,
    mark: bool,
    out: &mut Page,
) {
    let run = out.runs.len();
    out.runs.push(Run {
        text: text.text.to_string(),
    });
    let rotated = !ts.kx.is_zero() || !ts.ky.is_zero();
    let scale = (ts.sx.get() * ts.sy.get() - ts.kx.get() * ts.ky.get())
        .abs()
        .sqrt();
    let upem = text.font.units_per_em();
    let unit = text.size / upem;
    let ttf = text.font.ttf();
    let font = typst::utils::hash128(text.font.font());
    // The run's shapes, looked up (and made, the first time) under one lock.
    let known: Vec<Shape> = {
        let mut cache = shapes().lock().unwrap_or_else(|e| e.into_inner());
        text.glyphs
            .iter()
            .map(|g| {
                cache
                    .entry((font, g.id))
                    .or_insert_with(|| {
                        let bbox = ttf.glyph_bounding_box(ttf_parser::GlyphId(g.id));
                        Shape {
                            bbox,
                            outline: bbox.and_then(|_| outline_of(ttf, g.id, upem)),
                        }
                    })
                    .clone()
            })
            .collect()
    };
    let mut x = Abs::zero();
    let mut last_range = None;
    for (g, shape) in text.glyphs.iter().zip(known) {
        let advance = g.x_advance.at(text.size);
        let origin = Point::new(
            pos.x + x + g.x_offset.at(text.size),
            pos.y - g.y_offset.at(text.size),
        );
        let ink = shape.bbox.map(|b| {
            bounds(
                ts,
                Point::new(
                    origin.x + unit * f64::from(b.x_min),
                    origin.y - unit * f64::from(b.y_max),
                ),
                Point::new(
                    origin.x + unit * f64::from(b.x_max),
                    origin.y - unit * f64::from(b.y_min),
                ),
            )
        });
        let pen0 = Point::new(pos.x + x, pos.y).transform(ts);
        let pen1 = Point::new(pos.x + x + advance, pos.y).transform(ts);
        // Later glyphs of one cluster (a conjunct's parts, a mark) stand for no more text.
        let range = g.range();
        let chars = if last_range.as_ref() == Some(&range) {
            String::new()
        } else {
            text.text.get(range.clone()).unwrap_or("").to_owned()
        };
        last_range = Some(range);
        // Outlines only for upright glyphs: the overprint check compares lines.
        let outline = (!rotated && ink.is_some())
            .then_some(shape.outline)
            .flatten()
            .map(|outline| {
                let at = origin.transform(ts);
                Placed {
                    outline,
                    origin: (at.x.to_mm(), at.y.to_mm()),
                    em_mm: (text.size * scale).to_mm(),
                }
            });
        out.glyphs.push(Glyph {
            pen: (
                pen0.x.to_mm().min(pen1.x.to_mm()),
                pen0.x.to_mm().max(pen1.x.to_mm()),
            ),
            baseline: pen0.y.to_mm(),
            ink,
            size_pt: text.size.to_pt() * scale,
            text: chars,
            run,
            region,
            mark,
            rotated,
            outline,
        });
        x += advance;
    }
}

/// A glyph's contours in em units, curves flattened to eight segments each.
fn outline_of(ttf: &ttf_parser::Face, id: u16, upem: f64) -> Option<Arc<Outline>> {
    struct Flatten {
        out: Outline,
        at: (f32, f32),
        start: (f32, f32),
        unit: f32,
    }
    impl Flatten {
        fn line(&mut self, x: f32, y: f32) {
            let (x, y) = (x * self.unit, y * self.unit);
            self.out.segments.push([self.at.0, self.at.1, x, y]);
            self.at = (x, y);
        }
        fn curve(&mut self, point: impl Fn(f32) -> (f32, f32)) {
            for k in 1..=8 {
                let (x, y) = point(k as f32 / 8.0);
                self.line(x, y);
            }
        }
    }
    impl ttf_parser::OutlineBuilder for Flatten {
        fn move_to(&mut self, x: f32, y: f32) {
            self.at = (x * self.unit, y * self.unit);
            self.start = self.at;
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.line(x, y);
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            let p0 = (self.at.0 / self.unit, self.at.1 / self.unit);
            self.curve(|t| {
                let u = 1.0 - t;
                (
                    u * u * p0.0 + 2.0 * u * t * x1 + t * t * x,
                    u * u * p0.1 + 2.0 * u * t * y1 + t * t * y,
                )
            });
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            let p0 = (self.at.0 / self.unit, self.at.1 / self.unit);
            self.curve(|t| {
                let u = 1.0 - t;
                let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                (
                    a * p0.0 + b * x1 + c * x2 + d * x,
                    a * p0.1 + b * y1 + c * y2 + d * y,
                )
            });
        }
        fn close(&mut self) {
            if self.at != self.start {
                self.out
                    .segments
                    .push([self.at.0, self.at.1, self.start.0, self.start.1]);
                self.at = self.start;
            }
        }
    }
    let mut flatten = Flatten {
        out: Outline::default(),
        at: (0.0, 0.0),
        start: (0.0, 0.0),
        unit: (1.0 / upem) as f32,
    };
    ttf.outline_glyph(ttf_parser::GlyphId(id), &mut flatten)?;
    Some(Arc::new(flatten.out))
}

/// The axis-aligned box around the rectangle `a`–`b` once transformed, in mm.
fn bounds(ts: Transform, a: Point, b: Point) -> Rect {
    let corners = [a, Point::new(b.x, a.y), Point::new(a.x, b.y), b].map(|p| p.transform(ts));
    let xs = corners.map(|p| p.x.to_mm());
    let ys = corners.map(|p| p.y.to_mm());
    let min = |v: [f64; 4]| v.into_iter().fold(f64::INFINITY, f64::min);
    let max = |v: [f64; 4]| v.into_iter().fold(f64::NEG_INFINITY, f64::max);
    Rect::new(min(xs), min(ys), max(xs), max(ys))
}

/// The `panel` of the first `metadata((panel: ..))` inside a panel's frame.
pub fn panel_name(frame: &Frame) -> Option<String> {
    use typst::introspection::Tag;
    frame.items().find_map(|(_, item)| match item {
        FrameItem::Tag(Tag::Start(content, _)) => content
            .get_by_name("value")
            .ok()
            .and_then(|value| serde_json::to_value(&value).ok())
            .and_then(|json| json.get("panel")?.as_str().map(str::to_owned)),
        FrameItem::Group(group) => panel_name(&group.frame),
        _ => None,
    })
}
