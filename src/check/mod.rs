//! Check stage: validates a loaded project's translations without writing anything —
//! FTL syntax and duplicates, missing, obsolete and untranslated messages, variable and
//! term parity, typed numbers, addresses and names, bidi controls, unknown references,
//! outdated translations and fit — and reports every problem at once as [`Finding`]s.

pub mod allow;
pub mod facts;
pub mod fit;
pub mod text;
pub mod untranslated;

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::i18n::ftl::LocaleIndex;
use crate::i18n::{pseudo, SOURCE_LOCALE};
use crate::source::{LocaleSource, Project};

/// Which check found a problem (the `check` field of `--json` output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    /// A problem found while loading the project.
    Load,
    Syntax,
    Duplicate,
    Missing,
    Obsolete,
    /// A `{ $variable }` or `{ -term }` dropped, added or renamed against en-GB.
    Parity,
    /// A reference to a variable, term or message that does not exist.
    Reference,
    /// `content/` names a message ID that en-GB does not define.
    Content,
    /// A phone number, web address or service name typed instead of referenced.
    Fact,
    /// A message of a non-English locale still identical to the English.
    Untranslated,
    /// A problem in the project's allow-list (`locales/allowed.toml`).
    AllowList,
    Bidi,
    /// The English changed since the message was translated.
    Outdated,
    /// A discreet card's message with a word that gives it away, or no words to check it by.
    Discreet,
    /// The review status file is missing or broken.
    Status,
    Fit,
    /// An Easy Read sentence too long, or key words it does not contain.
    EasyRead,
}

/// One problem, with the check that found it and the locale it is in.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub check: CheckKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
}

impl Finding {
    pub fn new(check: CheckKind, locale: Option<&str>, diagnostic: Diagnostic) -> Self {
        Self {
            check,
            locale: locale.map(str::to_owned),
            diagnostic,
        }
    }
}

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Locales to check (pseudo-locales allowed); empty: every locale, and both
    /// pseudo-locales for the fit check.
    pub locales: Vec<String>,
    /// Lay out every fixed-size output with the real fonts (slower).
    pub fit: bool,
    /// Worker threads for the fit check (default: one per core).
    pub jobs: Option<usize>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        Self {
            locales: Vec::new(),
            fit: true,
            jobs: None,
        }
    }
}

/// Why the checks could not run at all (exit code 2).
#[derive(Debug, Clone, thiserror::Error)]
pub enum CheckError {
    #[error("the project has no {SOURCE_LOCALE} locale to check translations against")]
    NoSourceLocale,
    #[error("unknown locale `{code}` (known: {known})")]
    UnknownLocale { code: String, known: String },
}

/// Everything the per-locale checks share: the source locale and the project's facts.
pub struct Context<'p> {
    pub project: &'p Project,
    pub source: LocaleIndex,
    /// Variables every message may use (`emergency`, `helpline-phone`, `version`, …).
    pub variables: Vec<String>,
    /// Terms generated from content/resources.toml (without the `-`).
    pub terms: Vec<String>,
    pub facts: facts::ProtectedFacts,
    /// The project's reviewed exceptions (`locales/allowed.toml`).
    pub allow: allow::AllowList,
    /// Problems reading the allow-list.
    pub allow_problems: Vec<Diagnostic>,
}

impl<'p> Context<'p> {
    pub fn new(project: &'p Project) -> Result<Self, CheckError> {
        let source = project
            .locales
            .iter()
            .find(|l| l.code() == SOURCE_LOCALE)
            .ok_or(CheckError::NoSourceLocale)?;
        let resources = &project.resources.data;
        let mut variables: Vec<String> =
            crate::i18n::fact_variables(resources).into_keys().collect();
        variables.extend(crate::i18n::CONTEXT_VARIABLES.iter().map(|v| v.to_string()));
        let mut terms: Vec<String> = resources.resources.iter().map(|r| r.term.clone()).collect();
        terms.extend(resources.names.keys().cloned());
        terms.sort();
        terms.dedup();
        let (allow, allow_problems) = allow::AllowList::load(&project.root);
        Ok(Self {
            project,
            source: LocaleIndex::new(source),
            variables,
            terms,
            facts: facts::ProtectedFacts::new(resources),
            allow,
            allow_problems,
        })
    }
}

/// Runs every check on `project` and returns the findings, errors and warnings mixed,
/// in a stable order (text checks per locale, then content, then fit).
pub fn check(project: &Project, opts: &CheckOptions) -> Result<Vec<Finding>, CheckError> {
    check_skipping(project, opts, &[])
}

/// [`check`], leaving the locales in `skip_fit` out of the fit check: their files have load
/// errors (already reported), and a build would not lay them out either.
pub fn check_skipping(
    project: &Project,
    opts: &CheckOptions,
    skip_fit: &[String],
) -> Result<Vec<Finding>, CheckError> {
    let ctx = Context::new(project)?;
    let (real, pseudo_codes) = select(project, &opts.locales)?;
    let mut findings = Vec::new();
    for locale in &real {
        findings.extend(text::check_locale(&ctx, locale));
        findings.extend(untranslated::check(&ctx, locale));
    }
    findings.extend(text::check_content(&ctx));
    findings.extend(allow_list(&ctx, &real));
    if opts.fit {
        let mut with_pseudo = project.clone();
        // Cannot fail: en-GB exists (checked by Context::new) and the codes are known.
        let _ = pseudo::add_requested(&mut with_pseudo, &pseudo_codes);
        let mut codes: Vec<String> = real.iter().map(|l| l.code().to_owned()).collect();
        codes.extend(pseudo_codes);
        codes.retain(|c| !skip_fit.contains(c));
        findings.extend(fit::check_fit(&with_pseudo, &codes, opts.jobs));
    }
    Ok(dedupe(findings))
}

/// Problems in the allow-list itself: unreadable, naming what does not exist, or allowing
/// a typed fact that no message of a checked locale types any more.
fn allow_list(ctx: &Context, checked: &[&LocaleSource]) -> Vec<Finding> {
    let source_ids: Vec<&str> = ctx.source.messages().into_keys().collect();
    let mut out: Vec<Diagnostic> = ctx.allow_problems.clone();
    out.extend(ctx.allow.unknown_names(ctx.project, &source_ids));
    for fact in &ctx.allow.facts {
        let Some(locale) = checked.iter().find(|l| l.code() == fact.locale.get_ref()) else {
            continue;
        };
        let index = LocaleIndex::new(locale);
        let (id, attr) = match fact.message.get_ref().split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (fact.message.get_ref().as_str(), None),
        };
        let typed = index.messages().get(id).is_some_and(|l| {
            l.entry
                .patterns()
                .filter(|(a, _)| attr.is_none() || *a == attr)
                .flat_map(|(_, refs)| &refs.texts)
                .any(|(_, text)| {
                    facts::find_facts(&ctx.facts, text)
                        .iter()
                        .any(|hit| text[hit.range.clone()] == *fact.text.get_ref())
                })
        });
        if !typed {
            out.extend(ctx.allow.stale(fact));
        }
    }
    out.into_iter()
        .map(|d| Finding::new(CheckKind::AllowList, None, d))
        .collect()
}

/// The real locales to check, and the pseudo-locales for the fit check.
fn select<'p>(
    project: &'p Project,
    wanted: &[String],
) -> Result<(Vec<&'p LocaleSource>, Vec<String>), CheckError> {
    if wanted.is_empty() {
        let all = project.locales.iter().collect();
        return Ok((all, pseudo::PSEUDO_LOCALES.map(String::from).to_vec()));
    }
    let mut real = Vec::new();
    let mut pseudo_codes = Vec::new();
    for code in wanted {
        if pseudo::is_pseudo(code) {
            pseudo_codes.push(code.clone());
        } else if let Some(locale) = project.locales.iter().find(|l| l.code() == code) {
            real.push(locale);
        } else {
            let mut known: Vec<&str> = project.locales.iter().map(LocaleSource::code).collect();
            known.extend(pseudo::PSEUDO_LOCALES);
            return Err(CheckError::UnknownLocale {
                code: code.clone(),
                known: known.join(", "),
            });
        }
    }
    Ok((real, pseudo_codes))
}

/// Drops repeats: the same problem seen twice (by the loader and a check, or by several
/// jobs of the fit check), and a content error at a place that already has an error (the
/// fit check's resolve step meets the problems the text checks reported).
pub fn dedupe(findings: Vec<Finding>) -> Vec<Finding> {
    let mut seen = HashSet::new();
    let mut error_at = HashSet::new();
    let mut out = Vec::new();
    for f in findings {
        let d = &f.diagnostic;
        if !seen.insert((
            d.severity == crate::diag::Severity::Error,
            d.message.clone(),
            d.location(),
        )) {
            continue;
        }
        if d.is_error()
            && d.line.is_some()
            && !error_at.insert(d.location())
            && f.check == CheckKind::Content
        {
            continue;
        }
        out.push(f);
    }
    out
}

/// `locales/<code>/…` → `code` (the locale a diagnostic's file belongs to).
pub fn locale_of(path: &std::path::Path) -> Option<String> {
    let mut parts = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    (parts.next()? == "locales").then(|| parts.next()).flatten()
}

/// Counts (errors, warnings).
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.diagnostic.is_error()).count();
    (errors, findings.len() - errors)
}

/// Findings grouped by locale code (`None`: project-wide), for summaries.
pub fn by_locale(findings: &[Finding]) -> BTreeMap<Option<&str>, (usize, usize)> {
    let mut out: BTreeMap<Option<&str>, (usize, usize)> = BTreeMap::new();
    for f in findings {
        let entry = out.entry(f.locale.as_deref()).or_default();
        if f.diagnostic.is_error() {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    out
}
