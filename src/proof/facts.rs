//! Prove stage, facts as read: glyphs gathered into lines in visual order (left to right,
//! by where they are drawn, not by the order of the text), and every phone number, web
//! address and venue detail checked to read there exactly as in `content/`. An Arabic line
//! reads right to left, but a URL inside it must still read left to right.

use super::{Fact, Finding, Page, Problem, Rect};

/// One line of text as a reader meets it: glyphs on one baseline, in one region, with no
/// wide gap between them, ordered left to right.
#[derive(Debug, Clone)]
pub struct Line {
    /// Indices into the page's glyphs, left to right.
    pub glyphs: Vec<usize>,
    /// The line's text in visual order, left to right.
    pub visual: String,
    /// The ink of all its glyphs.
    pub ink: Option<Rect>,
}

const PT_MM: f64 = 25.4 / 72.0;

/// Format characters (bidi isolates and marks, joiners) that print nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// The page's lines. Marks and slanted text belong to none.
pub fn lines(page: &Page) -> Vec<Line> {
    let mut order: Vec<usize> = (0..page.glyphs.len())
        .filter(|&i| !page.glyphs[i].mark && !page.glyphs[i].rotated)
        .collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&page.glyphs[a], &page.glyphs[b]);
        a.region
            .cmp(&b.region)
            .then(a.baseline.total_cmp(&b.baseline))
            .then(a.pen.0.total_cmp(&b.pen.0))
    });
    // Same region and (nearly) the same baseline: one row.
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let g = &page.glyphs[i];
        let joins = rows.last().is_some_and(|row| {
            let first = &page.glyphs[row[0]];
            first.region == g.region
                && (first.baseline - g.baseline).abs()
                    <= 0.25 * first.size_pt.max(g.size_pt) * PT_MM
        });
        if joins {
            rows.last_mut().expect("checked").push(i);
        } else {
            rows.push(vec![i]);
        }
    }
    let mut out = Vec::new();
    for mut row in rows {
        row.sort_by(|&a, &b| page.glyphs[a].pen.0.total_cmp(&page.glyphs[b].pen.0));
        // A wide gap on one baseline separates columns, or a label from its value.
        let mut current: Vec<usize> = Vec::new();
        let mut reach = f64::NEG_INFINITY;
        for i in row {
            let g = &page.glyphs[i];
            let gap = (1.5 * g.size_pt * PT_MM).max(2.0);
            if !current.is_empty() && g.pen.0 - reach > gap {
                out.push(line_of(page, std::mem::take(&mut current)));
                reach = f64::NEG_INFINITY;
            }
            reach = reach.max(g.pen.1);
            current.push(i);
        }
        if !current.is_empty() {
            out.push(line_of(page, current));
        }
    }
    out
}

fn line_of(page: &Page, glyphs: Vec<usize>) -> Line {
    let mut visual = String::new();
    let mut reach = f64::NEG_INFINITY;
    let mut ink: Option<Rect> = None;
    for &i in &glyphs {
        let g = &page.glyphs[i];
        if let Some(r) = g.ink {
            ink = Some(ink.map_or(r, |i| i.union(r)));
        }
        let text: String = g.text.chars().filter(|c| !is_invisible(*c)).collect();
        if !text.is_empty() {
            // A word space that is no glyph of its own (a run boundary) still separates.
            if g.pen.0 - reach > 0.2 * g.size_pt * PT_MM
                && !visual.is_empty()
                && !visual.ends_with(char::is_whitespace)
                && !text.starts_with(char::is_whitespace)
            {
                visual.push(' ');
            }
            visual.push_str(&text);
        }
        reach = reach.max(g.pen.1);
    }
    Line {
        glyphs,
        visual,
        ink,
    }
}

/// Every fact on every line reads as in `content/`; every web address on the page is one
/// of `content/`'s.
pub fn check(page_no: usize, _page: &Page, lines: &[Line], facts: &[Fact]) -> Vec<Finding> {
    let mut out = Vec::new();
    let prepared: Vec<(&Fact, Vec<String>, String, String)> = facts
        .iter()
        .filter(|f| !f.text.trim().is_empty())
        .map(|f| {
            let tokens: Vec<String> = f.text.split_whitespace().map(trim_token).collect();
            (f, tokens, squeeze(&f.text), alnum(&f.text))
        })
        .collect();
    for line in lines {
        // Most lines hold no fact and no address: skip them without splitting them up.
        let may_hold = line.visual.contains(['.', '/'])
            || prepared.iter().any(|(_, tokens, _, _)| {
                tokens
                    .first()
                    .is_some_and(|t| !t.is_empty() && line.visual.contains(t.as_str()))
            });
        if !may_hold {
            continue;
        }
        let tokens: Vec<&str> = line.visual.split_whitespace().collect();
        let trimmed: Vec<String> = tokens.iter().map(|t| trim_token(t)).collect();
        let squeezed = squeeze(&line.visual);
        for (fact, fact_tokens, fact_squeezed, fact_alnum) in &prepared {
            if fact_tokens.len() > 1 {
                // Every word of the fact on this line: they must read in order.
                let present = fact_tokens
                    .iter()
                    .filter(|t| !t.is_empty())
                    .all(|t| trimmed.iter().any(|w| w == t));
                if present && !squeezed.contains(fact_squeezed.as_str()) {
                    out.push(misread(
                        page_no,
                        line,
                        fact,
                        span_of(&tokens, &trimmed, fact_tokens),
                    ));
                }
            } else if fact_alnum.len() >= 3 {
                // One word: its letters and digits all in one word on the page, but with
                // its punctuation moved (`/https://…` for `https://…/`).
                for (token, word) in tokens.iter().zip(&trimmed) {
                    if alnum(word).contains(fact_alnum.as_str())
                        && !word.contains(fact_squeezed.as_str())
                    {
                        out.push(misread(page_no, line, fact, token.to_string()));
                    }
                }
            }
        }
        // A web address that is no fact at all, or a fact's letters in a wrong order.
        for (token, word) in tokens.iter().zip(&trimmed) {
            if !looks_like_web_address(word) {
                continue;
            }
            let known = prepared
                .iter()
                .any(|(_, ft, fs, _)| ft.len() == 1 && fs.contains(word.as_str()));
            let reported = out.iter().any(|f: &Finding| {
                f.page == page_no
                    && f.text == line.visual
                    && matches!(&f.problem, Problem::Misread { read, .. } if read == token)
            });
            if !known && !reported {
                out.push(Finding {
                    page: page_no,
                    text: line.visual.clone(),
                    problem: Problem::Misread {
                        fact: Fact {
                            what: "web address".into(),
                            text: String::new(),
                        },
                        read: token.to_string(),
                    },
                });
            }
        }
    }
    out
}

fn misread(page_no: usize, line: &Line, fact: &Fact, read: String) -> Finding {
    Finding {
        page: page_no,
        text: line.visual.clone(),
        problem: Problem::Misread {
            fact: fact.clone(),
            read,
        },
    }
}

/// The stretch of a line from the first to the last of a fact's words, as read.
fn span_of(tokens: &[&str], trimmed: &[String], fact_tokens: &[String]) -> String {
    let hits: Vec<usize> = trimmed
        .iter()
        .enumerate()
        .filter(|(_, w)| fact_tokens.contains(w))
        .map(|(i, _)| i)
        .collect();
    match (hits.first(), hits.last()) {
        (Some(&a), Some(&b)) => tokens[a..=b].join(" "),
        _ => String::new(),
    }
}

/// Punctuation a sentence may put around a word; a slash is part of an address.
fn trim_token(token: &str) -> String {
    let edge = |c: char| is_invisible(c) || "()[]{}«»\"'“”‘’„,;:!?.…·،؛۔।".contains(c);
    token.trim_matches(edge).to_owned()
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .collect()
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// `https://…`, `www.…`, or a host name with a top-level domain (`stopncii.org`,
/// `ceop.police.uk/safety-centre`).
pub fn looks_like_web_address(word: &str) -> bool {
    if word.contains("http://") || word.contains("https://") || word.starts_with("www.") {
        return true;
    }
    let host = word.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && TLDS.contains(
            &labels
                .last()
                .expect("two labels")
                .to_ascii_lowercase()
                .as_str(),
        )
}

const TLDS: &[&str] = &[
    "uk", "org", "com", "net", "gov", "police", "nhs", "info", "io", "eu", "co", "wales", "scot",
    "cymru", "app", "me", "pl", "ro", "pt", "es", "ua", "in", "pk", "bd",
];

#[cfg(test)]
mod tests {
    use super::super::{Glyph, Run};
    use super::*;

    /// A page with one line drawn from `words`, each `(x, text)` one glyph per char.
    fn page(words: &[(f64, &str)]) -> Page {
        let mut glyphs = Vec::new();
        for (run, (x, w)) in words.iter().enumerate() {
            for (i, c) in w.chars().enumerate() {
                let x0 = x + i as f64 * 2.0;
                glyphs.push(Glyph {
                    pen: (x0, x0 + 2.0),
                    baseline: 10.0,
                    ink: Some(Rect::new(x0, 8.0, x0 + 1.8, 10.0)),
                    size_pt: 10.0,
                    text: c.to_string(),
                    run,
                    region: None,
                    mark: false,
                    rotated: false,
                    outline: None,
                });
            }
        }
        Page {
            trim: Rect::new(0.0, 0.0, 200.0, 100.0),
            runs: words
                .iter()
                .map(|(_, w)| Run {
                    text: w.to_string(),
                })
                .collect(),
            glyphs,
            regions: Vec::new(),
        }
    }

    fn fact(text: &str) -> Fact {
        Fact {
            what: "phone".into(),
            text: text.into(),
        }
    }

    fn read(words: &[(f64, &str)], facts: &[Fact]) -> Vec<Finding> {
        let p = page(words);
        check(1, &p, &lines(&p), facts)
    }

    #[test]
    fn a_phone_number_in_order_reads_right() {
        assert!(read(&[(0.0, "01632"), (12.0, "960456")], &[fact("01632 960456")]).is_empty());
    }

    #[test]
    fn a_phone_number_with_its_groups_swapped_is_misread() {
        let found = read(&[(0.0, "960456"), (14.0, "01632")], &[fact("01632 960456")]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            matches!(&found[0].problem, Problem::Misread { read, .. } if read == "960456 01632")
        );
    }

    #[test]
    fn a_slash_moved_to_the_front_of_a_url_is_misread() {
        let url = fact("https://revengepornhelpline.org.uk/");
        assert!(read(
            &[(0.0, "https://revengepornhelpline.org.uk/")],
            &[url.clone()]
        )
        .is_empty());
        let found = read(&[(0.0, "/https://revengepornhelpline.org.uk")], &[url]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_address_not_in_content_is_reported() {
        let found = read(
            &[(0.0, "see"), (10.0, "example.org.uk.")],
            &[fact("0800 1111")],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = read(&[(0.0, "stopncii.org")], &[fact("stopncii.org")]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_wide_gap_splits_a_row_into_two_lines() {
        let p = page(&[(0.0, "960456"), (100.0, "01632")]);
        assert_eq!(lines(&p).len(), 2);
        assert!(check(1, &p, &lines(&p), &[fact("01632 960456")]).is_empty());
    }

    #[test]
    fn web_addresses_are_told_from_words() {
        assert!(looks_like_web_address("stopncii.org"));
        assert!(looks_like_web_address("ceop.police.uk/safety-centre/"));
        assert!(!looks_like_web_address("10.00"));
        assert!(!looks_like_web_address("e.g"));
        assert!(!looks_like_web_address("a://"));
    }
}
