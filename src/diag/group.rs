//! Diagnostics, repeated warnings: the same warning seen by many outputs (8 messages of a
//! new venue missing in every locale × format) is shown once, with the outputs it concerns.

use std::collections::BTreeMap;

use super::{Diagnostic, Severity};

/// One output a warning names: `pl/school/card` (a build job, with a venue-details site as
/// `pl/school/riverside/card`) or `pl card (school)` (the fit check).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Output {
    locale: String,
    venue: String,
    format: String,
}

impl Output {
    fn shown(&self) -> String {
        format!("{} {} {}", self.locale, self.venue, self.format)
    }
}

/// `subject: rest` when the subject is an output, as (output, rest); the fit and proof
/// checks' `pl card (school), page 2: …` gives the rest `page 2: …`.
fn output_subject(message: &str) -> Option<(Output, &str)> {
    let name = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-_".contains(c))
    };
    // `locale format (venue)` then `: ` or `, `.
    if let Some(close) = message.find(')') {
        let (subject, tail) = (&message[..close], &message[close + 1..]);
        let rest = tail.strip_prefix(": ").or_else(|| tail.strip_prefix(", "));
        if let (Some(rest), Some((head, venue))) = (rest, subject.split_once(" (")) {
            if let Some((locale, format)) = head.split_once(' ') {
                if name(locale) && name(format) && name(venue) {
                    let output = Output {
                        locale: locale.to_owned(),
                        venue: venue.to_owned(),
                        format: format.to_owned(),
                    };
                    return Some((output, rest));
                }
            }
        }
    }
    // A build job: `locale/venue/format` or `locale/venue/site/format`.
    let (subject, rest) = message.split_once(": ")?;
    let parts: Vec<&str> = subject.split('/').collect();
    if !parts.iter().all(|p| name(p)) {
        return None;
    }
    let output = match parts.as_slice() {
        [locale, venue, format] => Output {
            locale: (*locale).to_owned(),
            venue: (*venue).to_owned(),
            format: (*format).to_owned(),
        },
        [locale, venue, site, format] => Output {
            locale: (*locale).to_owned(),
            venue: format!("{venue}/{site}"),
            format: (*format).to_owned(),
        },
        _ => return None,
    };
    Some((output, rest))
}

/// `text` with the locale code as a word (`locales/pl/`, `pl is …`) replaced by `with`.
fn replace_code(text: &str, code: &str, with: &str) -> String {
    let boundary =
        |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '+');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(code) {
        let end = at + code.len();
        out.push_str(&rest[..at]);
        if boundary(rest[..at].chars().next_back()) && boundary(rest[end..].chars().next()) {
            out.push_str(with);
        } else {
            out.push_str(code);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Groups warnings that say the same thing about different outputs into one, in the place
/// of the first, its message ending `(in N outputs: …)`; a locale named in its hints
/// becomes `<locale>` when the outputs are in several. Errors, and warnings about one
/// output or none, are kept as they are.
pub fn group_repeats(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    // The key: what the warning says once its output is taken out.
    type Key = (String, Option<String>, Vec<String>);
    let mut groups: BTreeMap<Key, Vec<(usize, Output)>> = BTreeMap::new();
    for (i, d) in diags.iter().enumerate() {
        if d.severity != Severity::Warning {
            continue;
        }
        if let Some((output, rest)) = output_subject(&d.message) {
            let hints = d
                .hints
                .iter()
                .map(|h| replace_code(h, &output.locale, "<locale>"))
                .collect();
            groups
                .entry((rest.to_owned(), d.location(), hints))
                .or_default()
                .push((i, output));
        }
    }
    let mut first_of: BTreeMap<usize, (Key, Vec<Output>)> = BTreeMap::new();
    let mut grouped = vec![false; diags.len()];
    for (key, members) in groups.into_iter().filter(|(_, m)| m.len() > 1) {
        for (i, _) in &members {
            grouped[*i] = true;
        }
        let outputs = members.iter().map(|(_, o)| o.clone()).collect();
        first_of.insert(members[0].0, (key, outputs));
    }
    let mut out = Vec::new();
    for (i, d) in diags.iter().enumerate() {
        if !grouped[i] {
            out.push(d.clone());
            continue;
        }
        let Some(((rest, _, hints), outputs)) = first_of.remove(&i) else {
            continue;
        };
        let mut merged = d.clone();
        merged.message = format!("{rest} (in {} outputs{})", outputs.len(), list(&outputs));
        let one_locale = outputs.iter().all(|o| o.locale == outputs[0].locale);
        if !one_locale {
            merged.hints = hints;
        }
        out.push(merged);
    }
    out
}

/// The outputs: every one when there are few (`pl school card, cy clinic leaflet`),
/// otherwise the locales × venues × formats they span, `: ` when they are every
/// combination, `, among ` when only some.
fn list(outputs: &[Output]) -> String {
    fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for v in values {
            if !out.contains(&v) {
                out.push(v);
            }
        }
        out
    }
    let locales = distinct(outputs.iter().map(|o| o.locale.clone()));
    let venues = distinct(outputs.iter().map(|o| o.venue.clone()));
    let formats = distinct(outputs.iter().map(|o| o.format.clone()));
    let product = locales.len() * venues.len() * formats.len();
    let axes = [locales, venues, formats]
        .iter()
        .map(|axis| axis.join(", "))
        .collect::<Vec<_>>()
        .join(" × ");
    if product == outputs.len() && product > 2 {
        format!(": {axes}")
    } else if outputs.len() <= 8 {
        format!(
            ": {}",
            outputs
                .iter()
                .map(Output::shown)
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        format!(", among {axes}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(job: &str, code: &str) -> Diagnostic {
        Diagnostic::warning(format!(
            "{job}: 2 message(s) missing, shown in English: a, b"
        ))
        .with_hint(format!("translate them in locales/{code}/"))
    }

    #[test]
    fn same_warning_for_many_outputs_is_one() {
        let mut diags = Vec::new();
        for code in ["pl", "cy"] {
            for format in ["card", "leaflet"] {
                diags.push(missing(&format!("{code}/school/{format}"), code));
            }
        }
        diags.push(Diagnostic::warning(
            "pl/clinic/card: 1 message(s) missing, shown in English: c",
        ));
        diags.push(Diagnostic::error("pl/school/card: broken"));
        let out = group_repeats(&diags);
        assert_eq!(out.len(), 3, "{out:#?}");
        assert_eq!(
            out[0].message,
            "2 message(s) missing, shown in English: a, b (in 4 outputs: pl, cy × school × card, leaflet)"
        );
        assert_eq!(out[0].hints, ["translate them in locales/<locale>/"]);
        assert!(out[1].message.starts_with("pl/clinic/card: "));
        assert!(out[2].is_error());
    }

    #[test]
    fn one_locale_keeps_its_hint_and_lists_outputs() {
        let diags = vec![
            missing("pl/school/card", "pl"),
            missing("pl/clinic/leaflet", "pl"),
        ];
        let out = group_repeats(&diags);
        assert_eq!(out.len(), 1);
        assert!(
            out[0]
                .message
                .ends_with("(in 2 outputs: pl school card, pl clinic leaflet)"),
            "{}",
            out[0].message
        );
        assert_eq!(out[0].hints, ["translate them in locales/pl/"]);
    }

    #[test]
    fn many_outputs_but_not_every_combination_name_what_they_span() {
        let mut diags = Vec::new();
        for code in ["ar", "bn", "cy"] {
            for format in ["card", "leaflet", "handout"] {
                if !(code == "ar" && format == "card") {
                    diags.push(missing(&format!("{code}/pharmacy/{format}"), code));
                }
            }
        }
        let out = group_repeats(&diags);
        assert_eq!(out.len(), 1);
        assert!(
            out[0].message.ends_with(
                "(in 8 outputs: ar pharmacy leaflet, ar pharmacy handout, bn pharmacy card, bn pharmacy leaflet, \
                 bn pharmacy handout, cy pharmacy card, cy pharmacy leaflet, cy pharmacy handout)"
            ),
            "{}",
            out[0].message
        );
        diags.push(missing("pl/pharmacy/card", "pl"));
        let out = group_repeats(&diags);
        assert!(
            out[0].message.ends_with(
                "(in 9 outputs, among ar, bn, cy, pl × pharmacy × leaflet, handout, card)"
            ),
            "{}",
            out[0].message
        );
    }

    #[test]
    fn fit_check_subjects() {
        let (o, rest) =
            output_subject("en-XA card (clinic): panel `front` overflows by 1.0 mm").unwrap();
        assert_eq!(
            (o.locale.as_str(), o.format.as_str(), o.venue.as_str()),
            ("en-XA", "card", "clinic")
        );
        assert_eq!(rest, "panel `front` overflows by 1.0 mm");
        let (o, rest) =
            output_subject("en-XA card (school), page 2: \"[Ẇħoo]\" runs 0.4 mm past the top")
                .unwrap();
        assert_eq!((o.locale.as_str(), o.venue.as_str()), ("en-XA", "school"));
        assert_eq!(rest, "page 2: \"[Ẇħoo]\" runs 0.4 mm past the top");
        assert!(output_subject("hint: something").is_none());
        assert!(output_subject("a note (see below): x").is_none());
        assert!(output_subject("dist: an earlier build was interrupted").is_none());
    }
}
