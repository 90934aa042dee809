//! leafpress: one content source → localized leaflets, wallet cards and handouts.
//!
//! The pipeline, one module per stage:
//! `source` (load) → `i18n` (Fluent) → `resolve` (one `Document`) → `render` (typst) →
//! `build` (job matrix, atomic writes, manifest). `cli` is the command-line edge.

pub mod bench;
pub mod build;
pub mod check;
pub mod cli;
pub mod diag;
pub mod easy_read;
pub mod fuzzing;
pub mod i18n;
pub mod inspect;
pub mod preflight;
pub mod preview;
pub mod profile;
pub mod proof;
pub mod render;
pub mod resolve;
pub mod source;
pub mod workers;
