//! The foundation: 3 venues × 3 formats in en-GB, checked from the real PDFs.

mod common;

use common::*;
use leafpress::source::{self, Audience};

fn pdf(venue: &str, format: &str) -> PdfInfo {
    read_pdf(
        &en_gb_dist()
            .join("en-GB")
            .join(venue)
            .join(format!("{format}.pdf")),
    )
}

#[test]
fn builds_nine_pdfs_and_a_manifest_that_matches_them() {
    let dist = en_gb_dist();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dist.join("manifest.json")).unwrap()).unwrap();
    // The PDFs; their previews, the HTML editions and the download pages are in tests/html.rs.
    let artifacts: Vec<&serde_json::Value> = manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "pdf")
        .collect();
    // The foundation's three formats; the print masters and the other formats: tests/print.rs.
    let artifacts: Vec<&serde_json::Value> = artifacts
        .into_iter()
        .filter(|a| FORMATS.iter().any(|f| a["format"] == *f))
        .collect();
    assert_eq!(artifacts.len(), 9);
    for venue in VENUES {
        for format in FORMATS {
            let a = artifacts
                .iter()
                .find(|a| a["venue"] == venue && a["format"] == format)
                .unwrap_or_else(|| panic!("no manifest entry for {venue}/{format}"));
            assert_eq!(a["locale"], "en-GB");
            assert_eq!(a["kind"], "pdf");
            let bytes = std::fs::read(dist.join(a["path"].as_str().unwrap())).unwrap();
            assert_eq!(a["bytes"].as_u64().unwrap() as usize, bytes.len());
            use sha2::Digest;
            let sha: String = sha2::Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(a["sha256"], sha);
            assert_eq!(
                a["pages"].as_u64().unwrap() as usize,
                read_pdf(&dist.join(a["path"].as_str().unwrap()))
                    .pages
                    .len()
            );
        }
    }
    let files = files_under(dist);
    assert!(
        files.iter().all(|f| !f.contains(".tmp")),
        "temporary files left: {files:?}"
    );
}

#[test]
fn page_sizes_in_mm_per_format() {
    let close = |a: f64, b: f64| (a - b).abs() < 0.2;
    for venue in VENUES {
        let leaflet = pdf(venue, "leaflet");
        assert_eq!(leaflet.pages.len(), 2, "{venue} leaflet pages");
        assert!(leaflet
            .pages
            .iter()
            .all(|p| close(p.size_mm.0, 297.0) && close(p.size_mm.1, 210.0)));
        let card = pdf(venue, "card");
        assert_eq!(card.pages.len(), 2, "{venue} card pages");
        assert!(card
            .pages
            .iter()
            .all(|p| close(p.size_mm.0, 85.0) && close(p.size_mm.1, 55.0)));
        let handout = pdf(venue, "handout");
        assert!(
            handout.pages.len() >= 2,
            "{venue} handout carries the full guide"
        );
        assert!(handout
            .pages
            .iter()
            .all(|p| close(p.size_mm.0, 210.0) && close(p.size_mm.1, 297.0)));
    }
}

/// The venue's services that its audience may use, straight from content/.
fn services_for(project: &source::Project, venue: &str, card: bool) -> Vec<source::Resource> {
    let v = &project
        .venues
        .iter()
        .find(|v| v.data.id == venue)
        .unwrap()
        .data;
    let ids = if card { &v.card_services } else { &v.services };
    ids.iter()
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

#[test]
fn every_output_carries_999_and_its_services_numbers_and_addresses() {
    let project = source::load(&project_root())
        .project
        .expect("project loads");
    for venue in VENUES {
        for format in FORMATS {
            let text = pdf(venue, format).text();
            let flat = compact(&text);
            assert!(
                text.contains("999"),
                "{venue}/{format}: no 999 in the text layer"
            );
            let card = format == "card";
            let services = services_for(&project, venue, card);
            assert!(!services.is_empty());
            for r in services {
                if let Some(phone) = &r.phone {
                    assert!(
                        text.contains(phone.get_ref().as_str()),
                        "{venue}/{format}: {} missing",
                        phone.get_ref()
                    );
                }
                // Leaflet and handout: full URLs. Card: the short address (see README).
                let address = if card {
                    r.short_url.clone()
                } else {
                    r.url.as_ref().map(|u| u.get_ref().clone())
                };
                if let Some(address) = address {
                    assert!(
                        flat.contains(&compact(&address)),
                        "{venue}/{format}: {address} missing"
                    );
                }
            }
        }
    }
}

#[test]
fn leaflets_and_handouts_list_every_resource_url_their_audience_may_use() {
    let project = source::load(&project_root()).project.unwrap();
    for venue in VENUES {
        let v = &project
            .venues
            .iter()
            .find(|v| v.data.id == venue)
            .unwrap()
            .data;
        for format in ["leaflet", "handout"] {
            let flat = compact(&pdf(venue, format).text());
            for r in &project.resources.data.resources {
                let Some(url) = &r.url else { continue };
                let listed = v.services.iter().any(|s| s.get_ref() == r.id.get_ref());
                if listed && r.audience.includes(v.audience) {
                    assert!(
                        flat.contains(&compact(url.get_ref())),
                        "{venue}/{format}: {} missing",
                        url.get_ref()
                    );
                }
                if r.audience == Audience::Adult && v.audience == Audience::Under18 {
                    assert!(
                        !flat.contains(&compact(url.get_ref())),
                        "{venue}/{format}: adult-only {} shown to under-18s",
                        url.get_ref()
                    );
                }
            }
        }
    }
}

#[test]
fn venue_editions_differ_as_their_profiles_say() {
    let leads = [
        ("clinic", "Your visit is confidential"),
        ("school", "Tell a trusted adult"),
        ("police", "You can report this to us"),
    ];
    let write_ins = [
        ("clinic", "Clinic contact"),
        ("school", "Designated Safeguarding Lead"),
        ("police", "Crime reference number"),
    ];
    for format in FORMATS {
        for (venue, lead) in leads {
            for (other, _) in leads {
                let text = pdf(other, format).text();
                let has_lead = text.contains(lead) || (format == "card" && other == venue);
                assert_eq!(
                    has_lead,
                    other == venue,
                    "{format}: lead {lead:?} in {other}"
                );
            }
        }
        for (venue, field) in write_ins {
            assert!(
                pdf(venue, format).text().contains(field),
                "{venue}/{format}: write-in {field:?} missing"
            );
        }
        assert!(pdf("police", format)
            .text()
            .contains("Officer name and collar number"));
    }
    // Order: the police profile puts reassurance before "What can wait"; the clinic after.
    let pos = |venue: &str, needle: &str| {
        let text = pdf(venue, "handout").text();
        text.find(needle)
            .unwrap_or_else(|| panic!("{venue}: {needle:?} missing"))
    };
    assert!(pos("police", "Important reassurance") < pos("police", "What can wait"));
    assert!(pos("clinic", "What can wait") < pos("clinic", "Important reassurance"));
    // Every handout leads with its venue's message, before the guide's steps.
    for (venue, lead) in leads {
        assert!(
            pos(venue, lead) < pos(venue, "What to do now"),
            "{venue}: lead not first"
        );
    }
}

#[test]
fn school_edition_never_tells_a_child_to_copy_or_save_the_image() {
    for format in FORMATS {
        let text = pdf("school", format).text();
        let flat = compact(&text);
        for forbidden in [
            "Screenshot messages",
            "copy the URL",
            "Save a minimal record",
            "key screenshots",
            "StopNCII",
            "Revenge Porn Helpline",
        ] {
            assert!(
                !flat.contains(&compact(forbidden)),
                "school/{format} says {forbidden:?}"
            );
        }
        let adult = pdf("clinic", format).text();
        assert!(
            compact(&adult).contains(&compact("Revenge Porn Helpline")),
            "clinic/{format} lacks the helpline"
        );
    }
    let handout = pdf("school", "handout").text();
    assert!(compact(&handout).contains(&compact(
        "Don’t view, copy, forward or save the image or video itself"
    )));
    let adult = pdf("clinic", "handout").text();
    assert!(
        adult.contains("Screenshot messages"),
        "adult editions keep the guide's evidence steps"
    );
}

#[test]
fn pdfs_are_tagged_pdf_ua_with_title_language_and_embedded_vendored_fonts() {
    for venue in VENUES {
        for format in FORMATS {
            let info = pdf(venue, format);
            assert!(info.pdf_ua, "{venue}/{format}: no PDF/UA-1 identifier");
            assert!(info.tagged, "{venue}/{format}: not tagged");
            assert_eq!(info.lang.as_deref(), Some("en-GB"), "{venue}/{format}");
            let title = info.title.clone().unwrap_or_default();
            assert!(
                title.starts_with("What to do if…"),
                "{venue}/{format}: title {title:?}"
            );
            assert!(
                title.to_lowercase().contains(venue),
                "{venue}/{format}: title {title:?} lacks the edition"
            );
            assert!(!info.fonts.is_empty());
            for font in &info.fonts {
                assert!(
                    font.embedded,
                    "{venue}/{format}: font {} not embedded",
                    font.name
                );
                assert!(
                    font.name.contains("NotoSans"),
                    "{venue}/{format}: unexpected font {}",
                    font.name
                );
            }
        }
    }
}

#[test]
fn a_second_build_is_byte_identical_and_source_date_epoch_sets_the_date() {
    let again = tempfile::tempdir().unwrap();
    let out = build(&project_root(), again.path(), &["--locales", "en-GB"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files_under(en_gb_dist());
    assert_eq!(files, files_under(again.path()));
    for f in &files {
        let a = std::fs::read(en_gb_dist().join(f)).unwrap();
        let b = std::fs::read(again.path().join(f)).unwrap();
        assert!(a == b, "{f} differs between two builds");
    }

    let dated = tempfile::tempdir().unwrap();
    let out = leafpress()
        .args([
            "build",
            "--locales",
            "en-GB",
            "--venues",
            "clinic",
            "--formats",
            "card",
            "--project",
        ])
        .arg(project_root())
        .arg("--out")
        .arg(dated.path())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(out.status.success());
    let a = std::fs::read(en_gb_dist().join("en-GB/clinic/card.pdf")).unwrap();
    let b = std::fs::read(dated.path().join("en-GB/clinic/card.pdf")).unwrap();
    assert_ne!(a, b, "SOURCE_DATE_EPOCH must change the PDF date");
    assert!(
        String::from_utf8_lossy(&b).contains("2023-11-14"),
        "the XMP date follows SOURCE_DATE_EPOCH"
    );
}

#[test]
fn no_glyph_is_missing_and_nothing_overflows() {
    let out = build(
        &project_root(),
        tempfile::tempdir().unwrap().path(),
        &["--locales", "en-GB"],
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("no vendored font has a glyph"), "{err}");
    assert!(!err.contains("overflows"), "{err}");
}

#[test]
fn poppler_reads_the_same_text() {
    if !require_tool("pdftotext") {
        return;
    }
    for venue in VENUES {
        let path = en_gb_dist().join(format!("en-GB/{venue}/leaflet.pdf"));
        let out = std::process::Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("999"));
        // pdftotext joins a line that ends in a hyphen with the next and drops the hyphen,
        // so compare without hyphens (the URL breaks after "ceop-" on narrow panels).
        let unhyphen = |s: &str| compact(s).replace('-', "");
        assert!(unhyphen(&text).contains(&unhyphen("https://www.ceop.police.uk/ceop-reporting/")));
    }
}
