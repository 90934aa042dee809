//! `leafpress review LOCALE --by NAME`: records in the locale's status file that its
//! messages (all, or `--messages`) were reviewed against the current English.

use std::collections::BTreeMap;

use super::{exit, ProjectArgs};
use crate::i18n::ftl::LocaleIndex;
use crate::i18n::status::{self, MessageStatus, Record, Sidecar};
use crate::i18n::{pseudo, SOURCE_LOCALE};
use crate::source;

#[derive(Debug, Clone, clap::Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The locale reviewed (e.g. cy).
    pub locale: String,
    /// Message IDs reviewed (comma-separated); default: every message the locale has.
    #[arg(long, value_delimiter = ',')]
    pub messages: Vec<String>,
    /// Who reviewed them (recorded with today's date, or SOURCE_DATE_EPOCH's).
    #[arg(long)]
    pub by: String,
    /// The status to record: `reviewed` (checked by a qualified translator) or
    /// `translated` (written by a translator, not yet reviewed).
    #[arg(long, default_value = "reviewed", value_parser = parse_status)]
    pub status: MessageStatus,
}

fn parse_status(s: &str) -> Result<MessageStatus, String> {
    match s {
        "reviewed" => Ok(MessageStatus::Reviewed),
        "translated" => Ok(MessageStatus::Translated),
        "draft" => Ok(MessageStatus::Draft),
        other => Err(format!(
            "`{other}` is not a status: use reviewed, translated or draft"
        )),
    }
}

pub fn run(args: ReviewArgs) -> u8 {
    let loaded = source::load(&args.project.project);
    let Some(project) = loaded.project else {
        for d in &loaded.diagnostics {
            eprint!("{}", d.render());
        }
        eprintln!("leafpress: cannot review: the guide or its resources did not load");
        return exit::CANNOT_RUN;
    };
    let code = args.locale.as_str();
    if code == SOURCE_LOCALE || pseudo::is_pseudo(code) {
        eprintln!("leafpress: {code} is not a translation: only translated locales are reviewed");
        return exit::CANNOT_RUN;
    }
    let Some(locale) = project.locales.iter().find(|l| l.code() == code) else {
        eprintln!(
            "leafpress: unknown locale `{code}` (is locales/{code}/locale.toml there and valid?)"
        );
        return exit::CANNOT_RUN;
    };
    if args.by.trim().is_empty() {
        eprintln!("leafpress: --by needs the reviewer's name");
        return exit::CANNOT_RUN;
    }
    let Some(hashes) = status::source_hashes(&project) else {
        eprintln!("leafpress: the project has no {SOURCE_LOCALE} locale to review against");
        return exit::CANNOT_RUN;
    };
    let index = LocaleIndex::new(locale);
    let ids = match reviewable(&index, &hashes, &args.messages) {
        Ok(ids) => ids,
        Err(problems) => {
            for p in problems {
                eprintln!("error: {p}");
            }
            eprintln!("nothing recorded: fix the message list and run the command again");
            return exit::FAILED;
        }
    };
    let mut sidecar = match Sidecar::load(&project.root, code) {
        Ok(s) => s.unwrap_or_default(),
        Err(err) => {
            eprint!("{}", err.to_diagnostic(&project.root).render());
            return exit::FAILED;
        }
    };
    let date = status::today();
    for id in &ids {
        let record = Record {
            status: args.status,
            source: hashes[id].clone(),
            by: Some(args.by.clone()),
            date: Some(date),
        };
        sidecar.messages.insert(id.clone(), record);
    }
    if let Err(err) = sidecar.save(&project.root, code) {
        eprintln!("error: {err}");
        return exit::FAILED;
    }
    println!(
        "{code}: {} message(s) recorded as {} by {} on {date} in locales/{code}/{}",
        ids.len(),
        args.status.as_str(),
        args.by,
        status::SIDECAR
    );
    exit::OK
}

/// The messages to record: those asked for (each must exist in en-GB and in the locale),
/// or every message the locale translates.
fn reviewable(
    index: &LocaleIndex,
    hashes: &BTreeMap<String, String>,
    wanted: &[String],
) -> Result<Vec<String>, Vec<String>> {
    let defined = index.messages();
    if wanted.is_empty() {
        return Ok(defined
            .keys()
            .filter(|id| hashes.contains_key(**id))
            .map(|id| (*id).to_owned())
            .collect());
    }
    let mut problems = Vec::new();
    for id in wanted {
        if !hashes.contains_key(id) {
            problems.push(format!("`{id}` is not a message of {SOURCE_LOCALE}"));
        } else if !defined.contains_key(id.as_str()) {
            problems.push(format!("`{id}` is not translated in {} yet", index.code));
        }
    }
    if problems.is_empty() {
        Ok(wanted.to_vec())
    } else {
        Err(problems)
    }
}
