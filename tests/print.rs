//! Print production (issue 7), checked on the real binary and the real files: print masters
//! with bleed and TrimBox/BleedBox, crop marks, the 10-up card sheet, the A5 leaflet, QR codes
//! that decode to exactly their resource URLs, venue details, the discreet card, large print
//! and preflight.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;
use leafpress::inspect::{text_runs, TextRun};
use leafpress::source;

/// Formats with a print master, and their trim size in mm.
const MASTERS: [(&str, f64, f64); 6] = [
    ("card", 85.0, 55.0),
    ("card-discreet", 85.0, 55.0),
    ("leaflet", 297.0, 210.0),
    ("leaflet-a5", 148.0, 210.0),
    ("handout", 210.0, 297.0),
    ("handout-large", 210.0, 297.0),
];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.15
}

fn en_gb(venue: &str, file: &str) -> PathBuf {
    en_gb_dist().join("en-GB").join(venue).join(file)
}

fn project() -> source::Project {
    source::load(&project_root())
        .project
        .expect("project loads")
}

/// The en-GB build with the venue-details fixture (two clinics, one custody suite).
fn details_dist() -> &'static Path {
    static DIST: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = build(
            &project_root(),
            dir.path(),
            &[
                "--locales",
                "en-GB",
                "--venue-details",
                "tests/fixtures/print/venues.toml",
            ],
        );
        assert!(
            out.status.success(),
            "venue-details build failed:\n{}",
            stderr(&out)
        );
        dir
    })
    .path()
}

#[test]
fn print_masters_have_3mm_bleed_with_trim_and_bleed_boxes_and_downloads_have_none() {
    for venue in VENUES {
        for (format, w, h) in MASTERS {
            let master = read_pdf(&en_gb(venue, &format!("{format}.print.pdf")));
            assert!(!master.pages.is_empty());
            for (i, page) in master.pages.iter().enumerate() {
                let at = format!("{venue}/{format}.print.pdf page {}", i + 1);
                assert!(
                    close(page.size_mm.0, w + 6.0) && close(page.size_mm.1, h + 6.0),
                    "{at}: MediaBox {:?}",
                    page.size_mm
                );
                let trim = page.trim_mm.unwrap_or_else(|| panic!("{at}: no TrimBox"));
                assert!(
                    close(trim[0], 3.0) && close(trim[1], 3.0),
                    "{at}: TrimBox at {trim:?}"
                );
                assert!(
                    close(trim[2] - trim[0], w) && close(trim[3] - trim[1], h),
                    "{at}: trim size {trim:?}"
                );
                let bleed = page.bleed_mm.unwrap_or_else(|| panic!("{at}: no BleedBox"));
                assert!(
                    close(bleed[0], 0.0) && close(bleed[2], w + 6.0),
                    "{at}: BleedBox {bleed:?}"
                );
            }
            assert!(
                !master.pdf_ua,
                "{venue}/{format}: a print master does not claim PDF/UA"
            );
            assert!(master.fonts.iter().all(|f| f.embedded));

            let download = read_pdf(&en_gb(venue, &format!("{format}.pdf")));
            assert!(
                download.pdf_ua && download.tagged,
                "{venue}/{format}: the download PDF stays PDF/UA-1"
            );
            for page in &download.pages {
                assert!(
                    page.trim_mm.is_none() && page.bleed_mm.is_none(),
                    "{venue}/{format}: download PDF has bleed"
                );
            }
        }
        // Office sheets are printed in the office: no master.
        assert!(!en_gb(venue, "card-sheet.print.pdf").exists());
    }
    // The A5 leaflet's master has the four pages single, in reading order.
    let a5 = read_pdf(&en_gb("clinic", "leaflet-a5.print.pdf"));
    assert_eq!(a5.pages.len(), 4);
    assert!(
        a5.pages[0].text.contains("What to do if"),
        "page 1 is the front cover"
    );
    assert!(
        a5.pages[3].text.contains("Where to get help"),
        "page 4 is the back cover"
    );
}

/// The fill colour in force at each text run of every page: its operator (`k` is CMYK,
/// `scn` a colour space such as sRGB) and its values in hundredths.
fn text_fill_operators(path: &Path) -> BTreeSet<(String, Vec<i64>)> {
    fill_operators(path, &["Tj", "TJ"])
}

/// The fill colour in force at each of the `painting` operators of every page.
fn fill_operators(path: &Path, painting: &[&str]) -> BTreeSet<(String, Vec<i64>)> {
    let doc = lopdf::Document::load(path).unwrap();
    let mut seen = BTreeSet::new();
    for (_, page) in doc.get_pages() {
        let content =
            lopdf::content::Content::decode(&doc.get_page_content(page).unwrap()).unwrap();
        let mut fill = (String::from("none"), Vec::new());
        let mut stack = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "q" => stack.push(fill.clone()),
                "Q" => fill = stack.pop().unwrap_or_default(),
                "k" | "g" | "rg" | "scn" | "sc" => {
                    let values = op
                        .operands
                        .iter()
                        .filter_map(|o| o.as_float().ok())
                        .map(|v| (f64::from(v) * 100.0).round() as i64)
                        .collect();
                    fill = (op.operator.clone(), values);
                }
                op if painting.contains(&op) => {
                    seen.insert(fill.clone());
                }
                _ => {}
            }
        }
    }
    seen
}

#[test]
fn print_masters_define_text_colours_in_cmyk_with_black_as_100_percent_k() {
    let master = text_fill_operators(&en_gb("police", "handout.print.pdf"));
    assert!(
        master.iter().all(|(op, _)| op == "k"),
        "print master text not in CMYK: {master:?}"
    );
    assert!(
        master.contains(&("k".to_owned(), vec![0, 0, 0, 100])),
        "no 100 % K text: {master:?}"
    );
    let download = text_fill_operators(&en_gb("police", "handout.pdf"));
    assert!(
        download.iter().all(|(op, _)| op != "k"),
        "download PDF uses CMYK: {download:?}"
    );
}

#[test]
fn print_master_shapes_and_qr_codes_are_cmyk_without_transparency() {
    // The QR codes' dark modules are drawn by leafpress into the laid-out page (one path
    // per code); every filled shape of a master, them included, is CMYK.
    let master = en_gb("police", "handout.print.pdf");
    let fills = fill_operators(&master, &["f", "f*", "F", "B", "B*", "b", "b*"]);
    assert!(
        fills.iter().all(|(op, _)| op == "k"),
        "print master shapes not in CMYK: {fills:?}"
    );
    assert!(
        fills.contains(&("k".to_owned(), vec![0, 0, 0, 100])),
        "no 100 % K shape (QR modules): {fills:?}"
    );
    // No transparency group (an embedded PDF or SVG brings one, in RGB).
    let bytes = std::fs::read(&master).unwrap();
    assert!(
        !bytes.windows(13).any(|w| w == b"/Transparency"),
        "print master has a transparency group"
    );
    // That they decode is every_qr_code_decodes_to_exactly_its_resource_url's part.
}

#[test]
fn crop_marks_are_optional_and_drawn_outside_the_bleed() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB",
            "--venues",
            "clinic",
            "--formats",
            "card",
            "--crop-marks",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let path = out_dir.path().join("en-GB/clinic/card.print.pdf");
    let info = read_pdf(&path);
    let page = &info.pages[0];
    // Room for the marks: 3 mm bleed + 7 mm beyond it; the TrimBox and BleedBox as before.
    assert!(
        close(page.size_mm.0, 85.0 + 20.0) && close(page.size_mm.1, 55.0 + 20.0),
        "{:?}",
        page.size_mm
    );
    let trim = page.trim_mm.unwrap();
    let bleed = page.bleed_mm.unwrap();
    assert!(
        close(trim[0], 10.0) && close(bleed[0], 7.0) && close(bleed[2], 95.0 + 3.0),
        "trim {trim:?} bleed {bleed:?}"
    );
    // Without the flag (the shared build) there are none.
    assert!(close(
        read_pdf(&en_gb("clinic", "card.print.pdf")).pages[0]
            .size_mm
            .0,
        91.0
    ));
    if !require_tool("pdftoppm") {
        return;
    }
    let (w, h, px) = raster(&path, 1, 300);
    let mm = |v: f64| (v * 300.0 / 25.4) as usize;
    let darkest = |x0: f64, y0: f64, x1: f64, y1: f64| {
        let mut min = 255u8;
        for y in mm(y0)..mm(y1).min(h) {
            for x in mm(x0)..mm(x1).min(w) {
                min = min.min(px[y * w + x]);
            }
        }
        min
    };
    // The top-left mark: a horizontal line on the trim's top edge, 1–7 mm from the media's edge…
    assert!(
        darkest(2.0, 9.5, 6.0, 10.5) < 100,
        "no crop mark left of the top-left corner"
    );
    // …and nothing inside the bleed zone of that corner, nor on the trimmed card's corner.
    assert!(
        darkest(7.2, 7.2, 9.8, 9.8) > 200,
        "something drawn in the bleed at the corner"
    );
}

/// A page of `pdf` as greyscale pixels at `dpi` (poppler's pdftoppm): width, height, pixels.
fn raster(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm runs");
    assert!(
        status.status.success(),
        "pdftoppm failed on {}",
        pdf.display()
    );
    let bytes = std::fs::read(prefix.with_extension("pgm")).unwrap();
    // Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..at + 1 + w * h].to_vec())
}

/// Every QR code on a page: its text and its printed width (the symbol) in mm. rqrr can
/// miss a code when several finder patterns line up on one page, so each code found is
/// painted out and the search repeated — over the whole page, then in overlapping 60 mm
/// windows (a code of up to 30 mm lies whole in one of them) — until nothing new is found.
fn qr_codes(pdf: &Path, page: usize, dpi: u32) -> Vec<(String, f64)> {
    let (w, h, mut px) = raster(pdf, page, dpi);
    let mm = |v: f64| (v * f64::from(dpi) / 25.4) as usize;
    let (window, stride) = (mm(60.0), mm(30.0));
    let starts = |len: usize| -> Vec<usize> {
        let mut v: Vec<usize> = (0..len.saturating_sub(window)).step_by(stride).collect();
        v.push(len.saturating_sub(window));
        v
    };
    let mut areas = vec![(0, 0, w, h)];
    for y0 in starts(h) {
        for x0 in starts(w) {
            areas.push((x0, y0, window.min(w - x0), window.min(h - y0)));
        }
    }
    let mut found = Vec::new();
    for (x0, y0, aw, ah) in areas {
        loop {
            let mut img = rqrr::PreparedImage::prepare_from_greyscale(aw, ah, |x, y| {
                px[(y0 + y) * w + x0 + x]
            });
            let mut decoded = Vec::new();
            for grid in img.detect_grids() {
                // A code that never decodes is missing from the result: callers compare counts.
                let Ok((_, text)) = grid.decode() else {
                    continue;
                };
                decoded.push((text, grid.bounds));
            }
            if decoded.is_empty() {
                break;
            }
            for (text, b) in decoded {
                let side_px = (((b[1].x - b[0].x) as f64).powi(2)
                    + ((b[1].y - b[0].y) as f64).powi(2))
                .sqrt();
                found.push((text, side_px * 25.4 / f64::from(dpi)));
                let xs = b.iter().map(|p| p.x.max(0) as usize);
                let ys = b.iter().map(|p| p.y.max(0) as usize);
                let (bx0, bx1) = (xs.clone().min().unwrap(), xs.max().unwrap());
                let (by0, by1) = (ys.clone().min().unwrap(), ys.max().unwrap());
                for y in by0..=by1.min(ah - 1) {
                    for x in bx0..=bx1.min(aw - 1) {
                        px[(y0 + y) * w + x0 + x] = 255;
                    }
                }
            }
        }
    }
    found
}

/// The URLs a venue's list (card or full) has, from content/.
fn urls(project: &source::Project, venue: &str, card: bool, deep_only: bool) -> BTreeSet<String> {
    let v = &project
        .venues
        .iter()
        .find(|v| v.data.id == venue)
        .unwrap()
        .data;
    let ids = if card { &v.card_services } else { &v.services };
    ids.iter()
        .filter_map(|id| {
            project
                .resources
                .data
                .resources
                .iter()
                .find(|r| r.id.get_ref() == id.get_ref())
        })
        .filter(|r| r.audience.includes(v.audience))
        .filter_map(|r| r.url.as_ref().map(|u| u.get_ref().clone()))
        .filter(|u| !deep_only || u.trim_end_matches('/').matches('/').count() > 2)
        .collect()
}

/// A page to scan: file, page, dpi, the URLs expected there, smallest and largest symbol (mm).
type QrCase = (&'static str, usize, u32, BTreeSet<String>, f64, f64);

#[test]
fn every_qr_code_decodes_to_exactly_its_resource_url() {
    if !require_tool("pdftoppm") {
        return;
    }
    let project = project();
    let all_urls: BTreeSet<String> = project
        .resources
        .data
        .resources
        .iter()
        .filter_map(|r| r.url.as_ref().map(|u| u.get_ref().clone()))
        .collect();
    for venue in VENUES {
        let cases: Vec<QrCase> = vec![
            (
                "card.pdf",
                2,
                300,
                urls(&project, venue, true, false),
                15.0,
                20.0,
            ),
            (
                "card.print.pdf",
                2,
                300,
                urls(&project, venue, true, false),
                15.0,
                20.0,
            ),
            (
                "card-discreet.pdf",
                2,
                300,
                urls(&project, venue, true, false),
                15.0,
                20.0,
            ),
            (
                "leaflet.pdf",
                1,
                300,
                urls(&project, venue, false, true),
                20.0,
                30.0,
            ),
            (
                "leaflet-a5.pdf",
                1,
                300,
                urls(&project, venue, false, true),
                20.0,
                30.0,
            ),
            (
                "leaflet.print.pdf",
                1,
                300,
                urls(&project, venue, false, true),
                20.0,
                30.0,
            ),
        ];
        for (file, page, dpi, expected, min, max) in cases {
            let found = qr_codes(&en_gb(venue, file), page, dpi);
            let texts: BTreeSet<String> = found.iter().map(|(t, _)| t.clone()).collect();
            assert_eq!(texts, expected, "{venue}/{file}: QR codes");
            assert_eq!(
                found.len(),
                expected.len(),
                "{venue}/{file}: one QR code per service"
            );
            for (text, size) in &found {
                assert!(
                    all_urls.contains(text),
                    "{venue}/{file}: {text} is no resource URL"
                );
                assert!(
                    *size >= min - 0.3 && *size <= max + 0.3,
                    "{venue}/{file}: {text} is {size:.1} mm wide"
                );
            }
        }
        // The handout: a QR code beside every service with a web address, in its contact
        // list (from the page where "Where to get help" begins).
        let handout = en_gb(venue, "handout.pdf");
        let info = read_pdf(&handout);
        let first = info
            .pages
            .iter()
            .position(|p| p.text.contains("Where to get help"))
            .expect("contact list")
            + 1;
        let texts: BTreeSet<String> = (first..=info.pages.len())
            .flat_map(|p| qr_codes(&handout, p, 300))
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            texts,
            urls(&project, venue, false, false),
            "{venue}/handout.pdf: QR codes"
        );
    }
}

#[test]
fn card_sheet_is_a4_with_ten_cards_whose_backs_mirror_the_fronts() {
    let path = en_gb("clinic", "card-sheet.pdf");
    let info = read_pdf(&path);
    assert_eq!(info.pages.len(), 2);
    for page in &info.pages {
        assert!(
            close(page.size_mm.0, 210.0) && close(page.size_mm.1, 297.0),
            "{:?}",
            page.size_mm
        );
    }
    let runs = text_runs(&std::fs::read(&path).unwrap()).unwrap();
    // Cards: 2 × 85 mm wide from x = 20 mm, 5 × 55 mm tall from y = 11 mm.
    let card_of = |r: &TextRun| -> (usize, usize, f64, f64) {
        let (col, row) = (
            ((r.x_mm - 20.0) / 85.0).floor(),
            ((r.y_mm - 11.0) / 55.0).floor(),
        );
        (
            col as usize,
            row as usize,
            r.x_mm - 20.0 - col * 85.0,
            r.y_mm - 11.0 - row * 55.0,
        )
    };
    let cards = |page: usize, starts: &str| -> Vec<(usize, usize, f64, f64)> {
        runs[page]
            .iter()
            .filter(|r| r.text.starts_with(starts))
            .map(card_of)
            .collect()
    };
    let fronts = cards(0, "What to do if");
    let backs = cards(1, "Who can help");
    assert_eq!(fronts.len(), 10, "ten fronts: {fronts:?}");
    assert_eq!(backs.len(), 10, "ten backs: {backs:?}");
    let cells = |cards: &[(usize, usize, f64, f64)]| {
        cards.iter().map(|c| (c.0, c.1)).collect::<BTreeSet<_>>()
    };
    let grid: BTreeSet<(usize, usize)> = (0..5).flat_map(|r| (0..2).map(move |c| (c, r))).collect();
    assert_eq!(cells(&fronts), grid, "fronts fill the 2 × 5 grid");
    // Long-edge duplex turns the sheet over left to right: the back of the card at (x, y)
    // must be at (210 − x − 85, y). Every back card's rectangle is a mirrored front's.
    let rect = |c: &(usize, usize, f64, f64)| (20.0 + c.0 as f64 * 85.0, 11.0 + c.1 as f64 * 55.0);
    for front in &fronts {
        let (x, y) = rect(front);
        let mirrored = (210.0 - x - 85.0, y);
        assert!(
            backs.iter().any(|b| {
                let (bx, by) = rect(b);
                close(bx, mirrored.0) && close(by, mirrored.1)
            }),
            "no back behind the front at ({x}, {y})"
        );
    }
    // Each card is laid out the same: its heading at the same place within the card.
    for side in [&fronts, &backs] {
        assert!(
            side.iter()
                .all(|c| close(c.2, side[0].2) && close(c.3, side[0].3)),
            "cards differ: {side:?}"
        );
        assert!(
            side[0].2 >= 5.0 - 0.01,
            "text within 5 mm of the card's edge"
        );
    }
    // Nothing within 5 mm of the sheet's edge (office printers cannot print there).
    for page in &runs {
        for r in page {
            assert!(
                r.x_mm >= 5.0 && r.x_mm <= 205.0 && r.y_mm >= 5.0 && r.y_mm <= 292.0,
                "{r:?} too near the sheet's edge"
            );
        }
    }
    // The backs carry the card's QR codes: two per card for the clinic.
    if require_tool("pdftoppm") {
        let codes = qr_codes(&path, 2, 300);
        assert_eq!(codes.len(), 20, "{codes:?}");
        assert!(codes.iter().all(|(_, mm)| *mm >= 14.7));
    }
}

#[test]
fn a5_leaflet_is_an_imposed_office_sheet_with_a_single_page_print_master() {
    let sheet = read_pdf(&en_gb("police", "leaflet-a5.pdf"));
    assert_eq!(
        sheet.pages.len(),
        2,
        "side 1 = page 4 | page 1, side 2 = page 2 | page 3"
    );
    assert!(sheet
        .pages
        .iter()
        .all(|p| close(p.size_mm.0, 297.0) && close(p.size_mm.1, 210.0)));
    let runs = text_runs(&std::fs::read(en_gb("police", "leaflet-a5.pdf")).unwrap()).unwrap();
    let find = |page: usize, starts: &str| {
        runs[page]
            .iter()
            .find(|r| r.text.starts_with(starts))
            .unwrap_or_else(|| panic!("{starts:?} not on side {}", page + 1))
            .clone()
    };
    // Side 1: the back cover (page 4) on the left half, the front cover (page 1) on the right.
    assert!(
        find(0, "Where to get help").x_mm < 148.5,
        "page 4 on the left of side 1"
    );
    assert!(
        find(0, "What to do if").x_mm > 148.5,
        "page 1 on the right of side 1"
    );
    for page in &runs {
        assert!(page
            .iter()
            .all(|r| r.x_mm >= 5.0 && r.y_mm >= 5.0 && r.x_mm <= 292.0 && r.y_mm <= 205.0));
    }
    let master = read_pdf(&en_gb("police", "leaflet-a5.print.pdf"));
    assert_eq!(master.pages.len(), 4);
}

#[test]
fn venue_details_appear_in_the_text_of_every_output_one_set_per_venue() {
    let dist = details_dist();
    let project = project();
    let venues = [
        (
            "clinic",
            "riverside",
            "Riverside Sexual Health Clinic",
            "0113 496 0000",
            "12 River Street",
        ),
        (
            "clinic",
            "hilltop",
            "Hilltop Health Centre",
            "0113 496 0999",
            "3 Hill Road",
        ),
        (
            "police",
            "custody-central",
            "Leeds Central Custody Suite",
            "0113 496 0101",
            "Elland Road",
        ),
    ];
    for (profile, id, name, phone, street) in venues {
        // The PDF formats (braille and audio have their own tests).
        for format in project.formats.iter().filter(|f| f.data.typeset()) {
            let format = &format.data.id;
            for kind in ["pdf", "print.pdf"] {
                let path = dist.join(format!("en-GB/{profile}/{id}/{format}.{kind}"));
                if kind == "print.pdf" && format == "card-sheet" {
                    continue;
                }
                let text = compact(&read_pdf(&path).text());
                let at = format!("{profile}/{id}/{format}.{kind}");
                assert!(
                    text.contains(&compact(phone)),
                    "{at}: the venue's phone is missing"
                );
                if format == "card-discreet" {
                    // A discreet card never names the venue: "Custody Suite" would give it away.
                    assert!(
                        !text.contains(&compact(name)),
                        "{at}: the discreet card names the venue"
                    );
                    continue;
                }
                assert!(
                    text.contains(&compact(name)),
                    "{at}: the venue's name is missing"
                );
                if format.starts_with("leaflet") || format.starts_with("handout") {
                    assert!(
                        text.contains(&compact(street)),
                        "{at}: the venue's address is missing"
                    );
                }
                // The venue's details replace the write-in lines for the clinic's contact;
                // the police still write the crime reference number in by hand.
                if profile == "clinic" {
                    assert!(
                        !text.contains("Cliniccontact"),
                        "{at}: write-in line printed despite details"
                    );
                } else {
                    assert!(
                        text.contains("Crimereferencenumber"),
                        "{at}: police write-in fields gone"
                    );
                }
            }
        }
    }
    // Only the listed venues are built: no generic editions, nothing for the school.
    let files = files_under(dist);
    assert!(
        !files
            .iter()
            .any(|f| f.starts_with("en-GB/clinic/card.pdf") || f.starts_with("en-GB/school/")),
        "{files:?}"
    );
    // Without details, the write-in lines are printed.
    assert!(read_pdf(&en_gb("clinic", "card.pdf"))
        .text()
        .contains("Clinic contact"));
}

#[test]
fn a_bad_venue_details_file_gives_clear_errors_and_builds_the_good_venues() {
    let dir = tempfile::tempdir().unwrap();
    let details = dir.path().join("board.toml");
    std::fs::write(
        &details,
        "[[venue]]\nid = \"good\"\nprofile = \"clinic\"\nname = \"Good Clinic\"\nphone = \"0113 496 0000\"\n\n\
         [[venue]]\nid = \"bad-phone\"\nprofile = \"clinic\"\nname = \"Bad Phone Clinic\"\nphone = \"0113-496-000O\"\n\n\
         [[venue]]\nid = \"no-logo\"\nprofile = \"clinic\"\nname = \"No Logo Clinic\"\nlogo = \"content/logos/missing.svg\"\n\n\
         [[venue]]\nid = \"outside\"\nprofile = \"clinic\"\nname = \"Outside Clinic\"\nlogo = \"../../etc/logo.png\"\n\n\
         [[venue]]\nid = \"absolute\"\nprofile = \"clinic\"\nname = \"Absolute Clinic\"\nlogo = \"/etc/logo.png\"\n\n\
         [[venue]]\nid = \"hospital\"\nprofile = \"hospital\"\nname = \"Unknown Profile\"\n",
    )
    .unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(
        &project_root(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB",
            "--formats",
            "card",
            "--venue-details",
            details.to_str().unwrap(),
        ],
    );
    let file = details.display().to_string();
    for (line, says) in [
        (11, "does not look like a UK phone number"),
        (17, "not found"),
        (23, "leaves the project folder"),
        (29, "is absolute"),
        (33, "unknown venue profile `hospital`"),
    ] {
        assert!(
            err.contains(&format!("{file}:{line}:")),
            "expected an error at {file}:{line}, got:\n{err}"
        );
        assert!(err.contains(says), "expected {says:?}, got:\n{err}");
    }
    assert!(err.contains("hint:"), "{err}");
    let built = files_under(out_dir.path());
    assert!(
        built.iter().any(|f| f == "en-GB/clinic/good/card.pdf"),
        "the good venue still builds: {built:?}"
    );
    assert!(
        built
            .iter()
            .all(|f| !f.contains("bad-phone") && !f.contains("outside") && !f.contains("absolute")),
        "{built:?}"
    );
}

#[test]
fn the_discreet_card_says_nothing_about_what_it_is_for() {
    for venue in VENUES {
        let path = en_gb(venue, "card-discreet.pdf");
        let info = read_pdf(&path);
        let title = info.title.clone().unwrap_or_default();
        assert_eq!(title, "Useful numbers", "{venue}: neutral PDF title");
        for file in ["card-discreet.pdf", "card-discreet.print.pdf"] {
            let info = read_pdf(&en_gb(venue, file));
            let text = info.text().to_lowercase();
            for word in [
                "abuse",
                "revenge porn",
                "police",
                "intimate",
                "photos",
                "images",
            ] {
                assert!(
                    !text.contains(word) && !compact(&text).contains(&compact(word)),
                    "{venue}/{file} says {word:?}:\n{text}"
                );
            }
            assert!(text.contains("999"), "{venue}/{file}: the emergency number");
        }
    }
    let clinic = read_pdf(&en_gb("clinic", "card-discreet.pdf")).text();
    assert!(
        clinic.contains("0345 6000 459") && clinic.contains("Confidential helpline for adults"),
        "services named by neutral labels:\n{clinic}"
    );
}

#[test]
fn the_build_refuses_a_discreet_card_that_gives_itself_away() {
    let project = project_copy();
    edit(
        &project.path().join("locales/en-GB/ui.ftl"),
        "discreet-keep = Keep this card somewhere safe.",
        "discreet-keep = Show this card to the police.",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(
        project.path(),
        out_dir.path(),
        &["--locales", "en-GB", "--formats", "card-discreet"],
    );
    assert!(
        err.contains("the discreet card's text contains `police`") && err.contains("hint:"),
        "{err}"
    );
    assert!(!files_under(out_dir.path())
        .iter()
        .any(|f| f.ends_with("card-discreet.pdf")));
}

#[test]
fn a_translated_discreet_card_is_checked_in_its_own_language() {
    let project = project_copy();
    let ui = project.path().join("locales/pl/ui.ftl");
    let meta = project.path().join("locales/pl/locale.toml");
    let build_pl = |out: &Path| {
        build(
            project.path(),
            out,
            &[
                "--locales",
                "pl",
                "--venues",
                "clinic",
                "--formats",
                "card-discreet",
            ],
        )
    };
    let out_dir = tempfile::tempdir().unwrap();
    // The shipped Polish card passes its own word list.
    let out = build_pl(out_dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let keep = line_starting(&ui, "discreet-keep =");
    let pdf = read_pdf(&out_dir.path().join("pl/clinic/card-discreet.pdf"));
    let keep_text = keep.trim_start_matches("discreet-keep =").trim();
    assert!(pdf.text().contains(keep_text), "{}", pdf.text());

    // A giveaway word in Polish: refused, and the old card is left as it was.
    edit(
        &ui,
        &keep,
        "discreet-keep = Zdjęcia intymne: pokaż tę kartę.",
    );
    let out = build_pl(out_dir.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the discreet card's text contains") && err.contains("`zdjęci`"),
        "{err}"
    );
    assert!(
        read_pdf(&out_dir.path().join("pl/clinic/card-discreet.pdf"))
            .text()
            .contains(keep_text)
    );

    // Translated, but no Polish words to check it against: refused, pointing at locale.toml.
    let list = line_starting(&meta, "discreet-avoid-words");
    edit(&meta, &list, "");
    edit(
        &ui,
        "discreet-keep = Zdjęcia intymne: pokaż tę kartę.",
        &keep,
    );
    let out = build_pl(tempfile::tempdir().unwrap().path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("lists no `discreet-avoid-words`") && err.contains("locales/pl/locale.toml"),
        "{err}"
    );
}

#[test]
fn an_arabic_discreet_card_that_gives_itself_away_is_refused() {
    // Text read back from an Arabic PDF is in visual order: the build also checks the
    // card's own strings.
    let project = project_copy();
    let ui = project.path().join("locales/ar/ui.ftl");
    let keep = line_starting(&ui, "discreet-keep =");
    edit(&ui, &keep, "discreet-keep = احتفظ بهذه البطاقة مع الصور.");
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "ar",
            "--venues",
            "clinic",
            "--formats",
            "card-discreet",
        ],
    );
    assert!(err.contains("the discreet card's text contains"), "{err}");
    assert!(!files_under(out_dir.path())
        .iter()
        .any(|f| f.ends_with("card-discreet.pdf")));
}

#[test]
fn large_print_handout_has_no_text_below_16pt() {
    let project = project();
    let large = &project
        .formats
        .iter()
        .find(|f| f.data.id == "handout-large")
        .unwrap()
        .data;
    assert!(
        large.body_pt >= 16.0,
        "RNIB large print: body 16 pt or more"
    );
    for venue in VENUES {
        for file in ["handout-large.pdf", "handout-large.print.pdf"] {
            let runs = text_runs(&std::fs::read(en_gb(venue, file)).unwrap()).unwrap();
            let sizes: Vec<f64> = runs
                .iter()
                .flatten()
                .filter(|r| !r.text.trim().is_empty())
                .map(|r| r.size_pt)
                .collect();
            assert!(!sizes.is_empty());
            let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
            assert!(
                smallest >= 16.0 - 0.01,
                "{venue}/{file}: text at {smallest:.1} pt"
            );
        }
        // The same content as the standard handout, reflowed onto more pages.
        let standard = read_pdf(&en_gb(venue, "handout.pdf"));
        let large = read_pdf(&en_gb(venue, "handout-large.pdf"));
        assert!(large.pages.len() > standard.pages.len());
        for needle in ["What to do now", "What can wait", "Where to get help"] {
            assert!(
                large.text().contains(needle),
                "{venue}: {needle:?} missing from large print"
            );
        }
    }
}

#[test]
fn preflight_reports_each_file_and_catches_a_print_master_without_trim_box() {
    // The shipped build passes.
    let out = leafpress()
        .arg("preflight")
        .arg("--out")
        .arg(en_gb_dist())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("card.print.pdf (print master): ok")
            && stdout.contains("trim 85.0 × 55.0 mm"),
        "{stdout}"
    );

    // A download PDF handed over as a print master has no TrimBox.
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("card.print.pdf");
    std::fs::copy(en_gb("clinic", "card.pdf"), &fake).unwrap();
    let out = leafpress()
        .arg("preflight")
        .arg(&fake)
        .arg(en_gb("clinic", "card.pdf"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("page 1: no TrimBox"), "{stdout}");
    assert!(stdout.contains("1 with problems"), "{stdout}");

    // A master turned into a download PDF lacks PDF/UA and has bleed.
    let fake = dir.path().join("card.pdf");
    std::fs::copy(en_gb("clinic", "card.print.pdf"), &fake).unwrap();
    let out = leafpress().arg("preflight").arg(&fake).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("no PDF/UA-1 identifier") && stdout.contains("has bleed"),
        "{stdout}"
    );
}

#[test]
fn the_build_runs_preflight_on_what_it_wrote() {
    let project = project_copy();
    // A layout that forgets the bleed: the master comes out without a TrimBox.
    edit(
        &project.path().join("layouts/lib.typ"),
        "set page(bleed: outer)",
        "set page(bleed: 0pt)",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB",
            "--venues",
            "clinic",
            "--formats",
            "card",
        ],
    );
    assert!(
        err.contains("preflight: en-GB/clinic/card.print.pdf: page 1: no TrimBox"),
        "{err}"
    );
}
