//! Incremental builds: an unchanged job is not rendered again; changing one Polish message
//! re-renders only Polish jobs; a deleted output is rebuilt.

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
