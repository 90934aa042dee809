//! MP3: the recording through LAME (`mp3lame-encoder`, built from its bundled source), mono
//! CBR at the format's bit rate, behind an ID3v2.4 tag with the title, the artist (who it is
//! from), and a `CHAP` frame per chapter listed in order by a top-level `CTOC` frame, so
//! players can skip from chapter to chapter.

use id3::frame::{Chapter as Chap, TableOfContents};
use id3::{Frame, Tag, TagLike, Version};
use mp3lame_encoder::{Bitrate, Builder, FlushNoGap, Mode, MonoPcm, Quality};

use super::speech::{Piece, Recording};

/// Samples a player plays before the recording's first: LAME's encoder delay (576) and an
/// MPEG layer III decoder's (529). The file has no LAME info frame that would tell a gapless
/// decoder to skip them, so every player starts the speech this late (1105 samples, 50 ms
/// at 22 050 Hz; tests/audio.rs finds it in FFmpeg's decoding). Clip and chapter times add it.
pub const PLAYBACK_DELAY: usize = 576 + 529;

/// A chapter of the MP3: its title and its span in milliseconds.
#[derive(Debug, Clone)]
pub struct Mark {
    pub title: String,
    pub start_ms: u32,
    pub end_ms: u32,
}

/// What the tag says besides the chapters.
pub struct Tags<'a> {
    pub title: &'a str,
    /// Who it is from (the venue, or the edition's name).
    pub artist: &'a str,
    /// The guide's title.
    pub album: &'a str,
    /// ISO 639-2 codes of the languages spoken (`TLAN`).
    pub languages: &'a str,
}

/// The MP3 file: the tag, then the frames.
pub fn encode(
    recording: &Recording,
    kbps: u32,
    tags: &Tags,
    chapters: &[Mark],
) -> Result<Vec<u8>, String> {
    let mut audio = encode_frames(recording, kbps)?;
    let mut tag = Tag::new();
    tag.set_title(tags.title);
    tag.set_artist(tags.artist);
    tag.set_album(tags.album);
    tag.set_text("TCON", "Speech");
    if !tags.languages.is_empty() {
        tag.set_text("TLAN", tags.languages);
    }
    let ids: Vec<String> = (0..chapters.len()).map(|i| format!("chp{i}")).collect();
    tag.add_frame(TableOfContents {
        element_id: "toc".into(),
        top_level: true,
        ordered: true,
        elements: ids.clone(),
        frames: vec![Frame::text("TIT2", tags.title)],
    });
    for (mark, id) in chapters.iter().zip(ids) {
        tag.add_frame(Chap {
            element_id: id,
            start_time: mark.start_ms,
            end_time: mark.end_ms,
            // No byte offsets: players use the times.
            start_offset: 0xFFFF_FFFF,
            end_offset: 0xFFFF_FFFF,
            frames: vec![Frame::text("TIT2", mark.title.clone())],
        });
    }
    let mut out = Vec::with_capacity(audio.len() + 4096);
    tag.write_to(&mut out, Version::Id3v24)
        .map_err(|e| format!("cannot write the ID3 tag: {e}"))?;
    out.append(&mut audio);
    Ok(out)
}

fn bitrate(kbps: u32) -> Result<Bitrate, String> {
    Ok(match kbps {
        32 => Bitrate::Kbps32,
        40 => Bitrate::Kbps40,
        48 => Bitrate::Kbps48,
        64 => Bitrate::Kbps64,
        80 => Bitrate::Kbps80,
        96 => Bitrate::Kbps96,
        _ => return Err(format!("kbps = {kbps}: use 32, 40, 48, 64, 80 or 96")),
    })
}

/// The MPEG frames of the recording, mono CBR, fed to LAME piece by piece. LAME is
/// deterministic: the same samples give the same bytes, however they are cut.
fn encode_frames(recording: &Recording, kbps: u32) -> Result<Vec<u8>, String> {
    let lame = |e: &dyn std::fmt::Display| format!("LAME: {e}");
    let mut builder = Builder::new().ok_or("LAME could not start")?;
    builder.set_num_channels(1).map_err(|e| lame(&e))?;
    builder
        .set_sample_rate(recording.rate)
        .map_err(|e| lame(&e))?;
    builder.set_brate(bitrate(kbps)?).map_err(|e| lame(&e))?;
    builder.set_mode(Mode::Mono).map_err(|e| lame(&e))?;
    // LAME -q 7: its fast psychoacoustics; speech at 48 kbps sounds the same, encodes in half the time.
    builder.set_quality(Quality::Ok).map_err(|e| lame(&e))?;
    // No Xing/LAME info frame: a CBR file's length follows from its size.
    builder.set_to_write_vbr_tag(false).map_err(|e| lame(&e))?;
    let mut encoder = builder.build().map_err(|e| lame(&e))?;
    // A CBR file's size is known: bytes per second, and a frame to spare.
    let mut out =
        Vec::with_capacity((recording.seconds() * f64::from(kbps) * 125.0) as usize + 8192);
    const QUIET: [i16; 4096] = [0; 4096];
    let mut feed = |chunk: &[i16]| -> Result<(), String> {
        out.reserve(mp3lame_encoder::max_required_buffer_size(chunk.len()));
        encoder
            .encode_to_vec(MonoPcm(chunk), &mut out)
            .map_err(|e| lame(&e))?;
        Ok(())
    };
    for piece in &recording.pieces {
        match piece {
            Piece::Speech(pcm) => {
                for chunk in pcm.samples.chunks(1 << 16) {
                    feed(chunk)?;
                }
            }
            Piece::Silence(mut left) => {
                while left > 0 {
                    let n = left.min(QUIET.len());
                    feed(&QUIET[..n])?;
                    left -= n;
                }
            }
        }
    }
    out.reserve(7200);
    encoder
        .flush_to_vec::<FlushNoGap>(&mut out)
        .map_err(|e| lame(&e))?;
    Ok(out)
}
