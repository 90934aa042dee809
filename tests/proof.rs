//! The proof stage, checked with a reader nobody here wrote: MuPDF (`mutool draw -F stext`)
//! gives every character's box; the tests put each line together in visual order (left to
//! right by where the characters are drawn) and read the facts there, as a person does.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// A character as MuPDF reads it: its origin on the baseline, its box, its size.
#[derive(Debug, Clone)]
struct Char {
    x: f64,
    y: f64,
    /// Left and right edges of its quad.
    x0: f64,
    x1: f64,
    size: f64,
    /// On a slanted line (the draft watermark).
    slanted: bool,
    c: char,
}

/// One page: its size in pt and its characters.
struct StextPage {
    width: f64,
    height: f64,
    chars: Vec<Char>,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every page's characters, read by MuPDF.
fn mutool_chars(pdf: &Path) -> Vec<StextPage> {
    let out = Command::new("mutool")
        .args(["draw", "-q", "-F", "stext", "-o", "-"])
        .arg(pdf)
        .output()
        .expect("mutool runs");
    assert!(out.status.success(), "mutool failed on {}", pdf.display());
    let xml = String::from_utf8_lossy(&out.stdout);
    let mut pages = Vec::new();
    let mut size = 10.0;
    let mut slanted = false;
    for tag in xml.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        if tag.starts_with("page ") {
            pages.push(StextPage {
                width: attr(tag, "width")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0.0),
                height: attr(tag, "height")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0.0),
                chars: Vec::new(),
            });
        } else if tag.starts_with("line ") {
            let dir: Vec<f64> = attr(tag, "dir")
                .unwrap_or("1 0")
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            slanted = dir.get(1).is_some_and(|y| y.abs() > 1e-3);
        } else if tag.starts_with("font ") {
            size = attr(tag, "size")
                .and_then(|v| v.parse().ok())
                .unwrap_or(size);
        } else if tag.starts_with("char ") {
            let quad: Vec<f64> = attr(tag, "quad")
                .unwrap_or("")
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            let c = unescape(attr(tag, "c").unwrap_or(""));
            let (Some(c), Some(page)) = (c.chars().next(), pages.last_mut()) else {
                continue;
            };
            if quad.len() < 8 {
                continue;
            }
            page.chars.push(Char {
                x: attr(tag, "x")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(quad[0]),
                y: attr(tag, "y")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(quad[5]),
                x0: quad[0].min(quad[4]),
                x1: quad[2].max(quad[6]),
                size,
                slanted,
                c,
            });
        }
    }
    pages
}

/// The page's lines as a reader sees them: characters on one baseline, left to right,
/// split where a wide gap separates columns; a space where a gap separates words.
fn visual_lines(page: &StextPage) -> Vec<String> {
    let mut chars: Vec<&Char> = page
        .chars
        .iter()
        .filter(|c| !c.slanted && !matches!(c.c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    chars.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Char>> = Vec::new();
    for c in chars {
        match rows.last_mut() {
            Some(row) if (row[0].y - c.y).abs() <= 0.25 * row[0].size.max(c.size) => row.push(c),
            _ => rows.push(vec![c]),
        }
    }
    let mut lines = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut line = String::new();
        let mut reach = f64::NEG_INFINITY;
        for c in row {
            let gap = c.x0 - reach;
            if gap > 1.5 * c.size && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            } else if gap > 0.2 * c.size && !line.is_empty() && !line.ends_with(' ') && c.c != ' ' {
                line.push(' ');
            }
            line.push(c.c);
            reach = reach.max(c.x1);
        }
        if !line.trim().is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The facts that must read as in content/: every phone number and web address of
/// content/resources.toml, and the venue details of tests/fixtures/print/venues.toml.
fn facts() -> Vec<String> {
    let mut out = BTreeSet::new();
    let resources = std::fs::read_to_string(project_root().join("content/resources.toml")).unwrap();
    for line in resources.lines() {
        for key in ["phone", "url", "short-url"] {
            if let Some(v) = line.strip_prefix(&format!("{key} = \"")) {
                out.insert(v.trim_end_matches('"').to_owned());
            }
        }
    }
    let venues =
        std::fs::read_to_string(project_root().join("tests/fixtures/print/venues.toml")).unwrap();
    for line in venues.lines() {
        for key in ["phone", "hours", "name"] {
            if let Some(v) = line.strip_prefix(&format!("{key} = \"")) {
                out.insert(v.trim_end_matches('"').to_owned());
            }
        }
        if let Some(v) = line.strip_prefix("address = [") {
            for part in v.trim_end_matches(']').split("\", \"") {
                out.insert(part.trim_matches('"').to_owned());
            }
        }
    }
    assert!(out.len() > 15, "facts read: {out:?}");
    out.into_iter().collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| "()[],.;:·«»،".contains(c))
                .to_owned()
        })
        .collect()
}

/// Problems a reader would see with the facts on `pdf`: a fact whose words are all on one
/// line but not in its order, or an address whose letters are on a line with its
/// punctuation moved. Returns what was read and how many facts read right.
fn misread_facts(pdf: &Path, facts: &[String]) -> (Vec<String>, usize) {
    let mut problems = Vec::new();
    let mut right = 0;
    for (n, page) in mutool_chars(pdf).iter().enumerate() {
        for line in visual_lines(page) {
            let line_words = words(&line);
            let squeezed = squeeze(&line);
            for fact in facts {
                let fact_words = words(fact);
                let present = fact_words.iter().all(|w| line_words.contains(w));
                if !present {
                    continue;
                }
                if squeezed.contains(&squeeze(fact)) {
                    right += 1;
                } else {
                    problems.push(format!(
                        "{} page {}: {fact:?} reads {line:?}",
                        pdf.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    (problems, right)
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        if entry.extension().is_some_and(|e| e == "pdf") {
            out.push(entry);
        }
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Arabic and Urdu, generic and with a venue board: every phone number, web address and
/// venue detail reads left to right inside the right-to-left lines, in every PDF.
#[test]
fn arabic_and_urdu_print_every_fact_in_reading_order() {
    if !require_tool("mutool") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let generic = dir.path().join("generic");
    let board = dir.path().join("board");
    let out = build(&project_root(), &generic, &["--locales", "ar,ur"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fixture = project_root().join("tests/fixtures/print/venues.toml");
    let out = build(
        &project_root(),
        &board,
        // Every venue (the custody suite's long details included) and every print format.
        &[
            "--locales",
            "ar,ur",
            "--formats",
            "card,card-discreet,card-sheet,handout,handout-large,leaflet,leaflet-a5",
            "--venue-details",
            fixture.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let facts = facts();
    let mut problems = Vec::new();
    let mut right = 0;
    let mut files = 0;
    for pdf in pdfs(&generic).into_iter().chain(pdfs(&board)) {
        let (p, r) = misread_facts(&pdf, &facts);
        problems.extend(p);
        right += r;
        files += 1;
    }
    assert!(
        problems.is_empty(),
        "{} facts misread:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // The reader found the facts at all: a test that reads nothing proves nothing.
    assert!(
        files > 40 && right > 200,
        "{files} PDFs, {right} facts read in order"
    );
    // The venue's phone on the Arabic card, read back in order.
    let card = board.join("ar/clinic/hilltop/card.pdf");
    assert_on_one_line(&card, "0113 496 0999");
    assert_on_one_line(&card, "3 Hill Road");
}

/// `text` stands on one line of `pdf` as MuPDF reads it, in visual order.
fn assert_on_one_line(pdf: &Path, text: &str) {
    let lines: Vec<String> = mutool_chars(pdf).iter().flat_map(visual_lines).collect();
    assert!(
        lines.iter().any(|l| l.contains(text)),
        "{text:?} is not on one line of {}: {lines:#?}",
        pdf.display()
    );
}

/// A phone number is never broken across two lines (a reader would dial half of it). A
/// 300-venue board found one: this school's number wrapped after "0113" in its A5 leaflet's
/// venue block, and the proof refused it; phone numbers are now set whole.
#[test]
fn a_phone_number_is_never_broken_across_lines() {
    if !require_tool("mutool") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let venues = dir.path().join("venues.toml");
    std::fs::write(
        &venues,
        r#"[[venue]]
id = "venue-0113"
profile = "school"
name = "Bradford West Community High School and Sixth Form College"
phone = "0113 496 0113"
address = ["Unit 114, The Old Mill Business Park, Canal Street", "Bradford LS24 6AB"]
hours = "Monday to Friday 8am to 8pm, Saturday 9am to 1pm"
"#,
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let out = build(
        &project_root(),
        &out_dir,
        &[
            "--locales",
            "en-GB",
            "--formats",
            "leaflet-a5,leaflet,card",
            "--venue-details",
            venues.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_on_one_line(
        &out_dir.join("en-GB/school/venue-0113/leaflet-a5.pdf"),
        "0113 496 0113",
    );
}

/// The shipped project built with `args` into a temp folder, which must succeed.
fn built(args: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = build(&project_root(), dir.path(), args);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// Polish, Portuguese and Spanish repeat a hyphen at the start of the next line when a
/// word breaks at one; a web address breaking at a hyphen must not (it would read
/// `online--safety`). Read by MuPDF: no continuation line of an address starts with `-`.
#[test]
fn web_addresses_break_without_a_repeated_hyphen() {
    if !require_tool("mutool") {
        return;
    }
    let dir = built(&[
        "--locales",
        "pl,pt,es",
        "--venues",
        "police",
        "--formats",
        "leaflet,handout",
    ]);
    let mut wrapped = 0;
    let mut repeated = Vec::new();
    for pdf in pdfs(dir.path()) {
        for line in mutool_chars(&pdf).iter().flat_map(visual_lines) {
            let first = line.split_whitespace().next().unwrap_or("");
            if first.contains('/') && !first.starts_with("http") {
                wrapped += 1;
                if first.starts_with('-') {
                    repeated.push(format!("{}: {line}", pdf.display()));
                }
            }
        }
    }
    // The addresses do wrap (a test that sees no continuation line proves nothing).
    assert!(wrapped > 20, "only {wrapped} continuation lines");
    assert!(repeated.is_empty(), "{}", repeated.join("\n"));
}

/// Folded leaflets keep every character 5 mm clear of a fold, read by MuPDF: the DL roll
/// fold between its panels (97 and 197 mm outside, 100 and 200 mm inside; mirrored in
/// right-to-left editions), the A5 office sheet's fold mid-sheet on both sides.
#[test]
fn folded_leaflets_keep_their_text_clear_of_the_folds() {
    if !require_tool("mutool") {
        return;
    }
    let dir = built(&[
        "--locales",
        "en-GB,pl,ar,ur",
        "--formats",
        "leaflet,leaflet-a5",
    ]);
    let pt = 25.4 / 72.0;
    let mut checked = 0;
    let mut near = Vec::new();
    for pdf in pdfs(dir.path()) {
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".print.pdf") {
            continue;
        }
        let rtl = ["/ar/", "/ur/"]
            .iter()
            .any(|l| pdf.to_string_lossy().contains(l));
        for (i, page) in mutool_chars(&pdf).iter().enumerate() {
            let width = page.width * pt;
            let folds: Vec<f64> = if name == "leaflet-a5.pdf" {
                vec![width / 2.0]
            } else {
                let ltr = if i % 2 == 0 {
                    [97.0, 197.0]
                } else {
                    [100.0, 200.0]
                };
                ltr.iter()
                    .map(|x| if rtl { width - x } else { *x })
                    .collect()
            };
            for c in page.chars.iter().filter(|c| !c.c.is_whitespace()) {
                checked += 1;
                let (x0, x1) = (c.x0 * pt, c.x1 * pt);
                for fold in &folds {
                    // 0.3 mm for MuPDF's boxes, which are the font's, not the ink's.
                    let into = x1.min(fold + 5.0) - x0.max(fold - 5.0);
                    if into > 0.3 {
                        near.push(format!(
                            "{} page {}: {:?} at {x0:.1}–{x1:.1} mm, {into:.1} mm into the fold at {fold} mm",
                            pdf.display(),
                            i + 1,
                            c.c
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 20_000, "only {checked} characters read");
    assert!(
        near.is_empty(),
        "{} characters near a fold:\n{}",
        near.len(),
        near[..near.len().min(20)].join("\n")
    );
}

/// The proof itself catches what MuPDF sees: with the layouts' isolation of facts taken
/// out, the Arabic card's venue phone prints reversed and the build fails naming it.
#[test]
fn a_fact_set_without_isolation_fails_the_build() {
    let project = project_copy();
    let lib = project.path().join("layouts/lib.typ");
    let text = std::fs::read_to_string(&lib).unwrap();
    let (start, _) = text
        .split_once("#let fact(s) =")
        .expect("lib.typ defines fact(..)");
    // The whole definition, to the blank line after it.
    let rest = &text[start.len()..];
    let end = rest.find("\n\n").unwrap();
    let broken = format!("{start}#let fact(s) = s{}", &rest[end..]);
    std::fs::write(&lib, broken).unwrap();
    let fixture = project_root().join("tests/fixtures/print/venues.toml");
    let out_dir = project.path().join("dist");
    let out = build(
        project.path(),
        &out_dir,
        &[
            "--locales",
            "ar",
            "--formats",
            "card",
            "--venue-details",
            fixture.to_str().unwrap(),
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the venue phone number \"0113 496 0999\" reads \"0999 496 0113\""),
        "{err}"
    );
    assert!(
        !out_dir.join("ar/clinic/hilltop/card.pdf").exists(),
        "a misprinted card was written"
    );
}

/// Lengthened messages: each either fails its job naming what ran over (and writes
/// nothing for it), or fits — and then MuPDF sees every character on the page, clear of
/// the trim, and no line drawn over another.
#[test]
fn lengthened_messages_fail_or_fit() {
    if !require_tool("mutool") {
        return;
    }
    // The places that once ran off a card or over other text without a report.
    let cases = [
        (
            "ui.ftl",
            "ui-card-contacts-heading",
            &["card", "card-discreet"][..],
        ),
        ("ui.ftl", "hours-helpline", &["card", "card-sheet"][..]),
        ("ui.ftl", "discreet-label-helpline", &["card-discreet"][..]),
        (
            "ui.ftl",
            "ui-draft-mark",
            &["leaflet-a5", "leaflet", "card"][..],
        ),
        ("ui.ftl", "ui-in-danger", &["card", "handout"][..]),
        ("venues.ftl", "clinic-card-lead", &["card"][..]),
    ];
    for (file, id, formats) in cases {
        for times in [3, 12] {
            let project = project_copy();
            lengthen(&project.path().join("locales/pl").join(file), id, times);
            let out_dir = project.path().join("dist");
            let out = build(
                project.path(),
                &out_dir,
                &[
                    "--locales",
                    "pl",
                    "--venues",
                    "clinic",
                    "--formats",
                    &formats.join(","),
                ],
            );
            let err = stderr(&out);
            for format in formats {
                let pdf = out_dir.join(format!("pl/clinic/{format}.pdf"));
                let named = err
                    .lines()
                    .any(|l| l.contains(&format!("pl {format} (clinic)")) && l.contains("error"));
                if named {
                    assert_eq!(out.status.code(), Some(1), "{id} ×{times}: {err}");
                    assert!(
                        !pdf.exists(),
                        "{id} ×{times}: {format} failed but was written"
                    );
                } else {
                    assert!(
                        pdf.exists(),
                        "{id} ×{times}: {format} neither failed nor was written:\n{err}"
                    );
                    let problems = layout_problems(&pdf);
                    assert!(
                        problems.is_empty(),
                        "{id} ×{times}: {format} passed the proof, but MuPDF sees:\n{}",
                        problems.join("\n")
                    );
                }
            }
        }
    }
}

/// What MuPDF sees wrong on a page: a character less than 5 mm from the edge (or off it), or
/// characters of two lines drawn over each other (by more than a fifth of their height).
fn layout_problems(pdf: &Path) -> Vec<String> {
    let safe = 5.0 * 72.0 / 25.4 - 0.3;
    let mut out = Vec::new();
    for (n, page) in mutool_chars(pdf).iter().enumerate() {
        // Upright characters only: the draft watermark is set across the card on purpose.
        let chars: Vec<&Char> = page
            .chars
            .iter()
            .filter(|c| !c.slanted && !c.c.is_whitespace() && c.x1 > c.x0)
            .collect();
        for c in &chars {
            if c.x0 < safe
                || c.x1 > page.width - safe
                || c.y - 0.7 * c.size < safe
                || c.y > page.height - safe
            {
                out.push(format!(
                    "page {}: {:?} at ({:.1}, {:.1}) pt is within 5 mm of the edge",
                    n + 1,
                    c.c,
                    c.x,
                    c.y
                ));
            }
        }
        for (i, a) in chars.iter().enumerate() {
            for b in &chars[i + 1..] {
                let different_lines = (a.y - b.y).abs() > 0.25 * a.size.max(b.size);
                let x = a.x1.min(b.x1) - a.x0.max(b.x0);
                let y = (a.y.min(b.y)) - (a.y.max(b.y) - 0.7 * a.size.max(b.size));
                if different_lines && x > 0.5 && y > 0.2 * a.size.min(b.size) {
                    out.push(format!("page {}: {:?} and {:?} overprint", n + 1, a.c, b.c));
                }
            }
        }
    }
    out.truncate(10);
    out
}

/// `preflight` proves finished PDFs it did not make, read back from the file: the shipped
/// large-print handout holds 16 pt and nothing smaller, so a 17 pt floor fails it by name.
#[test]
fn preflight_proves_a_finished_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        dir.path(),
        &[
            "--locales",
            "ar",
            "--venues",
            "clinic",
            "--formats",
            "handout-large",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = dir.path().join("ar/clinic/handout-large.pdf");
    let run = |min: &str| {
        leafpress()
            .args(["preflight", "--project"])
            .arg(project_root())
            .args(["--min-pt", min])
            .arg(&pdf)
            .output()
            .unwrap()
    };
    let ok = run("16");
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let small = run("17");
    let report = String::from_utf8_lossy(&small.stdout);
    assert_eq!(small.status.code(), Some(1), "{report}");
    assert!(
        report.contains("is set at 16.0 pt, below the format's 17 pt"),
        "{report}"
    );
}
