//! The `leafpress` binary: parse arguments, dispatch, return the exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = leafpress::cli::Cli::parse();
    ExitCode::from(leafpress::cli::run(cli))
}
