//! Property tests: whatever a translator types — typst markup and code (`#read("/etc/passwd")`,
//! `#include`, `*`, `_`, `$`, `@`, `<label>`, `\`, backticks, brackets), HTML (`<script>`, `&`,
//! quotes) and template syntax (`{{ }}`, `{% %}`, `{# #}`) — is printed as typed: literally in
//! the PDF's text layer, escaped in the HTML edition, with the same pages of the same size as
//! the unmodified card, and no file read.
//!
//! Driven in-process for speed: the project is loaded once, then per case the en-GB message
//! `ui-in-danger` (on the wallet card's front and the HTML edition) is replaced in the loaded
//! FTL text — braces written as Fluent string literals `{ "{" }` — and the card resolved and
//! rendered exactly as `leafpress build` does.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use leafpress::build::{self, Job};
use leafpress::i18n::Localizer;
use leafpress::inspect::{compact, inspect};
use leafpress::render::html::{self, EditionPage, SiteContext, Templates};
use leafpress::render::{self, PdfExport, Typesetter};
use leafpress::source::{self, LocaleSource, Project};
use proptest::prelude::*;

/// Loaded once: the project, its typesetter and templates, and the unmodified card's pages.
struct Fixture {
    project: Project,
    typesetter: Typesetter,
    templates: Templates,
    /// Page sizes (mm) of the unmodified card.
    pages: Vec<(f64, f64)>,
    /// First line of /etc/passwd, if the machine has one: it must never be printed.
    passwd: Option<String>,
}

const MESSAGE: &str = "ui-in-danger";

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let loaded = source::load(&root);
        let project = loaded.project.expect("the shipped project loads");
        let typesetter = Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
            .unwrap_or_else(|d| panic!("{d:?}"));
        let templates = Templates::load(&project.root, &project.layouts_dir)
            .unwrap_or_else(|d| panic!("{d:?}"));
        let source = en_gb(&project).clone();
        let (pdf, _) = render(&project, &typesetter, &templates, &source)
            .unwrap_or_else(|e| panic!("the unmodified card renders: {e}"));
        let pages = page_sizes(&pdf);
        let passwd = std::fs::read_to_string("/etc/passwd")
            .ok()
            .and_then(|t| t.lines().next().map(str::to_owned))
            .filter(|l| !l.trim().is_empty());
        Fixture {
            project,
            typesetter,
            templates,
            pages,
            passwd,
        }
    })
}

fn en_gb(project: &Project) -> &LocaleSource {
    project
        .locales
        .iter()
        .find(|l| l.code() == "en-GB")
        .expect("en-GB")
}

fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    inspect(pdf)
        .expect("a readable PDF")
        .pages
        .iter()
        .map(|p| p.size_mm)
        .collect()
}

/// `text` as the value of an FTL message on one line: braces become string literals.
fn ftl_value(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            c => out.push(c),
        }
    }
    out
}

/// en-GB with `ui-in-danger = <text> { $emergency }`, reparsed as the loader would.
fn with_message(source: &LocaleSource, text: &str) -> LocaleSource {
    let mut locale = source.clone();
    let file = locale
        .files
        .iter_mut()
        .find(|f| {
            f.text
                .lines()
                .any(|l| l.starts_with(&format!("{MESSAGE} =")))
        })
        .expect("en-GB defines the message");
    let new_text: String = file
        .text
        .split_inclusive('\n')
        .map(|line| {
            if line.starts_with(&format!("{MESSAGE} =")) {
                format!("{MESSAGE} = {} {{ $emergency }}\n", ftl_value(text))
            } else {
                line.to_owned()
            }
        })
        .collect();
    let mut diags = Vec::new();
    let path = file.path.clone();
    *file = source::locale::parse_ftl(std::path::Path::new(""), &path, new_text, &mut diags);
    assert!(diags.is_empty(), "the escaped value parses: {diags:?}");
    locale
}

/// The clinic's wallet card in `locale`: its PDF and its HTML edition page.
fn render(
    project: &Project,
    typesetter: &Typesetter,
    templates: &Templates,
    locale: &LocaleSource,
) -> Result<(Vec<u8>, String), String> {
    let venue = project
        .venues
        .iter()
        .find(|v| v.data.id == "clinic")
        .expect("clinic");
    let format = project
        .formats
        .iter()
        .find(|f| f.data.id == "card")
        .expect("card");
    let job = Job::new(locale, venue, format);
    let mut localizers = BTreeMap::new();
    localizers.insert(locale.code(), Localizer::new(project, locale));
    let show = |d: Vec<leafpress::diag::Diagnostic>| {
        d.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n")
    };
    let docs = build::documents(project, &localizers, &job).map_err(show)?;
    let edition = build::edition(&job, &docs).map_err(show)?;
    let export = PdfExport {
        ident: "leafpress/props".into(),
        timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).expect("a date"),
    };
    let rendered = render::render_pdf(typesetter, &edition, &export).map_err(show)?;

    let l10n = &localizers[locale.code()];
    let t = build::site::SITE_STRINGS
        .iter()
        .map(|k| {
            let text = l10n.text(&format!("site-{k}")).expect("site message").text;
            (k.replace('-', "_"), text)
        })
        .collect();
    let site = SiteContext {
        t,
        fallback: Vec::new(),
        lang: "en-GB".into(),
        dir: "ltr".into(),
        font_stack: html::font_stack(&locale.meta.data.fonts),
        font_faces: Vec::new(),
        tall_lines: false,
        home: "../index.html".into(),
        languages: Vec::new(),
    };
    let doc = &docs[0];
    let dialable = doc
        .numbers
        .values()
        .filter(|n| source::is_uk_phone(n))
        .cloned()
        .collect();
    let page = EditionPage {
        site: &site,
        doc,
        downloads: Vec::new(),
        dialable,
    };
    let page = templates.render_edition(&page).map_err(|d| d.render())?;
    Ok((rendered.pdf, String::from_utf8(page).expect("UTF-8 HTML")))
}

/// Pieces a translation could carry that mean something to typst, HTML or minijinja.
fn dangerous() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "#",
        "*",
        "_",
        "$",
        "<",
        ">",
        "@",
        "\\",
        "`",
        "```",
        "[",
        "]",
        "#read(\"/etc/passwd\")",
        "#include \"/etc/passwd\"",
        "#import \"lib.typ\": *",
        "#pagebreak()",
        "#set page(width: 1cm)",
        "#set text(size: 40pt)",
        "$x^2$",
        "<label>",
        "@label",
        "= Heading",
        "- item",
        "+ item",
        "/ term: x",
        "//",
        "/*",
        "*/",
        "~",
        "\\#",
        "#{",
        "#(1 + 1)",
        "<script>",
        "</script>",
        "<script>alert('x')</script>",
        "&",
        "&amp;",
        "&lt;",
        "\"",
        "'",
        "<!--",
        "{{",
        "}}",
        "{{ 7 * 7 }}",
        "{%",
        "%}",
        "{% if true %}yes{% endif %}",
        "{#",
        "#}",
        "{",
        "}",
        "{ $emergency }",
        "{ -childline }",
    ])
    .prop_map(str::to_owned)
}

/// Plain characters around them: ASCII letters and punctuation, a space, Polish letters.
fn plain() -> impl Strategy<Value = String> {
    "[a-zA-Z ,.;:!?()=+/|^%ąęłżśćńóź-]{1,6}"
}

/// A translation: up to six pieces, mostly dangerous, at most 40 characters (the card's
/// strip holds about that much; the English is 39).
fn translation() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => dangerous(), 2 => plain()], 1..6).prop_map(|parts| {
        let s: String = parts.concat();
        s.chars().take(40).collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_translation_prints_literally(text in translation()) {
        let fx = fixture();
        let locale = with_message(en_gb(&fx.project), &text);
        // Fluent gives back what was typed (leading spaces trimmed, the number added).
        let typed = text.trim_start();
        let formatted = Localizer::new(&fx.project, &locale).text(MESSAGE).unwrap().text;
        prop_assert_eq!(&formatted, &format!("{typed} 999"));

        let rendered = render(&fx.project, &fx.typesetter, &fx.templates, &locale);
        // A web address typed into a translation (`ab.uk`) is refused by the proof stage, as
        // it must be: every address printed comes from content/. Nothing else may fail.
        if let Err(e) = &rendered {
            prop_assume!(!(e.contains("the web address \"\" reads") && e.lines().filter(|l| l.starts_with("error")).all(|l| l.contains("the web address \"\" reads"))));
        }
        let (pdf, page) = rendered
            .map_err(|e| TestCaseError::fail(format!("{text:?} does not render:\n{e}")))?;

        // The same pages, of the same size: nothing in the text changed the layout.
        prop_assert_eq!(page_sizes(&pdf), fx.pages.clone(), "{:?}", text);
        // Literally in the text layer.
        let info = inspect(&pdf).unwrap();
        let printed: String = info.pages.iter().map(|p| p.text.as_str()).collect();
        prop_assert!(
            compact(&printed).contains(&compact(&formatted)),
            "{:?} not printed literally; the card says:\n{}", text, printed
        );
        // Escaped in the HTML edition (minijinja auto-escaping), never as markup.
        let escaped = format!("<p class=\"in-danger\">{}", html::escape(typed));
        prop_assert!(page.contains(&escaped), "{:?} not escaped in the HTML: {}", text,
            page.lines().find(|l| l.contains("in-danger\"")).unwrap_or_default());
        // No file was read into the output.
        if let Some(line) = &fx.passwd {
            prop_assert!(!printed.contains(line.as_str()) && !page.contains(line.as_str()));
        }
    }
}

#[test]
fn the_escaping_helper_round_trips_braces() {
    let fx = fixture();
    let text = "{ $x } {{ }} {% %} {# #} }{";
    let locale = with_message(en_gb(&fx.project), text);
    let formatted = Localizer::new(&fx.project, &locale)
        .text(MESSAGE)
        .unwrap()
        .text;
    assert_eq!(formatted, format!("{text} 999"));
}
