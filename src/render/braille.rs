//! Render stage, braille: an edition as a `.brf` file for an embosser — the venue's text in
//! the HTML edition's order, translated by liblouis with the locale's table (locale.toml
//! `[braille]`), laid out on pages of the format's cells × lines (UKAAF B004 / B009).
//!
//! Layout choices (UKAAF B004, as far as a plain embosser file can carry them):
//! - line 1 of every page holds only the braille page number, at the right margin;
//! - page 1 is the title page: draft mark, title, venue, the braille code used, the
//!   emergency line and the version, each block centred;
//! - headings are centred with a blank line before and after (a heading never ends a page);
//!   a service's name starts at cell 1 after a blank line;
//! - paragraphs start at cell 3 and run over to cell 1; list items start at cell 1 and run
//!   over to cell 3 (sub-items 3 and 5);
//! - lines break at spaces; a word longer than a line (a deep link) breaks after a `/`,
//!   `.` or `-` where it can, else at the margin;
//! - web addresses are uncontracted (typeform `no_contract`): the reader types them
//!   letter by letter; numbers keep the numeric indicator and the numeric space.

use std::collections::BTreeSet;

use crate::build::{Artifact, Job};
use crate::diag::Diagnostic;
use crate::render::louis::{self, Louis};
use crate::resolve::{Document, Edition};
use crate::source::{BraillePage, Engine, LocaleSource, Project, ReviewStatus};

/// North American braille ASCII, indexed by dot pattern (bit 0 = dot 1 … bit 5 = dot 6),
/// written lower case as liblouis's own display tables do (so `lou_translate` reads it).
const NA_ASCII: &[u8; 64] = b" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

/// The numeric indicator (dots 3456) and the digits 1–9, 0 (letters a–j).
const NUMERIC: u8 = 0b11_1100;
const DIGITS: [u8; 10] = [
    0b01_1010, 0b00_0001, 0b00_0011, 0b00_1001, 0b01_1001, 0b01_0001, 0b00_1011, 0b01_1011,
    0b01_0011, 0b00_1010,
];

/// Why a locale has no braille edition, if it has none: no `[braille]` table in its
/// locale.toml (with the reason it gives), or liblouis cannot compile the table.
pub fn unavailable(locale: &LocaleSource) -> Option<String> {
    let code = locale.code();
    let Some(braille) = &locale.meta.data.braille else {
        return Some(format!(
            "{code}: locale.toml names no braille table ([braille] table)"
        ));
    };
    match (&braille.table, &braille.left_out) {
        (Some(_), Some(_)) => Some(format!(
            "{code}: locale.toml's [braille] has both `table` and `left-out`; give one"
        )),
        (None, Some(reason)) => Some(format!("{code}: {reason}")),
        (None, None) => Some(format!("{code}: locale.toml's [braille] names no table")),
        (Some(table), None) => match louis::get() {
            Err(_) => None, // reported once, by `leave_out`
            Ok(lib) => lib
                .lock()
                .ok()
                .and_then(|lib| lib.check_table(table).err())
                .map(|err| format!("{code}: {err}")),
        },
    }
}

/// The planned jobs without the braille editions that cannot be made: every braille job
/// when liblouis is missing (one warning naming the packages), and those of a locale with
/// no sound table (one warning each, with the reason). Never an error: the rest builds.
pub fn leave_out<'p>(jobs: Vec<Job<'p>>, diags: &mut Vec<Diagnostic>) -> Vec<Job<'p>> {
    let is_braille = |job: &Job| job.format.data.engine == Engine::Braille;
    if !jobs.iter().any(is_braille) {
        return jobs;
    }
    if let Err(err) = louis::get() {
        let left: Vec<String> = jobs
            .iter()
            .filter(|j| is_braille(j))
            .map(Job::name)
            .collect();
        diags.push(
            Diagnostic::warning(format!(
                "{} braille edition(s) not built: {err}",
                left.len()
            ))
            .with_hint(format!("apt-get install {}", louis::APT_PACKAGES)),
        );
        return jobs.into_iter().filter(|j| !is_braille(j)).collect();
    }
    let mut reasons: Vec<(String, String)> = Vec::new();
    let mut reason_of = |locale: &LocaleSource| -> Option<String> {
        if let Some((_, r)) = reasons.iter().find(|(c, _)| c == locale.code()) {
            return Some(r.clone()).filter(|r| !r.is_empty());
        }
        let reason = unavailable(locale);
        reasons.push((locale.code().to_owned(), reason.clone().unwrap_or_default()));
        reason
    };
    let mut reported = BTreeSet::new();
    let mut kept = Vec::new();
    for job in jobs {
        if is_braille(&job) {
            let reason = reason_of(job.locale).or_else(|| job.second.and_then(&mut reason_of));
            if let Some(reason) = reason {
                if reported.insert(reason.clone()) {
                    let file = if reason.starts_with(job.locale.code()) {
                        &job.locale.meta.file.path
                    } else {
                        &job.second
                            .expect("the reason is the second's")
                            .meta
                            .file
                            .path
                    };
                    diags.push(
                        Diagnostic::warning(format!("no braille edition for {reason}"))
                            .in_file(file)
                            .with_hint("braille is left out rather than embossed wrong; name a 6-dot liblouis table in [braille] table once one is sound"),
                    );
                }
                continue;
            }
        }
        kept.push(job);
    }
    kept
}

/// What a braille job's output depends on beyond its project files: liblouis's version
/// (its tables change with it). Empty for other jobs.
pub fn engine_version(job: &Job) -> String {
    if job.format.data.engine != Engine::Braille {
        return String::new();
    }
    match louis::get() {
        Ok(lib) => lib
            .lock()
            .map(|lib| format!("liblouis {}", lib.version))
            .unwrap_or_default(),
        Err(_) => "no liblouis".into(),
    }
}

/// The files of one braille job: `braille.brf` beside the job's PDFs.
pub fn render(
    project: &Project,
    job: &Job,
    edition: &Edition,
) -> Result<Vec<(Artifact, Vec<u8>)>, Vec<Diagnostic>> {
    let _ = project;
    let fail = |message: String| vec![Diagnostic::error(format!("{}: {message}", job.name()))];
    let page = job.format.data.braille.unwrap_or_default();
    if page.cells_per_line < 20 || page.lines_per_page < 10 {
        return Err(fail(format!(
            "a braille page of {} cells × {} lines is too small (at least 20 × 10)",
            page.cells_per_line, page.lines_per_page
        )));
    }
    let lib = louis::get().map_err(fail)?;
    let lib = lib
        .lock()
        .map_err(|_| fail("liblouis failed in another job".into()))?;
    let mut pages = Pages::new(page);
    let locales = std::iter::once(job.locale).chain(job.second);
    for (part, locale) in edition.parts.iter().zip(locales) {
        let braille = locale.meta.data.braille.as_ref();
        let tables = Tables {
            text: braille
                .and_then(|b| b.table.as_deref())
                .ok_or_else(|| fail(format!("{} has no braille table", locale.code())))?,
            addresses: braille.and_then(|b| b.addresses.as_deref()),
        };
        if part.locale.code != edition.first().locale.code {
            pages.new_page();
        }
        for block in &blocks(part, edition) {
            let cells = translate(&lib, &tables, &block.text).map_err(fail)?;
            pages.add(block.style, &cells);
        }
    }
    let (bytes, count) = pages.finish();
    let path = job.pdf_path().with_extension("brf");
    let mut artifact = crate::build::artifact(job, edition, "brf", &path, &bytes);
    artifact.pages = count;
    artifact.page_size_mm = if job.format.data.width_mm > 0.0 {
        vec![[job.format.data.width_mm, job.format.data.height_mm]; count]
    } else {
        Vec::new()
    };
    Ok(vec![(artifact, bytes)])
}

/// How a block is set on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    /// Centred lines (title page).
    Centred,
    /// A centred heading: blank line before and after, kept with what follows.
    Heading,
    /// A heading at cell 1 after a blank line (a service's name), kept with what follows.
    Subheading,
    /// First line at cell 3, runovers at cell 1.
    Paragraph,
    /// Cell 1, runovers at cell 3 (list items, a service's facts).
    Item,
    /// Cell 3, runovers at cell 5.
    SubItem,
    /// An empty line.
    Blank,
    /// The rest starts on a new page.
    PageBreak,
}

struct Block {
    style: Style,
    text: String,
}

fn block(style: Style, text: impl Into<String>) -> Block {
    Block {
        style,
        text: text.into(),
    }
}

/// A document's text in the HTML edition's order, as blocks to set.
fn blocks(doc: &Document, edition: &Edition) -> Vec<Block> {
    let s = |key: &str| doc.strings.get(key).cloned().unwrap_or_default();
    let mut out = Vec::new();
    // Title page.
    if doc.locale.status == ReviewStatus::Draft {
        out.push(block(Style::Centred, s("draft-mark")));
        out.push(block(Style::Blank, ""));
    }
    out.push(block(Style::Centred, doc.guide.title.clone()));
    out.push(block(Style::Centred, doc.guide.subtitle.clone()));
    out.push(block(Style::Blank, ""));
    let venue = match &edition.production.details {
        Some(details) => details.name.clone(),
        None => doc.venue.name.clone(),
    };
    out.push(block(Style::Centred, venue));
    out.push(block(Style::Blank, ""));
    out.push(block(Style::Centred, doc.format.name.clone()));
    out.push(block(Style::Blank, ""));
    out.push(block(Style::Paragraph, s("in-danger")));
    out.push(block(Style::Blank, ""));
    out.push(block(Style::Paragraph, s("version")));
    out.push(block(Style::PageBreak, ""));

    out.push(block(Style::Heading, doc.lead.heading.clone()));
    out.extend(
        doc.lead
            .paragraphs
            .iter()
            .map(|p| block(Style::Paragraph, p.clone())),
    );
    for section in &doc.sections {
        out.push(block(Style::Heading, section.heading.clone()));
        out.extend(
            section
                .paragraphs
                .iter()
                .map(|p| block(Style::Paragraph, p.clone())),
        );
        for item in &section.items {
            let text = match &item.lead {
                Some(lead) => format!("{lead} {}", item.text),
                None => item.text.clone(),
            };
            out.push(block(Style::Item, text));
            out.extend(
                item.items
                    .iter()
                    .map(|sub| block(Style::SubItem, sub.clone())),
            );
        }
    }

    out.push(block(Style::Heading, s("contacts-heading")));
    for service in &doc.services {
        out.push(block(Style::Subheading, service.name.clone()));
        out.push(block(Style::Paragraph, service.description.clone()));
        if let Some(phone) = &service.phone {
            out.push(block(Style::Item, format!("{}: {phone}", s("phone"))));
        }
        if let Some(hours) = &service.hours {
            out.push(block(Style::Item, format!("{}: {hours}", s("hours"))));
        }
        if let Some(url) = &service.url {
            out.push(block(Style::Item, format!("{}: {url}", s("web"))));
        }
    }

    // The venue block: its own details when the build has them, and the write-in labels
    // (the reader knows what to ask for: a crime reference number, an officer's name).
    out.push(block(Style::Heading, doc.write_in.heading.clone()));
    if let Some(details) = &edition.production.details {
        out.push(block(Style::Item, details.name.clone()));
        if let Some(phone) = &details.phone {
            out.push(block(Style::Item, format!("{}: {phone}", s("phone"))));
        }
        out.extend(
            details
                .address
                .iter()
                .map(|l| block(Style::Item, l.clone())),
        );
        if let Some(hours) = &details.hours {
            out.push(block(Style::Item, format!("{}: {hours}", s("hours"))));
        }
    }
    for field in &doc.write_in.fields {
        let text = match &field.hint {
            Some(hint) => format!("{} ({hint})", field.label),
            None => field.label.clone(),
        };
        out.push(block(Style::Item, text));
    }

    out.push(block(Style::Blank, ""));
    if let Some(also) = doc.strings.get(crate::resolve::ALSO_AVAILABLE) {
        out.push(block(Style::Paragraph, also.clone()));
    }
    out.push(block(Style::Paragraph, s("other-languages")));
    out.retain(|b| !b.text.trim().is_empty() || matches!(b.style, Style::Blank | Style::PageBreak));
    out
}

/// The tables one language part is written with.
struct Tables<'a> {
    /// The locale's table.
    text: &'a str,
    /// The table web addresses are written with, when not `text` (locale.toml
    /// `[braille] addresses`: a language whose table writes them in 8-dot computer braille).
    addresses: Option<&'a str>,
}

/// Bidi isolates and joiners: layout marks in the text, not characters to emboss.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}')
}

/// `text` in braille cells, web addresses uncontracted (or in their own table). Fails
/// when a character has no braille in the table (liblouis would emboss it as `\xhhhh`), or
/// on a dot 7 or 8: a `.brf` holds 6-dot braille only.
fn translate(lib: &Louis, tables: &Tables, text: &str) -> Result<Vec<u8>, String> {
    let text: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    let text = text.trim();
    let marks = address_marks(text);
    let cells = match tables.addresses {
        Some(addresses) if marks.iter().any(|m| *m) => {
            // Stretch by stretch: the text in its table, each address in the other.
            let chars: Vec<char> = text.chars().collect();
            let mut cells = Vec::new();
            let mut start = 0;
            while start < chars.len() {
                let address = marks[start];
                let mut end = start;
                while end < chars.len() && marks[end] == address {
                    end += 1;
                }
                let piece: String = chars[start..end].iter().collect();
                let table = if address { addresses } else { tables.text };
                cells.extend(checked(lib, table, &piece, None)?);
                start = end;
            }
            cells
        }
        _ => checked(
            lib,
            tables.text,
            text,
            marks.iter().any(|m| *m).then_some(&marks[..]),
        )?,
    };
    Ok(cells)
}

/// One translation, checked: every character has braille, every cell has 6 dots.
fn checked(
    lib: &Louis,
    table: &str,
    text: &str,
    no_contract: Option<&[bool]>,
) -> Result<Vec<u8>, String> {
    let cells = lib.translate(table, text, no_contract, false)?;
    // Undefined characters are escaped by the one and dropped by the other.
    if lib.translate(table, text, no_contract, true)? != cells {
        let mut undefined = Vec::new();
        for c in text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<BTreeSet<_>>()
        {
            if lib.translate(table, &c.to_string(), None, true)?.is_empty() {
                undefined.push(format!("«{c}» U+{:04X}", u32::from(c)));
            }
        }
        return Err(format!(
            "the braille table {table} has no braille for {} in «{text}»: it would emboss an escape code",
            if undefined.is_empty() {
                "some characters".to_owned()
            } else {
                undefined.join(", ")
            }
        ));
    }
    if let Some(cell) = cells.iter().find(|c| **c & 0xc0 != 0) {
        return Err(format!(
            "the braille table {table} wrote an 8-dot cell (U+{:04X}) in «{text}»; a .brf holds 6-dot braille",
            0x2800 + u32::from(*cell)
        ));
    }
    Ok(cells)
}

/// Per char of `text`, whether it belongs to a web address (`https://…`, `www.…`, or a
/// name with a dot such as `stopncii.org`), without trailing punctuation.
fn address_marks(text: &str) -> Vec<bool> {
    let chars: Vec<char> = text.chars().collect();
    let mut marks = vec![false; chars.len()];
    let mut start = 0;
    while start < chars.len() {
        if chars[start].is_whitespace() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < chars.len() && !chars[end].is_whitespace() {
            end += 1;
        }
        let mut last = end;
        while last > start
            && matches!(
                chars[last - 1],
                '.' | ',' | ';' | ':' | ')' | '!' | '?' | '»' | '"' | '\''
            )
        {
            last -= 1;
        }
        let mut first = start;
        while first < last && matches!(chars[first], '(' | '«' | '"' | '\'') {
            first += 1;
        }
        let word: String = chars[first..last].iter().collect();
        if crate::proof::facts::looks_like_web_address(&word) {
            marks[first..last].iter_mut().for_each(|m| *m = true);
        }
        start = end;
    }
    marks
}

/// Pages being filled, line by line.
struct Pages {
    page: BraillePage,
    /// Finished pages, each its lines of cells (line 1 the page number).
    done: Vec<Vec<Vec<u8>>>,
    /// Lines of the page being filled, after its number line.
    lines: Vec<Vec<u8>>,
}

impl Pages {
    fn new(page: BraillePage) -> Self {
        Self {
            page,
            done: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// Text lines a page holds (line 1 is the page number).
    fn room(&self) -> usize {
        self.page.lines_per_page - 1
    }

    fn new_page(&mut self) {
        if !self.lines.is_empty() {
            let lines = std::mem::take(&mut self.lines);
            self.done.push(lines);
        }
    }

    fn push_line(&mut self, line: Vec<u8>) {
        if self.lines.len() == self.room() {
            self.new_page();
        }
        self.lines.push(line);
    }

    fn blank(&mut self) {
        // A blank line is never the first or last of a page.
        if !self.lines.is_empty() && self.lines.len() < self.room() {
            self.lines.push(Vec::new());
        }
    }

    fn add(&mut self, style: Style, cells: &[u8]) {
        let width = self.page.cells_per_line;
        match style {
            Style::Blank => self.blank(),
            Style::PageBreak => self.new_page(),
            Style::Centred => {
                for line in wrap(cells, width, 0, 0) {
                    self.push_line(centre(line, width));
                }
            }
            Style::Heading | Style::Subheading => {
                let centred = style == Style::Heading;
                let lines: Vec<Vec<u8>> = wrap(cells, width, 0, 0)
                    .into_iter()
                    .map(|l| if centred { centre(l, width) } else { l })
                    .collect();
                // Blank before, the heading, (blank after,) and one line of what follows.
                let after = usize::from(centred);
                let needed = usize::from(!self.lines.is_empty()) + lines.len() + after + 1;
                if self.lines.len() + needed > self.room() {
                    self.new_page();
                }
                self.blank();
                for line in lines {
                    self.push_line(line);
                }
                if centred {
                    self.blank();
                }
            }
            Style::Paragraph => self.lines_of(wrap(cells, width, 2, 0)),
            Style::Item => self.lines_of(wrap(cells, width, 0, 2)),
            Style::SubItem => self.lines_of(wrap(cells, width, 2, 4)),
        }
    }

    fn lines_of(&mut self, lines: Vec<Vec<u8>>) {
        for line in lines {
            self.push_line(line);
        }
    }

    /// The `.brf` bytes (CR LF line ends, a form feed between pages) and the page count.
    fn finish(mut self) -> (Vec<u8>, usize) {
        self.new_page();
        let width = self.page.cells_per_line;
        let count = self.done.len();
        let mut out = Vec::new();
        for (i, lines) in self.done.iter().enumerate() {
            if i > 0 {
                out.push(0x0c);
            }
            let number = page_number(i + 1);
            let mut first = vec![0u8; width - number.len()];
            first.extend(number);
            let mut all = vec![first];
            // Trailing blank lines carry nothing.
            let used = lines
                .iter()
                .rposition(|l| !l.is_empty())
                .map_or(0, |p| p + 1);
            all.extend(lines[..used].iter().cloned());
            for (n, line) in all.iter().enumerate() {
                let end = line.iter().rposition(|c| *c != 0).map_or(0, |p| p + 1);
                out.extend(line[..end].iter().map(|c| ascii(*c)));
                if n + 1 < all.len() {
                    out.extend_from_slice(b"\r\n");
                }
            }
            out.extend_from_slice(b"\r\n");
        }
        (out, count)
    }
}

/// A page number in braille: the numeric indicator and its digits.
fn page_number(n: usize) -> Vec<u8> {
    let mut cells = vec![NUMERIC];
    cells.extend(n.to_string().bytes().map(|d| DIGITS[usize::from(d - b'0')]));
    cells
}

/// A cell as braille ASCII.
fn ascii(cell: u8) -> u8 {
    let c = NA_ASCII[usize::from(cell & 0x3f)];
    if (b'@'..=b'^').contains(&c) {
        c + 0x20
    } else {
        c
    }
}

fn centre(line: Vec<u8>, width: usize) -> Vec<u8> {
    let pad = width.saturating_sub(line.len()) / 2;
    let mut out = vec![0u8; pad];
    out.extend(line);
    out
}

/// Cells broken into lines of at most `width`, at blank cells; the first line starts
/// `first` cells in, the others `rest`. A word longer than a line breaks after a `/`, `.`
/// or `-` when one is in reach, else at the margin.
fn wrap(cells: &[u8], width: usize, first: usize, rest: usize) -> Vec<Vec<u8>> {
    let words: Vec<&[u8]> = cells.split(|c| *c == 0).filter(|w| !w.is_empty()).collect();
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut line: Vec<u8> = vec![0; first];
    let mut empty = true;
    for word in words {
        let mut word: &[u8] = word;
        loop {
            let space = usize::from(!empty);
            if line.len() + space + word.len() <= width {
                if !empty {
                    line.push(0);
                }
                line.extend_from_slice(word);
                empty = false;
                break;
            }
            if !empty {
                lines.push(std::mem::replace(&mut line, vec![0; rest]));
                empty = true;
                continue;
            }
            // A word longer than a whole line: break it.
            let room = width - line.len();
            let cut = break_point(word, room);
            line.extend_from_slice(&word[..cut]);
            lines.push(std::mem::replace(&mut line, vec![0; rest]));
            word = &word[cut..];
        }
    }
    if !empty {
        lines.push(line);
    }
    lines
}

/// Where to break a word too long for `room` cells: after the last `/`, `.` or `-` in the
/// second half of the room, else at the room.
fn break_point(word: &[u8], room: usize) -> usize {
    const SLASH: [u8; 2] = [0b11_1000, 0b00_1100]; // dots 456, 34
    const DOT: u8 = 0b11_0010; // dots 256
    const HYPHEN: u8 = 0b10_0100; // dots 36
    let reach = room.min(word.len());
    for end in (room / 2..reach).rev() {
        let slash = end >= 1 && word[end - 1..=end] == SLASH;
        if slash || word[end] == DOT || word[end] == HYPHEN {
            return end + 1;
        }
    }
    reach.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_matches_liblouis_display() {
        assert_eq!(ascii(0b00_0001), b'a');
        assert_eq!(ascii(NUMERIC), b'#');
        assert_eq!(ascii(0b00_1000), b'`'); // dot 4
        assert_eq!(ascii(0b11_1000), b'_'); // dots 456
        assert_eq!(page_number(12), vec![NUMERIC, DIGITS[1], DIGITS[2]]);
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let cells: Vec<u8> = "aaaa bbbb cccc dddd"
            .bytes()
            .map(|b| if b == b' ' { 0 } else { 1 })
            .collect();
        let lines = wrap(&cells, 10, 2, 0);
        assert!(lines.iter().all(|l| l.len() <= 10));
        assert_eq!(lines.len(), 3);
        assert_eq!(&lines[0][..2], &[0, 0]);
        let long = vec![1u8; 25];
        assert!(wrap(&long, 10, 0, 2).iter().all(|l| l.len() <= 10));
    }

    #[test]
    fn finds_addresses() {
        let marks = address_marks("Visit stopncii.org, or https://x.uk/a. Then rest.");
        let text: Vec<char> = "Visit stopncii.org, or https://x.uk/a. Then rest."
            .chars()
            .collect();
        let marked: String = text
            .iter()
            .zip(&marks)
            .filter(|(_, m)| **m)
            .map(|(c, _)| *c)
            .collect();
        assert_eq!(marked, "stopncii.orghttps://x.uk/a");
    }
}
