//! The nations of the UK: a school in Wales has a Designated Safeguarding Person (Welsh
//! Government, *Keeping learners safe*), a school in England a Designated Safeguarding Lead.
//! A venue says where it is in `--venue-details` (`nation = "wales"`); Welsh editions are
//! for Wales (`nation = "wales"` in cy's locale.toml), bilingual Welsh and English ones in
//! both halves. And a bilingual edition does not tell its reader that it is available in the
//! other language it holds. Checked from the real PDFs.

mod common;

use std::path::Path;

use common::*;

/// The school formats whose text names the safeguarding person: the card (its lead line
/// and write-in label) and the handout (the lead, the "tell a trusted adult" step, the
/// write-in label, and the colophon with the Welsh "available in English" line).
const FORMATS: &str = "card,handout";

fn text_of(dist: &Path, rel: &str) -> String {
    read_pdf(&dist.join(rel)).text()
}

/// `leafpress build` into `out` with `args`, which must succeed.
fn build_ok(out: &Path, args: &[&str]) {
    let built = build(&project_root(), out, args);
    assert!(built.status.success(), "build failed:\n{}", stderr(&built));
}

#[test]
fn a_school_in_wales_gets_the_designated_safeguarding_person_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let details = dir.path().join("schools.toml");
    std::fs::write(
        &details,
        "[[venue]]\nid = \"ysgol-glan-taf\"\nprofile = \"school\"\nname = \"Ysgol Glan Taf\"\n\
         phone = \"029 2018 0000\"\nnation = \"wales\"\n\n\
         [[venue]]\nid = \"leeds-high\"\nprofile = \"school\"\nname = \"Leeds High School\"\n\
         phone = \"0113 496 0000\"\n",
    )
    .unwrap();
    let out = dir.path().join("dist");
    build_ok(
        &out,
        &[
            "--locales",
            "en-GB",
            "--venues",
            "school",
            "--formats",
            FORMATS,
            "--venue-details",
            details.to_str().unwrap(),
        ],
    );
    for format in ["card", "handout"] {
        let wales = text_of(&out, &format!("en-GB/school/ysgol-glan-taf/{format}.pdf"));
        let flat = compact(&wales);
        assert!(
            flat.contains(&compact("Designated Safeguarding Person")),
            "{format} for a school in Wales:\n{wales}"
        );
        assert!(
            !wales.contains("DSL") && !flat.contains(&compact("Safeguarding Lead")),
            "{format} for a school in Wales names England's lead:\n{wales}"
        );
        // Without a nation, a venue is in England, as before.
        let england = text_of(&out, &format!("en-GB/school/leeds-high/{format}.pdf"));
        assert!(
            compact(&england).contains(&compact("Designated Safeguarding Lead")),
            "{format} for a school in England:\n{england}"
        );
        assert!(!compact(&england).contains(&compact("Safeguarding Person")));
    }
    let handout = text_of(&out, "en-GB/school/ysgol-glan-taf/handout.pdf");
    assert!(
        compact(&handout).contains(&compact("Designated Safeguarding Person (DSP)"))
            && compact(&handout).contains(&compact("The DSP knows what to do")),
        "the lead introduces the DSP:\n{handout}"
    );
}

#[test]
fn welsh_school_editions_name_the_person_diogelu_dynodedig_in_both_halves() {
    let dir = tempfile::tempdir().unwrap();
    build_ok(
        dir.path(),
        &[
            "--locales",
            "cy",
            "--venues",
            "school",
            "--formats",
            FORMATS,
            "--bilingual",
            "cy+en-GB",
        ],
    );
    for format in ["card", "handout"] {
        let cy = text_of(dir.path(), &format!("cy/school/{format}.pdf"));
        assert!(
            compact(&cy).contains(&compact("Person Diogelu Dynodedig")),
            "cy {format}:\n{cy}"
        );
        assert!(
            !cy.contains("DSL") && !cy.contains("Arweinydd Diogelu"),
            "cy {format} names England's lead:\n{cy}"
        );
        // The English half of a Welsh edition is for Wales too.
        let both = text_of(dir.path(), &format!("cy+en-GB/school/{format}.pdf"));
        assert!(
            compact(&both).contains(&compact("Person Diogelu Dynodedig"))
                && compact(&both).contains(&compact("Designated Safeguarding Person")),
            "cy+en-GB {format}:\n{both}"
        );
        assert!(
            !both.contains("DSL") && !compact(&both).contains(&compact("Safeguarding Lead")),
            "cy+en-GB {format} names England's lead:\n{both}"
        );
    }
}

#[test]
fn a_bilingual_edition_does_not_say_it_is_available_in_the_language_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    build_ok(
        dir.path(),
        &[
            "--locales",
            "cy",
            "--venues",
            "clinic",
            "--formats",
            "handout,leaflet",
            "--bilingual",
            "cy+en-GB",
        ],
    );
    let welsh = "Mae’r ddogfen hon ar gael yn Saesneg";
    let english = "This document is available in English";
    for format in ["handout", "leaflet"] {
        // The Welsh edition says it (the Welsh Language Standards' pattern)…
        let cy = compact(&text_of(dir.path(), &format!("cy/clinic/{format}.pdf")));
        assert!(
            cy.contains(&compact(welsh)) && cy.contains(&compact(english)),
            "cy {format} lost its line"
        );
        // …the Welsh and English edition, which is in English too, does not.
        let both = text_of(dir.path(), &format!("cy+en-GB/clinic/{format}.pdf"));
        assert!(
            !compact(&both).contains(&compact(welsh))
                && !compact(&both).contains(&compact(english)),
            "cy+en-GB {format}:\n{both}"
        );
    }
}
