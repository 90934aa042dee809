//! Speech behind a small trait, so a better engine can replace espeak-ng later. The one
//! implementation shells out to the `espeak-ng` binary (Debian package `espeak-ng`), one
//! process per sentence: each sentence's audio stands alone, so the audio book can pair it
//! with its text exactly. espeak-ng is deterministic: the same text and voice give the same
//! samples, so the MP3 and EPUB are byte-identical from build to build.

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};

/// Mono 16-bit samples at `rate` Hz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pcm {
    pub rate: u32,
    pub samples: Vec<i16>,
}

impl Pcm {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.rate)
    }
}

/// A recording as the sentences spoken and the silences between them, in order. It is
/// never copied into one buffer: a seven-minute edition is 18 MB of samples, and a board
/// build runs two audio jobs at a time.
#[derive(Debug, Clone, Default)]
pub struct Recording {
    pub rate: u32,
    pub pieces: Vec<Piece>,
    /// Samples in all the pieces.
    pub len: usize,
}

/// A stretch of a [`Recording`].
#[derive(Debug, Clone)]
pub enum Piece {
    Speech(Arc<Pcm>),
    /// This many samples of silence.
    Silence(usize),
}

impl Recording {
    pub fn new(rate: u32) -> Self {
        Self {
            rate,
            ..Self::default()
        }
    }

    pub fn speech(&mut self, pcm: Arc<Pcm>) {
        self.len += pcm.samples.len();
        self.pieces.push(Piece::Speech(pcm));
    }

    pub fn silence(&mut self, samples: usize) {
        self.len += samples;
        self.pieces.push(Piece::Silence(samples));
    }

    pub fn seconds(&self) -> f64 {
        self.len as f64 / f64::from(self.rate)
    }
}

/// A text-to-speech engine.
pub trait Speech: Sync {
    /// The samples of `text` read in `voice` (an engine-specific voice name). `text` is SSML
    /// text: `&`, `<` and `>` escaped, English stretches in `<voice xml:lang="en-gb">`.
    fn speak(&self, text: &str, voice: &str) -> Result<Arc<Pcm>, String>;
    /// The sample rate every [`Speech::speak`] returns.
    fn rate(&self) -> u32;
    /// The engine and its version, for the incremental build's input hash.
    fn version(&self) -> &str;
}

/// The Debian package that provides the binary.
pub const ESPEAK_PACKAGE: &str = "espeak-ng";
/// espeak-ng's output rate (fixed by its voices).
const ESPEAK_RATE: u32 = 22_050;

/// espeak-ng through its command line, with every sentence spoken once per process and
/// remembered (the venues' editions share most of their text).
pub struct Espeak {
    version: String,
    /// Words per minute (`-s`).
    words_per_minute: u32,
    cache: Mutex<Remembered>,
}

/// Sentences spoken, by voice, for the [`VOICES_KEPT`] voices used last: jobs run locale by
/// locale, so older voices are not asked for again. (Remembering every voice's sentences
/// held about 600 MB of samples at the end of a full build.)
#[derive(Default)]
struct Remembered {
    /// Voices, least recently used first, with their sentences.
    voices: Vec<(String, HashMap<String, Arc<Pcm>>)>,
}

/// How many voices' sentences are remembered: the locale's, English (service names and
/// fallbacks) and the next locale's as parallel jobs cross into it.
const VOICES_KEPT: usize = 3;

impl Remembered {
    fn get(&mut self, voice: &str, text: &str) -> Option<Arc<Pcm>> {
        let at = self.voices.iter().position(|(v, _)| v == voice)?;
        let entry = self.voices.remove(at);
        let found = entry.1.get(text).cloned();
        self.voices.push(entry);
        found
    }

    fn insert(&mut self, voice: &str, text: &str, pcm: Arc<Pcm>) {
        match self.voices.iter().position(|(v, _)| v == voice) {
            Some(at) => {
                let mut entry = self.voices.remove(at);
                entry.1.insert(text.to_owned(), pcm);
                self.voices.push(entry);
            }
            None => {
                if self.voices.len() >= VOICES_KEPT {
                    self.voices.remove(0);
                }
                self.voices
                    .push((voice.to_owned(), HashMap::from([(text.to_owned(), pcm)])));
            }
        }
    }
}

impl Espeak {
    /// espeak-ng if its binary runs, else `None`. The process-wide instance is shared by
    /// every job of a build (see [`Espeak::shared`]).
    fn probe(words_per_minute: u32) -> Option<Self> {
        let out = Command::new("espeak-ng")
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        let text = String::from_utf8_lossy(&out.stdout);
        // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/..." → keep the version only:
        // the data path differs between machines, the sounds do not.
        let version = text
            .split("Data at")
            .next()
            .unwrap_or(&text)
            .trim()
            .to_owned();
        Some(Self {
            version,
            words_per_minute,
            cache: Mutex::new(Remembered::default()),
        })
    }

    /// The build's espeak-ng at `words_per_minute`, probed once per process and rate.
    pub fn shared(words_per_minute: u32) -> Option<&'static Espeak> {
        let mut engines = ENGINES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        *engines
            .entry(words_per_minute)
            .or_insert_with(|| Self::probe(words_per_minute).map(|e| &*Box::leak(Box::new(e))))
    }
}

impl Espeak {
    /// Forgets the sentences every engine has spoken so far.
    pub fn forget_all() {
        let engines = ENGINES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        for engine in engines.values().flatten() {
            engine
                .cache
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .voices
                .clear();
        }
    }
}

/// espeak-ng's phonemes for SSML `text` in `voice` (`espeak-ng -q -x`), on one line: what
/// `leafpress say --phonemes` shows a translator.
pub fn phonemes(text: &str, voice: &str) -> Result<String, String> {
    let out = espeak(&["-q", "-x"], text, voice)?;
    Ok(String::from_utf8_lossy(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" "))
}

/// Runs espeak-ng on SSML `text` in `voice` with `args`; its standard output.
fn espeak(args: &[&str], text: &str, voice: &str) -> Result<Vec<u8>, String> {
    let mut child = Command::new("espeak-ng")
        .args(["-v", voice])
        .args(args)
        // SSML: English names inside another language are `<voice xml:lang="en-gb">`.
        .arg("-m")
        // Text from stdin (never an argument: a sentence starting with `-` is not a flag).
        .arg("--stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run espeak-ng (Debian: apt-get install {ESPEAK_PACKAGE}): {e}")
        })?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write to espeak-ng: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("espeak-ng: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "espeak-ng -v {voice} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}

/// The process's espeak-ng engines, one per speaking rate (`None`: not installed).
static ENGINES: OnceLock<Mutex<HashMap<u32, Option<&'static Espeak>>>> = OnceLock::new();

impl Speech for Espeak {
    fn speak(&self, text: &str, voice: &str) -> Result<Arc<Pcm>, String> {
        if let Some(pcm) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(voice, text)
        {
            return Ok(pcm);
        }
        let wav = espeak(
            &["-s", &self.words_per_minute.to_string(), "--stdout"],
            text,
            voice,
        )?;
        let pcm = Arc::new(parse_wav(&wav)?);
        if pcm.rate != ESPEAK_RATE {
            return Err(format!(
                "espeak-ng spoke at {} Hz, expected {ESPEAK_RATE}",
                pcm.rate
            ));
        }
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(voice, text, pcm.clone());
        Ok(pcm)
    }

    fn rate(&self) -> u32 {
        ESPEAK_RATE
    }

    fn version(&self) -> &str {
        &self.version
    }
}

/// The samples of a mono 16-bit PCM WAV. espeak-ng writes to a pipe, so the sizes in its
/// header are placeholders: the data runs to the end.
fn parse_wav(bytes: &[u8]) -> Result<Pcm, String> {
    let bad = |why: &str| Err(format!("espeak-ng wrote no WAV audio ({why})"));
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return bad("no RIFF header");
    }
    let mut at = 12;
    let mut rate = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().expect("4 bytes")) as usize;
        let body = at + 8;
        if id == b"fmt " {
            if body + 16 > bytes.len() {
                return bad("short fmt chunk");
            }
            let u16_at = |i: usize| u16::from_le_bytes([bytes[body + i], bytes[body + i + 1]]);
            let (format, channels, bits) = (u16_at(0), u16_at(2), u16_at(14));
            if format != 1 || channels != 1 || bits != 16 {
                return bad("not mono 16-bit PCM");
            }
            rate = Some(u32::from_le_bytes(
                bytes[body + 4..body + 8].try_into().expect("4 bytes"),
            ));
        } else if id == b"data" {
            let Some(rate) = rate else {
                return bad("data before fmt");
            };
            let data = &bytes[body..];
            let samples = data
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect();
            return Ok(Pcm { rate, samples });
        }
        at = body + len + (len & 1);
    }
    bad("no data chunk")
}

#[cfg(test)]
mod tests {
    use super::parse_wav;

    #[test]
    fn wav_from_a_pipe() {
        let mut wav = b"RIFF\xff\xff\xff\x7fWAVEfmt ".to_vec();
        wav.extend(16u32.to_le_bytes());
        wav.extend(1u16.to_le_bytes());
        wav.extend(1u16.to_le_bytes());
        wav.extend(22_050u32.to_le_bytes());
        wav.extend(44_100u32.to_le_bytes());
        wav.extend(2u16.to_le_bytes());
        wav.extend(16u16.to_le_bytes());
        wav.extend(b"data\xff\xff\xff\x7f");
        wav.extend([1, 0, 0xff, 0xff]);
        let pcm = parse_wav(&wav).unwrap();
        assert_eq!(pcm.rate, 22_050);
        assert_eq!(pcm.samples, vec![1, -1]);
    }
}
