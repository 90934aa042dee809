//! Load stage: serde types for `content/` (guide, resources, venues, formats), validated
//! on load. Message IDs keep their byte spans so later checks can point at them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A Fluent message ID as written in a content file, with its position.
pub type MessageRef = Spanned<String>;

/// `content/guide.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    pub guide: GuideMeta,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GuideMeta {
    pub id: String,
    pub version: String,
    pub published: toml::value::Datetime,
    pub review_by: toml::value::Datetime,
    pub title: MessageRef,
    pub subtitle: MessageRef,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Spanned<String>,
    pub heading: MessageRef,
    /// Safety-critical: no format's fit ladder may leave it out.
    #[serde(default)]
    pub protected: bool,
    #[serde(default)]
    pub paragraphs: Vec<Entry>,
    #[serde(default)]
    pub items: Vec<Entry>,
}

/// Who an entry is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    #[default]
    All,
    Adult,
    #[serde(rename = "under-18")]
    Under18,
}

impl Audience {
    /// Whether an entry for `self` belongs in an edition addressed to `reader`.
    pub fn includes(self, reader: Audience) -> bool {
        self == Audience::All || reader == Audience::All || self == reader
    }
}

/// A paragraph or list item: a bare message ID or a table with conditions and sub-items.
///
/// (Plain strings here: toml cannot keep spans inside an untagged enum, so diagnostics
/// find these IDs with [`super::SourceFile::locate`].)
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Entry {
    Id(String),
    Full(EntryTable),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryTable {
    pub text: String,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub venues: Vec<String>,
    #[serde(default)]
    pub items: Vec<String>,
}

impl Entry {
    pub fn text(&self) -> &str {
        match self {
            Entry::Id(id) => id,
            Entry::Full(t) => &t.text,
        }
    }

    pub fn audience(&self) -> Audience {
        match self {
            Entry::Id(_) => Audience::All,
            Entry::Full(t) => t.audience,
        }
    }

    pub fn venues(&self) -> &[String] {
        match self {
            Entry::Id(_) => &[],
            Entry::Full(t) => &t.venues,
        }
    }

    pub fn sub_items(&self) -> &[String] {
        match self {
            Entry::Id(_) => &[],
            Entry::Full(t) => &t.items,
        }
    }

    /// Whether this entry appears in `venue`'s edition.
    pub fn applies_to(&self, venue: &Venue) -> bool {
        self.audience().includes(venue.audience)
            && (self.venues().is_empty() || self.venues().iter().any(|v| v == &venue.id))
    }
}

/// `content/resources.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourcesFile {
    pub numbers: BTreeMap<String, String>,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Resource {
    pub id: Spanned<String>,
    pub term: String,
    pub name: String,
    #[serde(default)]
    pub phone: Option<Spanned<String>>,
    #[serde(default)]
    pub hours: Option<MessageRef>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub short_url: Option<String>,
    /// How the audio editions read the short web address: the same characters, with spaces
    /// between the words the voice should say and capitals for the letters it should spell
    /// (`stop NCII.org` is read "stop N C I I dot org"). Checked against `short-url`.
    #[serde(default)]
    pub spoken_url: Option<Spanned<String>>,
    /// How the audio editions read `name`, where the voice would misread it: the same
    /// letters, spaces between words, capitals to spell (`Stop NCII`). Checked against `name`.
    #[serde(default)]
    pub spoken_name: Option<Spanned<String>>,
    /// Message shown instead of the name and web address on discreet editions, for a
    /// service whose name reveals what the card is about (the QR code still holds the URL).
    #[serde(default)]
    pub discreet_label: Option<MessageRef>,
    #[serde(default)]
    pub audience: Audience,
    pub description: MessageRef,
    pub source: String,
    pub checked: toml::value::Datetime,
}

/// `content/venues/<id>.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Venue {
    pub id: String,
    pub name: MessageRef,
    pub audience: Audience,
    pub order: Vec<Spanned<String>>,
    #[serde(default)]
    pub emphasis: Vec<MessageRef>,
    pub services: Vec<Spanned<String>>,
    pub card_services: Vec<Spanned<String>>,
    pub write_in_heading: MessageRef,
    pub lead: Lead,
    #[serde(default)]
    pub write_in: Vec<WriteIn>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    pub heading: MessageRef,
    pub paragraphs: Vec<MessageRef>,
    pub card: MessageRef,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WriteIn {
    pub id: String,
    pub label: MessageRef,
    #[serde(default)]
    pub hint: Option<MessageRef>,
    /// Filled in by the venue's own details (`--venue-details`) instead of by hand.
    #[serde(default, rename = "from-details")]
    pub from_details: bool,
}

/// `content/formats/<id>.toml`: page geometry as data, so layouts stay generic.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case")
)]
pub struct Format {
    pub id: String,
    #[serde(skip_serializing)]
    pub name: MessageRef,
    /// What makes it: a typst layout (the default), braille or audio.
    #[serde(default)]
    pub engine: Engine,
    /// The typst layout under `layouts/` (typst formats only).
    #[serde(default)]
    pub layout: String,
    /// Paper size (braille: the embosser's sheet; audio: none).
    #[serde(default)]
    pub width_mm: f64,
    #[serde(default)]
    pub height_mm: f64,
    /// Exact page count for fixed-size formats; `None` lets the text flow (handout).
    #[serde(default)]
    pub pages: Option<usize>,
    #[serde(default)]
    pub fold: Fold,
    #[serde(default)]
    pub body_pt: f64,
    #[serde(default)]
    pub panels: Vec<Panel>,
    /// Whether a print master (`<id>.print.pdf`: bleed, CMYK, TrimBox) is made beside the
    /// download PDF. Office sheets (card-sheet) have none.
    #[serde(default = "yes")]
    pub print_master: bool,
    /// Pages of the print master per language part, when they differ from `pages` (the
    /// A5 leaflet's print master has its four pages single, in reading order).
    #[serde(default)]
    pub print_pages: Option<usize>,
    /// Printed width of a QR code's symbol (quiet zone not included), in mm.
    #[serde(default)]
    pub qr_mm: Option<f64>,
    /// QR codes only for deep links (a path after the domain): addresses too long to type.
    /// Home pages are printed as short addresses instead (the DL leaflet's narrow panel).
    #[serde(default)]
    pub qr_deep_links_only: bool,
    /// A discreet edition: neutral title, no venue name, services by `discreet-label`.
    #[serde(default)]
    pub discreet: bool,
    /// Words that must not appear anywhere in a discreet edition's text (checked at build).
    #[serde(default)]
    pub avoid_words: Vec<String>,
    /// An Easy Read edition (content/easy-read.toml's rows; locales without easy-read.ftl
    /// leave it out).
    #[serde(default)]
    pub easy_read: bool,
    /// The format this one reuses (card-sheet of card): a locale skipping one skips both.
    #[serde(default)]
    pub variant_of: Option<String>,
    /// No text within this many mm of the trim (the proof stage checks every glyph).
    #[serde(default = "five")]
    pub safe_mm: f64,
    /// The smallest type the format allows, in pt (the proof stage checks every glyph).
    #[serde(default)]
    pub min_text_pt: Option<f64>,
    /// The layouts' gaps (between paragraphs, around headings and blocks) as a share of
    /// their designed size: 1 as designed; the fit ladder's first steps lower it.
    #[serde(default = "one", skip_deserializing)]
    pub spacing: f64,
    /// What the build may do, in order, when a language's text or a venue's details do not
    /// fit (the fit ladder).
    #[serde(default)]
    pub fit: Fit,
    /// Speech settings (audio formats only).
    #[serde(default)]
    pub audio: AudioSettings,
    /// The braille page (braille formats only): cells per line, lines per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub braille: Option<BraillePage>,
}

/// A braille format's page, in cells and lines (UKAAF B009: UK braille paper holds up to
/// 40 cells × 28 lines; A4 about 30 × 28).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case")
)]
pub struct BraillePage {
    pub cells_per_line: usize,
    pub lines_per_page: usize,
}

impl Default for BraillePage {
    fn default() -> Self {
        Self {
            cells_per_line: 40,
            lines_per_page: 28,
        }
    }
}

/// `[audio]` in an audio format's file: how the recording is spoken and encoded.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(
    default,
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case")
)]
pub struct AudioSettings {
    /// Speaking rate (espeak-ng `-s`).
    pub words_per_minute: u32,
    /// MP3 bit rate, mono CBR: 32, 40, 48, 64, 80 or 96.
    pub kbps: u32,
    /// Silence after each sentence, after each paragraph or list item, after each chapter.
    pub sentence_pause_ms: u32,
    pub paragraph_pause_ms: u32,
    pub chapter_pause_ms: u32,
}

impl Default for AudioSettings {
    fn default() -> Self {
        Self {
            words_per_minute: 150,
            kbps: 48,
            sentence_pause_ms: 250,
            paragraph_pause_ms: 500,
            chapter_pause_ms: 1200,
        }
    }
}

/// What makes a format's file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Engine {
    /// A typst layout: a tagged PDF, its print master and its preview.
    #[default]
    Typst,
    /// A `.brf` file for an embosser (liblouis).
    Braille,
    /// Speech: a chaptered MP3 and an EPUB 3 audio book.
    Audio,
}

impl Format {
    /// Whether a typst layout makes it (PDF, print master, preview, fit ladder).
    pub fn typeset(&self) -> bool {
        self.engine == Engine::Typst
    }
}

/// A format's fit ladder: tighter spacing, then smaller body sizes, then sections it may
/// leave out.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case")
)]
pub struct Fit {
    /// Gaps to try (a share of the layout's designed gaps, 1 → 0.5), loosest first: line
    /// pitch is never touched, only the space between paragraphs, headings and blocks.
    #[serde(default)]
    pub spacing: Vec<f64>,
    /// Body sizes to try, largest first, each no smaller than `min-text-pt`.
    #[serde(default)]
    pub body_pt: Vec<f64>,
    /// What the format may leave out, in order: sections (guide.toml ids; never a protected
    /// one), `qr-codes` (each service's short web address stays) or `service-hours`.
    #[serde(default)]
    pub leave_out: Vec<String>,
}

fn one() -> f64 {
    1.0
}

fn five() -> f64 {
    5.0
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fold {
    #[default]
    None,
    Roll,
    /// Folded once in the middle (A5 leaflet from A4).
    Half,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case")
)]
pub struct Panel {
    pub page: usize,
    pub role: String,
    pub x_mm: f64,
    pub width_mm: f64,
    /// Guide sections pinned to this panel (the rest flow through the layout's main text).
    #[serde(default)]
    pub sections: Vec<String>,
}
