//! Check stage, text checks: what can be seen in the FTL files without laying anything
//! out — syntax, duplicates, coverage against en-GB, variable and term parity, references,
//! facts and bidi controls, review status — and content IDs that en-GB must define.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::{facts, CheckKind, Context, Finding};
use crate::diag::Diagnostic;
use crate::i18n::ftl::{EntryInfo, EntryKind, LocaleIndex, Located, Refs};
use crate::i18n::status::{self, Sidecar, State};
use crate::i18n::SOURCE_LOCALE;
use crate::source::{LocaleSource, MessageRef, SourceFile};

/// Every text check for one locale.
pub fn check_locale(ctx: &Context, locale: &LocaleSource) -> Vec<Finding> {
    let code = locale.code();
    let index = if code == SOURCE_LOCALE {
        ctx.source.clone()
    } else {
        LocaleIndex::new(locale)
    };
    let mut out = Findings {
        code,
        list: Vec::new(),
    };
    for d in &index.syntax {
        out.push(CheckKind::Syntax, d.clone());
    }
    duplicates(&index, &mut out);
    for file in &index.files {
        for d in facts::bidi_controls(file) {
            out.push(CheckKind::Bidi, d);
        }
    }
    let english = ctx.source.messages();
    for located in index.all() {
        let scope = facts::FactScope {
            locale: code,
            allow: &ctx.allow,
            english: (located.entry.kind == EntryKind::Message)
                .then(|| english.get(located.entry.id.as_str()).map(|l| l.entry))
                .flatten(),
        };
        for d in facts::typed_facts(&ctx.facts, located, &scope) {
            out.push(CheckKind::Fact, d);
        }
    }
    references(ctx, &index, &mut out);
    for d in crate::easy_read::check::check_locale(ctx.project, locale) {
        out.push(CheckKind::EasyRead, d);
    }
    if code != SOURCE_LOCALE {
        coverage(ctx, &index, &mut out);
        parity(ctx, &index, &mut out);
        outdated(ctx, locale, &index, &mut out);
        if !crate::i18n::pseudo::is_pseudo(code) {
            discreet(ctx, locale, &index, &mut out);
        }
    }
    out.list
}

/// The discreet card's messages (`discreet-*`) must not give it away in this language: a
/// locale that translates them lists its words in locale.toml's `discreet-avoid-words`
/// (the build refuses the card otherwise), and no message may contain one of them or of
/// the discreet formats' English `avoid-words`.
fn discreet(ctx: &Context, locale: &LocaleSource, index: &LocaleIndex, out: &mut Findings) {
    let own = &locale.meta.data.discreet_avoid_words;
    let words: Vec<String> = ctx
        .project
        .formats
        .iter()
        .filter(|f| f.data.discreet)
        .flat_map(|f| f.data.avoid_words.iter())
        .chain(own)
        .map(|w| w.to_lowercase())
        .collect();
    let mut translated = false;
    for file in &index.files {
        for entry in file
            .entries
            .iter()
            .filter(|e| e.id.starts_with("discreet-"))
        {
            translated = true;
            let text = entry.normalized.to_lowercase();
            // The message's text, after `id =`, not its ID.
            let value = text.split_once('=').map_or(text.as_str(), |(_, v)| v);
            let mut found: Vec<&str> = words
                .iter()
                .map(String::as_str)
                .filter(|w| value.contains(w))
                .collect();
            found.dedup();
            if !found.is_empty() {
                out.push(
                    CheckKind::Discreet,
                    file.error_at(
                        entry.span.clone(),
                        format!(
                            "`{}` contains {}: a discreet card must not give away what it is for",
                            entry.id,
                            found.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .with_hint("use neutral words (\"useful numbers\", \"support\"); the build refuses the card otherwise"),
                );
            }
        }
    }
    if translated && own.is_empty() {
        out.push(
            CheckKind::Discreet,
            Diagnostic::error(format!(
                "the discreet card's messages are translated, but locale.toml lists no `discreet-avoid-words` for {}",
                locale.meta.data.name
            ))
            .in_file(&locale.meta.file.path)
            .with_hint("list the words that would give the card away in this language (abuse, intimate images, police, blackmail…): discreet-avoid-words = [\"…\"]; the build refuses the card until then"),
        );
    }
}

/// Findings of one locale.
struct Findings<'a> {
    code: &'a str,
    list: Vec<Finding>,
}

impl Findings<'_> {
    fn push(&mut self, check: CheckKind, d: Diagnostic) {
        self.list.push(Finding::new(check, Some(self.code), d));
    }
}

/// IDs defined twice (the loader reports the same, so a build refuses the locale too).
fn duplicates(index: &LocaleIndex, out: &mut Findings) {
    for d in crate::source::locale_checks::duplicates(&index.files) {
        out.push(CheckKind::Duplicate, d);
    }
}

/// Variables, terms and messages referenced must exist (Fluent resolves message
/// references inside the locale only: there is no fallback for them).
fn references(ctx: &Context, index: &LocaleIndex, out: &mut Findings) {
    let messages = index.messages();
    let own_terms = index.terms();
    for located in index.all() {
        let file = located.file;
        if located.entry.kind == EntryKind::Term && ctx.terms.contains(&located.entry.id) {
            out.push(
                CheckKind::Reference,
                file.error_at(located.entry.span.clone(), format!("term `-{}` is defined by leafpress", located.entry.id))
                    .with_label("do not define it here")
                    .with_hint("service names come from content/resources.toml; delete this term and keep using `{ -term }`"),
            );
        }
        for (_, refs) in located.entry.patterns() {
            for (name, span) in &refs.variables {
                if !ctx.variables.contains(name) {
                    let hint = suggest(name, &ctx.variables, "$");
                    out.push(
                        CheckKind::Reference,
                        file.error_at(span.clone(), format!("unknown variable `${name}`"))
                            .with_label("no such fact")
                            .with_hint(hint),
                    );
                }
            }
            for (name, span) in &refs.terms {
                if !ctx.terms.contains(name) && !own_terms.contains_key(name.as_str()) {
                    out.push(
                        CheckKind::Reference,
                        file.error_at(span.clone(), format!("unknown term `-{name}`"))
                            .with_label("no such term")
                            .with_hint(suggest(name, &ctx.terms, "-")),
                    );
                }
            }
            for (name, span) in &refs.messages {
                if !messages.contains_key(name.as_str()) {
                    out.push(
                        CheckKind::Reference,
                        file.error_at(span.clone(), format!("unknown message `{name}`"))
                            .with_label("not defined in this locale")
                            .with_hint("a message can only reference messages of its own locale: define it, or write the text out"),
                    );
                }
            }
        }
    }
}

/// A hint naming the closest known name, and the list.
fn suggest(name: &str, known: &[String], sigil: &str) -> String {
    let close = known
        .iter()
        .min_by_key(|k| edit_distance(name, k))
        .filter(|k| edit_distance(name, k) <= 3);
    let list: Vec<String> = known.iter().map(|k| format!("{sigil}{k}")).collect();
    match close {
        Some(k) => format!(
            "did you mean `{{ {sigil}{k} }}`? known: {}",
            list.join(", ")
        ),
        None => format!("known: {}", list.join(", ")),
    }
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Messages and attributes missing from or obsolete in the locale, against en-GB.
fn coverage(ctx: &Context, index: &LocaleIndex, out: &mut Findings) {
    let source = ctx.source.messages();
    let target = index.messages();
    let mut missing: BTreeMap<PathBuf, Vec<&str>> = BTreeMap::new();
    for (id, src) in &source {
        match target.get(id) {
            None => missing
                .entry(sibling(&src.file.path, index.code.as_str()))
                .or_default()
                .push(id),
            Some(tr) => attributes(src.entry, *tr, out),
        }
    }
    for (file, ids) in missing {
        // A locale without Easy Read messages has no Easy Read edition (the build says so).
        if file
            .file_name()
            .is_some_and(|n| n == crate::easy_read::FTL_FILE)
            && !index
                .files
                .iter()
                .any(|f| f.path.file_name() == file.file_name())
        {
            continue;
        }
        out.push(
            CheckKind::Missing,
            Diagnostic::warning(format!(
                "{}: {} message(s) missing from {} (printed in English): {}",
                index.code,
                ids.len(),
                file.display(),
                ids.join(", ")
            ))
            .in_file(&file)
            .with_hint(format!("translate them from locales/{SOURCE_LOCALE}/; `leafpress status` shows the coverage")),
        );
    }
    for (id, tr) in &target {
        // A message only some locales carry (Welsh's "also available in English") is meant.
        if !source.contains_key(id) && !crate::resolve::is_optional_message(id) {
            out.push(
                CheckKind::Obsolete,
                tr.file
                    .warning_at(tr.entry.span.clone(), format!("obsolete message `{id}`: en-GB has no such message"))
                    .with_label("never printed")
                    .with_hint("delete it, or check its ID against en-GB (an ID changes when its meaning changes)"),
            );
        }
    }
}

/// `locales/en-GB/guide.ftl` → `locales/<code>/guide.ftl`.
fn sibling(source_path: &Path, code: &str) -> PathBuf {
    let name = source_path
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_default();
    Path::new("locales").join(code).join(name)
}

fn attributes(src: &EntryInfo, tr: Located, out: &mut Findings) {
    let file = tr.file;
    if src.value.is_some() && tr.entry.value.is_none() {
        out.push(
            CheckKind::Missing,
            file.error_at(
                tr.entry.span.clone(),
                format!("message `{}` has no text, only attributes", src.id),
            )
            .with_label("en-GB has text here")
            .with_hint("write the translation after `=`"),
        );
    }
    for attr in &src.attributes {
        if tr.entry.attribute(&attr.name).is_none() {
            out.push(
                CheckKind::Missing,
                file.error_at(
                    tr.entry.span.clone(),
                    format!("message `{}` lacks attribute `.{}`", src.id, attr.name),
                )
                .with_label(format!("en-GB has `.{}`", attr.name))
                .with_hint(format!(
                    "add an indented line `.{} = …` under the message: it is printed too",
                    attr.name
                )),
            );
        }
    }
    for attr in &tr.entry.attributes {
        if src.attribute(&attr.name).is_none() {
            out.push(
                CheckKind::Obsolete,
                file.warning_at(
                    attr.span.clone(),
                    format!(
                        "obsolete attribute `{}.{}`: en-GB has no such attribute",
                        src.id, attr.name
                    ),
                )
                .with_label("never printed")
                .with_hint("delete it, or check its name against en-GB"),
            );
        }
    }
}

/// Every `{ $variable }` and `{ -term }` of the English must be kept, and no other added,
/// per message value and per attribute.
fn parity(ctx: &Context, index: &LocaleIndex, out: &mut Findings) {
    let source = ctx.source.messages();
    for (id, tr) in index.messages() {
        let Some(src) = source.get(id) else { continue };
        if let (Some(s), Some(t)) = (&src.entry.value, &tr.entry.value) {
            parity_one(ctx, id, tr, s, t, tr.entry.span.clone(), out);
        }
        for attr in &tr.entry.attributes {
            if let Some(s) = src.entry.attribute(&attr.name) {
                parity_one(
                    ctx,
                    &format!("{id}.{}", attr.name),
                    tr,
                    &s.refs,
                    &attr.refs,
                    attr.span.clone(),
                    out,
                );
            }
        }
    }
}

fn parity_one(
    ctx: &Context,
    name: &str,
    tr: Located,
    src: &Refs,
    t: &Refs,
    at: Range<usize>,
    out: &mut Findings,
) {
    let shown = |sigil: &str, names: &[&String]| {
        names
            .iter()
            .map(|n| format!("{{ {sigil}{n} }}"))
            .collect::<Vec<_>>()
    };
    let dropped_vars = missing_keys(&src.variables, &t.variables);
    let dropped_terms = missing_keys(&src.terms, &t.terms);
    // An added reference to an unknown name is reported as unknown (with a suggestion) instead.
    let added_vars: Vec<&String> = missing_keys(&t.variables, &src.variables)
        .into_iter()
        .filter(|v| ctx.variables.contains(v))
        .collect();
    let added_terms: Vec<&String> = missing_keys(&t.terms, &src.terms)
        .into_iter()
        .filter(|v| ctx.terms.contains(v))
        .collect();
    let mut dropped = shown("$", &dropped_vars);
    dropped.extend(shown("-", &dropped_terms));
    let mut added = shown("$", &added_vars);
    added.extend(shown("-", &added_terms));
    if dropped.is_empty() && added.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    if !dropped.is_empty() {
        parts.push(format!("drops {}", dropped.join(", ")));
    }
    if !added.is_empty() {
        parts.push(format!("adds {}", added.join(", ")));
    }
    let span = added_vars
        .first()
        .map(|v| t.variables[*v].clone())
        .or_else(|| added_terms.first().map(|v| t.terms[*v].clone()))
        .unwrap_or(at);
    let label = if dropped.is_empty() {
        "not in en-GB".to_owned()
    } else {
        format!("en-GB has {}", dropped.join(", "))
    };
    let mut english: Vec<String> = shown("$", &src.variables.keys().collect::<Vec<_>>());
    english.extend(shown("-", &src.terms.keys().collect::<Vec<_>>()));
    let english = if english.is_empty() {
        "none".to_owned()
    } else {
        english.join(", ")
    };
    out.push(
        CheckKind::Parity,
        tr.file
            .error_at(span, format!("`{name}` {} compared with en-GB", parts.join(" and ")))
            .with_label(label)
            .with_hint(format!(
                "keep every placeable of the English exactly ({english}): they print the numbers, addresses and names from content/"
            )),
    );
}

fn missing_keys<'a, V>(
    from: &'a BTreeMap<String, V>,
    other: &BTreeMap<String, V>,
) -> Vec<&'a String> {
    from.keys().filter(|k| !other.contains_key(*k)).collect()
}

/// Messages translated from an English text that has changed since (the sidecar's hashes).
fn outdated(ctx: &Context, locale: &LocaleSource, index: &LocaleIndex, out: &mut Findings) {
    let code = locale.code();
    if crate::i18n::pseudo::is_pseudo(code) {
        return;
    }
    let root = &ctx.project.root;
    let sidecar = match Sidecar::load(root, code) {
        Ok(Some(s)) => s,
        Ok(None) => {
            out.push(
                CheckKind::Status,
                Diagnostic::warning(format!(
                    "{code}: no review status file, so changes to the English cannot be tracked"
                ))
                .in_file(Path::new("locales").join(code).join(status::SIDECAR))
                .with_hint(format!(
                    "run `leafpress status --init --locales {code}` and commit the file"
                )),
            );
            return;
        }
        Err(err) => {
            out.push(CheckKind::Status, err.to_diagnostic(root));
            return;
        }
    };
    let hashes = ctx.source.source_hashes();
    let default = status::MessageStatus::from_locale(locale.meta.data.status);
    let states = status::states(index, default, Some(&sidecar), &hashes);
    let defined = index.messages();
    for (id, _) in states.iter().filter(|(_, s)| **s == State::Outdated) {
        let Some(tr) = defined.get(id.as_str()) else {
            continue;
        };
        out.push(
            CheckKind::Outdated,
            tr.file
                .warning_at(tr.entry.span.clone(), format!("`{id}` is outdated: the English changed after it was translated"))
                .with_label("translated from an older en-GB text")
                .with_hint(format!(
                    "compare with locales/{SOURCE_LOCALE}/ (`git log -p locales/{SOURCE_LOCALE}/`), update the translation, then \
                     `leafpress review {code} --messages {id} --by NAME`"
                )),
        );
    }
}

/// Every message ID `content/` names must be defined by en-GB.
pub fn check_content(ctx: &Context) -> Vec<Finding> {
    let defined = ctx.source.messages();
    let mut out = Vec::new();
    for (file, id) in content_refs(ctx.project) {
        if defined.contains_key(id.get_ref().as_str()) {
            continue;
        }
        let elsewhere: Vec<&str> = ctx
            .project
            .locales
            .iter()
            .filter(|l| {
                LocaleIndex::new(l)
                    .messages()
                    .contains_key(id.get_ref().as_str())
            })
            .map(LocaleSource::code)
            .collect();
        let message = if elsewhere.is_empty() {
            format!(
                "content refers to message `{}`, which no locale defines",
                id.get_ref()
            )
        } else {
            format!(
                "content refers to message `{}`, which {SOURCE_LOCALE} does not define (only {})",
                id.get_ref(),
                elsewhere.join(", ")
            )
        };
        out.push(Finding::new(
            CheckKind::Content,
            None,
            file.error_at(id.span(), message)
                .with_label("no such message")
                .with_hint(format!(
                    "add it to locales/{SOURCE_LOCALE}/*.ftl, or fix the ID here"
                )),
        ));
    }
    out
}

/// Every message ID named in content/, with the file it is in.
fn content_refs(project: &crate::source::Project) -> Vec<(&SourceFile, MessageRef)> {
    let mut out: Vec<(&SourceFile, MessageRef)> = Vec::new();
    let guide = &project.guide;
    let g = &guide.file;
    out.push((g, guide.data.guide.title.clone()));
    out.push((g, guide.data.guide.subtitle.clone()));
    for section in &guide.data.sections {
        out.push((g, section.heading.clone()));
        for entry in section.paragraphs.iter().chain(&section.items) {
            out.push((g, g.locate(entry.text())));
            out.extend(entry.sub_items().iter().map(|s| (g, g.locate(s))));
        }
    }
    for venue in &project.venues {
        let (f, v) = (&venue.file, &venue.data);
        out.push((f, v.name.clone()));
        out.push((f, v.write_in_heading.clone()));
        out.push((f, v.lead.heading.clone()));
        out.push((f, v.lead.card.clone()));
        out.extend(
            v.lead
                .paragraphs
                .iter()
                .chain(&v.emphasis)
                .map(|m| (f, m.clone())),
        );
        for w in &v.write_in {
            out.push((f, w.label.clone()));
            out.extend(w.hint.iter().map(|h| (f, h.clone())));
        }
    }
    let r = &project.resources.file;
    for res in &project.resources.data.resources {
        out.push((r, res.description.clone()));
        out.extend(res.hours.iter().map(|h| (r, h.clone())));
    }
    for format in &project.formats {
        out.push((&format.file, format.data.name.clone()));
    }
    if let Some(er) = &project.easy_read {
        out.extend(
            crate::easy_read::message_ids(&er.data)
                .into_iter()
                .map(|id| (&er.file, id.clone())),
        );
    }
    let mut seen = BTreeSet::new();
    out.retain(|(f, id)| seen.insert((f.path.clone(), id.get_ref().clone())));
    out
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn distance() {
        assert_eq!(edit_distance("emergncy", "emergency"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
