//! Check stage, protected facts: every phone number, web address and service name on an
//! output comes from content/resources.toml, so any of them typed into a translation is an
//! error — a copy of a known one (`0800 555 111`, `stopncii.org`), and just as much a number
//! or address that is not there at all (a transposed `0345 6000 495`, a made-up
//! `0800 123 4567`, `example.org.uk`), in any script's digits. Also invisible bidi controls,
//! which can reverse how a number is displayed.

use std::collections::BTreeMap;
use std::ops::Range;

use super::allow::AllowList;
use crate::diag::Diagnostic;
use crate::i18n::ftl::{EntryInfo, FtlIndex, Located};
use crate::source::ResourcesFile;

/// One kind of fact, and how to reference it instead.
#[derive(Debug, Clone)]
struct Fact {
    /// The fact as content/ writes it (e.g. `0800 555 111`).
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
    /// Every number variable with its number (`{ $emergency }` 999), for hints.
    number_refs: Vec<(String, String)>,
    /// Every web address variable with its short address, for hints.
    url_refs: Vec<(String, String)>,
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
            if let (Some(reference), Some(short)) = (&url_ref, domains.first()) {
                facts.url_refs.push((reference.clone(), short.clone()));
            }
            for domain in domains.into_iter().filter(|d| d.contains('.')) {
                let fact = facts
                    .domains
                    .entry(domain.to_ascii_lowercase())
                    .or_insert_with(|| Fact {
                        shown: domain,
                        references: Vec::new(),
                    });
                for reference in url_ref
                    .iter()
                    .cloned()
                    .chain([format!("{{ -{} }}", r.term)])
                {
                    if !fact.references.contains(&reference) {
                        fact.references.push(reference);
                    }
                }
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
        self.number_refs
            .push((reference.clone(), number.to_owned()));
        if let Some(rest) = digits.strip_prefix('0').filter(|r| r.len() >= 6) {
            add(&mut self.phones, &format!("44{rest}"), reference.clone());
        }
        add(&mut self.phones, &digits, reference);
        // Show the number as written in content/, not as bare digits.
        if let Some(f) = self.phones.get_mut(&digits) {
            f.shown = number.to_owned();
        }
    }

    /// The known number `digits` is, in any of the ways it can be written.
    fn phone(&self, digits: &str) -> Option<&Fact> {
        national_forms(digits).find_map(|d| self.phones.get(&d))
    }

    /// The known number a typed one is probably a mistyped copy of: a digit or two
    /// changed, dropped, added or swapped.
    fn close_phone(&self, digits: &str) -> Option<&Fact> {
        let typed = national_forms(digits).last().unwrap_or_default();
        self.phones
            .iter()
            .filter(|(known, _)| !known.starts_with("44"))
            .filter(|(known, _)| known.len().abs_diff(typed.len()) <= 1)
            .map(|(known, fact)| (edit_distance(known, &typed), fact))
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, fact)| fact)
    }

    /// The known domain `host` is, and the known domain it is a subdomain of.
    fn domain(&self, host: &str) -> (Option<&Fact>, Option<&Fact>) {
        let host = host.to_ascii_lowercase();
        let bare = host.strip_prefix("www.").unwrap_or(&host);
        if let Some(fact) = self.domains.get(bare).or_else(|| self.domains.get(&host)) {
            return (Some(fact), None);
        }
        let parent = self
            .domains
            .iter()
            .filter(|(known, _)| bare.ends_with(&format!(".{known}")))
            .max_by_key(|(known, _)| known.len())
            .map(|(_, fact)| fact);
        (None, parent)
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

/// `digits` and the national forms it may stand for: `0044…` and `44…` as `0…`, and the
/// `(0)` of `+44 (0)20 …` dropped.
fn national_forms(digits: &str) -> impl Iterator<Item = String> {
    let mut forms = vec![digits.to_owned()];
    let international = digits.strip_prefix("00").unwrap_or(digits);
    if let Some(rest) = international.strip_prefix("44").filter(|r| r.len() >= 9) {
        forms.push(format!("44{rest}"));
        let national = rest.strip_prefix('0').unwrap_or(rest);
        forms.push(format!("44{national}"));
        forms.push(format!("0{national}"));
    }
    forms.into_iter()
}

/// Where a check of typed facts is run: the locale, the allow-list, and the en-GB message
/// of the entry (for hints naming the placeables the English uses).
pub struct FactScope<'a> {
    pub locale: &'a str,
    pub allow: &'a AllowList,
    pub english: Option<&'a EntryInfo>,
}

/// Facts typed into any pattern of an entry (text and string literals, never comments),
/// except what the allow-list allows for this message.
pub fn typed_facts(facts: &ProtectedFacts, located: Located, scope: &FactScope) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (attr, refs) in located.entry.patterns() {
        let name = match attr {
            Some(a) => format!("{}.{a}", located.entry.id),
            None => located.entry.id.clone(),
        };
        let english = scope.english.and_then(|e| match attr {
            Some(a) => e.attribute(a).map(|a| &a.refs),
            None => e.value.as_ref(),
        });
        let english_vars: Vec<&String> = english
            .map(|r| r.variables.keys().collect())
            .unwrap_or_default();
        for (span, text) in &refs.texts {
            if span.is_empty() && !text.is_empty() {
                continue; // not a slice of the file (cannot happen for parsed text)
            }
            for hit in find_facts(facts, text) {
                let typed = &text[hit.range.clone()];
                if scope.allow.allows_fact(scope.locale, &name, typed) {
                    continue;
                }
                let range = span.start + hit.range.start..span.start + hit.range.end;
                let d = diagnostic(
                    located.file,
                    range,
                    &name,
                    typed,
                    &hit,
                    facts,
                    &english_vars,
                );
                out.push(d.with_hint(format!(
                    "if this exact text is meant and has been reviewed, a maintainer can allow it for this message in \
                     {} ([[fact]] locale = \"{}\", message = \"{name}\", text = \"{}\", reviewed-by = \"…\")",
                    super::allow::ALLOWED,
                    scope.locale,
                    typed.replace('\\', "\\\\").replace('"', "\\\"")
                )));
            }
        }
    }
    out
}

/// What kind of fact a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Phone,
    Address,
    Name,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Self::Phone => "phone number",
            Self::Address => "web address",
            Self::Name => "service name",
        }
    }
}

/// A fact found in a text: where, which kind, and the fact from content/ it is (or, for a
/// number or address that is not in content/, the one it is probably a mistyped copy of).
#[derive(Debug, Clone)]
pub struct Hit {
    pub range: Range<usize>,
    pub kind: Kind,
    known: Option<Fact>,
    close: Option<Fact>,
}

impl Hit {
    /// Whether the typed fact is one of content/'s (rather than a number or address that
    /// is not there at all).
    pub fn is_known(&self) -> bool {
        self.known.is_some()
    }
}

fn diagnostic(
    file: &FtlIndex,
    range: Range<usize>,
    message: &str,
    typed: &str,
    hit: &Hit,
    facts: &ProtectedFacts,
    english_vars: &[&String],
) -> Diagnostic {
    const WHY: &str = "numbers, web addresses and service names are inserted from content/resources.toml, where each \
                       was checked against the service's own site, so a correction there reaches every language; a \
                       typed one can be wrong or go stale";
    let noun = hit.kind.noun();
    if let Some(fact) = &hit.known {
        return file
            .error_at(
                range,
                format!(
                    "`{message}` types the {noun} `{}` instead of referencing it",
                    fact.shown
                ),
            )
            .with_label(format!("write {} here", fact.references.join(" or ")))
            .with_hint(WHY);
    }
    let d = file.error_at(
        range,
        format!("`{message}` types the {noun} `{typed}`, which is not in content/resources.toml"),
    );
    if let Some(close) = &hit.close {
        let refs = close.references.join(" or ");
        return d
            .with_label(format!("write {refs} here"))
            .with_hint(format!(
                "this looks like a mistyped `{}`, which {refs} prints; {WHY}",
                close.shown
            ));
    }
    let (list, plural) = match hit.kind {
        Kind::Phone => (&facts.number_refs, "phone numbers"),
        _ => (&facts.url_refs, "web addresses"),
    };
    // The placeables of this kind the English of the message uses: most likely the one meant.
    let in_english: Vec<String> = english_vars
        .iter()
        .map(|v| format!("{{ ${v} }}"))
        .filter(|r| list.iter().any(|(known, _)| known == r))
        .collect();
    let known: Vec<String> = list
        .iter()
        .map(|(r, shown)| format!("{r} ({shown})"))
        .collect();
    let d = d.with_label(format!("no {noun} may be typed: use a placeable"));
    let d = if in_english.is_empty() {
        d
    } else {
        d.with_hint(format!(
            "the English of this message uses {}",
            in_english.join(", ")
        ))
    };
    d.with_hint(format!(
        "the {plural} in content/resources.toml: {}; a service that is not there is added by a maintainer (a \
         `[[resources]]` entry), then referenced",
        known.join(", ")
    ))
}

/// Every fact in `text`: web addresses and domains (any `http(s)://`, `www.` or `name.tld`),
/// phone numbers (any phone-like run of digits in any script, with or without +44, spaces
/// or hyphens, and every number of content/ however short), and service names as whole
/// words. Known ones carry their fact.
pub fn find_facts(facts: &ProtectedFacts, text: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (range, host) in addresses(text) {
        let (known, close) = facts.domain(&host);
        hits.push(Hit {
            range,
            kind: Kind::Address,
            known: known.cloned(),
            close: close.cloned(),
        });
    }
    for run in number_runs(text) {
        if overlaps(&hits, &run.range) {
            continue;
        }
        if let Some(fact) = facts.phone(&run.digits) {
            hits.push(Hit {
                range: run.range,
                kind: Kind::Phone,
                known: Some(fact.clone()),
                close: None,
            });
        } else if run.is_phone_like() {
            hits.push(Hit {
                range: run.range,
                kind: Kind::Phone,
                known: None,
                close: facts.close_phone(&run.digits).cloned(),
            });
        } else {
            for (range, digits) in known_numbers_in(&run, facts) {
                hits.push(Hit {
                    range,
                    kind: Kind::Phone,
                    known: facts.phone(&digits).cloned(),
                    close: None,
                });
            }
        }
    }
    for (name, fact) in &facts.names {
        for range in find_words(text, name) {
            if !overlaps(&hits, &range) {
                hits.push(Hit {
                    range,
                    kind: Kind::Name,
                    known: Some(fact.clone()),
                    close: None,
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
fn find_words(text: &str, needle: &str) -> Vec<Range<usize>> {
    let (hay, pat) = (text.as_bytes(), needle.as_bytes());
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
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push(start..end);
        }
    }
    out
}

/// Web addresses in `text`, each as its whole typed extent and its host: anything with a
/// scheme (`https://…`) or starting `www.`, and bare domains (`example.org.uk`,
/// `help@foo.com`) whose last label is a top-level domain.
fn addresses(text: &str) -> Vec<(Range<usize>, String)> {
    // A run of ASCII that can be part of an address; brackets, quotes and commas end it.
    let inside = |c: char| c.is_ascii_graphic() && !"\"'()<>[]{}`,".contains(c);
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some(start) = text[at..].find(inside).map(|i| at + i) else {
            break;
        };
        let len = text[start..]
            .find(|c: char| !inside(c))
            .unwrap_or(text.len() - start);
        at = start + len;
        let token = text[start..start + len].trim_end_matches(['.', ';', ':', '!', '?']);
        let lead = token.len()
            - token
                .trim_start_matches(['.', ';', ':', '!', '?', '-'])
                .len();
        let token = &token[lead..];
        let start = start + lead;
        if let Some(host) = address_host(token) {
            out.push((start..start + token.len(), host));
        }
    }
    out
}

/// The host of `token` when it is a web address.
fn address_host(token: &str) -> Option<String> {
    let lower = token.to_ascii_lowercase();
    let (explicit, rest) = match lower.split_once("://") {
        Some((scheme, rest))
            if scheme.chars().all(|c| c.is_ascii_alphabetic()) && !scheme.is_empty() =>
        {
            (true, rest)
        }
        _ => (lower.starts_with("www."), lower.as_str()),
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    if explicit {
        return (!host.is_empty()).then(|| host.to_owned());
    }
    // A bare domain: labels of letters, digits and hyphens; the last one a top-level
    // domain typed in lower case (abbreviations such as `EE.UU.` are upper case), the one
    // before it at least two characters (`m.in.`, `p.ex.` are abbreviations).
    let typed_host = &token[token.len() - rest.len()..];
    let typed_host = typed_host.split(['/', '?', '#']).next().unwrap_or_default();
    let typed_host = typed_host.rsplit('@').next().unwrap_or_default();
    let labels: Vec<&str> = typed_host.split('.').collect();
    if labels.len() < 2
        || labels.iter().any(|l| {
            l.is_empty()
                || l.starts_with('-')
                || l.ends_with('-')
                || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    {
        return None;
    }
    let tld = labels[labels.len() - 1];
    let second = labels[labels.len() - 2];
    (second.len() >= 2 && is_tld(tld)).then(|| typed_host.to_ascii_lowercase())
}

/// Top-level domains: every country's, and the generic ones a service might use.
fn is_tld(label: &str) -> bool {
    const GENERIC: &[&str] = &[
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "name", "pro", "mobi",
        "app", "dev", "online", "site", "web", "shop", "blog", "news", "help", "charity", "ngo",
        "wales", "cymru", "scot", "london", "nhs",
    ];
    const COUNTRIES: &str = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo \
        br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es \
        et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im \
        in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me \
        mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph \
        pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz \
        tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";
    label.chars().all(|c| c.is_ascii_lowercase())
        && (GENERIC.contains(&label)
            || (label.len() == 2 && COUNTRIES.split_whitespace().any(|c| c == label)))
}

/// A run of digit groups written as one number (`+44 345 6000 459`, `0800-555-111`).
#[derive(Debug, Clone)]
struct NumberRun {
    /// From the `+` (if any) to the last digit.
    range: Range<usize>,
    plus: bool,
    /// The groups: byte range and ASCII digits.
    groups: Vec<(Range<usize>, String)>,
    /// What separates each group from the next.
    separators: Vec<String>,
    /// Every digit, in ASCII.
    digits: String,
}

impl NumberRun {
    /// Whether the run can only be a phone number: five digits or more, and not a
    /// quantity written in thousands (`10 000`), a year range (`2024-2025`) or a date
    /// (`2026-11-25`). Shorter numbers (999, 101, 55, 18, 24/7, 10:00, 2024) are ages,
    /// hours and years — unless content/ has them, which is checked separately.
    fn is_phone_like(&self) -> bool {
        if self.digits.len() < 5 {
            return false;
        }
        if self.plus || self.groups.len() == 1 {
            return true;
        }
        let sizes: Vec<usize> = self.groups.iter().map(|(_, d)| d.len()).collect();
        let spaced = self.separators.iter().all(|s| s.chars().all(is_space));
        let hyphenated = self.separators.iter().all(|s| s == "-");
        let first = &self.groups[0].1;
        // 116 123 and 116 111: the European helplines are written like thousands.
        let helpline = first == "116" && sizes == [3, 3];
        let thousands = spaced
            && (1..=3).contains(&sizes[0])
            && !first.starts_with('0')
            && sizes[1..].iter().all(|s| *s == 3);
        let year = |d: &str| d.len() == 4 && (d.starts_with("19") || d.starts_with("20"));
        let years = self.groups.iter().all(|(_, d)| year(d));
        let date = hyphenated
            && sizes.len() == 3
            && year(first)
            && sizes[1..].iter().all(|s| (1..=2).contains(s));
        helpline || !(thousands || years || date)
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Every maximal run of digit groups joined as one number.
fn number_runs(text: &str) -> Vec<NumberRun> {
    let groups = digit_groups(text);
    let mut runs: Vec<NumberRun> = Vec::new();
    for (i, group) in groups.iter().enumerate() {
        let separator = (i > 0)
            .then(|| joined(text, &groups[i - 1].0, &group.0))
            .flatten();
        match (separator, runs.last_mut()) {
            (Some(separator), Some(run)) => {
                run.range.end = group.0.end;
                run.digits.push_str(&group.1);
                run.groups.push(group.clone());
                run.separators.push(separator);
            }
            _ => {
                let plus = text[..group.0.start].ends_with(['+', '\u{ff0b}']);
                let start = if plus {
                    text[..group.0.start]
                        .char_indices()
                        .next_back()
                        .map_or(0, |(i, _)| i)
                } else {
                    group.0.start
                };
                runs.push(NumberRun {
                    range: start..group.0.end,
                    plus,
                    groups: vec![group.clone()],
                    separators: Vec::new(),
                    digits: group.1.clone(),
                });
            }
        }
    }
    runs
}

/// Numbers of content/ inside a run that is not phone-like as a whole (`999 101`): the
/// longest match from each group wins.
fn known_numbers_in(run: &NumberRun, facts: &ProtectedFacts) -> Vec<(Range<usize>, String)> {
    let groups = &run.groups;
    // A number longer than every protected one cannot match: stop there (thousands of
    // joined groups, `100 000 000 …`, would otherwise take quadratic time).
    let longest = facts.phones.keys().map(String::len).max().unwrap_or(0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut best = None;
        let mut digits = String::new();
        for (j, group) in groups.iter().enumerate().skip(i) {
            digits.push_str(&group.1);
            if digits.len() > longest {
                break;
            }
            if facts.phones.contains_key(&digits) {
                best = Some((j, digits.clone()));
            }
        }
        match best {
            Some((j, digits)) => {
                let start = if i == 0 {
                    run.range.start
                } else {
                    groups[i].0.start
                };
                out.push((start..groups[j].0.end, digits));
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

/// What joins two digit groups into one number, if they are one: a single space or
/// hyphen (`0800 555 111`, `0800-555-111`), or the brackets of a trunk `(0)`
/// (`+44 (0)20 7946 0000`).
fn joined(text: &str, a: &Range<usize>, b: &Range<usize>) -> Option<String> {
    let between = &text[a.end..b.start];
    let mut chars = between.chars();
    let single = matches!(
        (chars.next(), chars.next()),
        (Some(c), None) if is_space(c) || c == '-' || c == '\u{2011}'
    );
    let opens_trunk = matches!(between, " (" | "(" | "\u{a0}(")
        && &text[b.clone()] == "0"
        && text[b.end..].starts_with(')');
    let closes_trunk = matches!(between, ")" | ") " | ")\u{a0}")
        && &text[a.clone()] == "0"
        && text[..a.start].ends_with('(');
    (single || opens_trunk || closes_trunk).then(|| between.to_owned())
}

/// The value of a decimal digit in any common script (Arabic-Indic, Extended
/// Arabic-Indic as in Urdu, Devanagari, Bengali, Gurmukhi, Gujarati, …).
fn digit_value(c: char) -> Option<char> {
    const ZEROS: [u32; 24] = [
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0xA9D0, 0xFF10,
    ];
    let c = c as u32;
    ZEROS
        .iter()
        .find_map(|z| c.checked_sub(*z).filter(|d| *d < 10))
        .and_then(|d| char::from_digit(d, 10))
}

/// Optimal string alignment distance: substitutions, insertions, deletions and swaps of
/// two neighbouring digits each count one.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
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
        f.add_phone("0345 6000 459", "{ $helpline-phone }".into());
        f.add_phone("999", "{ $emergency }".into());
        f.add_phone("55", "{ $silent-solution }".into());
        add(
            &mut f.domains,
            "crimestoppers-uk.org",
            "{ $crimestoppers-url }".into(),
        );
        add(&mut f.domains, "police.uk", "{ -police-uk }".into());
        add(&mut f.names, "Crimestoppers", "{ -crimestoppers }".into());
        f
    }

    /// (kind, known, typed) of every hit.
    fn hits(text: &str) -> Vec<(Kind, bool, String)> {
        find_facts(&facts(), text)
            .into_iter()
            .map(|h| (h.kind, h.is_known(), text[h.range].to_owned()))
            .collect()
    }

    fn phone(known: bool, typed: &str) -> Vec<(Kind, bool, String)> {
        vec![(Kind::Phone, known, typed.to_owned())]
    }

    #[test]
    fn known_numbers_digit_wise() {
        assert_eq!(hits("Ring 0800 555 111 now"), phone(true, "0800 555 111"));
        assert_eq!(hits("Ring 0800555111."), phone(true, "0800555111"));
        assert_eq!(hits("Ring +44 800 555 111"), phone(true, "+44 800 555 111"));
        assert_eq!(
            hits("Ring 0044 800-555-111"),
            phone(true, "0044 800-555-111")
        );
        assert_eq!(
            hits("Ring +44 (0)800 555 111"),
            phone(true, "+44 (0)800 555 111")
        );
        assert_eq!(hits("اتصل ب ٩٩٩"), phone(true, "٩٩٩"));
        assert_eq!(hits("Press 55."), phone(true, "55"));
        assert!(hits("Room 9999 or 99").is_empty());
    }

    #[test]
    fn any_phone_like_number_in_any_script() {
        // Transposed, made up, Arabic-Indic, Urdu, Bengali, Devanagari, Gurmukhi, Gujarati.
        assert_eq!(hits("Ring 0345 6000 495."), phone(false, "0345 6000 495"));
        assert_eq!(hits("Ring 0800 123 4567."), phone(false, "0800 123 4567"));
        assert_eq!(hits("اتصل ٠٨٠٠ ١٢٣ ٤٥٦٧"), phone(false, "٠٨٠٠ ١٢٣ ٤٥٦٧"));
        assert_eq!(hits("فون ۰۸۰۰۱۲۳۴۵۶۷"), phone(false, "۰۸۰۰۱۲۳۴۵۶۷"));
        assert_eq!(hits("০৮০০ ১২৩ ৪৫৬৭"), phone(false, "০৮০০ ১২৩ ৪৫৬৭"));
        assert_eq!(hits("०८०० १२३ ४५६७"), phone(false, "०८०० १२३ ४५६७"));
        assert_eq!(hits("੦੮੦੦ ੧੨੩ ੪੫੬੭"), phone(false, "੦੮੦੦ ੧੨੩ ੪੫੬੭"));
        assert_eq!(hits("૦૮૦૦ ૧૨૩ ૪૫૬૭"), phone(false, "૦૮૦૦ ૧૨૩ ૪૫૬૭"));
        assert_eq!(hits("+48 22 123 45 67"), phone(false, "+48 22 123 45 67"));
        assert_eq!(hits("Zadzwoń: 116 111"), phone(false, "116 111"));
        assert_eq!(hits("text 18000"), phone(false, "18000"));
    }

    #[test]
    fn short_numbers_times_years_and_quantities_are_not_phone_numbers() {
        for text in [
            "under 18, 18+, 24/7, 24 hours, 7 days",
            "10:00 to 16:00, 10am to 4pm",
            "UKCIS advice, March 2024; 2024-2025; 2026-11-25",
            "10 on an A4 sheet, A5, 2FA",
            "over 10 000 images, 1 000 000 people",
            "101 is not 1010",
        ] {
            assert!(hits(text).iter().all(|h| h.1), "{text}: {:?}", hits(text));
        }
    }

    #[test]
    fn a_mistyped_number_names_the_number_it_resembles() {
        let f = facts();
        let close = |digits: &str| f.close_phone(digits).map(|c| c.references.join(" "));
        assert_eq!(close("03456000495").as_deref(), Some("{ $helpline-phone }"));
        assert_eq!(
            close("443456000495").as_deref(),
            Some("{ $helpline-phone }")
        );
        assert_eq!(
            close("08005551111").as_deref(),
            Some("{ $crimestoppers-phone }")
        );
        assert_eq!(close("08001234567"), None);
    }

    #[test]
    fn web_addresses_and_domains() {
        let address = |known: bool, typed: &str| vec![(Kind::Address, known, typed.to_owned())];
        assert_eq!(
            hits("See https://Crimestoppers-UK.org/x."),
            address(true, "https://Crimestoppers-UK.org/x")
        );
        assert_eq!(hits("(www.police.uk)"), address(true, "www.police.uk"));
        assert_eq!(
            hits("Visit example.org.uk, today"),
            address(false, "example.org.uk")
        );
        assert_eq!(hits("Visit foo.com/help."), address(false, "foo.com/help"));
        assert_eq!(hits("http://x.y/z"), address(false, "http://x.y/z"));
        assert_eq!(
            hits("mail help@charity.org.uk"),
            address(false, "help@charity.org.uk")
        );
        assert_eq!(hits("«www.exemplo.pt»"), address(false, "www.exemplo.pt"));
        let sub = find_facts(&facts(), "fake.police.uk");
        assert!(
            sub[0].close.is_some(),
            "a subdomain names its parent's placeable"
        );
        for text in [
            "e.g. this, i.e. that",
            "np. to, m.in. tamto",
            "EE.UU.",
            "guide.pdf",
            "1.5 km",
            "end. Next",
        ] {
            assert!(hits(text).is_empty(), "{text}: {:?}", hits(text));
        }
    }

    #[test]
    fn service_names() {
        assert_eq!(
            hits("Call CRIMESTOPPERS."),
            [(Kind::Name, true, "CRIMESTOPPERS".to_owned())]
        );
        assert!(hits("crimestoppersx").is_empty());
    }

    #[test]
    fn many_joined_groups_stay_linear() {
        let text = "100 000 ".repeat(20_000);
        let started = std::time::Instant::now();
        let _ = hits(&text);
        assert!(started.elapsed().as_secs() < 5);
    }
}
