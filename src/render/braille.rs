//! Render stage, braille: an edition as a `.brf` file for an embosser — the venue's text in
//! the HTML edition's order, translated by liblouis with the locale's table (locale.toml
//! `[braille]`), laid out on pages of the format's cells × lines (UKAAF B004 / B009).
//!
//! Layout choices (UKAAF B004, as far as a plain embosser file can carry them):
//! - line 1 of every page holds only the braille page number, at the right margin;
//! - page 1 is the title page: draft mark, title, venue, the braille code used, the
//!   emergency line and the version, every line centred (wrapped 2 cells inside each margin,
//!   balanced so a wrapped line leaves no lone word on its last line);
//! - headings are centred with a blank line before and after, and kept on their page with
//!   two lines of what they head (through a service's name, and then its whole entry);
//!   blank lines come one at a time;
//! - the services are a nested list: a service's name at cell 1 after a blank line, its
//!   description, phone, hours and web lines at cell 3, every runover at cell 5; a
//!   service's whole entry is kept on one page when it fits on a page (else its name with
//!   two lines);
//! - paragraphs start at cell 3 and run over to cell 1; list items start at cell 1 and run
//!   over to cell 3 (sub-items 3 and 5);
//! - lines break at spaces, never inside a phone number; a web address longer than a line
//!   breaks after a `/` (never after the scheme `https://` alone), else a `.`, else a `-`,
//!   and stays on one page with the line before;
//! - web addresses are uncontracted (typeform `no_contract`) or in the addresses table, as
//!   are Latin words, dates and versions in a language not written in Latin letters;
//!   numbers keep the numeric indicator and the numeric space.

use std::collections::{BTreeMap, BTreeSet};

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

/// Why a locale has no braille edition, if it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoBraille {
    /// On purpose: no `[braille]` in its locale.toml, or a `left-out` reason (a warning).
    LeftOut(String),
    /// A mistake in locale.toml's `[braille]`: a table liblouis cannot compile (a misspelt
    /// name), both `table` and `left-out`, or neither (an error: the file needs mending).
    Mistake(String),
}

/// Why `locale` has no braille edition, if it has none.
pub fn unavailable(locale: &LocaleSource) -> Option<NoBraille> {
    let code = locale.code();
    let Some(braille) = &locale.meta.data.braille else {
        return Some(NoBraille::LeftOut(format!(
            "{code}: locale.toml names no braille table ([braille] table)"
        )));
    };
    match (&braille.table, &braille.left_out) {
        (Some(_), Some(_)) => Some(NoBraille::Mistake(format!(
            "{code}: locale.toml's [braille] has both `table` and `left-out`; give one"
        ))),
        (None, Some(reason)) => Some(NoBraille::LeftOut(format!("{code}: {reason}"))),
        (None, None) => Some(NoBraille::Mistake(format!(
            "{code}: locale.toml's [braille] names no table"
        ))),
        (Some(table), None) => match louis::get() {
            Err(_) => None, // reported once, by `leave_out`
            Ok(lib) => lib
                .lock()
                .ok()
                .and_then(|lib| lib.check_table(table).err())
                .map(|err| NoBraille::Mistake(format!("{code}: {err}"))),
        },
    }
}

/// The planned jobs without the braille editions that cannot be made: every braille job
/// when liblouis is missing (one warning naming the packages), and those of a locale with
/// no sound table (one warning each, with the reason), or with a mistake in its [braille]
/// (an error at the table's name). The rest builds either way.
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
    // Why each locale is left out on purpose. A mistake in its [braille] is not a reason to
    // leave it out: the job fails in `render`, at the table's name, and the last good braille
    // file is kept, as any failed job's files are.
    let mut reasons: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut left_out = |locale: &LocaleSource| -> Option<String> {
        reasons
            .entry(locale.code().to_owned())
            .or_insert_with(|| match unavailable(locale) {
                Some(NoBraille::LeftOut(why)) => Some(why),
                _ => None,
            })
            .clone()
    };
    let mut reported = BTreeSet::new();
    let mut kept = Vec::new();
    for job in jobs {
        if is_braille(&job) {
            let why = std::iter::once(job.locale)
                .chain(job.second)
                .find_map(|locale| left_out(locale).map(|why| (locale, why)));
            if let Some((locale, why)) = why {
                if reported.insert(why.clone()) {
                    diags.push(
                        Diagnostic::warning(format!("no braille edition for {why}"))
                            .in_file(&locale.meta.file.path)
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
    // A mistake in a locale's [braille] (a misspelt table), at the table's name.
    for locale in std::iter::once(job.locale).chain(job.second) {
        if let Some(NoBraille::Mistake(why)) = unavailable(locale) {
            let file = &locale.meta.file;
            let at = locale
                .meta
                .data
                .braille
                .as_ref()
                .and_then(|b| b.table.as_deref())
                .map_or(0..0, |table| file.locate(table).span());
            return Err(vec![file
                .error_at(at, format!("{}: no braille edition for {why}", job.name()))
                .with_hint("name a table liblouis has (ls /usr/share/liblouis/tables; e.g. en-ueb-g2.ctb), or give `left-out` with the reason instead")]);
        }
    }
    let lib = louis::get().map_err(fail)?;
    let lib = lib
        .lock()
        .map_err(|_| fail("liblouis failed in another job".into()))?;
    let mut laid = Vec::new();
    let locales = std::iter::once(job.locale).chain(job.second);
    for (part, locale) in edition.parts.iter().zip(locales) {
        let braille = locale.meta.data.braille.as_ref();
        let text = braille
            .and_then(|b| b.table.as_deref())
            .ok_or_else(|| fail(format!("{} has no braille table", locale.code())))?;
        let writing = Writing {
            text,
            addresses: braille.and_then(|b| b.addresses.as_deref()),
            latin_script: part.locale.script == "Latn",
            dotted_ellipsis: writes_ellipsis_as_one_cell(&lib, text).map_err(fail)?,
            phones: phones(part, edition),
        };
        if part.locale.code != edition.first().locale.code {
            laid.push(Laid {
                style: Style::PageBreak,
                lines: Vec::new(),
            });
        }
        for block in &blocks(part, edition) {
            let braille = translate(&lib, &writing, &block.text).map_err(fail)?;
            laid.push(Laid {
                style: block.style,
                lines: set(block.style, &braille, page.cells_per_line),
            });
        }
    }
    let mut pages = Pages::new(page);
    pages.fill(&laid);
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
    /// A service's name: cell 1 after a blank line, runovers at cell 5; kept on one page
    /// with its entry (the `Entry` blocks after it) when the entry fits on a page.
    Subheading,
    /// A line of a service's entry under its name (description, phone, hours, web):
    /// cell 3, runovers at cell 5, so nothing under the name starts at the name's cell.
    Entry,
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
    out.push(block(Style::Centred, s("in-danger")));
    out.push(block(Style::Blank, ""));
    out.push(block(Style::Centred, s("version")));
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
        // A nested list (UKAAF B004, BANA Braille Formats 8.5): the name at cell 1, what is
        // under it at cell 3, every runover at cell 5.
        out.push(block(Style::Subheading, service.name.clone()));
        out.push(block(Style::Entry, service.description.clone()));
        if let Some(phone) = &service.phone {
            out.push(block(Style::Entry, format!("{}: {phone}", s("phone"))));
        }
        if let Some(hours) = &service.hours {
            out.push(block(Style::Entry, format!("{}: {hours}", s("hours"))));
        }
        if let Some(url) = &service.url {
            out.push(block(Style::Entry, format!("{}: {url}", s("web"))));
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

/// The phone numbers a document prints (content/'s numbers, its services', the venue's
/// own): each is kept on one line.
fn phones(doc: &Document, edition: &Edition) -> Vec<String> {
    let services = doc.services.iter().chain(&doc.card_services);
    let mut phones: BTreeSet<String> = doc.numbers.values().cloned().collect();
    phones.extend(services.filter_map(|s| s.phone.clone()));
    phones.extend(
        edition
            .production
            .details
            .as_ref()
            .and_then(|d| d.phone.clone()),
    );
    phones.retain(|p| p.trim().contains(char::is_whitespace));
    phones.into_iter().collect()
}

/// How one language part is written in braille.
struct Writing<'a> {
    /// The locale's table.
    text: &'a str,
    /// The table web addresses are written with, when not `text` (locale.toml
    /// `[braille] addresses`: UEB grade 1 for a language whose table writes them in 8-dot
    /// computer braille or in its own letters). In a language not written in Latin
    /// letters it also writes the Latin words (service names) and dates and version
    /// numbers.
    addresses: Option<&'a str>,
    /// Whether the language is written in Latin letters.
    latin_script: bool,
    /// Whether `…` is written as three full stops (the table writes it as one cell: Welsh
    /// and Punjabi write an apostrophe).
    dotted_ellipsis: bool,
    /// Phone numbers with spaces in them, never broken across lines.
    phones: Vec<String>,
}

/// Whether `table` writes `…` in fewer cells than `...` (or has no braille for it).
fn writes_ellipsis_as_one_cell(lib: &Louis, table: &str) -> Result<bool, String> {
    Ok(lib.translate(table, "…", None, true)?.len()
        < lib.translate(table, "...", None, true)?.len())
}

/// What a stretch of text is, for the table it is written with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Run {
    /// The language's words, in its table.
    Text,
    /// A web address: uncontracted, or in the addresses table.
    Address,
    /// Latin words in a language not written in Latin letters: the addresses table.
    Latin,
    /// A date or version number (`2026-11-25`, `1.0.0`) in a language not written in
    /// Latin letters: each group of digits with its own number sign, in the addresses table.
    Number,
}

/// A block's braille: its cells (blank = 0, a space that must not break = `GLUE`) and,
/// per cell, whether a line may break after it inside a word.
#[derive(Debug, Default)]
struct Braille {
    cells: Vec<u8>,
    breaks: Vec<Break>,
}

/// Where a line may break inside a web address, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Break {
    #[default]
    None,
    /// After a `-` (only when nothing else fits: the reader may take it for the address's).
    Hyphen,
    /// After a `.`.
    Dot,
    /// After a `/`.
    Slash,
}

/// A space inside a phone number: embossed blank, never a line break. Dot 8 is free for it:
/// `checked` lets no 8-dot cell through, and `ascii` keeps dots 1–6 only.
const GLUE: u8 = 0x80;

impl Braille {
    fn push(&mut self, cells: Vec<u8>, breaks: Option<Vec<Break>>) {
        let breaks = breaks.unwrap_or_else(|| vec![Break::None; cells.len()]);
        self.cells.extend(cells);
        self.breaks.extend(breaks);
    }

    fn push_blank(&mut self) {
        if self.cells.last().is_some_and(|c| *c != 0) {
            self.push(vec![0], None);
        }
    }
}

/// Bidi isolates and joiners: layout marks in the text, not characters to emboss.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}')
}

/// `text` in braille: stretch by stretch (`runs`), each in its table; web addresses with
/// where a line may break in them; the spaces of a phone number glued. Fails when a
/// character has no braille in the table (liblouis would emboss it as `\xhhhh`), or on a
/// dot 7 or 8: a `.brf` holds 6-dot braille only.
fn translate(lib: &Louis, writing: &Writing, text: &str) -> Result<Braille, String> {
    let mut text: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    if writing.dotted_ellipsis {
        text = text.replace('…', "...");
    }
    let text = text.trim();
    let mut out = Braille::default();
    for (run, piece) in runs(text, writing) {
        let core = piece.trim();
        if core.len() < piece.len() && piece.starts_with(char::is_whitespace) {
            out.push_blank();
        }
        if core.is_empty() {
            continue;
        }
        let other = writing.addresses.unwrap_or(writing.text);
        match run {
            Run::Text => out.push(checked(lib, writing.text, core, None)?, None),
            Run::Latin => out.push(checked(lib, other, core, None)?, None),
            Run::Number => {
                let chars: Vec<char> = core.chars().collect();
                for group in chars.chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit()) {
                    let group: String = group.iter().collect();
                    out.push(checked(lib, other, &group, None)?, None);
                }
            }
            Run::Address => {
                let (cells, breaks) = address(lib, writing, core)?;
                out.push(cells, Some(breaks));
            }
        }
        if core.len() < piece.len() && piece.ends_with(char::is_whitespace) {
            out.push_blank();
        }
    }
    for phone in &writing.phones {
        if text.contains(phone.as_str()) {
            glue(&mut out.cells, &checked(lib, writing.text, phone, None)?).map_err(|_| {
                format!(
                    "the phone number {phone} in «{text}»: its braille in {} is not the braille of the number on its own, so it could break across lines",
                    writing.text
                )
            })?;
        }
    }
    Ok(out)
}

/// A web address in braille, and where a line may break in it: after a `/` (not between
/// the two of `//`, nor after the scheme `https://`, which would stand alone on its line),
/// a `.` or a `-`, wherever the braille up to that mark is the start of the whole
/// address's braille (so breaking there changes no cell).
fn address(lib: &Louis, writing: &Writing, address: &str) -> Result<(Vec<u8>, Vec<Break>), String> {
    let write = |s: &str| match writing.addresses {
        Some(table) => checked(lib, table, s, None),
        None => checked(lib, writing.text, s, Some(&vec![true; s.chars().count()])),
    };
    let cells = write(address)?;
    let mut breaks = vec![Break::None; cells.len()];
    let chars: Vec<char> = address.chars().collect();
    // Where the host starts: after `scheme://`, if any.
    let host = address
        .find("://")
        .map_or(0, |p| address[..p + 3].chars().count());
    for k in host + 1..chars.len() {
        let class = match chars[k - 1] {
            '/' if chars[k] != '/' => Break::Slash,
            '.' => Break::Dot,
            '-' => Break::Hyphen,
            _ => continue,
        };
        let prefix = write(&chars[..k].iter().collect::<String>())?;
        if !prefix.is_empty() && prefix.len() < cells.len() && cells.starts_with(&prefix) {
            breaks[prefix.len() - 1] = class;
        }
    }
    Ok((cells, breaks))
}

/// Every blank in each occurrence of `number`'s braille in `cells` made `GLUE`; `Err` when
/// `number`'s braille has a blank and does not occur.
fn glue(cells: &mut [u8], number: &[u8]) -> Result<(), ()> {
    if !number.contains(&0) {
        return Ok(());
    }
    let mut found = false;
    let mut i = 0;
    while i + number.len() <= cells.len() {
        if cells[i..i + number.len()] == *number {
            for cell in &mut cells[i..i + number.len()] {
                if *cell == 0 {
                    *cell = GLUE;
                }
            }
            found = true;
            i += number.len();
        } else {
            i += 1;
        }
    }
    if found {
        Ok(())
    } else {
        Err(())
    }
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

/// `text` cut into stretches by what they are (`Run`), in order. Web addresses (`https://…`,
/// `www.…`, a name with a dot such as `stopncii.org`, without trailing punctuation) in
/// every language; in a language not written in Latin letters that has an addresses table,
/// also Latin words (a run of them with the spaces between) and dates and version numbers.
fn runs(text: &str, writing: &Writing) -> Vec<(Run, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut kinds = vec![Run::Text; chars.len()];
    let foreign = !writing.latin_script && writing.addresses.is_some();
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
        // Without the punctuation around it (a full stop, a danda, brackets, quotes), in
        // whichever script; an address may end with its `/`.
        let mut last = end;
        while last > start && !(chars[last - 1].is_alphanumeric() || chars[last - 1] == '/') {
            last -= 1;
        }
        let mut first = start;
        while first < last && !chars[first].is_alphanumeric() {
            first += 1;
        }
        let word: String = chars[first..last].iter().collect();
        if crate::proof::facts::looks_like_web_address(&word) {
            kinds[first..last].fill(Run::Address);
        } else if foreign {
            // Without the punctuation around it, in whichever script.
            let mut first = start;
            let mut last = end;
            while first < last && !chars[first].is_ascii_alphanumeric() {
                first += 1;
            }
            while last > first && !chars[last - 1].is_ascii_alphanumeric() {
                last -= 1;
            }
            let word = &chars[first..last];
            if is_date_or_version(word) {
                kinds[first..last].fill(Run::Number);
            } else if word.iter().any(char::is_ascii_alphabetic)
                && word
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&'))
            {
                kinds[first..last].fill(Run::Latin);
            }
        }
        start = end;
    }
    // Latin words one after another are one stretch: "Revenge Porn Helpline".
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() && i > 0 && kinds[i - 1] == Run::Latin {
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if j < chars.len() && kinds[j] == Run::Latin {
                kinds[i..j].fill(Run::Latin);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let mut out: Vec<(Run, String)> = Vec::new();
    for (c, kind) in chars.iter().zip(kinds) {
        match out.last_mut() {
            Some((run, piece)) if *run == kind => piece.push(*c),
            _ => out.push((kind, c.to_string())),
        }
    }
    out
}

/// Groups of digits joined by `-`, `.` or `/`: `2026-11-25`, `1.0.0`.
fn is_date_or_version(word: &[char]) -> bool {
    let groups: Vec<&[char]> = word.split(|c| matches!(c, '-' | '.' | '/')).collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.iter().all(char::is_ascii_digit))
}

/// A block's lines as set (indented, centred), before they are put on pages.
struct Laid {
    style: Style,
    lines: Vec<Line>,
}

/// One line of cells.
#[derive(Debug)]
struct Line {
    cells: Vec<u8>,
    /// Kept on one page with the next line: it ends inside a word (a web address broken
    /// after a `/`), or before one too long for a line.
    joined: bool,
}

/// Cells a centred line leaves blank at least at each side, so it shows as centred.
const CENTRE_MARGIN: usize = 2;

/// A block's braille in lines of `width` cells, as its style sets them.
fn set(style: Style, braille: &Braille, width: usize) -> Vec<Line> {
    match style {
        Style::Blank | Style::PageBreak => Vec::new(),
        Style::Centred | Style::Heading => {
            let mut lines = balanced(braille, width - 2 * CENTRE_MARGIN);
            for line in &mut lines {
                let pad = (width - line.cells.len()) / 2;
                line.cells.splice(0..0, std::iter::repeat_n(0, pad));
            }
            lines
        }
        Style::Subheading => wrap(braille, width, 0, 4),
        Style::Entry => wrap(braille, width, 2, 4),
        Style::Paragraph => wrap(braille, width, 2, 0),
        Style::Item => wrap(braille, width, 0, 2),
        Style::SubItem => wrap(braille, width, 2, 4),
    }
}

/// `braille` wrapped at most `width` cells wide in as many lines as `wrap` makes there, each
/// as short as that allows (the narrowest width giving no more lines): a wrapped centred
/// line is balanced rather than leaving a lone word or number on its last line.
fn balanced(braille: &Braille, width: usize) -> Vec<Line> {
    let mut best = wrap(braille, width, 0, 0);
    let count = best.len();
    if count < 2 {
        return best;
    }
    // No narrower than its longest word (a glued phone number is one): it is never broken.
    let longest = braille
        .cells
        .split(|c| *c == 0)
        .map(<[u8]>::len)
        .max()
        .unwrap_or(1)
        .max(1);
    for narrower in (longest..width).rev() {
        let lines = wrap(braille, narrower, 0, 0);
        if lines.len() > count {
            break;
        }
        best = lines;
    }
    best
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

    /// Lines left on the page being filled.
    fn free(&self) -> usize {
        self.room() - self.lines.len()
    }

    /// Whether the next line is the first of its page, or follows a blank line.
    fn after_blank(&self) -> bool {
        self.lines.last().is_none_or(|l| l.is_empty())
    }

    fn new_page(&mut self) {
        if !self.lines.is_empty() {
            let lines = std::mem::take(&mut self.lines);
            self.done.push(lines);
        }
    }

    fn push_line(&mut self, line: Vec<u8>) {
        if self.free() == 0 {
            self.new_page();
        }
        self.lines.push(line);
    }

    fn blank(&mut self) {
        // A blank line is never the first or last of a page, nor two in a row.
        if !self.after_blank() && self.free() > 0 {
            self.lines.push(Vec::new());
        }
    }

    /// Every block on the pages. A heading or a service's name starts a new page unless the
    /// page holds it with what must stay with it (`kept_with`: a service's whole entry, else
    /// the start of what it heads); lines joined to the next stay on one page (a web
    /// address), unless longer than a page.
    fn fill(&mut self, laid: &[Laid]) {
        for (i, block) in laid.iter().enumerate() {
            match block.style {
                Style::Blank => self.blank(),
                Style::PageBreak => self.new_page(),
                Style::Heading | Style::Subheading => {
                    if !self.lines.is_empty() && self.kept_with(laid, i) > self.free() {
                        self.new_page();
                    }
                    self.blank();
                    for line in &block.lines {
                        self.push_line(line.cells.clone());
                    }
                    if block.style == Style::Heading {
                        self.blank();
                    }
                }
                _ => {
                    let mut k = 0;
                    while k < block.lines.len() {
                        let mut end = k;
                        while end + 1 < block.lines.len() && block.lines[end].joined {
                            end += 1;
                        }
                        let group = end + 1 - k;
                        if group > 1 && group <= self.room() && group > self.free() {
                            self.new_page();
                        }
                        for line in &block.lines[k..=end] {
                            self.push_line(line.cells.clone());
                        }
                        k = end + 1;
                    }
                }
            }
        }
    }

    /// Lines the heading or service name `laid[i]` needs on this page: its blank line
    /// before, its lines, a heading's blank after, and then, when a service's name comes
    /// (`laid[i]` or the first thing under a heading), its whole entry if that fits on a
    /// page with what comes before it here; else what it heads up to two lines of text
    /// (through a service's name, and to the end of lines joined to the second).
    fn kept_with(&self, laid: &[Laid], i: usize) -> usize {
        let mut needed = 0;
        let mut after_blank = self.after_blank();
        let blank = |needed: &mut usize, after_blank: &mut bool| {
            if !*after_blank {
                *needed += 1;
                *after_blank = true;
            }
        };
        blank(&mut needed, &mut after_blank);
        // On a new page the blank before is not there: what must fit on a whole page.
        let lead = needed;
        let whole_entry = |needed: usize, j: usize| {
            let entry: usize = laid[j + 1..]
                .iter()
                .take_while(|b| b.style == Style::Entry)
                .map(|b| b.lines.len())
                .sum();
            Some(needed + entry).filter(|n| n - lead <= self.room())
        };
        needed += laid[i].lines.len();
        after_blank = false;
        if laid[i].style == Style::Subheading {
            if let Some(n) = whole_entry(needed, i) {
                return n;
            }
        }
        if laid[i].style == Style::Heading {
            blank(&mut needed, &mut after_blank);
        }
        let mut text = 0;
        for (j, block) in laid.iter().enumerate().skip(i + 1) {
            match block.style {
                Style::Heading | Style::PageBreak => break,
                Style::Blank => blank(&mut needed, &mut after_blank),
                Style::Subheading => {
                    blank(&mut needed, &mut after_blank);
                    needed += block.lines.len();
                    after_blank = false;
                    if text == 0 {
                        if let Some(n) = whole_entry(needed, j) {
                            return n;
                        }
                    }
                }
                _ => {
                    for line in &block.lines {
                        needed += 1;
                        text += 1;
                        after_blank = false;
                        if text >= 2 && !line.joined {
                            return needed;
                        }
                    }
                }
            }
        }
        needed
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

/// A cell as braille ASCII (dots 1–6: `GLUE` is a blank).
fn ascii(cell: u8) -> u8 {
    let c = NA_ASCII[usize::from(cell & 0x3f)];
    if (b'@'..=b'^').contains(&c) {
        c + 0x20
    } else {
        c
    }
}

/// Braille broken into lines of at most `width` cells, at blank cells; the first line
/// starts `first` cells in, the others `rest`. A word longer than a line (a deep link)
/// breaks where `break_point` says, and the line before it is joined to it.
fn wrap(braille: &Braille, width: usize, first: usize, rest: usize) -> Vec<Line> {
    let cells = &braille.cells;
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Vec<u8> = vec![0; first];
    let mut empty = true;
    let mut start = 0;
    while start < cells.len() {
        if cells[start] == 0 {
            start += 1;
            continue;
        }
        let end = cells[start..]
            .iter()
            .position(|c| *c == 0)
            .map_or(cells.len(), |p| start + p);
        let mut from = start;
        loop {
            let word = &cells[from..end];
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
                // The word goes to the next line; too long for it, it starts there and
                // this line stays with it.
                let joined = rest + word.len() > width;
                lines.push(Line {
                    cells: std::mem::replace(&mut line, vec![0; rest]),
                    joined,
                });
                empty = true;
                continue;
            }
            // A word longer than a whole line: break it.
            let room = width - line.len();
            let cut = break_point(&braille.breaks[from..end], room);
            line.extend_from_slice(&cells[from..from + cut]);
            lines.push(Line {
                cells: std::mem::replace(&mut line, vec![0; rest]),
                joined: true,
            });
            from += cut;
        }
        start = end;
    }
    if !empty {
        lines.push(Line {
            cells: line,
            joined: false,
        });
    }
    lines
}

/// Where to break a word too long for `room` cells (`breaks`: per cell, whether a line may
/// break after it): after the last `/` that fits, else the last `.`, else the last `-`,
/// else at the room.
fn break_point(breaks: &[Break], room: usize) -> usize {
    let reach = room.min(breaks.len());
    [Break::Slash, Break::Dot, Break::Hyphen]
        .into_iter()
        .find_map(|class| (1..=reach).rev().find(|&end| breaks[end - 1] == class))
        .unwrap_or(reach)
        .max(1)
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

    /// Braille of `text`'s shape: a blank per space, a cell per other character, breaks
    /// after `/`, `.`, `-`.
    fn shape(text: &str) -> Braille {
        let mut b = Braille::default();
        for c in text.chars() {
            let class = match c {
                '/' => Break::Slash,
                '.' => Break::Dot,
                '-' => Break::Hyphen,
                _ => Break::None,
            };
            b.push(vec![if c == ' ' { 0 } else { 1 }], Some(vec![class]));
        }
        b
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let lines = wrap(&shape("aaaa bbbb cccc dddd"), 10, 2, 0);
        assert!(lines.iter().all(|l| l.cells.len() <= 10));
        assert_eq!(lines.len(), 3);
        assert_eq!(&lines[0].cells[..2], &[0, 0]);
        assert!(lines.iter().all(|l| !l.joined));
        let long = shape(&"a".repeat(25));
        assert!(wrap(&long, 10, 0, 2).iter().all(|l| l.cells.len() <= 10));
    }

    #[test]
    fn addresses_break_after_a_slash_before_a_dot_before_a_hyphen() {
        let address = "Web: https://www.x.uk/advice-and-info/online-safety/";
        let lines = wrap(&shape(address), 30, 0, 2);
        let widths: Vec<usize> = lines.iter().map(|l| l.cells.len()).collect();
        // After `uk/` and `info/`, not after `online-` (`advice-and-info/online-` would fit
        // the 28 cells after the indent); the label stays on the page with the address.
        assert_eq!(
            widths,
            [
                "Web:".len(),
                2 + "https://www.x.uk/".len(),
                2 + "advice-and-info/".len(),
                2 + "online-safety/".len()
            ]
        );
        assert!(lines[..3].iter().all(|l| l.joined) && !lines[3].joined);
        // No `/`: the last `.` that fits; no `.`: the last `-`; neither: the margin.
        assert_eq!(break_point(&shape("aa.bb.cc-dd").breaks, 10), 6);
        assert_eq!(break_point(&shape("aaa-bbb-ccccc").breaks, 10), 8);
        assert_eq!(break_point(&shape("aa/bb.cc-ddd").breaks, 10), 3);
        assert_eq!(break_point(&shape("aaaaaaaaaaaa").breaks, 10), 10);
    }

    #[test]
    fn centred_lines_are_balanced() {
        // Greedy at 20 cells: 19 cells and 9; balanced: 12 and 16.
        let lines = balanced(&shape("In immediate danger call 999."), 20);
        let widths: Vec<usize> = lines.iter().map(|l| l.cells.len()).collect();
        assert_eq!(widths, ["In immediate".len(), "danger call 999.".len()]);
        assert_eq!(balanced(&shape("short"), 20).len(), 1);
    }

    #[test]
    fn phone_numbers_are_glued() {
        let mut cells = vec![1, 0, 2, 2, 0, 3, 3, 0, 4, 0, 1];
        glue(&mut cells, &[2, 2, 0, 3, 3]).unwrap();
        assert_eq!(cells, vec![1, 0, 2, 2, GLUE, 3, 3, 0, 4, 0, 1]);
        assert!(glue(&mut cells.clone(), &[5, 0, 5]).is_err());
        assert!(glue(&mut cells.clone(), &[5, 5]).is_ok());
        // The number moves to the next line whole.
        let mut braille = Braille::default();
        braille.push(cells, None);
        let lines: Vec<Vec<u8>> = wrap(&braille, 6, 0, 0)
            .into_iter()
            .map(|l| l.cells)
            .collect();
        assert_eq!(lines, [vec![1], vec![2, 2, GLUE, 3, 3], vec![4, 0, 1]]);
        assert_eq!(ascii(GLUE), b' ');
    }

    #[test]
    fn finds_runs() {
        let writing = Writing {
            text: "pa.tbl",
            addresses: Some("en-ueb-g1.ctb"),
            latin_script: false,
            dotted_ellipsis: false,
            phones: Vec::new(),
        };
        let found = runs(
            "ਵਰਜਨ 1.0.0, ਪ੍ਰਕਾਸ਼ਿਤ 2026-11-25। Revenge Porn Helpline, stopncii.org।",
            &writing,
        );
        let of = |kind: Run| -> Vec<&str> {
            found
                .iter()
                .filter(|(r, _)| *r == kind)
                .map(|(_, s)| s.as_str())
                .collect()
        };
        assert_eq!(of(Run::Number), ["1.0.0", "2026-11-25"]);
        assert_eq!(of(Run::Latin), ["Revenge Porn Helpline"]);
        assert_eq!(of(Run::Address), ["stopncii.org"]);
        let latin = Writing {
            latin_script: true,
            ..writing
        };
        let runs = runs(
            "Visit stopncii.org, or https://x.uk/a. Then 1.0.0 rest.",
            &latin,
        );
        let addresses: Vec<&str> = runs
            .iter()
            .filter(|(r, _)| *r == Run::Address)
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(addresses, ["stopncii.org", "https://x.uk/a"]);
        assert!(runs
            .iter()
            .all(|(r, _)| matches!(r, Run::Text | Run::Address)));
    }
}
