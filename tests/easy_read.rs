//! The Easy Read edition (issue 19), read back by independent readers: pdftotext for the
//! words (sentence lengths, numbers, the school edition's wording), `mutool show … grep`
//! for the structure tree (every picture a Figure with alt text), `leafpress preflight` for
//! the finished files. en-GB for the three venues, the Welsh draft, and a locale without
//! Easy Read messages (Polish: no output, one reason).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use common::*;

struct Built {
    dir: tempfile::TempDir,
    stderr: String,
}

/// en-GB, Welsh and Polish Easy Read editions, built once for every test here.
fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = build(
            &project_root(),
            dir.path(),
            &["--locales", "en-GB,cy,pl", "--formats", "easy-read"],
        );
        let err = stderr(&out);
        assert!(out.status.success(), "Easy Read build failed:\n{err}");
        Built { dir, stderr: err }
    })
}

fn pdf(locale: &str, venue: &str) -> std::path::PathBuf {
    built()
        .dir
        .path()
        .join(locale)
        .join(venue)
        .join("easy-read.pdf")
}

/// The PDF's text as pdftotext reads it (an independent reader), `None` without poppler.
fn pdftotext(path: &Path) -> Option<String> {
    if !require_tool("pdftotext") {
        return None;
    }
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Sentences of the text: a paragraph (blank-line separated block) split after . ! ?
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let joined = block.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut current = String::new();
        for word in joined.split(' ') {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            let end = word.trim_end_matches(['"', '”', '’', ')']);
            if end.ends_with(['.', '!', '?']) {
                out.push(std::mem::take(&mut current));
            }
        }
        if !current.trim().is_empty() {
            out.push(current);
        }
    }
    out
}

/// The PDF's paragraphs as mutool reads them (`mutool draw -F stext`): a paragraph ends
/// where a text block ends or the type size changes (a heading is never run into the
/// sentence below it). `None` without mupdf-tools.
fn mutool_paragraphs(path: &Path) -> Option<Vec<String>> {
    if !require_tool("mutool") {
        return None;
    }
    let out = Command::new("mutool")
        .args(["draw", "-q", "-F", "stext", "-o", "-"])
        .arg(path)
        .output()
        .expect("mutool runs");
    assert!(
        out.status.success(),
        "mutool draw failed on {}",
        path.display()
    );
    let xml = String::from_utf8_lossy(&out.stdout);
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut line_size = String::new();
    let mut flush = |current: &mut String| {
        let p = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            paragraphs.push(p);
        }
        current.clear();
    };
    for l in xml.lines() {
        let l = l.trim_start();
        if l.starts_with("<block") {
            flush(&mut current);
            line_size.clear();
        } else if l.starts_with("<line") {
            current.push(' ');
        } else if let Some(rest) = l.strip_prefix("<font ") {
            let size = rest
                .split("size=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or("")
                .to_owned();
            if !line_size.is_empty() && line_size != size {
                flush(&mut current);
            }
            line_size = size;
        } else if let Some(c) = l
            .split(" c=\"")
            .nth(1)
            .and_then(|s| s.rsplit_once('"'))
            .map(|(c, _)| c)
        {
            let c = c
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            current.push_str(&c);
        }
    }
    flush(&mut current);
    Some(paragraphs)
}

fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The phone numbers of a venue's contact list, from content/ (its audience rule applied).
fn venue_phones(venue: &str) -> Vec<String> {
    let root = project_root();
    let v: toml::Value = toml::from_str(
        &std::fs::read_to_string(root.join(format!("content/venues/{venue}.toml"))).unwrap(),
    )
    .unwrap();
    let audience = v["audience"].as_str().unwrap().to_owned();
    let r: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("content/resources.toml")).unwrap())
            .unwrap();
    let by_id: BTreeMap<&str, &toml::Value> = r["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|res| (res["id"].as_str().unwrap(), res))
        .collect();
    v["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|id| by_id.get(id.as_str().unwrap()))
        .filter(|res| {
            let a = res
                .get("audience")
                .and_then(|a| a.as_str())
                .unwrap_or("all");
            a == "all" || a == audience
        })
        .filter_map(|res| res.get("phone").and_then(|p| p.as_str()).map(str::to_owned))
        .collect()
}

#[test]
fn en_gb_sentences_are_short_and_the_numbers_are_on_it() {
    for venue in VENUES {
        let path = pdf("en-GB", venue);
        let info = read_pdf(&path);
        assert!(
            info.pages.len() <= 24,
            "{venue}: {} pages (Easy Read: at most 24)",
            info.pages.len()
        );
        assert!(info.pdf_ua && info.tagged, "{venue}: not tagged PDF/UA-1");
        for page in &info.pages {
            let (w, h) = page.size_mm;
            assert!(
                (w - 210.0).abs() < 0.5 && (h - 297.0).abs() < 0.5,
                "{venue}: page {w}×{h} mm"
            );
        }
        let Some(text) = pdftotext(&path) else { return };
        let Some(paragraphs) = mutool_paragraphs(&path) else {
            return;
        };
        let all = sentences(&paragraphs.join("\n\n"));
        let lengths: Vec<usize> = all.iter().map(|s| words(s)).collect();
        let over_20: Vec<&String> = all.iter().filter(|s| words(s) > 20).collect();
        let over_15 = lengths.iter().filter(|&&n| n > 15).count();
        eprintln!(
            "en-GB {venue}: {} pages, {} sentences, {over_15} over 15 words, longest {}",
            info.pages.len(),
            all.len(),
            lengths.iter().max().unwrap_or(&0)
        );
        assert!(
            over_20.is_empty(),
            "{venue}: sentences over 20 words: {over_20:#?}"
        );
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("999"), "{venue}: no 999");
        for phone in venue_phones(venue) {
            assert!(flat.contains(&phone), "{venue}: {phone} missing");
        }
        if venue == "police" {
            for n in ["101", "55", "Crime reference number"] {
                assert!(flat.contains(n), "police: {n} missing");
            }
        }
        // No italics anywhere: no oblique or italic font is embedded.
        for f in &info.fonts {
            assert!(
                !f.name.to_lowercase().contains("italic"),
                "{venue}: italic font {}",
                f.name
            );
        }
    }
}

#[test]
fn every_picture_is_a_figure_with_alt_text() {
    if !require_tool("mutool") {
        return;
    }
    let alts: Vec<String> =
        std::fs::read_to_string(project_root().join("locales/en-GB/easy-read.ftl"))
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("er-pic-"))
            .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_owned()))
            .collect();
    for venue in VENUES {
        let out = Command::new("mutool")
            .arg("show")
            .arg(pdf("en-GB", venue))
            .arg("grep")
            .output()
            .expect("mutool runs");
        let objects = String::from_utf8_lossy(&out.stdout);
        let figures: Vec<&str> = objects
            .lines()
            .filter(|l| l.contains("/S/Figure") || l.contains("/S /Figure"))
            .collect();
        assert!(
            figures.len() >= 25,
            "{venue}: only {} Figure elements",
            figures.len()
        );
        for f in &figures {
            let alt = f
                .split("/Alt")
                .nth(1)
                .unwrap_or_else(|| panic!("{venue}: a Figure without /Alt: {f}"));
            let alt = alt.trim_start();
            assert!(
                alts.iter().any(|a| alt.starts_with(&format!("({a})"))),
                "{venue}: Figure alt text is not one of the er-pic-* messages: {f}"
            );
        }
        eprintln!(
            "en-GB {venue}: {} pictures, each a Figure with /Alt",
            figures.len()
        );
    }
}

#[test]
fn the_school_edition_never_tells_a_child_to_keep_save_copy_or_screenshot() {
    let Some(text) = pdftotext(&pdf("en-GB", "school")) else {
        return;
    };
    // UKCIS: never tell a child to keep, save, copy or screenshot the image. Any sentence
    // with one of these words must be a negation ("Never look at, copy, send or save…").
    let risky = [
        "keep",
        "keeps",
        "kept",
        "save",
        "saved",
        "saving",
        "screenshot",
        "screenshots",
        "copy",
        "copies",
        "copied",
    ];
    let negations = ["not", "never", "don’t", "don't", "no"];
    for s in sentences(&text) {
        // "auto-save" is the name of the phone setting the guide says to turn off.
        let lower = s.to_lowercase().replace("auto-save", "auto-setting");
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
            .collect();
        if words.iter().any(|w| risky.contains(w)) {
            assert!(
                words.iter().any(|w| negations.contains(w)),
                "school edition tells the reader to keep, save, copy or screenshot: {s:?}"
            );
        }
    }
    assert!(
        !text.to_lowercase().contains("screenshot"),
        "the school edition mentions screenshots"
    );
}

#[test]
fn welsh_draft_builds_passes_preflight_and_is_marked_draft() {
    let draft_mark = line_starting(
        &project_root().join("locales/cy/ui.ftl"),
        "ui-draft-mark = ",
    );
    let draft_mark = draft_mark.trim_start_matches("ui-draft-mark = ");
    for venue in VENUES {
        let path = pdf("cy", venue);
        let info = read_pdf(&path);
        assert_eq!(info.lang.as_deref(), Some("cy"), "{venue}");
        assert!(info.pages.len() <= 24);
        let text: String = info
            .pages
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(draft_mark), "cy {venue}: no draft mark");
        assert!(flat.contains("999"));
        // The print master is there too.
        assert!(
            path.with_file_name("easy-read.print.pdf").is_file(),
            "cy {venue}: no print master"
        );
    }
    let mut files = Vec::new();
    for locale in ["en-GB", "cy"] {
        for venue in VENUES {
            files.push(pdf(locale, venue));
            files.push(pdf(locale, venue).with_file_name("easy-read.print.pdf"));
        }
    }
    let out = leafpress().arg("preflight").args(&files).output().unwrap();
    assert!(
        out.status.success(),
        "preflight:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

#[test]
fn a_locale_without_easy_read_messages_has_no_edition_and_one_reason() {
    let b = built();
    for venue in VENUES {
        assert!(
            !pdf("pl", venue).exists(),
            "pl/{venue}/easy-read.pdf was built"
        );
    }
    let reasons = b
        .stderr
        .matches("easy-read not built for pl: no Easy Read messages")
        .count();
    assert_eq!(reasons, 1, "{}", b.stderr);
    // Nor does the site link one.
    let index = std::fs::read_to_string(b.dir.path().join("pl/index.html")).unwrap_or_default();
    assert!(
        !index.contains("easy-read"),
        "pl's download page links an Easy Read edition"
    );
}

#[test]
fn the_html_edition_has_every_row_with_pictures_and_alt_text() {
    let b = built();
    for venue in VENUES {
        let page = b.dir.path().join(format!("en-GB/{venue}/easy-read.html"));
        let html =
            std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert!(html.contains("role=\"img\""), "{venue}: no pictures");
        assert!(
            html.contains("aria-label=\"A mobile phone\"")
                || html.contains("aria-label=\"A police officer\"")
        );
        assert!(html.contains("<strong>"), "{venue}: no key words in bold");
        assert!(html.contains("tel:999"), "{venue}: 999 is not a link");
        let index = std::fs::read_to_string(b.dir.path().join("en-GB/index.html")).unwrap();
        assert!(
            index.contains(&format!("{venue}/easy-read.html")),
            "the download page does not link the {venue} Easy Read edition"
        );
    }
}

#[test]
fn check_counts_words_per_sentence_at_file_line_col() {
    let project = project_copy();
    let ftl = project.path().join("locales/en-GB/easy-read.ftl");
    // 16 words: a warning. 21 words: an error.
    edit(
        &ftl,
        "er-about-help = This guide tells you what to do first and where to get help.",
        "er-about-help = This guide tells you what to do first and where to get help from people today.",
    );
    edit(
        &ftl,
        "er-safe-move = Go to a place where you feel safe.",
        "er-safe-move = Go to a place where you feel safe and where nobody can find you or call you or send you things.",
    );
    let out = leafpress()
        .arg("check")
        .arg("--project")
        .arg(project.path())
        .arg("--locales")
        .arg("en-GB")
        .arg("--no-fit")
        .output()
        .unwrap();
    let err = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{err}");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line_of = |id: &str| text.lines().position(|l| l.starts_with(id)).unwrap() + 1;
    let help = format!(
        "locales/en-GB/easy-read.ftl:{}:",
        line_of("er-about-help =")
    );
    let safe = format!("locales/en-GB/easy-read.ftl:{}:", line_of("er-safe-move ="));
    assert!(
        err.contains(&help) && err.contains("warning: `er-about-help`: a sentence of 16 words"),
        "{err}"
    );
    assert!(
        err.contains(&safe) && err.contains("error: `er-safe-move`: a sentence of 21 words"),
        "{err}"
    );
    // The shipped text is clean.
    let clean = leafpress()
        .arg("check")
        .arg("--locales")
        .arg("en-GB,cy")
        .arg("--no-fit")
        .current_dir(project_root())
        .output()
        .unwrap();
    let clean_err = format!(
        "{}{}",
        String::from_utf8_lossy(&clean.stdout),
        stderr(&clean)
    );
    assert!(!clean_err.contains("easy-read.ftl"), "{clean_err}");
}

#[test]
fn a_message_missing_from_a_translation_fails_the_job_instead_of_printing_english() {
    let project = project_copy();
    let ftl = project.path().join("locales/cy/easy-read.ftl");
    let line = line_starting(&ftl, "er-safe-move = ");
    edit(&ftl, &format!("{line}\n"), "");
    let out = tempfile::tempdir().unwrap();
    let err = build_fails(
        project.path(),
        out.path(),
        &[
            "--locales",
            "cy",
            "--formats",
            "easy-read",
            "--venues",
            "clinic",
        ],
    );
    assert!(
        err.contains(
            "Easy Read message `er-safe-move` is missing from this locale's easy-read.ftl"
        ),
        "{err}"
    );
    assert!(
        err.contains("content/easy-read.toml:"),
        "no file:line:col: {err}"
    );
    assert!(!out.path().join("cy/clinic/easy-read.pdf").exists());
}
