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
    /// The venue-board case instead of the matrix: boards of generated venues, en-GB, built
    /// by a child `leafpress build` each (time per job, peak RSS, site pages).
    #[arg(long)]
    pub board: bool,
    /// Board sizes (venues) for --board.
    #[arg(long, value_delimiter = ',', default_values_t = [10usize, 100, 300])]
    pub board_sizes: Vec<usize>,
    /// With --board, also a board of 1,000 venues (some 7,000 jobs: about 10 minutes on 2 cores).
    #[arg(long)]
    pub board_large: bool,
    /// With --board, these formats (default: every typst format; `all`: every format).
    #[arg(long, value_delimiter = ',')]
    pub formats: Vec<String>,
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
    if args.board {
        let mut sizes = args.board_sizes.clone();
        if args.board_large && !sizes.contains(&1000) {
            sizes.push(1000);
        }
        let opts = bench::board::BoardOptions {
            sizes,
            jobs: args.jobs,
            // The typst formats by default (the print-ready editions every venue gets);
            // `--formats all` for every engine's.
            formats: match args.formats.as_slice() {
                [] => project
                    .formats
                    .iter()
                    .filter(|f| f.data.engine == crate::source::Engine::Typst)
                    .map(|f| f.data.id.clone())
                    .collect(),
                [all] if all == "all" => Vec::new(),
                chosen => chosen.to_vec(),
            },
            binary,
        };
        eprintln!(
            "leafpress bench --board: building boards of {:?} venues (en-GB; {}), each in a child process…",
            opts.sizes,
            if opts.formats.is_empty() { "every format".to_owned() } else { opts.formats.join(", ") }
        );
        let runs = bench::board::run(&project, &opts, scratch.path());
        let cores = args
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        print!("{}", bench::board::table(&runs, &opts, cores));
        return exit::OK;
    }
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
