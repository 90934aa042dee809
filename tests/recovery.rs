//! Atomic, recoverable output: a build killed while it renders leaves the previous `dist/`
//! complete and consistent with its manifest; the next build recovers; files a build did
//! not create are never deleted.

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
