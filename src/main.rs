//! The `leafpress` binary: parse arguments, dispatch, return the exit code.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of glibc's malloc: typst allocates many small objects from several
/// threads, and glibc's allocator took about 12 % of a build's CPU time (see README, Speed).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = leafpress::cli::Cli::parse();
    ExitCode::from(leafpress::cli::run(cli))
}
