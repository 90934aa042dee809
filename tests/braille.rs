//! Braille editions (issue 18), read back by an independent reader: liblouis's own CLI
//! `lou_translate --backward` (Debian `liblouis-bin`) turns the English police BRF back into
//! print, which must hold the guide's words as the HTML edition prints them, 999, 101 and
//! every service number of the venue. The files' geometry is checked byte by byte: cells per
//! line and lines per page within content/formats/braille.toml, CR LF line ends, a form feed
//! between pages, 6-dot braille ASCII only.
//!
//! Needs liblouis (Debian `liblouis20 liblouis-data`) and `lou_translate` (`liblouis-bin`):
//! without them the tests are skipped with the reason, or fail with LEAFPRESS_REQUIRE_TOOLS=1.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use common::*;

const CELLS: usize = 40;
const LINES: usize = 28;
/// Locales with a sound liblouis table: each has a BRF for every venue.
const BRAILLE_LOCALES: [&str; 7] = ["en-GB", "cy", "pl", "ar", "pt", "es", "pa"];
/// Locales left out, with words their reason must contain.
const LEFT_OUT: [(&str, &str); 5] = [
    ("ro", "8-dot"),
    ("uk", "print letters"),
    ("bn", "danda"),
    ("gu", "candra"),
    ("ur", "Latin letters"),
];

fn have_liblouis() -> bool {
    let found = Command::new("lou_translate")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
        && Path::new("/usr/share/liblouis/tables/en-ueb-g2.ctb").exists();
    if !found {
        if std::env::var("LEAFPRESS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!("liblouis is required (LEAFPRESS_REQUIRE_TOOLS=1) but not installed (Debian: apt-get install liblouis-bin liblouis-data liblouis20)");
        }
        eprintln!("skipped: liblouis is not installed (Debian: apt-get install liblouis-bin liblouis-data liblouis20)");
    }
    found
}

/// The braille build of every locale, made once per test binary: (output folder, stderr).
fn dist() -> &'static (tempfile::TempDir, String) {
    static DIST: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = build(&project_root(), dir.path(), &["--formats", "braille"]);
        let err = stderr(&out);
        assert!(out.status.success(), "braille build failed:\n{err}");
        (dir, err)
    })
}

/// Every braille file the build makes.
fn brf_paths() -> impl Iterator<Item = PathBuf> {
    BRAILLE_LOCALES
        .iter()
        .flat_map(|&locale| VENUES.iter().map(move |&venue| brf(locale, venue)))
}

fn brf(locale: &str, venue: &str) -> PathBuf {
    dist().0.path().join(locale).join(venue).join("braille.brf")
}

/// `lou_translate --backward table` on a BRF: its print text.
fn back_translate(table: &str, path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let text: String = String::from_utf8(bytes)
        .expect("a BRF is ASCII")
        .replace('\r', "")
        .replace('\x0c', "\n");
    let mut child = Command::new("lou_translate")
        .args(["--backward", table])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("lou_translate runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    // Without the page numbers (line 1 of each page, at the right margin): a paragraph may
    // run over a page break.
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !(l.len() > 30 && l.trim().chars().all(|c| c.is_ascii_digit())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lower-case words without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "—–/".contains(c))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words only: tags, entities, quotes and line breaks made plain, whitespace collapsed.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .replace(['\u{2068}', '\u{2069}'], "");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The texts of the HTML edition's headings, paragraphs and list items.
fn html_texts(html: &str) -> Vec<(String, String)> {
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    let mut out = Vec::new();
    for tag in ["h1", "h2", "h3", "p", "li"] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut rest = main;
        while let Some(start) = rest.find(&open) {
            let after = &rest[start..];
            // `<p` must not match `<pre`, `<li` not `<link`.
            let next = after.as_bytes().get(open.len()).copied().unwrap_or(b'>');
            if next != b'>' && next != b' ' {
                rest = &after[open.len()..];
                continue;
            }
            let body_start = after.find('>').unwrap() + 1;
            let end = after.find(&close).unwrap_or(after.len());
            let body = &after[body_start..end.max(body_start)];
            // An item with sub-items: its own words only. A service (its name in an h3) is
            // checked by its heading, description, number and address instead.
            let body = body.split("<ul").next().unwrap();
            if !body.contains("<h3") {
                out.push((tag.to_owned(), plain(body)));
            }
            rest = &after[body_start..];
        }
    }
    out
}

fn toml_file(path: &str) -> toml::Table {
    std::fs::read_to_string(project_root().join(path))
        .unwrap()
        .parse()
        .unwrap()
}

/// A field (`phone`, `url`) of each of a venue's services that has it, from content/.
fn service_field(venue: &str, field: &str) -> Vec<String> {
    let venue = toml_file(&format!("content/venues/{venue}.toml"));
    let resources = toml_file("content/resources.toml");
    let ids: Vec<&str> = venue["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    resources["resources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| ids.contains(&r["id"].as_str().unwrap()))
        .filter_map(|r| r.get(field).map(|p| p.as_str().unwrap().to_owned()))
        .collect()
}

/// The phone numbers of a venue's services.
fn service_phones(venue: &str) -> Vec<String> {
    service_field(venue, "phone")
}

/// The web addresses of a venue's services.
fn service_urls(venue: &str) -> Vec<String> {
    service_field(venue, "url")
}

#[test]
fn english_police_reads_back_to_the_guide_with_every_number() {
    if !have_liblouis() {
        return;
    }
    let text = back_translate("en-ueb-g2.ctb", &brf("en-GB", "police"));
    let flat = plain(&text);
    for number in ["999", "101", "55"] {
        assert!(
            flat.contains(&format!(" {number}")),
            "{number} not read back"
        );
    }
    let phones = service_phones("police");
    assert!(!phones.is_empty());
    for phone in &phones {
        assert!(
            flat.contains(phone.as_str()),
            "{phone} not read back:\n{text}"
        );
    }
    // Every web address of the venue's services, letter for letter (uncontracted).
    let resources = toml_file("content/resources.toml");
    let venue = toml_file("content/venues/police.toml");
    for id in venue["services"].as_array().unwrap() {
        let r = resources["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"].as_str() == id.as_str())
            .unwrap();
        if let Some(url) = r.get("url") {
            let url = url.as_str().unwrap();
            // A deep link is broken across lines: compare without the line breaks.
            // liblouis's back-translator reads UEB's colon (dots 25) after letters as the
            // groupsign "cc" (`httpscc//`); in the file it is the colon, checked below.
            let joined: String = text
                .split_whitespace()
                .collect::<String>()
                .replace("httpscc//", "https://");
            assert!(joined.contains(url), "{url} not read back");
        }
    }
    // In the file: `https:` as h t t p s, colon (dots 25), slash (dots 456, 34) twice, and
    // no contraction in a web address (`revengepornhelpline`: no "en" or "in" groupsign).
    // (An address longer than its line at cell 5 is broken after a `.`: compared joined.)
    let raw = std::fs::read_to_string(brf("en-GB", "police")).unwrap();
    let joined: String = raw.split("\r\n").map(str::trim).collect();
    assert!(raw.contains("https3_/_/"), "{raw}");
    assert!(
        joined.contains("https3_/_/revengepornhelpline4org4uk_/"),
        "{raw}"
    );
    // The guide's words, as the HTML edition prints them: every heading and every
    // paragraph and list item of the venue's edition (the write-in lines are print-only).
    let html = std::fs::read_to_string(dist().0.path().join("en-GB/police/index.html")).unwrap();
    let texts = html_texts(&html);
    let wanted: Vec<&(String, String)> = texts
        .iter()
        .filter(|(_, t)| !t.is_empty())
        // The link to other languages and the download list are the site's, not the guide's.
        .filter(|(tag, t)| {
            !(tag == "p" && (t == "Other languages" || t.starts_with("Pages")))
                && !t.contains("Download")
                && !t.contains("embosser")
                && !t.contains("KB")
        })
        .collect();
    assert!(
        wanted.len() > 30,
        "{} texts in the HTML edition",
        wanted.len()
    );
    // liblouis's back-translator misreads a few signs that are right in the file (the
    // wordsign "enough" before a dash comes back as "en", the "g" of "e.g." as "go"): a
    // text may differ in a word or two, never more, and most come back exactly.
    let back_words: std::collections::HashSet<String> = words(&flat).into_iter().collect();
    let inexact: Vec<&String> = wanted
        .iter()
        .map(|(_, t)| t)
        .filter(|t| !flat.contains(t.as_str()))
        .collect();
    for t in &inexact {
        let w = words(t);
        let lost: Vec<&String> = w.iter().filter(|w| !back_words.contains(*w)).collect();
        eprintln!("read back with a difference: {t}\n  words not found: {lost:?}");
        assert!(
            lost.len() <= 1 && w.len() >= 10,
            "{t}: words not read back: {lost:?}"
        );
    }
    assert!(
        inexact.len() * 20 <= wanted.len(),
        "{} of {} texts of the HTML edition read back with a difference",
        inexact.len(),
        wanted.len()
    );
}

#[test]
fn pages_lines_and_cells_within_the_format() {
    if !have_liblouis() {
        return;
    }
    for path in brf_paths() {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(bytes.ends_with(b"\r\n"), "{}", path.display());
        // 6-dot braille ASCII: space to `~`, as liblouis's display writes it, and the
        // page and line ends.
        assert!(
            bytes
                .iter()
                .all(|b| matches!(b, b' '..=b'~' | b'\r' | b'\n' | b'\x0c')),
            "{}: a byte outside braille ASCII",
            path.display()
        );
        let text = String::from_utf8(bytes).unwrap();
        let pages: Vec<&str> = text.split('\x0c').collect();
        assert!(
            pages.len() >= 3,
            "{}: {} pages",
            path.display(),
            pages.len()
        );
        for (n, page) in pages.iter().enumerate() {
            assert!(
                !page.contains("\n\n")
                    && page.matches('\n').count() == page.matches("\r\n").count(),
                "{} page {}: a line not ended by CR LF",
                path.display(),
                n + 1
            );
            let lines: Vec<&str> = page.trim_end_matches("\r\n").split("\r\n").collect();
            assert!(
                lines.len() <= LINES,
                "{} page {}: {} lines",
                path.display(),
                n + 1,
                lines.len()
            );
            for line in &lines {
                assert!(
                    line.len() <= CELLS,
                    "{} page {}: {} cells: {line}",
                    path.display(),
                    n + 1,
                    line.len()
                );
            }
            // The braille page number at the right margin of line 1: `#` and digits
            // a–j (1–0).
            let number: String = (n + 1)
                .to_string()
                .bytes()
                .map(|d| b"jabcdefghi"[usize::from(d - b'0')] as char)
                .collect();
            assert_eq!(
                lines[0].trim_start(),
                format!("#{number}"),
                "{} page {}",
                path.display(),
                n + 1
            );
            assert_eq!(
                lines[0].len(),
                CELLS,
                "{} page {}: number not at the right margin",
                path.display(),
                n + 1
            );
        }
    }
}

#[test]
fn every_locale_with_a_sound_table_has_braille_for_every_venue() {
    if !have_liblouis() {
        return;
    }
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dist().0.path().join("manifest.json")).unwrap())
            .unwrap();
    let brfs: Vec<&serde_json::Value> = manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "brf")
        .collect();
    assert_eq!(brfs.len(), BRAILLE_LOCALES.len() * VENUES.len());
    for locale in BRAILLE_LOCALES {
        for venue in VENUES {
            let path = format!("{locale}/{venue}/braille.brf");
            let entry = brfs
                .iter()
                .find(|a| a["path"] == path.as_str())
                .unwrap_or_else(|| panic!("{path} not in the manifest"));
            assert!(entry["pages"].as_u64().unwrap() >= 3);
            assert!(brf(locale, venue).exists());
        }
        // The download page lists it in plain words.
        let index =
            std::fs::read_to_string(dist().0.path().join(locale).join("index.html")).unwrap();
        assert!(
            index.contains("police/braille.brf"),
            "{locale}: no braille download"
        );
    }
    let en = std::fs::read_to_string(dist().0.path().join("en-GB/index.html")).unwrap();
    assert!(en.contains("Braille file for an embosser"));
    // Left out with the reason, never embossed wrong.
    let err = &dist().1;
    for (locale, reason) in LEFT_OUT {
        for venue in VENUES {
            assert!(!brf(locale, venue).exists(), "{locale}/{venue} has braille");
        }
        let line = err
            .lines()
            .find(|l| l.contains(&format!("no braille edition for {locale}:")))
            .unwrap_or_else(|| panic!("no reason given for {locale}:\n{err}"));
        assert!(line.contains(reason), "{line}");
    }
}

#[test]
fn draft_translations_say_so_in_braille() {
    if !have_liblouis() {
        return;
    }
    // Welsh is a draft: its title page carries the draft mark, back-translated with the
    // Welsh table.
    let text = plain(&back_translate("cy-cy-g2.ctb", &brf("cy", "clinic")));
    let draft = std::fs::read_to_string(project_root().join("locales/cy/ui.ftl"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("ui-draft-mark = ").map(plain))
        .unwrap();
    let first_words: String = draft.split(' ').take(2).collect::<Vec<_>>().join(" ");
    assert!(
        text.to_lowercase().contains(&first_words.to_lowercase()),
        "{first_words:?} not in the Welsh braille:\n{text}"
    );
    // en-GB is reviewed: no draft mark.
    let en = plain(&back_translate("en-ueb-g2.ctb", &brf("en-GB", "clinic")));
    assert!(!en.contains("Draft translation"));
}

#[test]
fn school_braille_has_no_adult_only_services() {
    if !have_liblouis() {
        return;
    }
    let school = plain(&back_translate("en-ueb-g2.ctb", &brf("en-GB", "school")));
    let clinic = plain(&back_translate("en-ueb-g2.ctb", &brf("en-GB", "clinic")));
    let resources = toml_file("content/resources.toml");
    let mut adult = 0;
    for r in resources["resources"].as_array().unwrap() {
        if r.get("audience").and_then(|a| a.as_str()) != Some("adult") {
            continue;
        }
        adult += 1;
        let name = r["name"].as_str().unwrap();
        assert!(!school.contains(name), "the school braille names {name}");
        assert!(clinic.contains(name), "the clinic braille lacks {name}");
        if let Some(phone) = r.get("phone") {
            assert!(!school.contains(phone.as_str().unwrap()));
        }
    }
    assert!(adult >= 2);
    // And it has the under-18 services' numbers.
    for phone in service_phones("school") {
        assert!(school.contains(&phone), "{phone} not in the school braille");
    }
}

/// Braille ASCII as leafpress writes it (lower case, `` ` { | } ~ ``) from the upper case of
/// liblouis's `en-us-brf.dis`.
fn lower_brf(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '@'..='^' => char::from(c as u8 + 0x20),
            c => c,
        })
        .collect()
}

/// `lou_translate --forward` of one line with `table`, in braille ASCII as in a BRF.
fn forward(table: &str, text: &str) -> String {
    let mut child = Command::new("lou_translate")
        .args(["--forward", &format!("en-us-brf.dis,{table}")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("lou_translate runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{text}\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    lower_brf(String::from_utf8(out.stdout).unwrap().trim())
}

/// A locale's braille tables from its locale.toml: (text, addresses).
fn tables(locale: &str) -> (String, Option<String>) {
    let meta = toml_file(&format!("locales/{locale}/locale.toml"));
    let braille = meta["braille"].as_table().unwrap();
    (
        braille["table"].as_str().unwrap().to_owned(),
        braille
            .get("addresses")
            .map(|t| t.as_str().unwrap().to_owned()),
    )
}

/// The table a locale's web addresses are written with: its `addresses` table, else its
/// own (en-GB writes them uncontracted: UEB grade 1's letters).
fn address_table(locale: &str) -> String {
    match (locale, tables(locale)) {
        ("en-GB", _) => "en-ueb-g1.ctb".to_owned(),
        (_, (_, Some(addresses))) => addresses,
        (_, (table, None)) => table,
    }
}

/// A BRF's pages, each its lines after the page number line, trailing blanks kept out.
fn pages_of(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.split('\x0c')
        .map(|page| {
            page.trim_end_matches("\r\n")
                .split("\r\n")
                .skip(1)
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Whether `line` is a centred line of a page `CELLS` wide: as many blank cells before it
/// as after (one fewer for an odd remainder), at least two.
fn is_centred(line: &str) -> bool {
    let text = line.trim_start();
    let pad = line.len() - text.len();
    !text.is_empty() && pad >= 2 && pad == (CELLS - text.len()) / 2
}

/// Where `number`'s braille (`cells`, with blanks) is broken across a line end of `pages`
/// (the last line of a page runs on to the first of the next): "page n line m".
fn split_number(pages: &[Vec<String>], cells: &str) -> Option<String> {
    let lines: Vec<(usize, usize, &str)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, lines)| {
            lines
                .iter()
                .enumerate()
                .map(move |(l, line)| (p + 1, l + 2, line.as_str()))
        })
        .collect();
    for pair in lines.windows(2) {
        let (end, start) = (pair[0].2.trim_end(), pair[1].2.trim_start());
        for (k, _) in cells.match_indices(' ') {
            if end.ends_with(&cells[..k]) && start.starts_with(&cells[k + 1..]) {
                return Some(format!("page {} line {}", pair[0].0, pair[0].1));
            }
        }
    }
    None
}

#[test]
fn headings_are_kept_with_two_lines_of_what_they_head() {
    if !have_liblouis() {
        return;
    }
    for path in brf_paths() {
        let pages = pages_of(&path);
        let last = pages.len() - 1;
        for (p, lines) in pages.iter().enumerate().skip(1) {
            let mut n = 0;
            while n < lines.len() {
                // A heading: centred lines after a blank line (or the page's top),
                // followed by a blank line.
                let top = n == 0 || lines[n - 1].is_empty();
                let mut end = n;
                while end < lines.len() && is_centred(&lines[end]) {
                    end += 1;
                }
                if !top || end == n || lines.get(end).is_some_and(|l| !l.is_empty()) {
                    n += 1;
                    continue;
                }
                let after = lines[end..].iter().filter(|l| !l.is_empty()).count();
                assert!(
                    after >= 2 || p == last,
                    "{} page {}: the heading «{}» has {after} line(s) after it on its page",
                    path.display(),
                    p + 1,
                    lines[n].trim()
                );
                n = end;
            }
        }
    }
}

#[test]
fn blank_lines_come_one_at_a_time_and_never_start_a_page() {
    if !have_liblouis() {
        return;
    }
    for path in brf_paths() {
        for (p, lines) in pages_of(&path).iter().enumerate() {
            assert!(
                lines.first().is_some_and(|l| !l.is_empty()),
                "{} page {}: starts with a blank line",
                path.display(),
                p + 1
            );
            for (l, pair) in lines.windows(2).enumerate() {
                assert!(
                    !(pair[0].is_empty() && pair[1].is_empty()),
                    "{} page {} line {}: two blank lines",
                    path.display(),
                    p + 1,
                    l + 2
                );
            }
        }
    }
}

#[test]
fn phone_numbers_are_never_split_across_lines() {
    if !have_liblouis() {
        return;
    }
    let resources = toml_file("content/resources.toml");
    let numbers: Vec<String> = resources["numbers"]
        .as_table()
        .unwrap()
        .values()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    for locale in BRAILLE_LOCALES {
        let (table, _) = tables(locale);
        for venue in VENUES {
            let path = brf(locale, venue);
            let pages = pages_of(&path);
            let flat = pages.concat().join("\n");
            let phones = service_phones(venue);
            for phone in phones.iter().chain(&numbers) {
                // The number's braille on its own, with the table's space between groups.
                let cells = forward(&table, phone);
                assert!(
                    !phones.contains(phone) || flat.contains(&cells),
                    "{}: {phone} ({cells}) not in the file",
                    path.display()
                );
                if let Some(at) = split_number(&pages, &cells) {
                    panic!("{}: {phone} ({cells}) split at {at}", path.display());
                }
            }
        }
    }
}

#[test]
fn a_venues_own_phone_number_is_never_split() {
    if !have_liblouis() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let venues = project_root().join("tests/fixtures/print/venues.toml");
    let out = build(
        &project_root(),
        dir.path(),
        &[
            "--formats",
            "braille",
            "--locales",
            "cy,pa,ar",
            "--venue-details",
            venues.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let details = toml_file("tests/fixtures/print/venues.toml");
    let mut checked = 0;
    for locale in ["cy", "pa", "ar"] {
        let (table, _) = tables(locale);
        for venue in details["venue"].as_array().unwrap() {
            let path = dir
                .path()
                .join(locale)
                .join(venue["profile"].as_str().unwrap())
                .join(venue["id"].as_str().unwrap())
                .join("braille.brf");
            let pages = pages_of(&path);
            let phone = venue["phone"].as_str().unwrap();
            let cells = forward(&table, phone);
            let flat: String = pages.concat().join("\n");
            // On one line (its spaces are the table's).
            assert!(
                flat.contains(&cells),
                "{}: {phone} ({cells}) not on one line",
                path.display()
            );
            assert!(split_number(&pages, &cells).is_none());
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
}

#[test]
fn web_addresses_stay_on_one_page_and_break_after_a_slash() {
    if !have_liblouis() {
        return;
    }
    for locale in BRAILLE_LOCALES {
        let table = address_table(locale);
        for venue in VENUES {
            let path = brf(locale, venue);
            let pages = pages_of(&path);
            // A page's text without line ends: an address broken across lines is whole.
            let joined: Vec<String> = pages
                .iter()
                .map(|lines| lines.iter().map(|l| l.trim()).collect::<String>())
                .collect();
            for url in service_urls(venue) {
                let cells = forward(&table, &url);
                let on = joined.iter().filter(|p| p.contains(&cells)).count();
                assert!(
                    on > 0,
                    "{}: {url} ({cells}) is not on one page",
                    path.display()
                );
            }
            // Inside an address a line never ends after its hyphen: a `/` or `.` fitted.
            for lines in &pages {
                for pair in lines.windows(2) {
                    let (end, next) = (pair[0].trim_end(), pair[1].trim());
                    let Some(word) = end.rsplit(' ').next() else {
                        continue;
                    };
                    if word.ends_with('-') && word.len() > 1 {
                        let whole = format!("{word}{}", next.split(' ').next().unwrap());
                        assert!(
                            !service_urls(venue)
                                .iter()
                                .any(|u| forward(&table, u).contains(&whole)),
                            "{}: an address broken after a hyphen: {word} / {next}",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn title_pages_are_centred() {
    if !have_liblouis() {
        return;
    }
    for path in brf_paths() {
        for (l, line) in pages_of(&path)[0].iter().enumerate() {
            assert!(
                line.is_empty() || is_centred(line),
                "{} page 1 line {}: not centred: «{line}»",
                path.display(),
                l + 2
            );
        }
    }
}

#[test]
fn latin_names_addresses_and_dates_read_back_in_arabic_and_punjabi() {
    if !have_liblouis() {
        return;
    }
    let guide = toml_file("content/guide.toml")["guide"].clone();
    let version = guide["version"].as_str().unwrap().to_owned();
    let published = guide["published"].to_string();
    let resources = toml_file("content/resources.toml");
    for locale in ["ar", "pa"] {
        let (_, addresses) = tables(locale);
        let addresses = addresses.expect("an addresses table");
        for venue in VENUES {
            let path = brf(locale, venue);
            // Read with the addresses table: the Latin stretches come back letter for letter.
            let text = back_translate(&addresses, &path);
            let flat = plain(&text);
            let joined: String = text.split_whitespace().collect();
            let html = plain(
                &std::fs::read_to_string(
                    dist().0.path().join(locale).join(venue).join("index.html"),
                )
                .unwrap(),
            );
            for id in toml_file(&format!("content/venues/{venue}.toml"))["services"]
                .as_array()
                .unwrap()
            {
                let r = resources["resources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"].as_str() == id.as_str())
                    .unwrap();
                let name = r["name"].as_str().unwrap();
                if html.contains(name) {
                    assert!(
                        flat.contains(name),
                        "{}: «{name}» not read back with {addresses}",
                        path.display()
                    );
                }
                if let Some(url) = r.get("url") {
                    let url = url.as_str().unwrap();
                    assert!(
                        joined.contains(url),
                        "{}: {url} not read back with {addresses}",
                        path.display()
                    );
                }
            }
            // Dates and the version read back as numbers, every group with its number sign.
            for number in [&version, &published] {
                assert!(
                    flat.contains(number.as_str()),
                    "{}: {number} not read back:\n{text}",
                    path.display()
                );
            }
            let raw = std::fs::read_to_string(&path).unwrap();
            let date: String = published
                .split('-')
                .map(|g| forward(&addresses, g))
                .collect::<Vec<_>>()
                .join("-");
            assert!(
                raw.contains(&date),
                "{}: {date} not in the file",
                path.display()
            );
        }
    }
}

#[test]
fn an_ellipsis_is_three_full_stops_where_the_table_has_no_sign_for_it() {
    if !have_liblouis() {
        return;
    }
    // cy-cy-g2.ctb writes `…` as one apostrophe (dots 3); `...` is three.
    let title = std::fs::read_to_string(project_root().join("locales/cy/guide.ftl"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("guide-title = ").map(str::to_owned))
        .unwrap();
    assert!(title.ends_with('…'));
    let dots = forward("cy-cy-g2.ctb", &title.replace('…', "..."));
    let page = pages_of(&brf("cy", "police"))[0].join("\n");
    assert!(
        page.contains(&dots),
        "{dots} not on the title page:\n{page}"
    );
}

/// Cells before a line's first braille.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether line `l` of `lines` is a centred heading: centred, with a blank line (or the
/// page's edge) before the block of centred lines it is in and after it.
fn is_heading(lines: &[String], l: usize) -> bool {
    if !is_centred(&lines[l]) {
        return false;
    }
    let mut first = l;
    while first > 0 && is_centred(&lines[first - 1]) {
        first -= 1;
    }
    let mut last = l;
    while last + 1 < lines.len() && is_centred(&lines[last + 1]) {
        last += 1;
    }
    (first == 0 || lines[first - 1].is_empty()) && lines.get(last + 1).is_none_or(|l| l.is_empty())
}

/// The "where to get help" list of a BRF: the lines (page, line number as embossed, text)
/// after the centred heading before the first web address (`scheme`, the braille of
/// `https://`) up to the next centred heading.
fn services_section(pages: &[Vec<String>], scheme: &str) -> Vec<(usize, usize, String)> {
    let all: Vec<(usize, usize, String, bool)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, lines)| {
            (0..lines.len()).map(move |l| (p + 1, l + 2, lines[l].clone(), is_heading(lines, l)))
        })
        .collect();
    let first = all
        .iter()
        .position(|(_, _, line, _)| line.contains(scheme))
        .expect("a web address");
    let start = all[..first]
        .iter()
        .rposition(|(.., heading)| *heading)
        .expect("a heading before the services")
        + 1;
    let end = all[first..]
        .iter()
        .position(|(.., heading)| *heading)
        .map_or(all.len(), |e| first + e);
    all[start..end]
        .iter()
        .map(|(p, l, line, _)| (*p, *l, line.clone()))
        .collect()
}

/// The services list of a BRF in groups of lines with no blank line between them on one
/// page: a service's entry, or the part of one a page holds.
fn service_groups(locale: &str, venue: &str) -> Vec<Vec<(usize, usize, String)>> {
    let scheme = forward(&address_table(locale), "https://");
    let section = services_section(&pages_of(&brf(locale, venue)), &scheme);
    let mut groups: Vec<Vec<(usize, usize, String)>> = Vec::new();
    for (n, line) in section.iter().enumerate() {
        if line.2.is_empty() {
            continue;
        }
        let continues = n > 0 && !section[n - 1].2.is_empty() && section[n - 1].0 == line.0;
        match groups.last_mut() {
            Some(group) if continues => group.push(line.clone()),
            _ => groups.push(vec![line.clone()]),
        }
    }
    assert!(groups.len() >= 3, "{locale}/{venue}: {groups:?}");
    groups
}

#[test]
fn a_services_description_and_facts_are_indented_under_its_name() {
    if !have_liblouis() {
        return;
    }
    // A nested list: the name at cell 1, its description and its phone, hours and web lines
    // at cell 3, every runover at cell 5. So a line at cell 1 is only ever a name, after a
    // blank line or at the top of a page.
    for locale in BRAILLE_LOCALES {
        for venue in VENUES {
            for group in service_groups(locale, venue) {
                let (page, line, first) = &group[0];
                assert_eq!(
                    indent(first),
                    0,
                    "{locale}/{venue} page {page} line {line}: «{first}» is not a name at cell 1"
                );
                for (page, line, text) in &group[1..] {
                    assert!(
                        matches!(indent(text), 2 | 4),
                        "{locale}/{venue} page {page} line {line}: «{text}» starts at cell {} \
                         under a service's name (a runover at the name's cell reads as a new entry)",
                        indent(text) + 1
                    );
                }
            }
        }
    }
}

#[test]
fn a_services_entry_is_never_split_across_pages() {
    if !have_liblouis() {
        return;
    }
    // Every group of lines in the list starts with a service's name, never with the rest of
    // an entry the page before began (its description, or its Phone, Hours or Web line);
    // every entry fits on a page, so every entry is whole on one.
    let ui = |locale: &str, key: &str| {
        std::fs::read_to_string(project_root().join(format!("locales/{locale}/ui.ftl")))
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix(&format!("ui-{key} = ")).map(str::to_owned))
            .unwrap()
    };
    for locale in BRAILLE_LOCALES {
        let (table, _) = tables(locale);
        let labels: Vec<String> = ["phone", "hours", "web"]
            .iter()
            .map(|key| forward(&table, &ui(locale, key)))
            .collect();
        for venue in VENUES {
            for group in service_groups(locale, venue) {
                let (page, line, first) = &group[0];
                assert!(
                    indent(first) == 0 && !labels.iter().any(|l| first.starts_with(l.as_str())),
                    "{locale}/{venue} page {page} line {line}: «{first}» starts the page \
                     without its service's name"
                );
                assert!(group.len() < LINES - 1);
            }
        }
    }
}

#[test]
fn a_web_address_never_leaves_its_scheme_alone_on_a_line() {
    if !have_liblouis() {
        return;
    }
    for locale in BRAILLE_LOCALES {
        let table = address_table(locale);
        let scheme = forward(&table, "https://");
        for venue in VENUES {
            let pages = pages_of(&brf(locale, venue));
            let lines: Vec<&String> = pages.iter().flatten().collect();
            for (n, line) in lines.iter().enumerate() {
                assert!(
                    line.split(' ').next_back() != Some(scheme.as_str()),
                    "{locale}/{venue}: «{line}» ends with {scheme} alone, before «{}»",
                    lines.get(n + 1).map_or("", |l| l.trim())
                );
            }
            // A broken address keeps its host on its first line when the host fits there
            // (at cell 5, under a Web label at cell 3).
            for url in service_urls(venue) {
                let whole = forward(&table, &url);
                if lines.iter().any(|l| l.contains(&whole)) {
                    continue;
                }
                let host = &url[..url[8..].find('/').map_or(url.len(), |p| p + 9)];
                let host = forward(&table, host);
                if 4 + host.len() <= CELLS {
                    assert!(
                        lines.iter().any(|l| l.contains(&host)),
                        "{locale}/{venue}: {url} broken inside its host {host}"
                    );
                }
            }
        }
    }
}

#[test]
fn wrapped_title_page_lines_do_not_end_with_a_lone_word() {
    if !have_liblouis() {
        return;
    }
    // A title-page line too long for a line is wrapped to even lengths: its last line holds
    // more than one word (never "999." or a date alone).
    for locale in BRAILLE_LOCALES {
        for venue in VENUES {
            let title = &pages_of(&brf(locale, venue))[0];
            for (l, pair) in title.windows(2).enumerate() {
                let last = pair[1].trim();
                let ends_block = title.get(l + 2).is_none_or(|n| n.is_empty());
                assert!(
                    pair[0].is_empty() || !ends_block || last.contains(' '),
                    "{locale}/{venue} page 1 line {}: «{last}» alone after «{}»",
                    l + 3,
                    pair[0].trim()
                );
            }
        }
    }
}

/// A misspelt table in a locale.toml is an error at the table's name (exit 1), not a locale
/// left out on purpose: the other locales' braille is built, and the locale's last good
/// braille file stays published, byte for byte.
#[test]
fn a_misspelt_table_is_an_error_and_the_last_good_file_stays() {
    if !have_liblouis() {
        return;
    }
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let args = [
        "--locales",
        "cy,en-GB",
        "--venues",
        "police",
        "--formats",
        "braille",
    ];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    let good = std::fs::read(out.path().join("cy/police/braille.brf")).unwrap();

    let toml = project.path().join("locales/cy/locale.toml");
    edit(
        &toml,
        "table = \"cy-cy-g2.ctb\"",
        "table = \"cy-cy-g3.ctb\"",
    );
    let line = std::fs::read_to_string(&toml)
        .unwrap()
        .lines()
        .position(|l| l.contains("cy-cy-g3.ctb"))
        .unwrap()
        + 1;
    let err = build_fails(project.path(), out.path(), &args);
    assert!(
        err.contains(&format!("locales/cy/locale.toml:{line}:10")) && err.contains("cy-cy-g3.ctb"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(out.path().join("cy/police/braille.brf")).unwrap(),
        good,
        "the last good Welsh braille file was not kept"
    );
    assert!(out.path().join("en-GB/police/braille.brf").is_file());
}
