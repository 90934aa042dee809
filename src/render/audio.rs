//! The audio engine (issue 18): not written yet. No shipped format uses it.

use crate::build::{Artifact, Job};
use crate::diag::Diagnostic;
use crate::resolve::Edition;
use crate::source::Project;

/// The files of one audio job, or why it could not be made.
pub fn render(
    _project: &Project,
    job: &Job,
    _edition: &Edition,
) -> Result<Vec<(Artifact, Vec<u8>)>, Vec<Diagnostic>> {
    Err(vec![Diagnostic::error(format!(
        "{}: the audio engine is not built yet",
        job.name()
    ))])
}
