//! CLI edge: clap argument structs and one function per command; `main.rs` only dispatches.

pub mod build;
pub mod inspect;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Turns one content source into print-ready, localised leaflets, wallet cards and handouts.
#[derive(Debug, Parser)]
#[command(name = "leafpress", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every locale × venue × format into the output folder, with a manifest.
    Build(build::BuildArgs),
    /// Read finished PDFs back: page sizes, title, language, PDF/UA, fonts, text.
    Inspect(inspect::InspectArgs),
}

/// Flags shared by commands that read a project.
#[derive(Debug, Clone, clap::Args)]
pub struct ProjectArgs {
    /// The project folder (holding content/, locales/ and layouts/).
    #[arg(long, default_value = ".")]
    pub project: PathBuf,
}

/// Exit codes: 0 success, 1 a job or check failed, 2 leafpress could not run.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const CANNOT_RUN: u8 = 2;
}

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Inspect(args) => inspect::run(args),
    }
}
