//! Render stage, HTML: the same resolved [`Document`] the PDFs use, through the minijinja
//! templates in `layouts/html/`, into self-contained pages (inline CSS and script, no
//! third-party requests). Auto-escaping is on and undefined values fail the page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::diag::{display_path, Diagnostic};
use crate::resolve::Document;

/// The folder under `layouts/` holding the HTML templates.
pub const TEMPLATES_DIR: &str = "html";
/// The quick-exit script, kept as its own file so its hash can pin it in the page's CSP.
const EXIT_SCRIPT: &str = "exit.js";
/// The venue board's filter (name or town), pinned by its hash on the board's page only.
const FILTER_SCRIPT: &str = "filter.js";

/// The templates compiled into leafpress; a project's `layouts/html/` overrides them by name.
const BUILT_IN: &[(&str, &str)] = &[
    (
        "base.html.j2",
        include_str!("../../layouts/html/base.html.j2"),
    ),
    (
        "board.html.j2",
        include_str!("../../layouts/html/board.html.j2"),
    ),
    (
        "edition.html.j2",
        include_str!("../../layouts/html/edition.html.j2"),
    ),
    (
        "easy-read.html.j2",
        include_str!("../../layouts/html/easy-read.html.j2"),
    ),
    (
        "index.html.j2",
        include_str!("../../layouts/html/index.html.j2"),
    ),
    (
        "macros.html.j2",
        include_str!("../../layouts/html/macros.html.j2"),
    ),
    (
        "style.css.j2",
        include_str!("../../layouts/html/style.css.j2"),
    ),
    (
        "venue.html.j2",
        include_str!("../../layouts/html/venue.html.j2"),
    ),
    (EXIT_SCRIPT, include_str!("../../layouts/html/exit.js")),
    (FILTER_SCRIPT, include_str!("../../layouts/html/filter.js")),
];

/// The loaded templates, shared by every page of a build.
pub struct Templates {
    env: Environment<'static>,
    /// Template name → (path shown in diagnostics, source text).
    sources: BTreeMap<String, (PathBuf, String)>,
    /// The quick-exit script and its CSP hash (`sha256-…`).
    exit_script: String,
    exit_hash: String,
    /// The venue board's filter script and its CSP hash.
    filter_script: String,
    filter_hash: String,
}

/// What a page shows besides the document: interface strings, links and downloads.
/// Plain data, built by the build stage from the artifacts it wrote.
#[derive(Debug, Clone, Serialize)]
pub struct SiteContext {
    /// `site-*` messages keyed without the prefix, hyphens as underscores (`choose_language`).
    pub t: BTreeMap<String, String>,
    /// Keys of `t` shown in en-GB because the locale lacks them (marked `lang="en-GB"`).
    pub fallback: Vec<String>,
    /// The page's language and direction.
    pub lang: String,
    pub dir: String,
    pub font_stack: String,
    /// The locale's script fonts, served from the site itself (vendored, never from elsewhere).
    pub font_faces: Vec<FontFace>,
    pub tall_lines: bool,
    /// Link to this locale's download page, relative to the page.
    pub home: String,
    /// The same page in every language built (the current one marked).
    pub languages: Vec<LanguageLink>,
}

/// An `@font-face`: a vendored font file copied into the site.
#[derive(Debug, Clone, Serialize)]
pub struct FontFace {
    pub family: String,
    pub weight: u16,
    /// The file, relative to the page.
    pub src: String,
    /// The script's characters (CSS `unicode-range`), so Latin text, digits and URLs keep the
    /// system font; empty means the whole font.
    pub unicode_range: String,
}

/// A link to another language's version of a page, labelled in that language.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub code: String,
    pub native_name: String,
    pub dir: String,
    pub href: String,
    pub current: bool,
}

/// One downloadable PDF with its preview, or another kind of file (a braille `brf`).
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// The file's kind, as in the manifest (`pdf`, `brf`): the page says in plain words
    /// what a file other than a PDF is.
    pub kind: String,
    /// What the file is, in plain words, when its name alone does not say ("Audio,
    /// 7 minutes", "Audio book (EPUB)").
    pub what: Option<String>,
    pub format: String,
    /// The format's name in the page's language.
    pub name: String,
    /// The second language of a bilingual edition, in its own name.
    pub also: Option<LanguageLink>,
    pub href: String,
    pub size_mm: String,
    pub pages: usize,
    pub file_size: String,
    pub preview: Option<Preview>,
    /// The print-shop master (bleed and crop boxes), when built.
    pub print_master: Option<PrintMaster>,
}

/// A format's print-shop master PDF.
#[derive(Debug, Clone, Serialize)]
pub struct PrintMaster {
    pub href: String,
    pub file_size: String,
}

/// A preview image and its pixel size (so the page does not jump while it loads).
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub src: String,
    pub width: u32,
    pub height: u32,
}

/// One venue on a download page: its edition online and its PDFs.
#[derive(Debug, Clone, Serialize)]
pub struct VenueDownloads {
    pub id: String,
    pub name: String,
    /// The HTML edition, relative to the page.
    pub edition: Option<String>,
    /// The HTML Easy Read edition, relative to the page, and its name. Always serialized:
    /// the download page's template tests it, and an undefined value fails the page.
    pub easy_read: Option<(String, String)>,
    pub downloads: Vec<Download>,
}

/// A download page (`index.html` of the site or of a locale).
#[derive(Debug, Clone, Serialize)]
pub struct IndexPage<'a> {
    pub site: &'a SiteContext,
    /// The guide's title and subtitle in the page's language.
    pub guide_title: String,
    pub draft: Option<String>,
    /// Version, publication and review dates.
    pub version: String,
    pub venues: Vec<VenueDownloads>,
    /// The venue board index in this language, with venue details (`--venue-details`).
    pub board: Option<String>,
}

/// One venue of a `--venue-details` board, as its page and the board list show it.
#[derive(Debug, Clone, Serialize)]
pub struct BoardVenue {
    pub id: String,
    pub name: String,
    /// The venue profile's name in the page's language (e.g. "Clinic").
    pub profile: String,
    pub address: Vec<String>,
    pub phone: Option<String>,
    pub hours: Option<String>,
    /// The venue's own page, relative to the page showing this.
    pub href: String,
    /// Lower-case name and address, which the board's filter matches.
    pub search: String,
    /// The languages it has outputs in (each linking to its page in that language).
    pub languages: Vec<LanguageLink>,
}

/// The board index (`<locale>/venues.html`): every venue, filterable by name or town.
#[derive(Debug, Clone, Serialize)]
pub struct BoardPage<'a> {
    pub site: &'a SiteContext,
    pub guide_title: String,
    pub draft: Option<String>,
    pub version: String,
    pub venues: Vec<BoardVenue>,
    /// The machine-readable lists (`venues.json`, `venues.csv`), relative to the page.
    pub json: String,
    pub csv: String,
}

/// One venue's download page (`<locale>/<profile>/<id>/index.html`).
#[derive(Debug, Clone, Serialize)]
pub struct VenuePage<'a> {
    pub site: &'a SiteContext,
    pub guide_title: String,
    pub draft: Option<String>,
    pub version: String,
    pub venue: BoardVenue,
    /// The guide read online for the venue's profile, in this language.
    pub edition: Option<String>,
    /// The board index in this language.
    pub board: String,
    pub downloads: Vec<Download>,
}

/// The guide for one locale and venue, read online.
#[derive(Debug, Clone, Serialize)]
pub struct EditionPage<'a> {
    pub site: &'a SiteContext,
    pub doc: &'a Document,
    /// The PDFs of this edition, relative to the page.
    pub downloads: Vec<Download>,
    /// Numbers that become `tel:` links wherever they appear in the text.
    pub dialable: Vec<String>,
}

impl Templates {
    /// Loads and compiles every template under `layouts/html/` once per build. Every syntax
    /// error is reported at its file:line:col.
    pub fn load(root: &Path, layouts_dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        let dir = layouts_dir.join(TEMPLATES_DIR);
        let mut diags = Vec::new();
        // leafpress's own templates, overridden file by file by the project's layouts/html/.
        let mut sources: BTreeMap<String, (PathBuf, String)> = BUILT_IN
            .iter()
            .map(|(name, text)| {
                let shown = PathBuf::from(format!("<built-in>/layouts/{TEMPLATES_DIR}/{name}"));
                (name.to_string(), (shown, text.to_string()))
            })
            .collect();
        if dir.exists() {
            let entries = crate::source::sorted_entries(&dir).map_err(|err| {
                vec![Diagnostic::error(format!("cannot read the HTML templates: {err}"))
                    .in_file(display_path(root, &dir))
                    .with_hint("layouts/html/ holds the site's templates; remove it to use the built-in ones")]
            })?;
            for path in entries.iter().filter(|p| p.is_file()) {
                let name = path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                match crate::source::read_text(root, path) {
                    Ok(text) => {
                        sources.insert(name, (display_path(root, path), text));
                    }
                    Err(diag) => diags.push(diag),
                }
            }
        }
        let mut env = environment();
        // `*.j2` are templates; anything else (the script) is used as it is.
        for (name, (shown, text)) in sources.iter().filter(|(name, _)| name.ends_with(".j2")) {
            if let Err(err) = env.add_template_owned(name.clone(), text.clone()) {
                diags.push(template_diag(&err, shown, text));
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let exit_script = sources[EXIT_SCRIPT].1.clone();
        let exit_hash = format!("sha256-{}", base64(&Sha256::digest(exit_script.as_bytes())));
        let filter_script = sources[FILTER_SCRIPT].1.clone();
        let filter_hash = format!(
            "sha256-{}",
            base64(&Sha256::digest(filter_script.as_bytes()))
        );
        Ok(Self {
            env,
            sources,
            exit_script,
            exit_hash,
            filter_script,
            filter_hash,
        })
    }

    /// Renders a download page.
    pub fn render_index(&self, page: &IndexPage) -> Result<Vec<u8>, Diagnostic> {
        self.render("index.html.j2", page)
    }

    /// Renders the HTML edition of a document.
    pub fn render_edition(&self, page: &EditionPage) -> Result<Vec<u8>, Diagnostic> {
        self.render("edition.html.j2", page)
    }

    /// Renders the Easy Read edition of a document (`crate::easy_read::html`).
    pub fn render_easy_read(
        &self,
        page: &crate::easy_read::html::EasyReadPage,
    ) -> Result<Vec<u8>, Diagnostic> {
        self.render("easy-read.html.j2", page)
    }

    /// Renders a venue's own download page (its details and its PDFs).
    pub fn render_venue(&self, page: &VenuePage) -> Result<Vec<u8>, Diagnostic> {
        self.render("venue.html.j2", page)
    }

    /// Renders the venue board: every venue, filtered by name or town in the page.
    pub fn render_board(&self, page: &BoardPage) -> Result<Vec<u8>, Diagnostic> {
        self.render_with("board.html.j2", page, &[&self.exit_hash, &self.filter_hash])
    }

    fn render(&self, name: &str, page: &impl Serialize) -> Result<Vec<u8>, Diagnostic> {
        self.render_with(name, page, &[&self.exit_hash])
    }

    /// Renders a page whose CSP allows exactly the scripts hashed in `scripts`.
    fn render_with(
        &self,
        name: &str,
        page: &impl Serialize,
        scripts: &[&str],
    ) -> Result<Vec<u8>, Diagnostic> {
        let ctx = minijinja::context! {
            page => Value::from_serialize(page),
            exit_script => Value::from_safe_string(self.exit_script.clone()),
            filter_script => Value::from_safe_string(self.filter_script.clone()),
            csp => Value::from_safe_string(csp(scripts)),
        };
        let template = self.env.get_template(name).map_err(|err| self.diag(&err))?;
        template
            .render(ctx)
            .map(String::into_bytes)
            .map_err(|err| self.diag(&err))
    }

    /// A template error at its place in the template that caused it.
    fn diag(&self, err: &Error) -> Diagnostic {
        match err.name().and_then(|n| self.sources.get(n)) {
            Some((path, text)) => template_diag(err, path, text),
            None => Diagnostic::error(format!("HTML template: {}", describe(err)))
                .with_hint("this is an error in a template under layouts/html/"),
        }
    }
}

/// The Content-Security-Policy of every page: nothing from elsewhere, only our own scripts.
fn csp(script_hashes: &[&str]) -> String {
    let scripts: Vec<String> = script_hashes.iter().map(|h| format!("'{h}'")).collect();
    format!(
        "default-src 'none'; img-src 'self'; font-src 'self'; style-src 'unsafe-inline'; script-src {}; \
         base-uri 'none'; form-action 'none'",
        scripts.join(" ")
    )
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Every template is HTML (or CSS inside a page's <style>, which holds no data).
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_formatter(format_value);
    env.add_filter("tel", tel);
    env.add_filter("linkify", linkify);
    env
}

/// Escapes like minijinja but leaves `/` alone (URLs stay readable), and refuses to print
/// `none`: a missing value is a bug in the template, never something a reader should see.
fn format_value(out: &mut minijinja::Output, state: &State, value: &Value) -> Result<(), Error> {
    if value.is_none() {
        return Err(Error::new(
            ErrorKind::UndefinedError,
            "tried to print a missing value (none)",
        ));
    }
    match (state.auto_escape(), value.as_str()) {
        (AutoEscape::Html, Some(s)) if !value.is_safe() => out
            .write_str(&escape(s))
            .map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed")),
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// HTML-escapes text for element content and quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `0345 6000 459` → `tel:03456000459`.
fn tel(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// Escapes `text` and turns every dialable number in it into a `tel:` link.
fn linkify(text: &str, numbers: Vec<String>) -> Value {
    let mut numbers: Vec<&str> = numbers
        .iter()
        .map(String::as_str)
        .filter(|n| !n.is_empty())
        .collect();
    numbers.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    let mut prev: Option<char> = None;
    'scan: while !rest.is_empty() {
        let boundary_before = !prev.is_some_and(char::is_alphanumeric);
        if boundary_before {
            for n in &numbers {
                if let Some(after) = rest.strip_prefix(n) {
                    if !after.chars().next().is_some_and(char::is_alphanumeric) {
                        out.push_str(&format!(
                            "<a class=\"tel\" href=\"{}\" dir=\"ltr\">{}</a>",
                            tel(n),
                            escape(n)
                        ));
                        prev = n.chars().last();
                        rest = after;
                        continue 'scan;
                    }
                }
            }
        }
        let c = rest.chars().next().expect("not empty");
        out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
        prev = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    Value::from_safe_string(out)
}

fn describe(err: &Error) -> String {
    match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    }
}

fn template_diag(err: &Error, path: &Path, text: &str) -> Diagnostic {
    let hint = match err.kind() {
        ErrorKind::SyntaxError => "fix the template syntax (minijinja, like Jinja2); every other output still builds",
        ErrorKind::UndefinedError => {
            "the page has no such value: templates see `page.doc` (the resolved document, as in the PDFs) and `page.site`"
        }
        _ => "this is an error in a template under layouts/html/; every other output still builds",
    };
    let diag = Diagnostic::error(format!("HTML template: {}", describe(err))).with_hint(hint);
    match (err.range(), err.line()) {
        (Some(range), _) => diag.at(path, text, range).with_label("here"),
        (None, Some(line)) => {
            let start: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum();
            diag.at(path, text, start..start).with_label("here")
        }
        _ => diag.in_file(path),
    }
}

/// Standard base64 (for CSP hashes).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A CSS font-family list: the locale's fonts first, then the system's. Names are
/// filtered to letters, digits, spaces and hyphens, so locale.toml cannot break the CSS.
pub fn font_stack(fonts: &[String]) -> String {
    let system = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif";
    let mut out: Vec<String> = fonts
        .iter()
        .map(|f| {
            f.chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
                .collect::<String>()
        })
        .filter(|f| !f.trim().is_empty() && f != "Noto Sans")
        .map(|f| format!("\"{}\"", f.trim()))
        .collect();
    out.push(system.to_owned());
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn linkify_escapes_and_links_whole_numbers_only() {
        let numbers = vec![
            "999".to_owned(),
            "0800 555 111".to_owned(),
            "101".to_owned(),
        ];
        let html = linkify(
            "Call 999 <b>or</b> 0800 555 111; not 1010 or 9999 & \u{2068}101\u{2069}.",
            numbers,
        );
        let html = html.as_str().unwrap();
        assert!(
            html.contains("<a class=\"tel\" href=\"tel:999\" dir=\"ltr\">999</a>"),
            "{html}"
        );
        assert!(html.contains("href=\"tel:0800555111\""), "{html}");
        assert!(html.contains("&lt;b&gt;or&lt;/b&gt;"), "{html}");
        assert!(html.contains("not 1010 or 9999 &amp;"), "{html}");
        assert!(
            html.contains("\u{2068}<a class=\"tel\" href=\"tel:101\" dir=\"ltr\">101</a>\u{2069}"),
            "{html}"
        );
    }

    #[test]
    fn font_stack_keeps_names_out_of_css_syntax() {
        let stack = font_stack(&[
            "Noto Naskh Arabic".into(),
            "x\"; } body { color: red".into(),
            "Noto Sans".into(),
        ]);
        assert!(
            stack.starts_with("\"Noto Naskh Arabic\", \"x  body  color red\""),
            "{stack}"
        );
        assert!(!stack.contains(';') && !stack.contains('{'));
    }
}
