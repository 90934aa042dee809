//! `leafpress status`: a coverage table per locale (messages, translated %, reviewed,
//! draft, outdated, missing, still in English), like Pontoon's; `--init` writes the review
//! status files.

use std::collections::BTreeMap;

use super::{exit, ProjectArgs};
use crate::check::allow::AllowList;
use crate::check::untranslated;
use crate::i18n::ftl::LocaleIndex;
use crate::i18n::status::{self, Coverage, LocaleStatus, MessageStatus, Sidecar};
use crate::i18n::SOURCE_LOCALE;
use crate::source::{self, LocaleSource, Project};

#[derive(Debug, Clone, clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Locales to show (comma-separated); default: all.
    #[arg(long, value_delimiter = ',')]
    pub locales: Vec<String>,
    /// Create or complete each locale's `.leafpress-status.toml`: every message it has
    /// and the file lacks is recorded with the locale.toml status (draft for machine drafts).
    #[arg(long)]
    pub init: bool,
    /// Print the table as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: StatusArgs) -> u8 {
    let loaded = source::load(&args.project.project);
    let Some(project) = loaded.project else {
        for d in &loaded.diagnostics {
            eprint!("{}", d.render());
        }
        eprintln!("leafpress: cannot show status: the guide or its resources did not load");
        return exit::CANNOT_RUN;
    };
    let Some(hashes) = status::source_hashes(&project) else {
        eprintln!("leafpress: the project has no {SOURCE_LOCALE} locale to compare with");
        return exit::CANNOT_RUN;
    };
    let locales = match selected(&project, &args.locales) {
        Ok(locales) => locales,
        Err(code) => {
            eprintln!("leafpress: unknown locale `{code}`");
            return exit::CANNOT_RUN;
        }
    };
    let mut code = exit::OK;
    if args.init {
        for locale in locales.iter().filter(|l| l.code() != SOURCE_LOCALE) {
            if let Err(message) = init(&project, locale, &hashes) {
                eprintln!("error: {message}");
                code = exit::FAILED;
            }
        }
    }
    // Messages still in English, against en-GB and the allow-list's exceptions.
    let (allow, problems) = AllowList::load(&project.root);
    for d in &problems {
        eprint!("{}", d.render());
    }
    let source = project
        .locales
        .iter()
        .find(|l| l.code() == SOURCE_LOCALE)
        .map(LocaleIndex::new)
        .expect("en-GB exists: it has hashes");
    let mut rows = Vec::new();
    for locale in &locales {
        match status::locale_status(&project.root, locale, &hashes) {
            Ok(mut s) => {
                s.coverage.untranslated = (!untranslated::is_english(&s.code))
                    .then(|| untranslated::untranslated(&source, &s.index, &allow).len());
                rows.push(s);
            }
            Err(err) => {
                eprint!("{}", err.to_diagnostic(&project.root).render());
                code = exit::FAILED;
            }
        }
    }
    if args.json {
        let table: Vec<&Coverage> = rows.iter().map(|r| &r.coverage).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&table).expect("coverage serializes")
        );
    } else {
        print!("{}", table(&rows));
    }
    code
}

fn selected<'p>(project: &'p Project, wanted: &[String]) -> Result<Vec<&'p LocaleSource>, String> {
    if let Some(unknown) = wanted
        .iter()
        .find(|w| !project.locales.iter().any(|l| l.code() == *w))
    {
        return Err(unknown.clone());
    }
    let mut out: Vec<&LocaleSource> = project
        .locales
        .iter()
        .filter(|l| wanted.is_empty() || wanted.iter().any(|w| w == l.code()))
        .collect();
    // The source first, then the translations by code.
    out.sort_by_key(|l| (l.code() != SOURCE_LOCALE, l.code().to_owned()));
    Ok(out)
}

/// Creates or completes one locale's sidecar.
fn init(
    project: &Project,
    locale: &LocaleSource,
    hashes: &BTreeMap<String, String>,
) -> Result<(), String> {
    let root = &project.root;
    let existing = Sidecar::load(root, locale.code()).map_err(|e| e.to_string())?;
    let is_new = existing.is_none();
    let mut sidecar = existing.unwrap_or_default();
    let before = sidecar.clone();
    let index = crate::i18n::ftl::LocaleIndex::new(locale);
    let default = MessageStatus::from_locale(locale.meta.data.status);
    let added = sidecar.init(&index, default, hashes);
    if is_new || sidecar != before {
        sidecar
            .save(root, locale.code())
            .map_err(|e| e.to_string())?;
        println!(
            "{}: {added} message(s) recorded as {}",
            Sidecar::path(std::path::Path::new(""), locale.code()).display(),
            default.as_str()
        );
    }
    Ok(())
}

/// The coverage table, one row per locale.
pub fn table(rows: &[LocaleStatus]) -> String {
    let mut out = format!(
        "{:<8} {:<11} {:>8} {:>12} {:>8} {:>6} {:>8} {:>7} {:>12}\n",
        "locale",
        "locale.toml",
        "messages",
        "translated",
        "reviewed",
        "draft",
        "outdated",
        "missing",
        "untranslated"
    );
    for r in rows {
        let c = &r.coverage;
        let state = if r.code == SOURCE_LOCALE {
            "source".to_owned()
        } else {
            let sidecar = if r.sidecar.is_some() { "" } else { " *" };
            format!(
                "{}{sidecar}",
                MessageStatus::from_locale(r.locale_status).as_str()
            )
        };
        let done = format!("{} ({:.0}%)", c.reviewed + c.translated, c.percent_done());
        let untranslated = c.untranslated.map_or("-".to_owned(), |n| n.to_string());
        out.push_str(&format!(
            "{:<8} {:<11} {:>8} {:>12} {:>8} {:>6} {:>8} {:>7} {:>12}\n",
            r.code,
            state,
            c.messages,
            done,
            c.reviewed,
            c.draft,
            c.outdated,
            c.missing,
            untranslated
        ));
    }
    if rows
        .iter()
        .any(|r| r.code != SOURCE_LOCALE && r.sidecar.is_none())
    {
        out.push_str("* no .leafpress-status.toml yet: run `leafpress status --init` to track changes to the English\n");
    }
    if rows
        .iter()
        .any(|r| r.coverage.untranslated.unwrap_or(0) > 0)
    {
        out.push_str("untranslated: messages still identical to the English (`leafpress check` lists them)\n");
    }
    out
}
