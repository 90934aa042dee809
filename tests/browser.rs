//! The website in a real browser: builds a site and runs tests/browser/run.mjs, which drives
//! Debian's headless Chromium with playwright-core and checks it with axe-core, then checks
//! every page with the Nu HTML Checker (`vnu-jar`, on Java). Without Chromium, node or
//! `npm ci`'s node_modules the test is skipped with the reason (without Java, only the Nu
//! HTML Checker), unless
//! LEAFPRESS_REQUIRE_TOOLS=1 (CI), where that is a failure.

#[allow(unused_imports)]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// Why the browser tests cannot run here, if they cannot.
fn missing_tool() -> Option<String> {
    let chromium =
        std::env::var("LEAFPRESS_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).is_file() {
        return Some(format!(
            "{chromium} is not installed (apt-get install chromium)"
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is not installed (apt-get install nodejs npm)".into());
    }
    for module in ["playwright-core", "axe-core"] {
        if !project_root().join("node_modules").join(module).is_dir() {
            return Some(format!("node_modules/{module} is missing (run `npm ci`)"));
        }
    }
    None
}

fn tools_present() -> bool {
    match missing_tool() {
        None => true,
        Some(reason) => {
            if std::env::var("LEAFPRESS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
                panic!("browser tests required (LEAFPRESS_REQUIRE_TOOLS=1) but {reason}");
            }
            eprintln!("SKIPPED: browser tests: {reason}");
            false
        }
    }
}

/// The shipped locales to test in the browser: en-GB, the right-to-left ones, and Welsh.
fn locales() -> Vec<String> {
    ["en-GB", "ar", "ur", "cy"]
        .iter()
        .filter(|code| {
            project_root()
                .join("locales")
                .join(code)
                .join("locale.toml")
                .is_file()
        })
        .map(|code| code.to_string())
        .collect()
}

#[test]
fn the_site_works_in_chromium_and_axe_finds_no_violations() {
    if !tools_present() {
        return;
    }
    let locales = locales();
    assert!(
        locales.iter().any(|l| l == "ar" || l == "ur"),
        "no right-to-left locale (ar, ur) ships: tests/html.rs covers a synthetic one; add one here"
    );
    let dist = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        dist.path(),
        &["--locales", &locales.join(",")],
    );
    // A PDF that fails (a translation too long for a panel) is tests/locales.rs's business;
    // here the site must be built and whatever it offers must work.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "leafpress could not build:\n{}",
        stderr(&out)
    );
    assert!(
        dist.path().join("index.html").is_file(),
        "no site built:\n{}",
        stderr(&out)
    );
    if !out.status.success() {
        eprintln!("note: some outputs failed to build; testing the site that was built");
    }

    run_in_chromium(dist.path(), "site");
    nu_html_checker(dist.path());
}

#[test]
fn a_venue_board_works_in_chromium_and_axe_finds_no_violations() {
    if !tools_present() {
        return;
    }
    // en-GB, a right-to-left locale and Welsh, for the venues of tests/print.rs.
    let locales: Vec<String> = locales().into_iter().filter(|l| l != "ur").collect();
    let dist = tempfile::tempdir().unwrap();
    let venues = project_root().join("tests/fixtures/print/venues.toml");
    let out = build(
        &project_root(),
        dist.path(),
        &[
            "--locales",
            &locales.join(","),
            "--venue-details",
            venues.to_str().unwrap(),
        ],
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "leafpress could not build:\n{}",
        stderr(&out)
    );
    assert!(
        dist.path().join("venues.json").is_file(),
        "no venue board built:\n{}",
        stderr(&out)
    );
    run_in_chromium(dist.path(), "board");
    nu_html_checker(dist.path());
}

/// Every HTML page of a built site passes the Nu HTML Checker (npm `vnu-jar`, the W3C's
/// validator) with no error.
fn nu_html_checker(dist: &Path) {
    let missing = if Command::new("java").arg("-version").output().is_err() {
        Some("java is not installed (apt-get install default-jre-headless)")
    } else if !project_root().join("node_modules/vnu-jar").is_dir() {
        Some("node_modules/vnu-jar is missing (run `npm ci`)")
    } else {
        None
    };
    if let Some(reason) = missing {
        if std::env::var("LEAFPRESS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!("the Nu HTML Checker is required (LEAFPRESS_REQUIRE_TOOLS=1) but {reason}");
        }
        eprintln!("SKIPPED: the Nu HTML Checker: {reason}");
        return;
    }
    let pages: Vec<PathBuf> = files_under(dist)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| dist.join(f))
        .collect();
    assert!(pages.len() > 10, "only {} pages built", pages.len());
    let jar = project_root().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&pages)
        .output()
        .expect("java runs");
    let report =
        String::from_utf8_lossy(&run.stderr).into_owned() + &String::from_utf8_lossy(&run.stdout);
    let errors: Vec<&str> = report.lines().filter(|l| !l.trim().is_empty()).collect();
    println!(
        "Nu HTML Checker: {} pages, {} errors",
        pages.len(),
        errors.len()
    );
    assert!(
        run.status.success() && errors.is_empty(),
        "the Nu HTML Checker found {} errors in {} pages, the first:\n{}",
        errors.len(),
        pages.len(),
        errors
            .iter()
            .take(20)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Runs tests/browser/run.mjs on a built site; screenshots go to
/// `$LEAFPRESS_SCREENSHOTS/<name>/` when that is set.
fn run_in_chromium(dist: &Path, name: &str) {
    let script: PathBuf = project_root().join("tests/browser/run.mjs");
    let mut cmd = Command::new("node");
    cmd.arg(&script).arg(dist).current_dir(project_root());
    if let Ok(dir) = std::env::var("LEAFPRESS_SCREENSHOTS") {
        cmd.arg("--screenshots").arg(Path::new(&dir).join(name));
    }
    let run = cmd.output().expect("node runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    println!("{stdout}");
    assert!(
        run.status.success(),
        "browser tests failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}
