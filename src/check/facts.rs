//! Check stage, protected facts: phone numbers, web addresses and service names typed into
//! a translation instead of referenced (`{ $crimestoppers-phone }`, `{ -childline }`), and
//! invisible bidi controls that can reverse how a number is displayed.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diag::Diagnostic;
use crate::i18n::ftl::{FtlIndex, Located};
use crate::source::ResourcesFile;

/// One kind of fact, and how to reference it instead.
#[derive(Debug, Clone)]
struct Fact {
    /// What the translator typed, as shown in the message (e.g. `0800 555 111`).
    shown: String,
    /// The placeables to use instead (`{ $crimestoppers-phone }`).
    references: Vec<String>,
}

/// Every fact from content/resources.toml that must never be typed.
#[derive(Debug, Clone, Default)]
pub struct ProtectedFacts {
    /// Digits only (and the +44 form of UK numbers) → fact.
    phones: BTreeMap<String, Fact>,
    /// Lower-case domain (`crimestoppers-uk.org`, `police.uk`) → fact.
    domains: BTreeMap<String, Fact>,
    /// Lower-case service name → fact.
    names: BTreeMap<String, Fact>,
}

impl ProtectedFacts {
    pub fn new(resources: &ResourcesFile) -> Self {
        let mut facts = Self::default();
        for (key, number) in &resources.numbers {
            facts.add_phone(number, format!("{{ ${key} }}"));
        }
        for r in &resources.resources {
            let id = r.id.get_ref();
            if let Some(phone) = &r.phone {
                facts.add_phone(phone.get_ref(), format!("{{ ${id}-phone }}"));
            }
            let url_ref = r.url.as_ref().map(|_| format!("{{ ${id}-url }}"));
            let mut domains: Vec<String> = r
                .short_url
                .iter()
                .map(|s| s.trim_end_matches('/').to_owned())
                .collect();
            if let Some(url) = &r.url {
                let host = url
                    .get_ref()
                    .split("://")
                    .nth(1)
                    .unwrap_or_default()
                    .split('/')
                    .next()
                    .unwrap_or_default();
                domains.push(host.to_owned());
                domains.push(host.trim_start_matches("www.").to_owned());
            }
            for domain in domains.into_iter().filter(|d| d.contains('.')) {
                let fact = facts
                    .domains
                    .entry(domain.to_ascii_lowercase())
                    .or_insert_with(|| Fact {
                        shown: domain,
                        references: Vec::new(),
                    });
                fact.references.extend(url_ref.clone());
                fact.references.push(format!("{{ -{} }}", r.term));
            }
            add(&mut facts.names, &r.name, format!("{{ -{} }}", r.term));
        }
        for (term, name) in &resources.names {
            add(&mut facts.names, name, format!("{{ -{term} }}"));
        }
        facts
    }

    fn add_phone(&mut self, number: &str, reference: String) {
        let digits: String = number.chars().filter_map(digit_value).collect();
        if digits.is_empty() {
            return;
        }
        if let Some(rest) = digits.strip_prefix('0').filter(|r| r.len() >= 6) {
            add(&mut self.phones, &format!("44{rest}"), reference.clone());
        }
        add(&mut self.phones, &digits, reference);
        // Show the number as written in content/, not as bare digits.
        if let Some(f) = self
            .phones
            .get_mut(&number.chars().filter_map(digit_value).collect::<String>())
        {
            f.shown = number.to_owned();
        }
    }
}

fn add(map: &mut BTreeMap<String, Fact>, key: &str, reference: String) {
    let fact = map.entry(key.to_lowercase()).or_insert_with(|| Fact {
        shown: key.to_owned(),
        references: Vec::new(),
    });
    if !fact.references.contains(&reference) {
        fact.references.push(reference);
    }
}

/// Facts typed into any pattern of an entry (text and string literals, never comments).
pub fn typed_facts(facts: &ProtectedFacts, located: Located) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (attr, refs) in located.entry.patterns() {
        let name = match attr {
            Some(a) => format!("{}.{a}", located.entry.id),
            None => located.entry.id.clone(),
        };
        for (span, text) in &refs.texts {
            if span.is_empty() && !text.is_empty() {
                continue; // not a slice of the file (cannot happen for parsed text)
            }
            for hit in find_facts(facts, text) {
                let range = span.start + hit.range.start..span.start + hit.range.end;
                out.push(diagnostic(located.file, range, &name, &hit));
            }
        }
    }
    out
}

/// A fact found in a text: where, which kind, and the fact.
#[derive(Debug, Clone)]
pub struct Hit {
    pub range: Range<usize>,
    pub kind: &'static str,
    shown: String,
    references: Vec<String>,
}

fn diagnostic(file: &FtlIndex, range: Range<usize>, message: &str, hit: &Hit) -> Diagnostic {
    file.error_at(range, format!("`{message}` types the {} `{}` instead of referencing it", hit.kind, hit.shown))
        .with_label(format!("write {} here", hit.references.join(" or ")))
        .with_hint(
            "numbers, web addresses and service names are inserted from content/resources.toml, so a correction \
             there reaches every language; a retyped one can be wrong or go stale",
        )
}

/// Every protected fact in `text`: phone numbers digit-wise (spaces ignored, any script's
/// digits), domains and URLs case-insensitively, service names as whole words.
pub fn find_facts(facts: &ProtectedFacts, text: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (range, digits) in digit_runs(text, facts) {
        let fact = &facts.phones[&digits];
        hits.push(Hit {
            range,
            kind: "phone number",
            shown: fact.shown.clone(),
            references: fact.references.clone(),
        });
    }
    for (domain, fact) in &facts.domains {
        for range in find_words(text, domain, true) {
            let range = url_token(text, range);
            if !overlaps(&hits, &range) {
                hits.push(Hit {
                    range,
                    kind: "web address",
                    shown: fact.shown.clone(),
                    references: fact.references.clone(),
                });
            }
        }
    }
    for (name, fact) in &facts.names {
        for range in find_words(text, name, false) {
            if !overlaps(&hits, &range) {
                hits.push(Hit {
                    range,
                    kind: "service name",
                    shown: fact.shown.clone(),
                    references: fact.references.clone(),
                });
            }
        }
    }
    hits.sort_by_key(|h| h.range.start);
    hits
}

fn overlaps(hits: &[Hit], range: &Range<usize>) -> bool {
    hits.iter()
        .any(|h| h.range.start < range.end && range.start < h.range.end)
}

/// Case-insensitive (ASCII) matches of `needle` not inside a longer word.
fn find_words(text: &str, needle: &str, domain: bool) -> Vec<Range<usize>> {
    let (hay, pat) = (text.as_bytes(), needle.as_bytes());
    let inner = |c: char| c.is_alphanumeric() || (domain && c == '-');
    let mut out = Vec::new();
    if pat.is_empty() || hay.len() < pat.len() {
        return out;
    }
    for start in 0..=hay.len() - pat.len() {
        let end = start + pat.len();
        if !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
            || !hay[start..end].eq_ignore_ascii_case(pat)
        {
            continue;
        }
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(inner) && !after.is_some_and(inner) {
            out.push(start..end);
        }
    }
    out
}

/// Widens a domain match to the whole address around it (`https://www.police.uk/advice/`).
fn url_token(text: &str, range: Range<usize>) -> Range<usize> {
    let stop = |c: char| c.is_whitespace() || "()<>\"“”‘’«»".contains(c);
    let start = text[..range.start]
        .char_indices()
        .rev()
        .take_while(|(_, c)| !stop(*c))
        .last()
        .map_or(range.start, |(i, _)| i);
    let tail = &text[range.end..];
    let len = tail
        .char_indices()
        .find(|(_, c)| stop(*c))
        .map_or(tail.len(), |(i, _)| i);
    let end = range.end
        + tail[..len]
            .trim_end_matches(['.', ',', ';', ':', '!', '?'])
            .len();
    start..end
}

/// Runs of digit groups separated by single spaces or hyphens, matched against the
/// protected numbers; the longest match from each group wins.
fn digit_runs(text: &str, facts: &ProtectedFacts) -> Vec<(Range<usize>, String)> {
    let groups = digit_groups(text);
    // A run longer than every protected number cannot match: stop there (thousands of
    // joined groups, `1 1 1 …`, would otherwise take quadratic time).
    let longest = facts.phones.keys().map(String::len).max().unwrap_or(0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut best = None;
        let mut digits = String::new();
        for j in i..groups.len() {
            if j > i && !joined(text, &groups[j - 1].0, &groups[j].0) {
                break;
            }
            digits.push_str(&groups[j].1);
            if digits.len() > longest {
                break;
            }
            if facts.phones.contains_key(&digits) {
                best = Some((j, digits.clone()));
            }
        }
        match best {
            Some((j, digits)) => {
                out.push((groups[i].0.start..groups[j].0.end, digits));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Maximal runs of digits (any script) with their byte ranges and ASCII digits.
fn digit_groups(text: &str) -> Vec<(Range<usize>, String)> {
    let mut groups: Vec<(Range<usize>, String)> = Vec::new();
    let mut current: Option<(Range<usize>, String)> = None;
    for (i, c) in text.char_indices() {
        match (digit_value(c), current.as_mut()) {
            (Some(d), Some((range, digits))) => {
                range.end = i + c.len_utf8();
                digits.push(d);
            }
            (Some(d), None) => current = Some((i..i + c.len_utf8(), d.to_string())),
            (None, _) => groups.extend(current.take()),
        }
    }
    groups.extend(current);
    groups
}

/// Whether two digit groups are one number written with a separator (`0800 555 111`).
fn joined(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let between = &text[a.end..b.start];
    let mut chars = between.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '-'), None)
    )
}

/// The value of a decimal digit in any common script (Arabic-Indic, Devanagari, …).
fn digit_value(c: char) -> Option<char> {
    const ZEROS: [u32; 19] = [
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0xFF10,
    ];
    let c = c as u32;
    ZEROS
        .iter()
        .find_map(|z| c.checked_sub(*z).filter(|d| *d < 10))
        .and_then(|d| char::from_digit(d, 10))
}

/// Every run of bidi control characters in a file (the loader reports the same, so a
/// build refuses the locale too; the two findings dedupe).
pub fn bidi_controls(file: &FtlIndex) -> Vec<Diagnostic> {
    crate::source::locale_checks::bidi_controls(&file.path, &file.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> ProtectedFacts {
        let mut f = ProtectedFacts::default();
        f.add_phone("0800 555 111", "{ $crimestoppers-phone }".into());
        f.add_phone("999", "{ $emergency }".into());
        add(
            &mut f.domains,
            "crimestoppers-uk.org",
            "{ $crimestoppers-url }".into(),
        );
        add(&mut f.names, "Crimestoppers", "{ -crimestoppers }".into());
        f
    }

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        find_facts(&facts(), text)
            .into_iter()
            .map(|h| (h.kind, text[h.range].to_owned()))
            .collect()
    }

    #[test]
    fn phone_numbers_digit_wise() {
        assert_eq!(
            kinds("Ring 0800 555 111 now"),
            [("phone number", "0800 555 111".to_owned())]
        );
        assert_eq!(
            kinds("Ring 0800555111."),
            [("phone number", "0800555111".to_owned())]
        );
        assert_eq!(
            kinds("Ring +44 800 555 111"),
            [("phone number", "44 800 555 111".to_owned())]
        );
        assert_eq!(kinds("اتصل ب ٩٩٩"), [("phone number", "٩٩٩".to_owned())]);
        assert!(kinds("Room 9999 or 99").is_empty());
    }

    #[test]
    fn domains_and_names() {
        assert_eq!(
            kinds("See https://Crimestoppers-UK.org/x."),
            [("web address", "https://Crimestoppers-UK.org/x".to_owned())]
        );
        assert_eq!(
            kinds("Call CRIMESTOPPERS."),
            [("service name", "CRIMESTOPPERS".to_owned())]
        );
        assert!(kinds("crimestoppersx").is_empty());
    }
}
