//! The EPUB 3 audio book: the edition's text (an id per sentence), a media overlay (SMIL
//! `<par>` pairs of each sentence and its clip of the MP3) so e-readers highlight the text
//! as it is read, `media:duration` in the package, a `nav.xhtml` with a link per chapter.
//! Zipped with `mimetype` first and stored, and one fixed date on every entry: the same
//! inputs give the same bytes.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::script::{BlockKind, Script};

/// One language part of the book, with each sentence's clip (seconds into the MP3).
pub struct Part<'a> {
    /// BCP 47 (`en-GB`, `cy`).
    pub lang: &'a str,
    pub rtl: bool,
    pub script: &'a Script,
    /// (begin, end) per sentence, in the order of the script's chapters, blocks, sentences.
    pub clips: &'a [(f64, f64)],
}

/// What the package says about the book.
pub struct Book<'a> {
    /// Stable for the edition (`urn:leafpress:<guide>:<job>`).
    pub identifier: &'a str,
    pub title: &'a str,
    /// Who it is from.
    pub creator: &'a str,
    /// `YYYY-MM-DD`: the guide's publication date (dcterms:modified, the zip entries' date).
    pub date: &'a str,
    /// The navigation heading ("Contents") in the first part's language.
    pub contents: &'a str,
    pub parts: Vec<Part<'a>>,
    pub mp3: &'a [u8],
    pub seconds: f64,
}

const TEXT: &str = "text.xhtml";
const SMIL: &str = "text.smil";
const AUDIO: &str = "audio.mp3";
const ACTIVE: &str = "-epub-media-overlay-active";

/// The `.epub` file.
pub fn write(book: &Book) -> Result<Vec<u8>, String> {
    let (xhtml, smil, nav) = documents(book);
    let (year, month, day) = parse_date(book.date);
    let when = DateTime::from_date_and_time(year, month, day, 0, 0, 0)
        .map_err(|e| format!("date {}: {e}", book.date))?;
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(when)
        .unix_permissions(0o644);
    let deflated = stored.compression_method(CompressionMethod::Deflated);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let z = |e: zip::result::ZipError| format!("zip: {e}");
    let opf = package(book);
    let files: [(&str, &[u8], SimpleFileOptions); 8] = [
        ("mimetype", b"application/epub+zip", stored),
        ("META-INF/container.xml", CONTAINER.as_bytes(), deflated),
        ("EPUB/package.opf", opf.as_bytes(), deflated),
        ("EPUB/nav.xhtml", nav.as_bytes(), deflated),
        (&format!("EPUB/{TEXT}"), xhtml.as_bytes(), deflated),
        (&format!("EPUB/{SMIL}"), smil.as_bytes(), deflated),
        ("EPUB/style.css", CSS.as_bytes(), deflated),
        // MP3 frames do not compress.
        (&format!("EPUB/{AUDIO}"), book.mp3, stored),
    ];
    for (name, bytes, options) in files {
        zip.start_file(name, options).map_err(z)?;
        zip.write_all(bytes).map_err(|e| format!("zip: {e}"))?;
    }
    Ok(zip.finish().map_err(z)?.into_inner())
}

const CONTAINER: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"#;

const CSS: &str = "body { font-family: sans-serif; line-height: 1.5; margin: 1em; }
h1 { font-size: 1.6em; }
h2 { font-size: 1.3em; margin-top: 1.5em; }
h3 { font-size: 1.1em; margin-bottom: 0.2em; }
.-epub-media-overlay-active { background-color: #ffe066; color: #000; }
";

fn parse_date(date: &str) -> (u16, u8, u8) {
    let mut it = date
        .split('-')
        .map(|p| p.trim().parse::<u32>().unwrap_or(1));
    let y = it.next().unwrap_or(2026).clamp(1980, 2107) as u16;
    let m = it.next().unwrap_or(1).clamp(1, 12) as u8;
    let d = it.next().unwrap_or(1).clamp(1, 31) as u8;
    (y, m, d)
}

/// `0:07:12.345`, a SMIL full clock value.
fn clock(seconds: f64) -> String {
    let ms = (seconds * 1000.0).round() as u64;
    format!(
        "{}:{:02}:{:02}.{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// `text` with `&`, `<`, `>` and `"` as XML entities (the audio book's XHTML and SMIL, and
/// the SSML text given to the voice).
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn lang_attrs(lang: &str) -> String {
    format!(r#" xml:lang="{0}" lang="{0}""#, esc(lang))
}

fn dir_of(rtl: bool) -> &'static str {
    if rtl {
        "rtl"
    } else {
        "ltr"
    }
}

fn package(book: &Book) -> String {
    let first = &book.parts[0];
    let mut languages = String::new();
    for p in &book.parts {
        let _ = writeln!(languages, "    <dc:language>{}</dc:language>", esc(p.lang));
    }
    let duration = clock(book.seconds);
    let rtl = if first.rtl {
        r#" page-progression-direction="rtl""#
    } else {
        ""
    };
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="{lang}" dir="{dir}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">{id}</dc:identifier>
    <dc:title>{title}</dc:title>
{languages}    <dc:creator>{creator}</dc:creator>
    <meta property="dcterms:modified">{date}T00:00:00Z</meta>
    <meta property="media:duration" refines="#overlay">{duration}</meta>
    <meta property="media:duration">{duration}</meta>
    <meta property="media:active-class">{ACTIVE}</meta>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessMode">auditory</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessModeSufficient">auditory</meta>
    <meta property="schema:accessibilityFeature">synchronizedAudioText</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityHazard">none</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="text" href="{TEXT}" media-type="application/xhtml+xml" media-overlay="overlay"/>
    <item id="overlay" href="{SMIL}" media-type="application/smil+xml"/>
    <item id="audio" href="{AUDIO}" media-type="audio/mpeg"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine{rtl}>
    <itemref idref="text"/>
  </spine>
</package>
"##,
        lang = esc(first.lang),
        dir = dir_of(first.rtl),
        id = esc(book.identifier),
        title = esc(book.title),
        creator = esc(book.creator),
        date = esc(book.date),
    )
}

/// The text, its overlay and the navigation document.
fn documents(book: &Book) -> (String, String, String) {
    let first = &book.parts[0];
    let mut body = String::new();
    let mut smil = String::new();
    let mut toc = String::new();
    let mut n = 0usize;
    for (p, part) in book.parts.iter().enumerate() {
        let mut clips = part.clips.iter();
        let prefix = if book.parts.len() > 1 {
            format!("p{}-", p + 1)
        } else {
            String::new()
        };
        if book.parts.len() > 1 {
            let _ = writeln!(
                body,
                r#"<div{} dir="{}">"#,
                lang_attrs(part.lang),
                dir_of(part.rtl)
            );
        }
        for (c, chapter) in part.script.chapters.iter().enumerate() {
            let cid = format!("c-{prefix}{}", chapter.id);
            let _ = writeln!(
                toc,
                r#"      <li{}><a href="{TEXT}#{cid}">{}</a></li>"#,
                lang_attrs(part.lang),
                esc(&chapter.title)
            );
            let _ = writeln!(body, r#"<section id="{cid}">"#);
            let _ = writeln!(
                smil,
                r#"    <seq id="seq-{cid}" epub:textref="{TEXT}#{cid}">"#
            );
            let mut open_list = false;
            let mut open_item = false;
            let mut open_sub = false;
            for block in &chapter.blocks {
                // Lists: items in a <ul>, an item's sub-items in a <ul> inside its <li>.
                let (is_item, is_sub) = (
                    block.kind == BlockKind::Item,
                    block.kind == BlockKind::SubItem,
                );
                if !is_sub && open_sub {
                    body.push_str("</ul>");
                    open_sub = false;
                }
                if !is_sub && open_item {
                    body.push_str("</li>\n");
                    open_item = false;
                }
                if !is_item && !is_sub && open_list {
                    body.push_str("</ul>\n");
                    open_list = false;
                }
                let lang = block
                    .lang
                    .as_deref()
                    .filter(|l| *l != part.lang)
                    .map(lang_attrs)
                    .unwrap_or_default();
                let (open, close) = match block.kind {
                    BlockKind::Heading if c == 0 => (format!("<h1{lang}>"), "</h1>\n".to_owned()),
                    BlockKind::Heading => (format!("<h2{lang}>"), "</h2>\n".to_owned()),
                    BlockKind::Subheading => (format!("<h3{lang}>"), "</h3>\n".to_owned()),
                    BlockKind::Paragraph => (format!("<p{lang}>"), "</p>\n".to_owned()),
                    BlockKind::Item => {
                        if !open_list {
                            body.push_str("<ul>\n");
                            open_list = true;
                        }
                        open_item = true;
                        (format!("<li{lang}>"), String::new())
                    }
                    BlockKind::SubItem => {
                        if !open_sub {
                            body.push_str("<ul>");
                            open_sub = true;
                        }
                        (format!("<li{lang}>"), "</li>".to_owned())
                    }
                };
                body.push_str(&open);
                for (i, s) in block.sentences.iter().enumerate() {
                    n += 1;
                    let sid = format!("s{n}");
                    if i > 0 {
                        body.push(' ');
                    }
                    let mut shown = esc(&s.shown);
                    if let Some(href) = &s.href {
                        shown = format!(r#"<a href="{}">{shown}</a>"#, esc(href));
                    }
                    if s.strong {
                        shown = format!("<strong>{shown}</strong>");
                    }
                    let _ = write!(body, r#"<span id="{sid}">{shown}</span>"#);
                    let (begin, end) = clips.next().copied().unwrap_or((0.0, 0.0));
                    let _ = writeln!(
                        smil,
                        r#"      <par id="par-{sid}"><text src="{TEXT}#{sid}"/><audio src="{AUDIO}" clipBegin="{begin:.3}s" clipEnd="{end:.3}s"/></par>"#
                    );
                }
                body.push_str(&close);
            }
            if open_sub {
                body.push_str("</ul>");
            }
            if open_item {
                body.push_str("</li>\n");
            }
            if open_list {
                body.push_str("</ul>\n");
            }
            body.push_str("</section>\n");
            smil.push_str("    </seq>\n");
        }
        if book.parts.len() > 1 {
            body.push_str("</div>\n");
        }
    }
    let head = |title: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"{} dir="{}">
<head>
<meta charset="UTF-8"/>
<title>{}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
"#,
            lang_attrs(first.lang),
            dir_of(first.rtl),
            esc(title)
        )
    };
    let xhtml = format!("{}<body>\n{body}</body>\n</html>\n", head(book.title));
    let nav = format!(
        r#"{}<body>
  <nav epub:type="toc" id="toc">
    <h1>{}</h1>
    <ol>
{toc}    </ol>
  </nav>
</body>
</html>
"#,
        head(book.contents),
        esc(book.contents)
    );
    let smil = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
  <body>
{smil}  </body>
</smil>
"#
    );
    (xhtml, smil, nav)
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn clock_values() {
        assert_eq!(clock(432.3456), "0:07:12.346");
        assert_eq!(clock(3600.0), "1:00:00.000");
    }
}
