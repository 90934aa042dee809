//! Incremental builds: an unchanged job is not rendered again; changing one Polish message
//! re-renders only Polish jobs; a deleted output is rebuilt; files a build no longer makes
//! (a venue dropped from the board) are removed, and only they.

mod common;

use common::*;

fn rendered(out: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("rendered: ").map(str::to_owned))
        .collect()
}

#[test]
fn only_what_changed_is_rebuilt() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let args = [
        "--locales",
        "en-GB,pl",
        "--formats",
        "card,handout",
        "--verbose",
    ];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(rendered(&first).len(), 12, "first build renders everything");

    let again = build(project.path(), out.path(), &args);
    assert!(again.status.success());
    assert!(
        rendered(&again).is_empty(),
        "a no-op rebuild renders nothing: {:?}",
        rendered(&again)
    );

    edit(
        &project.path().join("locales/pl/guide.ftl"),
        "do-not-send-more = ",
        "do-not-send-more = Uwaga: ",
    );
    let after_edit = build(project.path(), out.path(), &args);
    let names = rendered(&after_edit);
    assert_eq!(names.len(), 6, "{names:?}");
    assert!(
        names.iter().all(|n| n.starts_with("pl/")),
        "only Polish jobs: {names:?}"
    );
    let text = read_pdf(&out.path().join("pl/clinic/handout.pdf")).text();
    assert!(text.contains("Uwaga:"), "the edit is in the rebuilt PDF");

    std::fs::remove_file(out.path().join("en-GB/police/card.pdf")).unwrap();
    let repaired = build(project.path(), out.path(), &args);
    assert_eq!(rendered(&repaired), vec!["en-GB/police/card".to_owned()]);
    assert!(out.path().join("en-GB/police/card.pdf").exists());

    // A layout change touches every job.
    edit(
        &project.path().join("layouts/lib.typ"),
        "rgb(\"#e9eff6\")",
        "rgb(\"#e9eff7\")",
    );
    assert_eq!(
        rendered(&build(project.path(), out.path(), &args)).len(),
        12
    );
}

fn manifest_paths(out: &std::path::Path) -> Vec<String> {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_partial_build_keeps_the_rest_of_an_earlier_build() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let all = [
        "--locales",
        "en-GB,pl",
        "--formats",
        "card,handout",
        "--venues",
        "clinic",
    ];
    let first = build(project.path(), out.path(), &all);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = manifest_paths(out.path());
    assert!(before.contains(&"en-GB/clinic/handout.pdf".to_owned()));

    // Only the Polish card, after a Polish change: the rest stays listed and linked.
    edit(
        &project.path().join("locales/pl/guide.ftl"),
        "do-not-send-more = ",
        "do-not-send-more = Uwaga: ",
    );
    let part = build(
        project.path(),
        out.path(),
        &[
            "--locales",
            "pl",
            "--formats",
            "card",
            "--venues",
            "clinic",
            "--verbose",
        ],
    );
    assert!(part.status.success(), "{}", stderr(&part));
    assert_eq!(rendered(&part), vec!["pl/clinic/card".to_owned()]);
    assert!(
        String::from_utf8_lossy(&part.stdout).contains("kept 3 other job(s)"),
        "{}",
        String::from_utf8_lossy(&part.stdout)
    );
    let after = manifest_paths(out.path());
    for path in &before {
        assert!(
            after.contains(path),
            "{path} dropped from the manifest: {after:?}"
        );
    }
    let page = std::fs::read_to_string(out.path().join("en-GB/clinic/index.html")).unwrap();
    assert!(
        page.contains("handout.pdf"),
        "the en-GB page still links the handout"
    );

    // The full build afterwards renders only the Polish handout (its input changed).
    let full = build(
        project.path(),
        out.path(),
        &[&all[..], &["--verbose"]].concat(),
    );
    assert_eq!(rendered(&full), vec!["pl/clinic/handout".to_owned()]);
}

#[test]
fn venue_details_jobs_are_not_rendered_again_when_unchanged() {
    let project = project_copy();
    let fixtures = project.path().join("tests/fixtures/print");
    std::fs::create_dir_all(&fixtures).unwrap();
    for file in ["venues.toml", "logo.svg"] {
        std::fs::copy(
            project_root().join("tests/fixtures/print").join(file),
            fixtures.join(file),
        )
        .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let venues = fixtures.join("venues.toml");
    let args = [
        "--locales",
        "en-GB",
        "--formats",
        "card",
        "--venue-details",
        venues.to_str().unwrap(),
        "--verbose",
    ];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    let names = rendered(&first);
    assert!(names.len() >= 2, "one card per venue: {names:?}");
    assert!(names.iter().all(|n| n.split('/').count() == 4), "{names:?}");
    let again = build(project.path(), out.path(), &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(rendered(&again).is_empty(), "{:?}", rendered(&again));
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

/// Builds the board, then drops Hilltop from it and builds again (with `extra` args);
/// returns the project, output folder, Hilltop's files of the first build and the second
/// build's output.
fn board_without_hilltop(
    extra: &[&str],
) -> (
    tempfile::TempDir,
    tempfile::TempDir,
    Vec<String>,
    std::process::Output,
) {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let board = project.path().join("board.toml");
    std::fs::write(&board, BOARD).unwrap();
    let args = [
        "--locales",
        "en-GB",
        "--formats",
        "card",
        "--venue-details",
        board.to_str().unwrap(),
    ];
    let first = build(project.path(), out.path(), &args);
    assert!(first.status.success(), "{}", stderr(&first));
    let hilltop: Vec<String> = manifest_paths(out.path())
        .into_iter()
        .filter(|p| p.contains("/hilltop/"))
        .collect();
    assert!(
        hilltop.iter().any(|p| p.ends_with("card.pdf")),
        "{hilltop:?}"
    );
    // Files leafpress did not write, beside and inside the venue's folder.
    std::fs::write(out.path().join("README-print-shop.txt"), "ours").unwrap();
    std::fs::write(out.path().join("en-GB/clinic/hilltop/notes.txt"), "ours").unwrap();

    let riverside_only = BOARD[..BOARD.find("[[venue]]\nid = \"hilltop\"").unwrap()].to_owned();
    std::fs::write(&board, riverside_only).unwrap();
    let second = build(project.path(), out.path(), &[&args[..], extra].concat());
    assert!(second.status.success(), "{}", stderr(&second));
    (project, out, hilltop, second)
}

#[test]
fn removing_a_venue_from_the_board_removes_exactly_its_files() {
    let (_project, out, hilltop, second) = board_without_hilltop(&[]);
    let stdout = String::from_utf8_lossy(&second.stdout);
    let on_disk = files_under(out.path());
    for path in &hilltop {
        assert!(!on_disk.contains(path), "{path} is stale but still there");
        assert!(!manifest_paths(out.path()).contains(path));
    }
    assert!(
        stdout.contains(&format!("removed {} stale file(s)", hilltop.len())),
        "{stdout}"
    );
    // Nothing else went: every file of the new manifest is there, and ours survived.
    for path in manifest_paths(out.path()) {
        assert!(on_disk.contains(&path), "{path} missing");
    }
    assert!(on_disk
        .iter()
        .any(|p| p.starts_with("en-GB/clinic/riverside/card.pdf")));
    for ours in ["README-print-shop.txt", "en-GB/clinic/hilltop/notes.txt"] {
        assert_eq!(
            std::fs::read_to_string(out.path().join(ours)).unwrap(),
            "ours"
        );
    }
    assert!(!out.path().join(".leafpress-staging").exists());
}

#[test]
fn keep_stale_keeps_a_dropped_venues_files() {
    let (_project, out, hilltop, second) = board_without_hilltop(&["--keep-stale"]);
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(
        stdout.contains(&format!("kept {} stale file(s)", hilltop.len())),
        "{stdout}"
    );
    let on_disk = files_under(out.path());
    let listed = manifest_paths(out.path());
    for path in &hilltop {
        assert!(
            on_disk.contains(path),
            "{path} removed despite --keep-stale"
        );
        assert!(!listed.contains(path), "{path} still in the manifest");
    }
}

/// Reproducible wherever it is checked out: the same project in two folders gives
/// byte-identical files, `manifest.json` (with its input hashes) included. The input hashes
/// once held each file's absolute path, so a fresh clone's manifest differed.
#[test]
fn the_same_project_in_another_folder_builds_the_same_bytes() {
    let copy = project_copy();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let args = ["--locales", "en-GB,ar", "--formats", "card,leaflet"];
    for (project, out) in [
        (project_root(), a.path()),
        (copy.path().to_owned(), b.path()),
    ] {
        let built = build(&project, out, &args);
        assert!(built.status.success(), "{}", stderr(&built));
    }
    let files = files_under(a.path());
    assert_eq!(files, files_under(b.path()));
    assert!(files.iter().any(|f| f == "manifest.json"), "{files:?}");
    for f in &files {
        let (x, y) = (
            std::fs::read(a.path().join(f)).unwrap(),
            std::fs::read(b.path().join(f)).unwrap(),
        );
        assert!(x == y, "{f} differs between the two folders");
    }
}
