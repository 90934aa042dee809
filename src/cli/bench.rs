//! `leafpress bench`: the speed benchmark (see `crate::bench`), printed as a table.

use super::{exit, ProjectArgs};
use crate::bench::{self, BenchOptions};
use crate::source;

#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Documents run as separate processes for the per-process baseline.
    #[arg(long, default_value_t = 12)]
    pub baseline_sample: usize,
    /// Repetitions, for min / median / max.
    #[arg(long, default_value_t = 3)]
    pub repeats: usize,
}

pub fn run(args: BenchArgs) -> u8 {
    let loaded = source::load(&args.project.project);
    let Some(project) = loaded.project else {
        for d in &loaded.diagnostics {
            eprint!("{}", d.render());
        }
        return exit::CANNOT_RUN;
    };
    let Ok(scratch) = tempfile::tempdir() else {
        eprintln!("leafpress bench: cannot create a scratch folder");
        return exit::CANNOT_RUN;
    };
    let binary = std::env::current_exe().unwrap_or_else(|_| "leafpress".into());
    let opts = BenchOptions {
        jobs: args.jobs,
        baseline_sample: args.baseline_sample,
        repeats: args.repeats,
        binary,
    };
    eprintln!(
        "leafpress bench: building the full matrix {} time(s) cold and warm…",
        opts.repeats
    );
    let report = bench::run(&project, &opts, scratch.path());
    print!("{}", report.table());
    exit::OK
}
