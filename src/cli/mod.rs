//! CLI edge: clap argument structs and one function per command; `main.rs` only dispatches.

pub mod bench;
pub mod build;
pub mod check;
pub mod inspect;
pub mod new_locale;
pub mod preflight;
pub mod review;
pub mod say;
pub mod serve;
pub mod status;

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
    /// Check finished PDFs for print and accessibility: trim/bleed boxes, fonts, title, language, PDF/UA.
    Preflight(preflight::PreflightArgs),
    /// Serve the built site on 127.0.0.1, or with --preview a live preview of the project.
    Serve(serve::ServeArgs),
    /// Measure build speed: full matrix cold and warm, the per-document limit, a per-process baseline.
    Bench(bench::BenchArgs),
    /// Check translations without building: syntax, coverage, placeables, facts, review status, fit.
    Check(check::CheckArgs),
    /// Show each locale's translation and review coverage (--init creates the status files).
    Status(status::StatusArgs),
    /// Record a review (or a translation) of a locale's messages in its status file.
    Review(review::ReviewArgs),
    /// Scaffold locales/<CODE>/: metadata to fill in, every English message as a comment.
    NewLocale(new_locale::NewLocaleArgs),
    /// Print a venue's audio edition as the voice will read it (--phonemes: espeak-ng's phonemes).
    Say(say::SayArgs),
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
        Command::Preflight(args) => preflight::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Check(args) => check::run(args),
        Command::Status(args) => status::run(args),
        Command::Review(args) => review::run(args),
        Command::NewLocale(args) => new_locale::run(args),
        Command::Say(args) => say::run(args),
    }
}
