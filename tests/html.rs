//! The website: HTML editions and download pages made from the same documents as the PDFs,
//! checked from the real files (the browser tests are in tests/browser.rs).

mod common;

use std::path::Path;

use common::*;
use leafpress::source::{self, Audience};
use regex_lite::Regex;

fn read(dist: &Path, rel: &str) -> String {
    std::fs::read_to_string(dist.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn edition(venue: &str) -> String {
    read(en_gb_dist(), &format!("en-GB/{venue}/index.html"))
}

fn manifest(dist: &Path) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_str(&read(dist, "manifest.json")).unwrap();
    json["artifacts"].as_array().unwrap().clone()
}

/// The venue's services its audience may use, straight from content/.
fn services_for(project: &source::Project, venue: &str) -> Vec<source::Resource> {
    let v = &project
        .venues
        .iter()
        .find(|v| v.data.id == venue)
        .unwrap()
        .data;
    v.services
        .iter()
        .chain(&v.card_services)
        .map(|id| {
            project
                .resources
                .data
                .resources
                .iter()
                .find(|r| r.id.get_ref() == id.get_ref())
                .unwrap()
                .clone()
        })
        .filter(|r| r.audience.includes(v.audience))
        .collect()
}

fn tel(phone: &str) -> String {
    format!("href=\"tel:{}\"", phone.replace(' ', ""))
}

#[test]
fn every_venue_has_an_html_edition_with_language_direction_heading_and_skip_link() {
    let leads = [
        ("clinic", "Your visit is confidential"),
        ("school", "Tell a trusted adult"),
        ("police", "You can report this to us"),
    ];
    for (venue, lead) in leads {
        let html = edition(venue);
        assert!(
            html.contains("<html lang=\"en-GB\" dir=\"ltr\">"),
            "{venue}: no lang/dir on <html>"
        );
        assert_eq!(html.matches("<h1").count(), 1, "{venue}: one h1");
        assert!(html.matches("<h2").count() >= 6, "{venue}: sections as h2");
        assert!(
            html.contains("<a class=\"skip\" href=\"#main\">Skip to main content</a>"),
            "{venue}: skip link"
        );
        assert!(
            html.contains("<main id=\"main\""),
            "{venue}: skip link target"
        );
        assert!(
            html.contains("<ul class=\"items\">"),
            "{venue}: items as lists"
        );
        assert!(html.contains(lead), "{venue}: the venue lead {lead:?}");
        assert!(
            html.contains("What to do if…"),
            "{venue}: the guide's title"
        );
        assert!(
            html.contains("<title>Leaflets and cards — read online</title>"),
            "{venue}: neutral title"
        );
        assert!(
            html.contains("data-exit>Exit this page</a>"),
            "{venue}: quick exit"
        );
        // Write-in fields are for paper only.
        assert!(
            html.contains("class=\"write-in print-only\""),
            "{venue}: write-in block is print-only"
        );
        assert!(html.contains("@media print"), "{venue}: print CSS");
        assert!(
            html.contains("name=\"viewport\""),
            "{venue}: phone viewport"
        );
        for other in ["clinic", "school", "police"]
            .iter()
            .filter(|o| **o != venue)
        {
            let other_lead = leads.iter().find(|(v, _)| v == other).unwrap().1;
            assert!(
                !html.contains(other_lead),
                "{venue}: shows the {other} lead"
            );
        }
    }
    let school = edition("school");
    for forbidden in ["Screenshot messages", "StopNCII", "Revenge Porn Helpline"] {
        assert!(
            !school.contains(forbidden),
            "school edition says {forbidden:?}"
        );
    }
}

#[test]
fn phone_numbers_are_tel_links_and_every_resource_url_is_a_link() {
    let project = source::load(&project_root())
        .project
        .expect("project loads");
    for venue in VENUES {
        let html = edition(venue);
        assert!(
            html.contains(&tel("999")),
            "{venue}: 999 is not a tel: link"
        );
        let services = services_for(&project, venue);
        assert!(!services.is_empty());
        for r in services {
            if let Some(phone) = &r.phone {
                assert!(
                    html.contains(&tel(phone.get_ref())),
                    "{venue}: {} is not a tel: link",
                    phone.get_ref()
                );
            }
            if let Some(url) = &r.url {
                assert!(
                    html.contains(&format!("href=\"{}\"", url.get_ref())),
                    "{venue}: {} is not a link",
                    url.get_ref()
                );
            }
        }
        let v = &project
            .venues
            .iter()
            .find(|v| v.data.id == venue)
            .unwrap()
            .data;
        for r in &project.resources.data.resources {
            if r.audience == Audience::Adult && v.audience == Audience::Under18 {
                if let Some(url) = &r.url {
                    assert!(
                        !html.contains(url.get_ref().as_str()),
                        "{venue}: adult-only {} shown",
                        url.get_ref()
                    );
                }
            }
        }
    }
}

#[test]
fn pages_load_nothing_from_other_hosts() {
    let dist = en_gb_dist();
    let pages: Vec<String> = files_under(dist)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert_eq!(
        pages.len(),
        8,
        "3 editions, 3 Easy Read editions, the en-GB download page and the site index: {pages:?}"
    );
    let external = Regex::new(r#"(?i)<(script|img|link|iframe|source|video|audio|embed|object)\b[^>]*\b(src|href|data|srcset)\s*=\s*["']?\s*(https?:)?//"#).unwrap();
    let css_url = Regex::new(r#"(?i)url\(\s*["']?\s*(https?:)?//"#).unwrap();
    for rel in pages {
        let html = read(dist, &rel);
        assert!(
            !external.is_match(&html),
            "{rel}: loads something from another host"
        );
        assert!(
            !css_url.is_match(&html) && !html.contains("@import"),
            "{rel}: CSS loads from another host"
        );
        assert_eq!(
            html.matches("<script").count(),
            1,
            "{rel}: one inline script (the quick exit)"
        );
        assert!(
            html.contains("<script>(function ()"),
            "{rel}: the script is inline"
        );
        assert!(
            html.contains("default-src 'none'"),
            "{rel}: no Content-Security-Policy"
        );
        assert!(
            html.contains("<meta name=\"referrer\" content=\"no-referrer\">"),
            "{rel}: referrer leaks"
        );
        for word in ["google", "analytics", "gtag", "fonts.googleapis", "cdn"] {
            assert!(
                !html.to_lowercase().contains(word),
                "{rel}: mentions {word}"
            );
        }
    }
}

#[test]
fn the_download_pages_offer_every_format_with_size_preview_and_languages() {
    let dist = en_gb_dist();
    for (rel, prefix) in [("en-GB/index.html", ""), ("index.html", "en-GB/")] {
        let html = read(dist, rel);
        assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{rel}");
        assert!(
            html.contains("<title>Leaflets and cards — download</title>"),
            "{rel}: neutral title"
        );
        assert!(
            html.contains("href=\"https://www.bbc.co.uk/weather\""),
            "{rel}: quick exit to a neutral site"
        );
        assert!(
            html.contains(&format!(
                "href=\"{prefix}index.html\" lang=\"en-GB\" hreflang=\"en-GB\" dir=\"ltr\""
            )),
            "{rel}: language link"
        );
        assert!(
            html.contains("English (UK)"),
            "{rel}: languages by native name"
        );
        for venue in VENUES {
            assert!(
                html.contains(&format!("href=\"{prefix}{venue}/index.html\"")),
                "{rel}: {venue} edition link"
            );
            for format in FORMATS {
                assert!(
                    html.contains(&format!(
                        "href=\"{prefix}{venue}/{format}.pdf\" type=\"application/pdf\""
                    )),
                    "{rel}: {venue}/{format}.pdf"
                );
                assert!(
                    html.contains(&format!("src=\"{prefix}{venue}/{format}.png\"")),
                    "{rel}: {venue}/{format}.png"
                );
            }
        }
        for size in ["85 × 55 mm", "210 × 297 mm", "297 × 210 mm"] {
            assert!(html.contains(size), "{rel}: page size {size}");
        }
        for name in [
            "Wallet card",
            "A4 handout",
            "DL leaflet",
            "Page size",
            "File size",
        ] {
            assert!(html.contains(name), "{rel}: {name}");
        }
        assert!(
            Regex::new(r"PDF, \d+ KB").unwrap().is_match(&html),
            "{rel}: file sizes"
        );
    }
}

#[test]
fn the_manifest_records_every_html_and_png_file() {
    let dist = en_gb_dist();
    let artifacts = manifest(dist);
    let kind = |k: &str| artifacts.iter().filter(|a| a["kind"] == k).count();
    assert!(kind("pdf") >= 9, "at least 3 venues × 3 formats");
    assert_eq!(kind("png"), kind("pdf"), "one preview per PDF");
    assert_eq!(
        kind("html"),
        6,
        "one edition and one Easy Read edition per venue"
    );
    assert_eq!(
        kind("index"),
        2,
        "the en-GB download page and the site index"
    );
    for pdf in artifacts.iter().filter(|a| a["kind"] == "pdf") {
        let png = pdf["path"].as_str().unwrap().replace(".pdf", ".png");
        assert!(
            artifacts
                .iter()
                .any(|a| a["kind"] == "png" && a["path"] == png.as_str()),
            "no preview for {}",
            pdf["path"]
        );
    }
    let listed: Vec<&str> = artifacts
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    for file in files_under(dist)
        .iter()
        .filter(|f| f.as_str() != "manifest.json")
    {
        assert!(
            listed.contains(&file.as_str()),
            "{file} is not in the manifest"
        );
    }
    use sha2::Digest;
    for a in &artifacts {
        let bytes = std::fs::read(dist.join(a["path"].as_str().unwrap())).unwrap();
        assert_eq!(
            a["bytes"].as_u64().unwrap() as usize,
            bytes.len(),
            "{}",
            a["path"]
        );
        let sha: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(a["sha256"], sha, "{}", a["path"]);
    }
}

/// Walks a PNG's chunks, checking each CRC; returns (width, height).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let (mut at, mut size, mut last) = (8, (0, 0), String::new());
    while at < bytes.len() {
        let len = be(&bytes[at..]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let data = &bytes[at + 8..at + 8 + len];
        assert_eq!(
            be(&bytes[at + 8 + len..]),
            crc32(&bytes[at + 4..at + 8 + len]),
            "CRC of a {} chunk",
            String::from_utf8_lossy(kind)
        );
        if kind == b"IHDR" {
            size = (be(data), be(&data[4..]));
        }
        last = String::from_utf8_lossy(kind).into_owned();
        at += 12 + len;
    }
    assert_eq!(last, "IEND", "the PNG ends with IEND");
    size
}

#[test]
fn previews_are_valid_thumbnail_pngs() {
    let dist = en_gb_dist();
    for a in manifest(dist).iter().filter(|a| a["kind"] == "png") {
        let bytes = std::fs::read(dist.join(a["path"].as_str().unwrap())).unwrap();
        let (w, h) = png_size(&bytes);
        assert!(
            w.max(h) <= 400 && w.min(h) >= 60,
            "{}: {w}×{h} is not a thumbnail",
            a["path"]
        );
        assert!(
            bytes.len() < 200_000,
            "{}: {} bytes",
            a["path"],
            bytes.len()
        );
        // The image has the page's shape.
        let size = &a["page_size_mm"][0];
        let (mw, mh) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
        assert!(
            (f64::from(w) / f64::from(h) - mw / mh).abs() < 0.02,
            "{}: {w}×{h} for {mw}×{mh} mm",
            a["path"]
        );
    }
}

#[test]
fn a_draft_locale_carries_the_draft_mark_and_only_what_was_built_is_offered() {
    let reviewed = edition("clinic");
    assert!(
        !reviewed.contains("class=\"draft\""),
        "a reviewed locale has no draft mark"
    );
    let project = project_copy();
    edit(
        &project.path().join("locales/en-GB/locale.toml"),
        "status = \"reviewed\"",
        "status = \"draft\"",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
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
    assert!(out.status.success(), "{}", stderr(&out));
    let mark = "<p class=\"draft\" role=\"note\">Draft translation — not yet checked by a qualified translator.</p>";
    for rel in ["en-GB/clinic/index.html", "en-GB/index.html", "index.html"] {
        let html = read(out_dir.path(), rel);
        assert!(html.contains(mark), "{rel}: no draft mark");
        let main = html.find("<main").unwrap();
        assert!(
            html[main..].find(mark).unwrap() < html[main..].find("<h1").unwrap(),
            "{rel}: draft mark not at the top"
        );
    }
    let index = read(out_dir.path(), "en-GB/index.html");
    assert!(
        index.contains("href=\"clinic/card.pdf\""),
        "the card is offered"
    );
    assert!(
        !index.contains("handout.pdf") && !index.contains("school/"),
        "only what was built is offered"
    );
    let a = manifest(out_dir.path());
    assert!(a
        .iter()
        .filter(|a| a["kind"] != "pdf" && a["kind"] != "png")
        .all(|a| a["status"] == "draft"));
}

#[test]
fn a_right_to_left_locale_is_marked_rtl_and_its_numbers_stay_left_to_right() {
    // A copy of en-GB set right to left, under a private-use code (not a real language).
    let project = project_copy();
    let from = project.path().join("locales/en-GB");
    let to = project.path().join("locales/qps-plocm");
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    edit(
        &to.join("locale.toml"),
        "code = \"en-GB\"",
        "code = \"qps-plocm\"",
    );
    edit(
        &to.join("locale.toml"),
        "direction = \"ltr\"",
        "direction = \"rtl\"",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB,qps-plocm",
            "--venues",
            "police",
            "--formats",
            "handout",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(out_dir.path(), "qps-plocm/police/index.html");
    assert!(
        html.contains("<html lang=\"qps-plocm\" dir=\"rtl\">"),
        "no dir=rtl"
    );
    assert!(
        html.contains("<a class=\"tel\" href=\"tel:999\" dir=\"ltr\">"),
        "numbers keep left-to-right"
    );
    assert!(
        html.contains("dir=\"ltr\">https://"),
        "URLs keep left-to-right"
    );
    // Every page lists the language in its own direction.
    for rel in [
        "index.html",
        "en-GB/index.html",
        "en-GB/police/index.html",
        "qps-plocm/index.html",
    ] {
        let page = read(out_dir.path(), rel);
        assert!(
            page.contains("lang=\"qps-plocm\" hreflang=\"qps-plocm\" dir=\"rtl\""),
            "{rel}: RTL language link"
        );
        assert!(
            page.contains("lang=\"en-GB\" hreflang=\"en-GB\" dir=\"ltr\""),
            "{rel}: en-GB language link"
        );
    }
    // From an edition, the other language's link leads to the same venue's edition.
    assert!(read(out_dir.path(), "en-GB/police/index.html")
        .contains("href=\"../../qps-plocm/police/index.html\""));
}

#[test]
fn translations_are_text_in_html_and_pdf_never_markup_or_template_code() {
    let project = project_copy();
    let guide = project.path().join("locales/en-GB/guide.ftl");
    let text = std::fs::read_to_string(&guide).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("reassurance-body = "))
        .expect("reassurance-body")
        .to_owned();
    let payload = r#"reassurance-body = Test <script>alert(1)</script> & "quoted" {"{{"} 7*7 {"}}"} and {"{%"} if true {"%}"}x{"{%"} endif {"%}"} end."#;
    edit(&guide, &line, payload);
    let ui = project.path().join("locales/en-GB/ui.ftl");
    edit(
        &ui,
        "site-title = Leaflets and cards — download",
        "site-title = Leaflets & cards</title><script>alert(2)</script>",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB",
            "--venues",
            "clinic",
            "--formats",
            "handout",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let html = read(out_dir.path(), "en-GB/clinic/index.html");
    let expected = "Test &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; {{ 7*7 }} and {% if true %}x{% endif %} end.";
    assert!(
        html.contains(expected),
        "the translation is not literal text in the HTML"
    );
    assert!(
        !html.contains("<script>alert"),
        "a translation injected a script"
    );
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the quick-exit script"
    );
    assert!(
        !html.contains(" 49 and "),
        "template code in a translation was evaluated"
    );
    let index = read(out_dir.path(), "en-GB/index.html");
    assert!(index.contains("<title>Leaflets &amp; cards&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>"), "title not escaped");
    assert_eq!(index.matches("<script").count(), 1);

    let pdf = compact(&read_pdf(&out_dir.path().join("en-GB/clinic/handout.pdf")).text());
    let literal = compact(
        r#"Test <script>alert(1)</script> & "quoted" {{ 7*7 }} and {% if true %}x{% endif %} end."#,
    );
    assert!(
        pdf.contains(&literal),
        "the PDF does not print the translation literally"
    );
}

#[test]
fn a_broken_template_is_reported_at_its_line_and_the_pdfs_still_build() {
    // Strict undefined: a value the document lacks fails the page, never prints blank.
    let project = project_copy();
    edit(
        &project.path().join("layouts/html/edition.html.j2"),
        "{{ doc.lead.heading }}",
        "{{ doc.lead.headline }}",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
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
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        Regex::new(r"layouts/html/edition\.html\.j2:\d+:\d+")
            .unwrap()
            .is_match(&err),
        "{err}"
    );
    assert!(err.contains("undefined") && err.contains("hint:"), "{err}");
    assert!(
        out_dir.path().join("en-GB/clinic/card.pdf").is_file(),
        "the PDF still builds"
    );
    assert!(
        !out_dir.path().join("en-GB/clinic/index.html").exists(),
        "no half page"
    );
    assert!(
        out_dir.path().join("en-GB/index.html").is_file(),
        "the download page still builds"
    );

    // A syntax error is found when the templates load.
    let project = project_copy();
    edit(
        &project.path().join("layouts/html/index.html.j2"),
        "{%- for v in page.venues %}",
        "{%- for v in %}",
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
        Regex::new(r"layouts/html/index\.html\.j2:\d+:\d+")
            .unwrap()
            .is_match(&err),
        "{err}"
    );
    assert!(
        out_dir.path().join("en-GB/clinic/card.pdf").is_file(),
        "the PDF still builds"
    );
    for f in files_under(out_dir.path()) {
        assert!(!f.contains(".tmp"), "temporary file left: {f}");
    }
}

#[test]
fn a_project_without_html_templates_gets_the_built_in_site() {
    let project = project_copy();
    std::fs::remove_dir_all(project.path().join("layouts/html")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "en-GB",
            "--venues",
            "school",
            "--formats",
            "card",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(out_dir.path(), "en-GB/school/index.html");
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">") && html.contains("data-exit"));
    assert!(read(out_dir.path(), "index.html").contains("href=\"en-GB/school/card.pdf\""));
}

#[test]
fn english_fallback_text_is_marked_with_its_language_in_html_and_pdf() {
    // Polish lacking a heading, a lead paragraph, a list item (its sub-items stay Polish but
    // one), an interface label and a service description: shown in en-GB, marked en-GB.
    let project = project_copy();
    let drop = |file: &str, ids: &[&str]| {
        let path = project.path().join(format!("locales/pl/{file}"));
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !ids.iter().any(|id| l.starts_with(&format!("{id} ="))))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&path, kept).unwrap();
    };
    drop(
        "guide.ftl",
        &["can-wait-heading", "do-now-accounts", "do-now-accounts-2fa"],
    );
    drop("venues.ftl", &["clinic-lead-body"]);
    drop(
        "ui.ftl",
        &["ui-contacts-heading", "resource-helpline-description"],
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "pl",
            "--venues",
            "clinic",
            "--formats",
            "handout",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(out_dir.path(), "pl/clinic/index.html");
    let en = "lang=\"en-GB\" dir=\"ltr\"";
    for marked in [
        format!("<h2 id=\"s-can-wait\" {en}>What can wait</h2>"),
        format!("<p {en}>We won’t tell anyone that you came to us about this"),
        format!("<h2 id=\"contacts-heading\" {en}>Where to get help</h2>"),
        format!("<p {en}>Confidential, practical support for adults (18+)"),
        format!("<li {en}><strong>Do a quick account safety check"),
    ] {
        assert!(html.contains(&marked), "{marked}\nnot in:\n{html}");
    }
    // Inside the English item: the missing sub-item inherits en-GB, the Polish ones say pl.
    assert!(
        html.contains("<li>Turn on two-factor authentication.</li>"),
        "{html}"
    );
    assert!(
        html.contains("<li lang=\"pl\" dir=\"ltr\">Najpierw zmień hasło"),
        "Polish sub-items of an English item get their language back:\n{html}"
    );
    // Polish text stays unmarked: the page's own language.
    assert!(html.contains("<h2 id=\"lead-heading\">"), "{html}");
    assert!(html.contains("<h2 id=\"s-do-now\">"), "{html}");

    // The PDF tags the same text en-GB (screen readers switch to an English voice).
    let pdf = read_pdf(&out_dir.path().join("pl/clinic/handout.pdf"));
    assert!(
        pdf.block_langs.contains("en-GB"),
        "fallback text tagged en-GB in the PDF, found {:?}",
        pdf.block_langs
    );
    assert_eq!(pdf.lang.as_deref(), Some("pl"));
    // Not so without the fallbacks.
    let whole = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        whole.path(),
        &[
            "--locales",
            "pl",
            "--venues",
            "clinic",
            "--formats",
            "handout",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = read_pdf(&whole.path().join("pl/clinic/handout.pdf"));
    assert!(!pdf.block_langs.contains("en-GB"), "{:?}", pdf.block_langs);
    let html = read(whole.path(), "pl/clinic/index.html");
    assert!(!html.contains("<p lang=\"en-GB\""), "{html}");
}
