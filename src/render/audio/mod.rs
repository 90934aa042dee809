//! Render stage, audio (issue 18): the venue's edition read aloud, as a chaptered MP3
//! (`audio.mp3`, ID3 CHAP/CTOC) and an EPUB 3 audio book with media overlays
//! (`audio.epub`). The text is the HTML edition's, walked the same way ([`script`]); speech
//! is behind [`speech::Speech`] (espeak-ng today). Without espeak-ng, or for a language
//! whose locale.toml names no `voice`, audio jobs are left out with a warning
//! ([`keep_jobs`]); everything else builds.

pub mod epub;
pub mod mp3;
pub mod script;
pub mod speech;

use std::collections::BTreeMap;

use crate::build::{Artifact, Job};
use crate::diag::Diagnostic;
use crate::i18n::Localizer;
use crate::resolve::{Document, Edition};
use crate::source::{AudioSettings, Engine, Project};

use script::{Added, BlockKind, Facts, Script};
use speech::{Espeak, Recording, Speech};

/// The audio engine a format's settings use, if it runs here.
fn engine(settings: &AudioSettings) -> Option<&'static Espeak> {
    Espeak::shared(settings.words_per_minute)
}

/// What the incremental build hashes besides the inputs for an audio job: the speech
/// engine's version (a new espeak-ng may sound different). Empty for other jobs.
pub fn engine_version(job: &Job) -> String {
    if job.format.data.engine != Engine::Audio {
        return String::new();
    }
    engine(&job.format.data.audio)
        .map(|e| e.version().to_owned())
        .unwrap_or_default()
}

/// Leaves out the audio jobs that cannot be made here: all of them when espeak-ng is not
/// installed (one warning naming the package), and those of a language whose locale.toml
/// has no `voice` (one warning per language; pseudo-locales quietly).
pub fn keep_jobs(jobs: &mut Vec<Job>, diags: &mut Vec<Diagnostic>) {
    let audio = |j: &Job| j.format.data.engine == Engine::Audio;
    if !jobs.iter().any(audio) {
        return;
    }
    let missing_engine = jobs
        .iter()
        .filter(|j| audio(j))
        .any(|j| engine(&j.format.data.audio).is_none());
    if missing_engine {
        let formats: std::collections::BTreeSet<&str> = jobs
            .iter()
            .filter(|j| audio(j))
            .map(|j| j.format.data.id.as_str())
            .collect();
        diags.push(
            Diagnostic::warning(format!(
                "{} not built: the speech engine espeak-ng is not installed",
                formats.into_iter().collect::<Vec<_>>().join(", ")
            ))
            .with_hint(format!(
                "install it (Debian: apt-get install {}); every other format is built",
                speech::ESPEAK_PACKAGE
            )),
        );
        jobs.retain(|j| !audio(j));
        return;
    }
    let mut voiceless: Vec<&crate::source::LocaleSource> = Vec::new();
    jobs.retain(|j| {
        if !audio(j) {
            return true;
        }
        let lacking: Vec<_> = [Some(j.locale), j.second]
            .into_iter()
            .flatten()
            .filter(|l| l.meta.data.voice.is_none())
            .collect();
        for l in &lacking {
            if !voiceless.iter().any(|v| v.code() == l.code()) {
                voiceless.push(l);
            }
        }
        lacking.is_empty()
    });
    for l in voiceless {
        if crate::i18n::pseudo::is_pseudo(l.code()) {
            continue;
        }
        diags.push(
            Diagnostic::warning(format!(
                "{}: no audio edition: locale.toml names no speech voice",
                l.code()
            ))
            .in_file(&l.meta.file.path)
            .with_hint(
                "add `voice = \"..\"` with a voice `espeak-ng --voices` lists for the language",
            ),
        );
    }
}

/// The files of one audio job: `audio.mp3` and `audio.epub`, each with its length.
pub fn render(
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    job: &Job,
    edition: &Edition,
) -> Result<Vec<(Artifact, Vec<u8>)>, Vec<Diagnostic>> {
    let settings = job.format.data.audio;
    let fail = |why: String| vec![Diagnostic::error(format!("{}: {why}", job.name()))];
    let engine = engine(&settings).ok_or_else(|| {
        fail(format!(
            "espeak-ng is not installed (Debian: apt-get install {})",
            speech::ESPEAK_PACKAGE
        ))
    })?;
    let details = edition.production.details.as_ref();
    let venue_name = details.map(|d| d.name.as_str());
    let (parts, timeline) = recorded(engine, project, localizers, job, edition).map_err(fail)?;
    let seconds = timeline.recording.seconds();

    let doc = edition.first();
    let creator = venue_name.unwrap_or(&doc.venue.name);
    let mp3 = crate::profile::time("audio mp3", || {
        mp3::encode(
            &timeline.recording,
            settings.kbps,
            &mp3::Tags {
                title: &edition.title,
                artist: creator,
                album: &doc.guide.title,
                languages: "",
            },
            &timeline.chapters,
        )
    })
    .map_err(fail)?;

    let identifier = format!("urn:leafpress:{}:{}", doc.guide.id, job.name());
    let book = epub::Book {
        identifier: &identifier,
        title: &edition.title,
        creator,
        date: &doc.guide.published,
        contents: &parts[0].contents,
        parts: parts
            .iter()
            .zip(&timeline.clips)
            .map(|(p, clips)| epub::Part {
                lang: &p.doc.locale.code,
                rtl: p.doc.locale.direction == crate::source::Direction::Rtl,
                script: &p.script,
                clips,
            })
            .collect(),
        mp3: &mp3,
        seconds,
    };
    let epub = crate::profile::time("audio epub", || epub::write(&book)).map_err(fail)?;

    let dir = job.pdf_path();
    let id = &job.format.data.id;
    // The MP3 and the audio book, each with the recording's length.
    let file = |kind: &str, bytes: Vec<u8>| {
        let path = dir.with_file_name(format!("{id}.{kind}"));
        let mut artifact = crate::build::artifact(job, edition, kind, &path, &bytes);
        artifact.seconds = Some(seconds.round() as u32);
        (artifact, bytes)
    };
    Ok(vec![file("mp3", mp3), file("epub", epub)])
}

/// The locale's espeak-ng voice (`voice` in its locale.toml).
fn voice(project: &Project, code: &str) -> Option<String> {
    project
        .locales
        .iter()
        .find(|l| l.code() == code)
        .and_then(|l| l.meta.data.voice.clone())
}

/// The edition's parts as they will be read, for a recording said to last `minutes`.
fn parts<'d>(
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    edition: &'d Edition,
    minutes: i64,
) -> Result<Vec<Spoken<'d>>, String> {
    let details = edition.production.details.as_ref();
    let venue_name = details.map(|d| d.name.as_str());
    edition
        .parts
        .iter()
        .map(|doc| {
            let code = doc.locale.code.as_str();
            let l10n = localizers
                .get(code)
                .ok_or_else(|| format!("no messages loaded for {code}"))?;
            let voice =
                voice(project, code).ok_or_else(|| format!("locale {code} has no `voice`"))?;
            let added = added(l10n, doc, minutes)?;
            let facts = Facts::of(doc, details.and_then(|d| d.phone.as_deref()), &added);
            Ok(Spoken {
                script: script::script(doc, &facts, &added, venue_name),
                contents: added.contents.clone(),
                voice,
                doc,
            })
        })
        .collect()
}

/// The edition spoken, with the length its opening announces. The opening says how long
/// the recording lasts, which depends on what it says: speak it with a guess and correct
/// the guess until it holds (sentences are remembered, so only that sentence is spoken again).
fn recorded<'d>(
    engine: &dyn Speech,
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    job: &Job,
    edition: &'d Edition,
) -> Result<(Vec<Spoken<'d>>, Timeline), String> {
    let settings = job.format.data.audio;
    let voice_of = |code: &str| voice(project, code);
    let mut minutes = 1;
    let mut tries = 1;
    loop {
        let parts = parts(project, localizers, edition, minutes)?;
        let timeline = crate::profile::time("audio speech", || {
            speak(engine, &settings, &parts, &voice_of)
        })?;
        let said = ((timeline.recording.seconds() / 60.0).round() as i64).max(1);
        // A length that flips between N and N + 1 (the sentence saying it is longer for one
        // of them) settles on the fifth guess: a few seconds off the minute said.
        if said == minutes || tries == 5 {
            return Ok((parts, timeline));
        }
        minutes = said;
        tries += 1;
    }
}

/// One sentence of an audio edition as the voice will read it.
#[derive(Debug, Clone)]
pub struct Said {
    /// The chapter (MP3 chapter, audio book section) it is in.
    pub chapter: String,
    /// The espeak-ng voice that reads it.
    pub voice: String,
    /// As the audio book shows it.
    pub shown: String,
    /// As the voice is given it: numbers digit by digit, web addresses as words.
    pub spoken: String,
}

/// Every sentence of the job's audio edition, in order, as the voice will be given it
/// (`leafpress say`): what a translator checks before a recording is made. The length the
/// opening announces is measured as the build measures it, by speaking the edition; without
/// espeak-ng it is estimated from the words and the speaking rate (the second value: whether
/// it was measured).
pub fn said(
    project: &Project,
    localizers: &BTreeMap<&str, Localizer>,
    job: &Job,
    edition: &Edition,
) -> Result<(Vec<Said>, bool), String> {
    let settings = job.format.data.audio;
    let (parts, measured) = match engine(&settings) {
        Some(engine) => (recorded(engine, project, localizers, job, edition)?.0, true),
        None => {
            let guess = parts(project, localizers, edition, 1)?;
            let words: usize = guess
                .iter()
                .flat_map(|p| &p.script.chapters)
                .flat_map(|c| &c.blocks)
                .flat_map(|b| &b.sentences)
                .map(|s| s.shown.split_whitespace().count())
                .sum();
            let rate = settings.words_per_minute.max(1) as f64;
            let minutes = ((words as f64 / rate).round() as i64).max(1);
            (parts(project, localizers, edition, minutes)?, false)
        }
    };
    let mut out = Vec::new();
    for part in &parts {
        for chapter in &part.script.chapters {
            for block in &chapter.blocks {
                let voice = part.voice_of(block, &|code| voice(project, code));
                for sentence in &block.sentences {
                    out.push(Said {
                        chapter: chapter.title.clone(),
                        voice: voice.clone(),
                        shown: sentence.shown.clone(),
                        spoken: sentence.spoken.clone(),
                    });
                }
            }
        }
    }
    Ok((out, measured))
}

/// A part ready to be spoken.
struct Spoken<'d> {
    script: Script,
    contents: String,
    voice: String,
    doc: &'d Document,
}

impl Spoken<'_> {
    /// The voice that reads `block`: its language's (English shown as a fallback, a
    /// service's name), else the part's.
    fn voice_of(&self, block: &script::Block, voices: &dyn Fn(&str) -> Option<String>) -> String {
        block
            .lang
            .as_deref()
            .and_then(voices)
            .unwrap_or_else(|| self.voice.clone())
    }
}

/// The wording the recording adds, from the part's `audio-*` messages.
fn added(l10n: &Localizer, doc: &Document, minutes: i64) -> Result<Added, String> {
    let nation = doc.venue.nation;
    let mut fallback = Vec::new();
    let mut text = |id: &str| -> Result<String, String> {
        let t = l10n
            .text_with(id, nation, &[("minutes", minutes)])
            .map_err(|e| e.to_string())?;
        if t.fallback {
            fallback.push(t.text.clone());
        }
        Ok(t.text)
    };
    let address_words = script::AddressWords {
        dot: text("audio-dot")?,
        dash: text("audio-dash")?,
        slash: text("audio-slash")?,
    };
    // Only the language's own word: English's "zero" is what every voice says anyway.
    let zero = match l10n.has("audio-zero") {
        true => Some(text("audio-zero")?),
        false => None,
    };
    Ok(Added {
        duration: text("audio-duration")?,
        parts: text("audio-parts")?,
        end: text("audio-end")?,
        contents: text("audio-contents")?,
        fallback,
        address_words,
        zero,
    })
}

/// The recording: every part's sentences one after another with the format's pauses, and
/// where each sentence and chapter lies in it.
struct Timeline {
    recording: Recording,
    /// Per part, (begin, end) in seconds of each sentence, in script order.
    clips: Vec<Vec<(f64, f64)>>,
    chapters: Vec<mp3::Mark>,
}

fn speak(
    engine: &dyn Speech,
    settings: &AudioSettings,
    parts: &[Spoken],
    voice_of: &dyn Fn(&str) -> Option<String>,
) -> Result<Timeline, String> {
    let rate = engine.rate();
    let silence = |ms: u32| (u64::from(ms) * u64::from(rate) / 1000) as usize;
    // Times are where a player is when it plays the sample: the MP3 starts late by its
    // encoder's and decoder's delay.
    let secs = |n: usize| (n + mp3::PLAYBACK_DELAY) as f64 / f64::from(rate);
    let ms = |n: usize| ((n + mp3::PLAYBACK_DELAY) as u64 * 1000 / u64::from(rate)) as u32;
    let mut samples = Recording::new(rate);
    let mut clips = Vec::new();
    let mut starts: Vec<(String, usize)> = Vec::new();
    for part in parts {
        let mut part_clips = Vec::new();
        for chapter in &part.script.chapters {
            starts.push((chapter.title.clone(), samples.len));
            for block in &chapter.blocks {
                let voice = part.voice_of(block, voice_of);
                for sentence in &block.sentences {
                    let pcm = engine.speak(&sentence.spoken, &voice)?;
                    let begin = samples.len;
                    samples.speech(pcm);
                    part_clips.push((secs(begin), secs(samples.len)));
                    samples.silence(silence(settings.sentence_pause_ms));
                }
                let more = match block.kind {
                    BlockKind::Heading | BlockKind::Subheading | BlockKind::Paragraph => {
                        settings.paragraph_pause_ms
                    }
                    BlockKind::Item | BlockKind::SubItem => settings.paragraph_pause_ms / 2,
                };
                samples.silence(silence(more.saturating_sub(settings.sentence_pause_ms)));
            }
            samples.silence(silence(settings.chapter_pause_ms));
        }
        clips.push(part_clips);
    }
    let total = samples.len;
    let chapters = starts
        .iter()
        .enumerate()
        .map(|(i, (title, start))| mp3::Mark {
            title: title.clone(),
            // The first chapter holds the file's start (the encoder's delay too).
            start_ms: if i == 0 { 0 } else { ms(*start) },
            end_ms: ms(starts.get(i + 1).map_or(total, |(_, s)| *s)),
        })
        .collect();
    Ok(Timeline {
        recording: samples,
        clips,
        chapters,
    })
}

/// Forgets every sentence spoken so far (`leafpress bench` times each edition afresh).
pub fn forget_speech() {
    Espeak::forget_all();
}
