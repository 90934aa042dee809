//! `leafpress check`: validates the project's translations without writing anything and
//! prints every problem at once, compiler-style or as JSON.

use std::io::Write;

use serde::Serialize;

use super::{exit, ProjectArgs};
use crate::check::{self, CheckKind, CheckOptions, Finding};
use crate::source;

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Locales to check (comma-separated; en-XA and ar-XB are the pseudo-locales);
    /// default: every locale, plus both pseudo-locales for the fit check.
    #[arg(long, value_delimiter = ',')]
    pub locales: Vec<String>,
    /// Print the findings as JSON on stdout (for CI and editors).
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Skip the fit check (laying out every card and leaflet with the real fonts).
    #[arg(long)]
    pub no_fit: bool,
    /// Worker threads for the fit check (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

/// `--json` output.
#[derive(Serialize)]
struct Report<'a> {
    ok: bool,
    errors: usize,
    warnings: usize,
    findings: &'a [Finding],
}

pub fn run(args: CheckArgs) -> u8 {
    let loaded = source::load(&args.project.project);
    let load_findings: Vec<Finding> = loaded
        .diagnostics
        .into_iter()
        .map(|d| {
            let code = d.file.as_deref().and_then(check::locale_of);
            Finding::new(CheckKind::Load, code.as_deref(), d)
        })
        .filter(|f| {
            args.locales.is_empty() || f.locale.as_ref().is_none_or(|c| args.locales.contains(c))
        })
        .collect();
    let Some(project) = loaded.project else {
        return cannot_run(
            &args,
            load_findings,
            "the guide or its resources did not load",
        );
    };
    let skip_fit: Vec<String> = load_findings
        .iter()
        .filter(|f| f.diagnostic.is_error())
        .filter_map(|f| f.locale.clone())
        .collect();
    let opts = CheckOptions {
        locales: args.locales.clone(),
        fit: !args.no_fit,
        jobs: args.jobs,
    };
    let findings = match check::check_skipping(&project, &opts, &skip_fit) {
        Ok(findings) => findings,
        Err(err) => return cannot_run(&args, load_findings, &err.to_string()),
    };
    let mut all = findings;
    all.extend(load_findings);
    let mut all = check::dedupe(all);
    all.sort_by(|a, b| a.locale.cmp(&b.locale));
    let (errors, warnings) = check::counts(&all);
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    if args.json {
        print_json(&Report {
            ok: !failed,
            errors,
            warnings,
            findings: &all,
        });
    } else {
        print_human(&all, errors, warnings);
    }
    if failed {
        exit::FAILED
    } else {
        exit::OK
    }
}

fn cannot_run(args: &CheckArgs, findings: Vec<Finding>, why: &str) -> u8 {
    if args.json {
        let (errors, warnings) = check::counts(&findings);
        print_json(&Report {
            ok: false,
            errors,
            warnings,
            findings: &findings,
        });
    } else {
        let mut err = std::io::stderr().lock();
        for f in &findings {
            let _ = write!(err, "{}", f.diagnostic.render());
        }
    }
    eprintln!("leafpress: cannot check: {why}");
    exit::CANNOT_RUN
}

fn print_json(report: &Report) {
    let json = serde_json::to_string_pretty(report).expect("findings serialize");
    println!("{json}");
}

fn print_human(findings: &[Finding], errors: usize, warnings: usize) {
    let mut err = std::io::stderr().lock();
    // A warning repeated for many outputs (a fit forecast per venue) is one line naming them.
    let diagnostics: Vec<crate::diag::Diagnostic> =
        findings.iter().map(|f| f.diagnostic.clone()).collect();
    for d in crate::diag::group::group_repeats(&diagnostics) {
        let _ = write!(err, "{}", d.render());
    }
    let mut summary = Vec::new();
    for (locale, (e, w)) in check::by_locale(findings) {
        summary.push(format!(
            "{}: {e} error(s), {w} warning(s)",
            locale.unwrap_or("project")
        ));
    }
    println!("check: {errors} error(s), {warnings} warning(s)");
    for line in summary {
        println!("  {line}");
    }
}
