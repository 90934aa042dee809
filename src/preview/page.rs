//! Live preview, the page: a form to pick locale, venue and format, how the last rebuild
//! went, its problems (compiler-style, as `leafpress check` prints them), and every page of
//! the output at its paper size. Plain HTML; one same-origin script for the live updates.
//! Everything taken from the project is HTML-escaped.

use std::fmt::Write as _;

use super::{Choice, Choices, View, ViewState};
use crate::diag::Diagnostic;
use crate::render::html::escape;

macro_rules! policy {
    () => {
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'self'; \
         connect-src 'self'; base-uri 'none'; form-action 'self'"
    };
}

/// Nothing from elsewhere: our images, our script, our event stream, inline styles.
pub const CSP: &str = policy!();

/// The header also keeps the page out of frames (which a `<meta>` policy cannot do).
pub const CSP_HEADER: &str = concat!(policy!(), "; frame-ancestors 'none'");

/// Follows the server's rebuilds (Server-Sent Events) and swaps the new state into the page
/// without reloading it, so the scroll position stays and the pages never flash empty.
pub const SCRIPT: &str = include_str!("preview.js");

const STYLE: &str = "
body { font: 16px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f3f2f1; }
header { background: #fff; border-bottom: 1px solid #b1b4b6; padding: .75rem 1.25rem; }
header h1 { font-size: 1.15rem; margin: 0 0 .5rem; }
form { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: end; }
label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; }
select, button { font: inherit; padding: .2rem .35rem; min-width: 9rem; }
.help { margin: .5rem 0 0; font-size: .9rem; color: #505a5f; }
main { padding: 1rem 1.25rem 3rem; }
#status { margin: 0 0 1rem; font-weight: 600; }
#status.failed { color: #b10e1e; }
.problems { background: #fff; border-left: 6px solid #d4351c; padding: .5rem 1rem; margin: 0 0 1.25rem; }
.problems h2 { font-size: 1.1rem; margin: .25rem 0 .5rem; color: #b10e1e; }
.problem { margin: 0 0 1rem; }
.problem h3 { font-size: 1rem; margin: 0 0 .25rem; }
.problem code { background: #f3f2f1; padding: 0 .25rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f8f8; border: 1px solid #dedede;
  padding: .5rem .75rem; margin: 0; font: 13px/1.4 ui-monospace, monospace; }
.pages { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.pages.old { outline: 3px dashed #d4351c; outline-offset: .5rem; padding: .25rem; }
.old-note { font-weight: 600; color: #b10e1e; margin: 0 0 .75rem; }
figure { margin: 0; }
figure img { display: block; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
figcaption { font-size: .85rem; color: #505a5f; margin-top: .35rem; }
details { margin: 1.25rem 0 0; background: #fff; padding: .5rem 1rem; }
summary { cursor: pointer; font-weight: 600; }
.warnings .problem h3 { color: #594d00; }
";

/// The preview page of `view`.
pub fn render(view: &View, state: &ViewState, choices: &Choices) -> String {
    let mut out = String::new();
    head(&mut out, &format!("Preview: {}", view.name()));
    let _ = write!(
        out,
        "<body data-events=\"/events?{}&amp;since={}\">\n",
        escape(&view.query()),
        state.generation
    );
    header(&mut out, view, choices);
    out.push_str("<main id=\"live\">\n");
    status(&mut out, view, state);
    let old = !state.errors.is_empty() && state.good.is_some();
    if !state.errors.is_empty() {
        let heading = format!(
            "{} {} in {}{}",
            state.errors.len(),
            plural(state.errors.len(), "error", "errors"),
            view.name(),
            if old {
                " — the pages below are the last version without errors"
            } else {
                ""
            }
        );
        problems(&mut out, "problems", "alert", &heading, &state.errors);
    }
    if state.good.is_none() && !state.errors.is_empty() {
        out.push_str(
            "<p class=\"old-note\">No pages yet: they appear here once the errors above are fixed.</p>\n",
        );
    }
    if let Some(good) = &state.good {
        if old {
            out.push_str("<p class=\"old-note\">Last good version, from before the error:</p>\n");
        }
        let _ = writeln!(
            out,
            "<section class=\"pages{}\" aria-label=\"Pages\">",
            if old { " old" } else { "" }
        );
        let dir = if good.rtl { "rtl" } else { "ltr" };
        for (i, page) in good.pages.iter().enumerate() {
            let src = format!(
                "/page.png?{}&page={}&v={}",
                view.query(),
                i + 1,
                good.generation
            );
            // At 192 dpi the image has twice the CSS pixels it is shown with: sharp on
            // high-density screens, and shown at paper size by its width in mm.
            let _ = writeln!(
                out,
                "<figure><img src=\"{}\" style=\"width: {w}mm; height: {h}mm\" lang=\"{}\" dir=\"{dir}\" alt=\"{}\">\
                 <figcaption>Page {} of {} · {w} × {h} mm</figcaption></figure>",
                escape(&src),
                escape(&good.lang),
                escape(&format!("Page {}: {}", i + 1, one_line(&page.text))),
                i + 1,
                good.pages.len(),
                w = mm(page.width_mm),
                h = mm(page.height_mm),
            );
        }
        out.push_str("</section>\n");
        let _ = writeln!(
            out,
            "<p><a href=\"/preview.pdf?{}&amp;v={}\">Open this version as a PDF</a></p>",
            escape(&view.query()),
            good.generation
        );
        let _ = writeln!(
            out,
            "<details class=\"text\"><summary>Text on the pages (read back from the PDF)</summary>\
             <div lang=\"{}\" dir=\"{dir}\">",
            escape(&good.lang)
        );
        for (i, page) in good.pages.iter().enumerate() {
            let _ = writeln!(
                out,
                "<h3>Page {}</h3><pre>{}</pre>",
                i + 1,
                escape(&page.text)
            );
        }
        out.push_str("</div></details>\n");
    }
    if !state.warnings.is_empty() {
        let _ = writeln!(
            out,
            "<details class=\"warnings\"><summary>{} {}</summary>",
            state.warnings.len(),
            plural(state.warnings.len(), "warning", "warnings")
        );
        for d in &state.warnings {
            problem(&mut out, d);
        }
        out.push_str("</details>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The page for a locale, venue or format the project does not have.
pub fn unknown(view: &View, choices: &Choices) -> String {
    let mut out = String::new();
    head(&mut out, "Preview: not found");
    out.push_str("<body>\n");
    header(&mut out, view, choices);
    let _ = writeln!(
        out,
        "<main><p id=\"status\" class=\"failed\">The project has no {}: pick one on the form.</p></main>\n</body>\n</html>",
        escape(&view.name())
    );
    out
}

fn head(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n\
         <script src=\"/preview.js\" defer></script>\n</head>\n",
        escape(title)
    );
}

fn header(out: &mut String, view: &View, choices: &Choices) {
    out.push_str(
        "<header>\n<h1>leafpress live preview</h1>\n<form id=\"choose\" method=\"get\" action=\"/\">\n",
    );
    select(out, "locale", "Language", &choices.locales, &view.locale);
    select(out, "venue", "Venue", &choices.venues, &view.venue);
    select(out, "format", "Format", &choices.formats, &view.format);
    out.push_str(
        "<button type=\"submit\">Show</button>\n</form>\n\
         <p class=\"help\">Save a file in <code>locales/</code>, <code>content/</code> or \
         <code>layouts/</code> and this page updates by itself. Pages are shown at their \
         printed size: zoom in (Ctrl and +) to read the small print.</p>\n</header>\n",
    );
}

fn select(out: &mut String, name: &str, label: &str, list: &[Choice], chosen: &str) {
    let _ = writeln!(out, "<label>{label} <select name=\"{name}\">");
    for c in list {
        let _ = writeln!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            escape(&c.id),
            if c.id == chosen { " selected" } else { "" },
            escape(&c.label)
        );
    }
    out.push_str("</select></label>\n");
}

fn status(out: &mut String, view: &View, state: &ViewState) {
    let failed = !state.errors.is_empty();
    let _ = write!(
        out,
        "<p id=\"status\" role=\"status\"{}>",
        if failed { " class=\"failed\"" } else { "" }
    );
    match &state.timing {
        None => {
            let _ = write!(
                out,
                "Rendering {}… this page updates when it is ready.",
                escape(&view.name())
            );
        }
        Some(t) => {
            let ms = t.after_save_ms.unwrap_or(t.ms);
            let _ = match (failed, t.cause.is_empty()) {
                (true, _) => write!(out, "Problem found in {ms} ms"),
                (false, true) => write!(out, "Rendered in {ms} ms"),
                (false, false) => write!(out, "Updated in {ms} ms"),
            };
            match t.cause.as_slice() {
                [] => {}
                [one] => {
                    let _ = write!(
                        out,
                        " after you saved <code>{}</code>",
                        escape(&one.display().to_string())
                    );
                }
                [first, rest @ ..] => {
                    let _ = write!(
                        out,
                        " after you saved <code>{}</code> and {} more",
                        escape(&first.display().to_string()),
                        rest.len()
                    );
                }
            }
            let _ = write!(
                out,
                " · <time datetime=\"{}\">{} UTC</time>",
                iso(t.at),
                clock(t.at)
            );
        }
    }
    out.push_str("</p>\n");
}

fn problems(out: &mut String, class: &str, role: &str, heading: &str, list: &[Diagnostic]) {
    let _ = writeln!(
        out,
        "<section class=\"{class}\" role=\"{role}\"><h2>{}</h2>",
        escape(heading)
    );
    for d in list {
        problem(out, d);
    }
    out.push_str("</section>\n");
}

/// One diagnostic: its `file:line:col` and message as a heading, then the compiler-style
/// rendering (the line, the label, the hints), exactly as the terminal shows it.
fn problem(out: &mut String, d: &Diagnostic) {
    out.push_str("<div class=\"problem\"><h3>");
    if let Some(location) = d.location() {
        let _ = write!(out, "<code>{}</code> ", escape(&location));
    }
    let _ = write!(
        out,
        "{}</h3><pre>{}</pre></div>\n",
        escape(&d.message),
        escape(d.render().trim_end())
    );
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

use crate::build::site::mm;

/// A page's text as one line, for an image's alt text.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clock(secs: u64) -> String {
    let s = secs % 86_400;
    format!("{:02}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
}

fn iso(secs: u64) -> String {
    let (y, m, d) = crate::build::civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}T{}Z", clock(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_from_the_project_is_escaped() {
        let view = View {
            locale: "pl\"><script>".into(),
            venue: "clinic".into(),
            format: "card".into(),
        };
        let choices = Choices {
            locales: vec![Choice {
                id: "pl".into(),
                label: "<b>polski</b>".into(),
            }],
            ..Choices::default()
        };
        let mut state = ViewState::pending();
        state
            .errors
            .push(Diagnostic::error("bad <img src=x onerror=alert(1)>"));
        let html = render(&view, &state, &choices);
        assert!(!html.contains("<script>") && !html.contains("<img src=x"));
        assert!(html.contains("&lt;b&gt;polski&lt;/b&gt;"));
        assert!(!unknown(&view, &choices).contains("<script>"));
    }

    #[test]
    fn sizes_and_times() {
        assert_eq!(mm(85.0), "85");
        assert_eq!(mm(99.54), "99.5");
        assert_eq!(iso(0), "1970-01-01T00:00:00Z");
        assert_eq!(clock(3_723), "01:02:03");
    }
}
