//! The HTML Easy Read edition (`<locale>/<venue>/easy-read.html`): the same rows as the PDF,
//! each picture inlined as SVG (the site makes no other requests) with its alt text.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::EasyRead;
use crate::render::html::{Download, SiteContext};
use crate::resolve::Document;

/// The page's data for `layouts/html/easy-read.html.j2`.
#[derive(Debug, Clone, Serialize)]
pub struct EasyReadPage<'a> {
    pub site: &'a SiteContext,
    pub doc: &'a Document,
    pub er: &'a EasyRead,
    /// Picture path (as in the rows) → its SVG markup, inlined.
    pub pictures: BTreeMap<String, String>,
    pub downloads: Vec<Download>,
    pub dialable: Vec<String>,
}

/// The page's path under the site: `<locale>/<venue>/easy-read.html`.
pub fn page_path(code: &str, venue: &str) -> String {
    format!("{code}/{venue}/easy-read.html")
}

/// The SVG markup of every picture the edition uses, read from `layouts/`: the XML
/// prolog and comments dropped, the drawing hidden from screen readers (the wrapper
/// carries `role="img"` and the alt text).
pub fn pictures(layouts_dir: &Path, er: &EasyRead) -> BTreeMap<String, String> {
    let rows = er
        .sections
        .iter()
        .chain([&er.glossary, &er.about])
        .flat_map(|s| &s.rows)
        .chain([&er.emergency, &er.non_emergency]);
    let files = rows
        .map(|r| &r.picture.file)
        .chain(er.contacts.iter().map(|c| &c.picture.file))
        .filter(|f| !f.is_empty());
    let mut out = BTreeMap::new();
    for file in files {
        if out.contains_key(file) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(layouts_dir.join(file.trim_start_matches('/')))
        else {
            continue;
        };
        out.insert(file.clone(), inline_svg(&text));
    }
    out
}

fn inline_svg(text: &str) -> String {
    let mut s = text.to_owned();
    while let Some(start) = s.find("<?").or_else(|| s.find("<!--")) {
        let close = if s[start..].starts_with("<?") {
            "?>"
        } else {
            "-->"
        };
        match s[start..].find(close) {
            Some(end) => s.replace_range(start..start + end + close.len(), ""),
            None => break,
        }
    }
    // OpenMoji's files all call their groups `emoji` and `line`: an id would be repeated
    // once per picture on the page (invalid HTML). Nothing in them refers to an id.
    while let Some(at) = s.find(" id=\"") {
        match s[at + 5..].find('"') {
            Some(end) => s.replace_range(at..at + 5 + end + 1, ""),
            None => break,
        }
    }
    s.trim()
        .replacen("<svg", "<svg aria-hidden=\"true\" focusable=\"false\"", 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn inlined_pictures_carry_no_ids() {
        let svg = "<?xml version=\"1.0\"?>\n<!-- OpenMoji -->\n<svg id=\"emoji\" viewBox=\"0 0 72 72\"><g id=\"line\"><path d=\"M0\"/></g></svg>";
        assert_eq!(
            super::inline_svg(svg),
            "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 72 72\"><g><path d=\"M0\"/></g></svg>"
        );
    }
}
