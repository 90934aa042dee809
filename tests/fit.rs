//! The fit ladder (content/formats/ `[fit]`): text that does not fit steps down to the
//! format's smaller body sizes, then leaves out what the format allows — never a protected
//! section — and every output still carries 999 and its numbers.

mod common;

use std::path::Path;

use common::*;

fn pdf_text(path: &Path) -> String {
    compact(
        &read_pdf(path)
            .pages
            .iter()
            .map(|p| p.text.as_str())
            .collect::<String>(),
    )
}

/// en-XA (English made 40 % longer) builds every format for every venue; the outputs that
/// needed the ladder say so, and the cards still carry 999 and the venue's numbers.
#[test]
fn a_much_longer_translation_builds_every_format_with_its_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let out = build(&project_root(), dir.path(), &["--locales", "en-XA"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("the text did not fit;"),
        "no ladder step reported:\n{err}"
    );
    // The manifest records the steps each output took.
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("manifest.json")).unwrap())
            .unwrap();
    let card_entry = manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"] == "en-XA/police/card.pdf")
        .expect("the card is in the manifest");
    assert!(
        card_entry["fit"].as_array().is_some_and(|f| !f.is_empty()),
        "{card_entry:#}"
    );
    let card = pdf_text(&dir.path().join("en-XA/police/card.pdf"));
    for number in ["999", "101", "0800555111"] {
        assert!(card.contains(number), "police card lacks {number}: {card}");
    }
    let leaflet = pdf_text(&dir.path().join("en-XA/clinic/leaflet.pdf"));
    for number in ["999", "03456000459", "0800555111"] {
        assert!(
            leaflet.contains(number),
            "clinic leaflet lacks {number}: {leaflet}"
        );
    }
}

/// A format whose ladder names a protected section (the short answer) is refused, and the
/// card is not written: the ladder never drops safety-critical text.
#[test]
fn the_ladder_never_leaves_out_a_protected_section() {
    let project = project_copy();
    let card = project.path().join("content/formats/card.toml");
    let toml = std::fs::read_to_string(&card).unwrap();
    let toml = toml
        .replace("spacing = [0.75, 0.5]", "spacing = []")
        .replace("body-pt = [6.3, 6.0]", "body-pt = []")
        .replace(
            "leave-out = [\"qr-codes\", \"service-hours\"]",
            "leave-out = [\"short-answer\"]",
        );
    assert!(toml.contains("leave-out = [\"short-answer\"]"), "{toml}");
    std::fs::write(&card, toml).unwrap();
    lengthen(
        &project.path().join("locales/pl/guide.ftl"),
        "short-answer-body",
        3,
    );
    let out_dir = project.path().join("dist");
    let out = build(
        project.path(),
        &out_dir,
        &["--locales", "pl", "--venues", "clinic", "--formats", "card"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("may not leave out `short-answer`"), "{err}");
    assert!(!out_dir.join("pl/clinic/card.pdf").exists());
}

/// A leaflet whose text is far too long steps down and then leaves out the legal note (as
/// its format allows), pointing to the full guide; the handout keeps everything.
#[test]
fn the_ladder_leaves_out_what_the_format_allows() {
    let project = project_copy();
    lengthen(
        &project.path().join("locales/pl/guide.ftl"),
        "can-wait-confront",
        9,
    );
    let out_dir = project.path().join("dist");
    let out = build(
        project.path(),
        &out_dir,
        &[
            "--locales",
            "pl",
            "--venues",
            "clinic",
            "--formats",
            "leaflet,handout",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("left out `legal-note`"), "{err}");
    let leaflet = pdf_text(&out_dir.join("pl/clinic/leaflet.pdf"));
    let handout = pdf_text(&out_dir.join("pl/clinic/handout.pdf"));
    assert!(
        !leaflet.contains("Ważnauwaga"),
        "the legal note is still on the leaflet"
    );
    assert!(
        handout.contains("Ważnauwaga"),
        "the handout lost the legal note"
    );
    assert!(
        leaflet.contains("999") && leaflet.contains("03456000459"),
        "{leaflet}"
    );
    // The "don't" list and what to do now are protected: still there.
    assert!(
        leaflet.contains(&compact("Nie negocjuj")) || leaflet.contains("negocjuj"),
        "{leaflet}"
    );
}
