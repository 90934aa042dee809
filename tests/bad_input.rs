//! Bad input: a clear file:line:col error with a hint, the other outputs still built,
//! nothing partial written, and an exit code that says it failed.

mod common;

use common::*;
use regex_lite::Regex;

fn assert_located(err: &str, file: &str) {
    let re = Regex::new(&format!(r"{}:\d+:\d+", regex_lite::escape(file))).unwrap();
    assert!(
        re.is_match(err),
        "expected a {file}:line:col diagnostic, got:\n{err}"
    );
    assert!(err.contains("hint:"), "expected a hint, got:\n{err}");
}

/// The download PDFs of the foundation's three formats (print masters, office sheets and
/// the other formats are counted in tests/print.rs).
fn pdfs(out: &std::path::Path) -> Vec<String> {
    files_under(out)
        .into_iter()
        .filter(|f| {
            FORMATS
                .iter()
                .any(|format| f.rsplit('/').next() == Some(&format!("{format}.pdf")))
        })
        .collect()
}

/// No temporary file (tempfile's `.tmpXXXX`) is left behind by a failed job.
fn no_partial_files(out: &std::path::Path) {
    for f in files_under(out) {
        let name = f.rsplit('/').next().unwrap();
        assert!(!name.starts_with(".tmp"), "partial file left: {f}");
    }
}

#[test]
fn broken_venue_toml_fails_that_venue_only() {
    let project = project_copy();
    edit(
        &project.path().join("content/venues/police.toml"),
        "audience = \"adult\"",
        "audience = adult",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(project.path(), out_dir.path(), &["--locales", "en-GB"]);
    assert_located(&err, "content/venues/police.toml");
    let built = pdfs(out_dir.path());
    assert_eq!(built.len(), 6, "clinic and school still build: {built:?}");
    assert!(built.iter().all(|f| !f.contains("police")));
    no_partial_files(out_dir.path());
}

#[test]
fn wrong_type_and_unknown_key_are_reported_at_their_place() {
    let project = project_copy();
    edit(
        &project.path().join("content/formats/card.toml"),
        "body-pt = 6.6",
        "body-pt = \"six\"\ncolour = \"red\"",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(project.path(), out_dir.path(), &["--locales", "en-GB"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_located(&err, "content/formats/card.toml");
    assert_eq!(
        pdfs(out_dir.path()).len(),
        6,
        "leaflets and handouts still build"
    );
}

#[test]
fn broken_layout_gives_a_typst_error_in_the_layout_and_other_formats_build() {
    let project = project_copy();
    edit(
        &project.path().join("layouts/card.typ"),
        "#let W = fmt.width_mm * 1mm",
        "#let W = fmt.width_mm * 1mm\n#let = ",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let err = build_fails(project.path(), out_dir.path(), &["--locales", "en-GB"]);
    assert_located(&err, "layouts/card.typ");
    let built = pdfs(out_dir.path());
    assert_eq!(built.len(), 6, "{built:?}");
    assert!(built.iter().all(|f| !f.ends_with("card.pdf")));
    no_partial_files(out_dir.path());
    // The manifest lists only what was written.
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.path().join("manifest.json")).unwrap())
            .unwrap();
    let pdfs_listed = manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "pdf" && FORMATS.iter().any(|f| a["format"] == *f))
        .count();
    assert_eq!(pdfs_listed, 6);
    assert!(manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["format"] != "card" || a["kind"] != "pdf"));
}

#[test]
fn broken_guide_toml_stops_the_build_with_exit_2_and_writes_nothing() {
    let project = project_copy();
    edit(
        &project.path().join("content/guide.toml"),
        "[[sections]]",
        "[[sections]\n",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(project.path(), out_dir.path(), &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_located(&err, "content/guide.toml");
    assert!(files_under(out_dir.path()).is_empty());
}

#[test]
fn unknown_message_id_in_content_points_at_the_content_file() {
    let project = project_copy();
    edit(
        &project.path().join("content/guide.toml"),
        "{ text = \"do-not-send-more\" }",
        "{ text = \"do-not-send-mroe\" }",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(project.path(), out_dir.path(), &["--locales", "en-GB"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_located(&err, "content/guide.toml");
    assert!(err.contains("do-not-send-mroe"), "{err}");
}

#[test]
fn unknown_section_in_a_venue_order_is_reported() {
    let project = project_copy();
    edit(
        &project.path().join("content/venues/school.toml"),
        "\"can-wait\"",
        "\"can-wiat\"",
    );
    let out = build(
        project.path(),
        tempfile::tempdir().unwrap().path(),
        &["--locales", "en-GB"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_located(&err, "content/venues/school.toml");
    assert!(
        err.contains("unknown section `can-wiat`") && err.contains("known sections:"),
        "{err}"
    );
}

#[test]
fn a_missing_layout_is_named_with_a_hint() {
    let project = project_copy();
    std::fs::remove_file(project.path().join("layouts/handout.typ")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(project.path(), out_dir.path(), &["--locales", "en-GB"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("layout `handout.typ` not found") && err.contains("hint:"),
        "{err}"
    );
    assert_eq!(pdfs(out_dir.path()).len(), 6);
}

#[test]
fn a_bad_phone_number_in_content_is_refused() {
    let project = project_copy();
    edit(
        &project.path().join("content/resources.toml"),
        "phone = \"0800 555 111\"",
        "phone = \"0800-555-11l\"",
    );
    let out = build(
        project.path(),
        tempfile::tempdir().unwrap().path(),
        &["--locales", "en-GB"],
    );
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0));
    assert_located(&err, "content/resources.toml");
}

#[test]
fn a_missing_project_folder_exits_2() {
    let out = build(
        std::path::Path::new("/nonexistent/leafpress"),
        tempfile::tempdir().unwrap().path(),
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does not exist"));
}

#[test]
fn an_unknown_venue_on_the_command_line_is_an_error() {
    let out = build(
        &project_root(),
        tempfile::tempdir().unwrap().path(),
        &["--locales", "en-GB", "--venues", "hospital"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown venue `hospital`"));
}
