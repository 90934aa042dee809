//! Build stage: the resolved documents the site is made from, one per kind of job.
//!
//! Jobs that differ only in their venue's details (a board's hundreds of venues) resolve to
//! the same document: its text depends on the language(s), the venue profile, the format,
//! the nation and whether venue details fill the write-in fields — never on the venue's own
//! name or number. The site reads one document per locale and profile (the HTML edition)
//! and per format (its name), so one of each kind is kept, not one per job: a 1,000-venue
//! board held 7,000 documents until the site was written.

use std::collections::HashMap;
use std::sync::Mutex;

use super::Job;
use crate::resolve::Document;

/// What makes two jobs' documents the same.
type Kind = (String, String, String, &'static str, bool);

/// The first document of each kind, in the build's job order, whichever worker finishes
/// first: the choice is deterministic, so the site is byte-identical from build to build.
#[derive(Default)]
pub struct SiteDocuments {
    /// Kind → (the job's place in the build's order, its document).
    kept: Mutex<HashMap<Kind, (usize, Document)>>,
}

impl SiteDocuments {
    fn kind(job: &Job) -> Kind {
        (
            job.code(),
            job.venue.data.id.clone(),
            job.format.data.id.clone(),
            super::nation(job).as_str(),
            job.site.is_some(),
        )
    }

    /// Whether a document of `job`'s kind from a job at `order` or before is already kept
    /// (so resolving one for it again is wasted work).
    pub fn has(&self, job: &Job, order: usize) -> bool {
        self.lock()
            .get(&Self::kind(job))
            .is_some_and(|(at, _)| *at <= order)
    }

    /// Offers the document of the job at `order` in the build's job order: kept if it is
    /// the first of its kind so far, else dropped.
    pub fn offer(&self, job: &Job, order: usize, document: Document) {
        let mut kept = self.lock();
        let entry = kept.entry(Self::kind(job));
        match entry {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                if order < e.get().0 {
                    e.insert((order, document));
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert((order, document));
            }
        }
    }

    /// The documents kept, in job order.
    pub fn into_documents(self) -> Vec<Document> {
        let kept = self.kept.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut docs: Vec<(usize, Document)> = kept.into_values().collect();
        docs.sort_by_key(|(order, _)| *order);
        docs.into_iter().map(|(_, doc)| doc).collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Kind, (usize, Document)>> {
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }
}
