//! The site of a venue board (`--venue-details`): a page per venue, the board index that lists
//! them, and `venues.json` / `venues.csv` — every link followed, every listed file hashed.
//! (The same pages in Chromium, with axe, are in tests/browser.rs.)

mod common;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;
use std::sync::OnceLock;

use common::*;
use regex_lite::Regex;
use sha2::{Digest, Sha256};

/// The locales the board is built in: the source and a translated one.
const LOCALES: &[&str] = &["en-GB", "cy"];
const VENUES_FILE: &str = "tests/fixtures/print/venues.toml";

/// `(id, profile, name, town)` of every venue in tests/fixtures/print/venues.toml.
const VENUES: &[(&str, &str, &str, &str)] = &[
    (
        "riverside",
        "clinic",
        "Riverside Sexual Health Clinic",
        "Leeds LS1 4AB",
    ),
    (
        "hilltop",
        "clinic",
        "Hilltop Health Centre",
        "Leeds LS6 2AA",
    ),
    (
        "custody-central",
        "police",
        "Leeds Central Custody Suite",
        "Leeds LS11 8BU",
    ),
];

/// The board's build, made once per test binary.
fn dist() -> &'static Path {
    static DIST: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let venues = project_root().join(VENUES_FILE);
        let out = build(
            &project_root(),
            dir.path(),
            &[
                "--locales",
                &LOCALES.join(","),
                "--venue-details",
                venues.to_str().unwrap(),
            ],
        );
        // A PDF that fails (a translation too long for a panel once the venue's details are
        // in) is the layouts' business: it is left out, and the site must offer what was built.
        let err = stderr(&out);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "board build failed:\n{err}"
        );
        for line in err.lines().filter(|l| l.starts_with("  failed: ")) {
            assert!(
                line.matches('/').count() == 3,
                "not a venue's PDF job: {line}\n{err}"
            );
        }
        assert!(!err.contains("HTML template"), "{err}");
        dir
    })
    .path()
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(dist().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn manifest() -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_str(&read("manifest.json")).unwrap();
    json["artifacts"].as_array().unwrap().clone()
}

/// Every link target of a page: `href`, `src` and CSS `url(..)`, as written.
fn links(html: &str) -> Vec<String> {
    let attr = Regex::new(r#"\s(?:href|src)="([^"]*)""#).unwrap();
    let css = Regex::new(r#"url\("([^"]*)"\)"#).unwrap();
    attr.captures_iter(html)
        .chain(css.captures_iter(html))
        .map(|c| c[1].replace("&amp;", "&"))
        .collect()
}

/// `from` (a page's path) + a relative link → the path it points to, without fragment.
fn resolve(from: &str, link: &str) -> String {
    let link = link.split('#').next().unwrap();
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in link.split('/') {
        match seg {
            ".." => {
                assert!(parts.pop().is_some(), "{from}: {link} leaves the site");
            }
            "." | "" => {}
            seg => parts.push(seg),
        }
    }
    parts.join("/")
}

fn ids(html: &str) -> BTreeSet<String> {
    Regex::new(r#"\sid="([^"]*)""#)
        .unwrap()
        .captures_iter(html)
        .map(|c| c[1].to_owned())
        .collect()
}

/// Pages reachable from `index.html` by following links between pages.
fn crawl() -> BTreeSet<String> {
    let mut seen = BTreeSet::from(["index.html".to_owned()]);
    let mut queue = VecDeque::from(["index.html".to_owned()]);
    while let Some(page) = queue.pop_front() {
        for link in links(&read(&page)) {
            if link.starts_with('#') || link.contains(':') {
                continue;
            }
            let target = resolve(&page, &link);
            if target.ends_with(".html") && seen.insert(target.clone()) {
                queue.push_back(target);
            }
        }
    }
    seen
}

#[test]
fn every_venue_page_and_board_index_is_reachable_from_the_site_index() {
    let reachable = crawl();
    for code in LOCALES {
        assert!(
            reachable.contains(&format!("{code}/venues.html")),
            "{code}'s board index is not reachable from index.html: {reachable:#?}"
        );
        for (id, profile, _, _) in VENUES {
            let page = format!("{code}/{profile}/{id}/index.html");
            assert!(dist().join(&page).is_file(), "{page} was not written");
            assert!(
                reachable.contains(&page),
                "{page} is not reachable from index.html"
            );
        }
    }
    // Every page the site wrote can be reached: none is an orphan.
    for a in manifest() {
        if a["kind"] == "html" || a["kind"] == "index" {
            let path = a["path"].as_str().unwrap();
            assert!(reachable.contains(path), "{path} is not reachable");
        }
    }
    // The site index links the board directly.
    let index = read("index.html");
    assert!(
        index.contains("href=\"en-GB/venues.html\""),
        "index.html does not link the board"
    );
}

#[test]
fn every_href_and_src_in_every_page_resolves_to_a_file_or_an_id() {
    let pages: Vec<String> = files_under(dist())
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    // 2 locales × (download page, board, 2 editions, 2 Easy Read editions, 3 venue pages)
    // + the site index.
    assert_eq!(pages.len(), 19, "{pages:#?}");
    let mut checked = 0;
    for page in &pages {
        let html = read(page);
        for link in links(&html) {
            if let Some(id) = link.strip_prefix('#') {
                assert!(ids(&html).contains(id), "{page}: #{id} has no target");
                continue;
            }
            if link.starts_with("tel:") {
                continue;
            }
            if link.starts_with("https://") {
                // Only links away (the quick exit, services' web sites), never something loaded.
                let tag = Regex::new(&format!(r#"<a\b[^>]*href="{}""#, regex_lite::escape(&link)))
                    .unwrap();
                assert!(tag.is_match(&html), "{page}: loads {link} from elsewhere");
                continue;
            }
            assert!(!link.contains(':'), "{page}: unexpected link {link}");
            let target = resolve(page, &link);
            assert!(
                dist().join(&target).is_file(),
                "{page}: {link} → {target} does not exist"
            );
            if let Some((_, id)) = link.split_once('#') {
                assert!(
                    ids(&read(&target)).contains(id),
                    "{page}: {link}: no #{id} in {target}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} links checked");
}

#[test]
fn a_venue_page_shows_its_details_formats_languages_and_quick_exit() {
    #[derive(serde::Deserialize)]
    struct Venue {
        id: String,
        profile: String,
        name: String,
        phone: Option<String>,
        address: Vec<String>,
        hours: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct File {
        venue: Vec<Venue>,
    }
    let text = std::fs::read_to_string(project_root().join(VENUES_FILE)).unwrap();
    let venues = toml::from_str::<File>(&text).unwrap().venue;
    assert_eq!(venues.len(), VENUES.len());
    for venue in &venues {
        for code in LOCALES {
            let dir = format!("{code}/{}/{}", venue.profile, venue.id);
            let html = read(&format!("{dir}/index.html"));
            assert!(
                html.contains(&format!("<html lang=\"{code}\"")),
                "{dir}: lang"
            );
            assert!(
                html.contains(&format!("<h1><bdi>{}</bdi></h1>", venue.name)),
                "{dir}: name as the heading"
            );
            for line in &venue.address {
                assert!(html.contains(line.as_str()), "{dir}: address {line}");
            }
            let phone = venue.phone.as_ref().unwrap();
            assert!(
                html.contains(&format!("href=\"tel:{}\"", phone.replace(' ', ""))),
                "{dir}: phone as a tel: link"
            );
            assert!(html.contains(venue.hours.as_ref().unwrap().as_str()));
            assert!(html.contains("data-exit>"), "{dir}: quick exit");
            assert!(html.contains("<a class=\"skip\" href=\"#main\">"));
            // Every PDF built for the venue in this language, with preview, size and master.
            let pdfs: Vec<serde_json::Value> = manifest()
                .into_iter()
                .filter(|a| {
                    a["kind"] == "pdf"
                        && a["path"].as_str().unwrap().starts_with(&format!("{dir}/"))
                })
                .collect();
            assert!(pdfs.len() >= 5, "{dir}: {} formats", pdfs.len());
            for pdf in &pdfs {
                let file = pdf["path"].as_str().unwrap().rsplit('/').next().unwrap();
                assert!(
                    html.contains(&format!("href=\"{file}\" type=\"application/pdf\"")),
                    "{dir}: {file} not offered"
                );
                let png = file.replace(".pdf", ".png");
                assert!(
                    html.contains(&format!("src=\"{png}\"")),
                    "{dir}: no preview {png}"
                );
            }
            assert!(html.contains("85 × 55 mm"), "{dir}: page sizes");
            assert!(html.contains(".print.pdf\""), "{dir}: print masters");
            // Each language the venue has, linking to its page in that language.
            for other in LOCALES {
                let link = if other == code {
                    "index.html".to_owned()
                } else {
                    format!("../../../{other}/{}/{}/index.html", venue.profile, venue.id)
                };
                assert!(
                    html.contains(&format!("<a href=\"{link}\" lang=\"{other}\"")),
                    "{dir}: no link to its {other} page"
                );
            }
        }
    }
}

/// `'sha256-…'` of a script, as a CSP names it.
fn csp_hash(script: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digest = Sha256::digest(script.as_bytes());
    let mut out = String::new();
    for chunk in digest.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    format!("'sha256-{out}'")
}

#[test]
fn every_inline_script_is_pinned_by_its_hash_and_nothing_loads_from_elsewhere() {
    let script = Regex::new(r"(?s)<script>(.*?)</script>").unwrap();
    let csp = Regex::new(r#"http-equiv="Content-Security-Policy" content="([^"]*)""#).unwrap();
    for page in files_under(dist())
        .into_iter()
        .filter(|f| f.ends_with(".html"))
    {
        let html = read(&page);
        let policy = csp.captures(&html).expect("a CSP")[1].to_owned();
        assert!(
            policy.starts_with("default-src 'none';"),
            "{page}: {policy}"
        );
        let scripts: Vec<String> = script
            .captures_iter(&html)
            .map(|c| c[1].to_owned())
            .collect();
        let expected = if page.ends_with("venues.html") { 2 } else { 1 };
        assert_eq!(scripts.len(), expected, "{page}: inline scripts");
        assert!(!html.contains("<script src"), "{page}: a script file");
        for s in &scripts {
            assert!(
                policy.contains(&csp_hash(s)),
                "{page}: a script not pinned by the CSP"
            );
        }
        // No script the page does not run is allowed by its CSP.
        assert_eq!(policy.matches("'sha256-").count(), scripts.len(), "{page}");
    }
}

#[test]
fn the_board_lists_every_venue_without_script_and_filters_by_name_or_town_with_it() {
    for code in LOCALES {
        let html = read(&format!("{code}/venues.html"));
        // Without script: every venue is a plain link in a list; the filter box is hidden.
        assert!(
            html.contains("<div class=\"filter\" role=\"search\" data-filter hidden>"),
            "{code}: the filter shows before its script runs"
        );
        assert!(
            html.contains("<label for=\"venue-filter\">"),
            "{code}: label"
        );
        for (id, profile, name, town) in VENUES {
            assert!(
                html.contains(&format!(
                    "<a href=\"{profile}/{id}/index.html\"><bdi>{name}</bdi></a>"
                )),
                "{code}: {name} not linked"
            );
            // What the filter matches: name and address, lower case.
            let search = Regex::new(&format!(
                r#"data-search="{}[^"]*{}""#,
                regex_lite::escape(&name.to_lowercase()),
                regex_lite::escape(&town.to_lowercase())
            ))
            .unwrap();
            assert!(
                search.is_match(&html),
                "{code}: {name} not searchable by town"
            );
        }
        assert!(html.contains("href=\"../venues.json\""));
        assert!(html.contains("href=\"../venues.csv\""));
        // The locale's download page links its board.
        let index = read(&format!("{code}/index.html"));
        assert!(
            index.contains("href=\"venues.html\""),
            "{code}: no board link"
        );
    }
}

#[test]
fn venues_json_and_csv_list_every_venue_file_with_its_hash_and_size() {
    let json: serde_json::Value = serde_json::from_str(&read("venues.json")).unwrap();
    let rows = json["files"].as_array().unwrap();
    let columns: Vec<&str> = json["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        columns,
        ["venue", "name", "profile", "locale", "format", "kind", "path", "sha256", "bytes"]
    );
    // Every row is a file on disk with that hash and size.
    for row in rows {
        let path = row["path"].as_str().unwrap();
        let bytes = std::fs::read(dist().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(row["sha256"].as_str().unwrap(), sha256(&bytes), "{path}");
        assert_eq!(
            row["bytes"].as_u64().unwrap() as usize,
            bytes.len(),
            "{path}"
        );
        let (id, profile, name, _) = VENUES
            .iter()
            .find(|v| v.0 == row["venue"])
            .unwrap_or_else(|| panic!("unknown venue in {row}"));
        assert_eq!(row["profile"], *profile);
        assert_eq!(row["name"], *name);
        assert!(
            path.starts_with(&format!(
                "{}/{profile}/{id}/",
                row["locale"].as_str().unwrap()
            )),
            "{path}"
        );
    }
    // Every venue file a reader or a print shop takes away is listed: PDFs, print masters,
    // braille and audio (not the previews).
    let listed: BTreeSet<&str> = rows.iter().map(|r| r["path"].as_str().unwrap()).collect();
    let expected: BTreeSet<String> = manifest()
        .iter()
        .filter(|a| {
            ["pdf", "print-pdf", "brf", "mp3", "epub"].contains(&a["kind"].as_str().unwrap())
        })
        .map(|a| a["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        listed,
        expected.iter().map(String::as_str).collect(),
        "venues.json and the manifest's PDFs differ"
    );
    // Up to 2 locales × 3 venues × (8 PDF formats, a master for the 7 that have one, a
    // braille file and two audio files).
    assert!(
        rows.len() > 2 * 3 * 7 && rows.len() <= 2 * 3 * (8 + 7 + 3),
        "{}",
        rows.len()
    );
    // The venues, with their page in each locale.
    let venues = json["venues"].as_array().unwrap();
    assert_eq!(venues.len(), VENUES.len());
    for v in venues {
        for code in LOCALES {
            let page = v["pages"][code].as_str().unwrap();
            assert!(dist().join(page).is_file(), "{page}");
        }
    }

    // The CSV holds the same rows, in the same order.
    let csv = read("venues.csv");
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next().unwrap(), columns.join(","));
    let csv_rows: Vec<Vec<&str>> = lines
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').collect())
        .collect();
    assert_eq!(csv_rows.len(), rows.len());
    for (fields, row) in csv_rows.iter().zip(rows) {
        let expected: Vec<String> = columns
            .iter()
            .map(|c| match &row[c] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        assert_eq!(fields, &expected, "CSV and JSON rows differ");
    }

    // Both lists are in the manifest like every other file, with their hashes.
    let entries: BTreeMap<String, serde_json::Value> = manifest()
        .into_iter()
        .map(|a| (a["path"].as_str().unwrap().to_owned(), a))
        .collect();
    for list in ["venues.json", "venues.csv"] {
        let entry = entries
            .get(list)
            .unwrap_or_else(|| panic!("{list} not in the manifest"));
        let bytes = std::fs::read(dist().join(list)).unwrap();
        assert_eq!(entry["sha256"].as_str().unwrap(), sha256(&bytes), "{list}");
        assert_eq!(entry["bytes"].as_u64().unwrap() as usize, bytes.len());
        assert_eq!(entry["kind"], "venues");
    }
    // And so is every page of the board.
    for code in LOCALES {
        assert!(entries.contains_key(&format!("{code}/venues.html")));
        for (id, profile, _, _) in VENUES {
            let page = format!("{code}/{profile}/{id}/index.html");
            assert_eq!(entries[&page]["kind"], "index", "{page}");
        }
    }
}
