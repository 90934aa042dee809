//! i18n stage: pseudo-locales generated in memory from en-GB — `en-XA` (accented, about
//! 40% longer, bracketed) and `ar-XB` (right-to-left, mirrored) — so layouts can be tested
//! for long and right-to-left text before any translation exists. Never written to disk.
//!
//! Only text elements change; placeables (`{ $emergency }`, `{ -crimestoppers }`) are left
//! exactly as they are, so every number, URL and name still comes from `content/`.

use std::path::PathBuf;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::source::{
    Direction, FtlFile, Loaded, LocaleMeta, LocaleSource, Project, ReviewStatus, SourceFile,
};

/// The pseudo-locale codes leafpress knows (BCP 47 private-use regions, no real locale).
pub const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

/// How much longer en-XA makes each pattern (German and Finnish run 30–40% over English).
const EXPANSION: f64 = 1.4;

/// Words appended to reach [`EXPANSION`], as Chromium's en-XA does.
const FILLER: [&str; 10] = [
    "ōƞē",
    "ŧẇō",
    "ŧħřēē",
    "ƒōūř",
    "ƒīṽē",
    "şīẋ",
    "şēṽēƞ",
    "ēīɠħŧ",
    "ƞīƞē",
    "ŧēƞ",
];

/// Left-to-right override … pop formatting: displays Latin text mirrored, right to left.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// Why a pseudo-locale could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PseudoError {
    #[error("`{0}` is not a pseudo-locale (known: en-XA, ar-XB)")]
    Unknown(String),
    #[error("the project has no en-GB locale to generate {0} from")]
    NoSource(String),
}

/// Whether `code` names a pseudo-locale.
pub fn is_pseudo(code: &str) -> bool {
    PSEUDO_LOCALES.contains(&code)
}

/// The two strategies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strategy {
    Accented,
    Bidi,
}

fn strategy(code: &str) -> Result<Strategy, PseudoError> {
    match code {
        "en-XA" => Ok(Strategy::Accented),
        "ar-XB" => Ok(Strategy::Bidi),
        other => Err(PseudoError::Unknown(other.to_owned())),
    }
}

/// Adds each pseudo-locale named in `wanted` (and not yet present) to the project.
pub fn add_requested(project: &mut Project, wanted: &[String]) -> Result<(), PseudoError> {
    for code in wanted.iter().filter(|c| is_pseudo(c)) {
        if project.locales.iter().any(|l| l.code() == code) {
            continue;
        }
        let source = project
            .locales
            .iter()
            .find(|l| l.code() == super::SOURCE_LOCALE)
            .ok_or_else(|| PseudoError::NoSource(code.clone()))?;
        let pseudo = generate(source, code)?;
        project.locales.push(pseudo);
    }
    Ok(())
}

/// Generates pseudo-locale `code` from `source` (en-GB).
pub fn generate(source: &LocaleSource, code: &str) -> Result<LocaleSource, PseudoError> {
    let strategy = strategy(code)?;
    let files = source
        .files
        .iter()
        .map(|f| {
            let text = transform_ftl(&f.text, strategy);
            let name = f.path.file_name().map(PathBuf::from).unwrap_or_default();
            let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(r, _)| r);
            FtlFile {
                path: PathBuf::from(format!("<pseudo {code}>")).join(name),
                text,
                resource,
            }
        })
        .collect();
    let data = meta(code, strategy);
    let text = toml::to_string(&data).unwrap_or_default();
    let file = SourceFile {
        path: PathBuf::from(format!("<pseudo {code}>/locale.toml")),
        text,
    };
    Ok(LocaleSource {
        meta: Loaded { file, data },
        files,
    })
}

fn meta(code: &str, strategy: Strategy) -> LocaleMeta {
    let (name, native_name, direction) = match strategy {
        Strategy::Accented => (
            "Pseudo-locale: accented, 40% longer",
            accent("[Pseudo English]"),
            Direction::Ltr,
        ),
        Strategy::Bidi => (
            "Pseudo-locale: right to left",
            format!("{RLO}Pseudo RTL{PDF}"),
            Direction::Rtl,
        ),
    };
    LocaleMeta {
        code: code.to_owned(),
        name: name.to_owned(),
        native_name,
        script: "Latn".to_owned(),
        direction,
        fonts: vec!["Noto Sans".to_owned()],
        // Marked as a draft on every page: a pseudo-locale is never a real edition.
        status: ReviewStatus::Draft,
        tall_lines: false,
        skip_formats: Vec::new(),
        // Pseudo text gives nothing away; the format's English words are still checked.
        discreet_avoid_words: Vec::new(),
        nation: None,
        // No voice: a pseudo-locale is for checking print fit.
        voice: None,
        // No braille: a pseudo-locale is for checking print fit.
        braille: None,
    }
}

/// Pseudo-localizes every message of an FTL file for pseudo-locale `code`, as FTL.
pub fn pseudo_ftl(text: &str, code: &str) -> Result<String, PseudoError> {
    Ok(transform_ftl(text, strategy(code)?))
}

fn transform_ftl(text: &str, strategy: Strategy) -> String {
    let mut resource = match fluent_syntax::parser::parse(text.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                transform_pattern(value, strategy);
            }
            for attribute in &mut message.attributes {
                transform_pattern(&mut attribute.value, strategy);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

fn transform_pattern(pattern: &mut ast::Pattern<String>, strategy: Strategy) {
    let before = text_len(pattern);
    transform_texts(pattern, strategy);
    if strategy == Strategy::Accented && before > 0 {
        let target = (before as f64 * EXPANSION).ceil() as usize;
        let padding = filler(target.saturating_sub(text_len(pattern) + 2));
        if !padding.is_empty() {
            pattern
                .elements
                .push(ast::PatternElement::TextElement { value: padding });
        }
        // Brackets as string literals: a `[` at the start of an FTL line would be a syntax error.
        pattern.elements.insert(0, literal("["));
        pattern.elements.push(literal("]"));
    }
}

fn literal(s: &str) -> ast::PatternElement<String> {
    ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value: s.to_owned(),
        }),
    }
}

/// Transforms text elements, in select variants too; placeables stay as they are.
fn transform_texts(pattern: &mut ast::Pattern<String>, strategy: Strategy) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = transform_text(value, strategy),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    transform_texts(&mut variant.value, strategy);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

fn transform_text(s: &str, strategy: Strategy) -> String {
    match strategy {
        Strategy::Accented => accent(s),
        Strategy::Bidi if s.trim().is_empty() => s.to_owned(),
        Strategy::Bidi => {
            // Keep line breaks outside the override so FTL indentation survives.
            let body = s.trim_end_matches('\n');
            format!("{RLO}{body}{PDF}{}", &s[body.len()..])
        }
    }
}

/// Firefox's "accented" strategy (fluent-pseudo): accented letters, vowels doubled.
fn accent(s: &str) -> String {
    fluent_pseudo::transform(s, false, true).into_owned()
}

fn text_len(pattern: &ast::Pattern<String>) -> usize {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => value.chars().count(),
            ast::PatternElement::Placeable { .. } => 0,
        })
        .sum()
}

/// Filler words of at least `len` characters (with their spaces), or nothing.
fn filler(len: usize) -> String {
    let mut out = String::new();
    let mut words = FILLER.iter().cycle();
    while out.chars().count() < len {
        out.push(' ');
        out.push_str(words.next().expect("cycle never ends"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(ftl: &str, id: &str) -> String {
        let res = FluentResource::try_new(ftl.to_owned()).expect("pseudo FTL parses");
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("emergency", "999");
        let msg = bundle.get_message(id).unwrap();
        let mut errors = vec![];
        bundle
            .format_pattern(msg.value().unwrap(), Some(&args), &mut errors)
            .into_owned()
    }

    #[test]
    fn accented_is_bracketed_longer_and_keeps_placeables() {
        let src = "danger = If you’re in immediate danger, call { $emergency }.\n";
        let out = pseudo_ftl(src, "en-XA").unwrap();
        assert!(out.contains("{ $emergency }"), "{out}");
        let text = format(&out, "danger");
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(text.contains("999"));
        let original = "If you’re in immediate danger, call 999.".chars().count() as f64;
        assert!(text.chars().count() as f64 >= original * 1.35, "{text}");
        assert!(!text.contains("danger"), "letters are accented: {text}");
    }

    #[test]
    fn bidi_overrides_text_not_placeables() {
        let out = pseudo_ftl("m = Call { $emergency } now\n    .lead = Bold\n", "ar-XB").unwrap();
        let text = format(&out, "m");
        assert_eq!(text, "\u{202E}Call \u{202C}999\u{202E} now\u{202C}");
        assert!(out.contains(".lead = \u{202E}Bold\u{202C}"), "{out}");
    }

    #[test]
    fn select_variants_are_transformed_and_still_parse() {
        let src = "m = { $n ->\n    [one] One item\n   *[other] Many\n}\n";
        let out = pseudo_ftl(src, "en-XA").unwrap();
        assert!(FluentResource::try_new(out.clone()).is_ok(), "{out}");
        assert!(
            out.contains("[one]") && out.contains("*[other]"),
            "variant keys kept: {out}"
        );
    }
}
