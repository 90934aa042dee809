//! Atomic, recoverable output: a build killed while it renders leaves the previous `dist/`
//! complete and consistent with its manifest; the next build recovers; files a build did
//! not create are never deleted; a failed job's last good files stay published unless the
//! facts they print have changed since.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use sha2::{Digest, Sha256};

/// Every file under `dir` (the staging folder excluded) with its sha256.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    files_under(dir)
        .into_iter()
        .filter(|f| !f.starts_with(".leafpress-staging/"))
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            let hash: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            (f, hash)
        })
        .collect()
}

/// Every artifact of the manifest exists with its recorded hash and size.
fn assert_consistent(dir: &Path) {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let files = snapshot(dir);
    for a in manifest["artifacts"].as_array().unwrap() {
        let path = a["path"].as_str().unwrap();
        assert_eq!(
            files.get(path).map(String::as_str),
            a["sha256"].as_str(),
            "{path}: on disk it differs from the manifest"
        );
    }
}

#[test]
fn a_killed_build_leaves_the_previous_output_whole() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let args = ["--locales", "en-GB,pl", "--formats", "card,leaflet,handout"];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    // Files the build did not make: they must survive every build.
    std::fs::write(out.path().join("README-print-shop.txt"), "ours").unwrap();
    std::fs::write(out.path().join("pl/clinic/annotated.pdf"), "ours").unwrap();
    assert_consistent(out.path());
    let before = snapshot(out.path());

    // Change every Polish job, start a build and kill it once it has staged some files.
    edit(
        &project.path().join("locales/pl/guide.ftl"),
        "do-not-send-more = ",
        "do-not-send-more = Zmienione. ",
    );
    let mut child = leafpress()
        .args(["build", "--quiet", "--project"])
        .arg(project.path())
        .arg("--out")
        .arg(out.path())
        .args(args)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let staging = out.path().join(".leafpress-staging");
    let started = Instant::now();
    while files_under(&staging)
        .iter()
        .filter(|f| f.ends_with(".pdf"))
        .count()
        < 2
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the build staged no PDF in 60 s"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before it was killed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL: no cleanup runs
    child.wait().unwrap();

    assert_eq!(
        snapshot(out.path()),
        before,
        "a killed build changed the output folder"
    );
    assert_consistent(out.path());

    // The next build discards the unfinished files and makes everything anew.
    let again = build(project.path(), out.path(), &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("an earlier build was interrupted"),
        "{}",
        stderr(&again)
    );
    assert!(!staging.exists(), "the staging folder is removed");
    assert_consistent(out.path());
    let text = read_pdf(&out.path().join("pl/clinic/leaflet.pdf")).text();
    assert!(compact(&text).contains(&compact("Zmienione.")), "{text}");
    for ours in ["README-print-shop.txt", "pl/clinic/annotated.pdf"] {
        assert_eq!(
            std::fs::read_to_string(out.path().join(ours)).unwrap(),
            "ours"
        );
    }
}

#[test]
fn a_failed_build_writes_no_partial_file_and_keeps_the_others() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let args = ["--locales", "en-GB,pl", "--formats", "card"];
    assert!(build(project.path(), out.path(), &args).status.success());
    let before = snapshot(out.path());
    // A typst error in the card layout: every card job fails.
    let layout = project.path().join("layouts/card.typ");
    let text = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(&layout, format!("{text}\n#let broken = (\n")).unwrap();
    let failed = build(project.path(), out.path(), &args);
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    for (path, hash) in &before {
        if path.ends_with(".pdf") {
            assert_eq!(snapshot(out.path()).get(path), Some(hash), "{path} changed");
        }
    }
    let leftovers: Vec<String> = files_under(out.path())
        .into_iter()
        .filter(|f| f.contains(".leafpress-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

/// Builds en-GB and Polish cards, then breaks one Polish message (an unknown variable,
/// which fails every Polish job) and, with `phone`, changes the helpline's number.
fn broken_polish(
    phone: bool,
) -> (
    tempfile::TempDir,
    tempfile::TempDir,
    BTreeMap<String, String>,
    String,
) {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let args = [
        "--locales",
        "en-GB,pl",
        "--formats",
        "card",
        "--venues",
        "clinic",
    ];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    let polish: BTreeMap<String, String> = snapshot(out.path())
        .into_iter()
        .filter(|(p, _)| p.starts_with("pl/") && !p.ends_with(".html"))
        .collect();
    assert!(polish.contains_key("pl/clinic/card.pdf"), "{polish:?}");
    edit(
        &project.path().join("locales/pl/guide.ftl"),
        "numer { $emergency }.",
        "numer { $emergancy }.",
    );
    if phone {
        edit(
            &project.path().join("content/resources.toml"),
            "phone = \"0345 6000 459\"",
            "phone = \"0345 6000 460\"",
        );
    }
    let err = build_fails(project.path(), out.path(), &args);
    (project, out, polish, err)
}

#[test]
fn a_failed_job_keeps_its_last_good_files_published() {
    let (_project, out, polish, err) = broken_polish(false);
    assert!(err.contains("unknown variable `$emergancy`"), "{err}");
    assert!(
        err.contains("1 failed job(s) keep their last good files published")
            && err.contains("marked failed in manifest.json: pl/clinic/card"),
        "{err}"
    );
    // On disk, unchanged.
    let now = snapshot(out.path());
    for (path, hash) in &polish {
        assert_eq!(now.get(path), Some(hash), "{path} changed or removed");
    }
    // In the manifest, marked with the failure.
    let manifest = manifest(out.path());
    let listed = listed_paths(&manifest);
    assert!(listed.contains(&"pl/clinic/card.pdf"), "{listed:?}");
    let failure = manifest["failed"]["pl/clinic/card"]
        .as_str()
        .unwrap_or_default();
    assert!(failure.contains("$emergancy"), "{manifest}");
    assert_consistent(out.path());
    // On the site: Polski is still offered, and its page links the card.
    let home = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(home.contains("Polski"), "Polski left the download page");
    let page = std::fs::read_to_string(out.path().join("pl/index.html")).unwrap();
    assert!(
        page.contains("card.pdf"),
        "the Polish page no longer links the card"
    );
}

#[test]
fn a_failed_job_whose_facts_changed_is_withdrawn() {
    let (_project, out, polish, err) = broken_polish(true);
    assert!(err.contains("error: withdrew pl/clinic/card"), "{err}");
    let now = snapshot(out.path());
    for path in polish.keys() {
        assert!(
            !now.contains_key(path),
            "{path} still published with the old number"
        );
    }
    let manifest = manifest(out.path());
    let listed = listed_paths(&manifest);
    assert!(listed.iter().all(|p| !p.starts_with("pl/")), "{listed:?}");
    assert!(listed.contains(&"en-GB/clinic/card.pdf"));
    assert_consistent(out.path());
    let home = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(
        !home.contains("Polski"),
        "the download page still offers Polish"
    );
    // The English card, rebuilt, prints the new number.
    let text = read_pdf(&out.path().join("en-GB/clinic/card.pdf")).text();
    assert!(compact(&text).contains(&compact("0345 6000 460")), "{text}");
}

/// The paths a manifest lists.
fn listed_paths(manifest: &serde_json::Value) -> Vec<&str> {
    manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect()
}

/// Two clinics of a health board, as a `--venue-details` file.
const BOARD: &str = r#"
[[venue]]
id = "riverside"
profile = "clinic"
name = "Riverside Sexual Health Clinic"
phone = "0113 496 0000"
address = ["12 River Street", "Leeds LS1 4AB"]

[[venue]]
id = "hilltop"
profile = "clinic"
name = "Hilltop Health Centre"
phone = "0113 496 0999"
address = ["3 Hill Road", "Leeds LS6 2AA"]
"#;

/// Builds the board's cards, then replaces Hilltop's phone line with `phone_line` (an error
/// in its [[venue]], which leaves it out) and builds again. Returns the output folder,
/// Hilltop's files of the first build (not the site's pages) with their hashes, and the
/// second build's stderr.
fn board_with_broken_venue(
    phone_line: &str,
) -> (tempfile::TempDir, BTreeMap<String, String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let board = dir.path().join("board.toml");
    std::fs::write(&board, BOARD).unwrap();
    let args = [
        "--locales",
        "en-GB",
        "--formats",
        "card",
        "--venue-details",
        board.to_str().unwrap(),
    ];
    let first = build(&project_root(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    let hilltop: BTreeMap<String, String> = snapshot(out.path())
        .into_iter()
        .filter(|(p, _)| p.contains("/hilltop/") && !p.ends_with(".html"))
        .collect();
    assert!(
        hilltop.contains_key("en-GB/clinic/hilltop/card.pdf"),
        "{hilltop:?}"
    );
    edit(&board, "phone = \"0113 496 0999\"", phone_line);
    let err = build_fails(&project_root(), out.path(), &args);
    (out, hilltop, err)
}

#[test]
fn a_venue_left_out_for_a_misspelt_key_keeps_its_last_good_files_published() {
    // The same number under a misspelt key: the venue is left out, but what its files
    // print has not changed.
    let (out, hilltop, err) = board_with_broken_venue("phnoe = \"0113 496 0999\"");
    assert!(err.contains("unknown key `phnoe`"), "{err}");
    assert!(
        err.contains("keep their last good files published")
            && err.contains("en-GB/clinic/hilltop/card"),
        "{err}"
    );
    assert!(!err.contains("withdrew"), "{err}");
    // On disk, unchanged: not removed as stale.
    let now = snapshot(out.path());
    for (path, hash) in &hilltop {
        assert_eq!(now.get(path), Some(hash), "{path} changed or removed");
    }
    // In the manifest, marked with the venue's error.
    let manifest = manifest(out.path());
    let listed = listed_paths(&manifest);
    for path in hilltop.keys() {
        assert!(
            listed.contains(&path.as_str()),
            "{path} not listed: {listed:?}"
        );
    }
    let failure = manifest["failed"]["en-GB/clinic/hilltop/card"]
        .as_str()
        .unwrap_or_default();
    assert!(failure.contains("phnoe"), "{manifest}");
    assert_consistent(out.path());
    // On the site: its page and its place on the board, beside the venue that built.
    let page = std::fs::read_to_string(out.path().join("en-GB/clinic/hilltop/index.html"))
        .expect("Hilltop's page is still published");
    assert!(
        page.contains("card.pdf") && page.contains("0113 496 0999"),
        "{page}"
    );
    let board = std::fs::read_to_string(out.path().join("en-GB/venues.html")).unwrap();
    assert!(
        board.contains("Hilltop Health Centre") && board.contains("Riverside Sexual Health Clinic"),
        "{board}"
    );
    assert!(now.contains_key("en-GB/clinic/riverside/card.pdf"));
}

#[test]
fn a_venue_left_out_whose_number_changed_is_withdrawn() {
    // A new number that is not valid: the old files print the old one, so they go.
    let (out, hilltop, err) = board_with_broken_venue("phone = \"0113-496-0998\"");
    assert!(
        err.contains("does not look like a UK phone number"),
        "{err}"
    );
    assert!(
        err.contains("error: withdrew en-GB/clinic/hilltop/card"),
        "{err}"
    );
    let now = snapshot(out.path());
    for path in hilltop.keys() {
        assert!(
            !now.contains_key(path),
            "{path} still published with the old number"
        );
    }
    assert!(!now.contains_key("en-GB/clinic/hilltop/index.html"));
    let manifest = manifest(out.path());
    let listed = listed_paths(&manifest);
    assert!(
        listed.iter().all(|p| !p.contains("/hilltop/")),
        "{listed:?}"
    );
    assert!(listed.contains(&"en-GB/clinic/riverside/card.pdf"));
    assert_consistent(out.path());
    let board = std::fs::read_to_string(out.path().join("en-GB/venues.html")).unwrap();
    assert!(!board.contains("Hilltop Health Centre"), "{board}");
}
