//! Incremental builds: every artifact records a hash of the inputs its job depends on
//! (content, its locales' files, layouts and fonts, leafpress's version, the options that
//! change output). A job whose hash and files are unchanged since the last build is not
//! rendered again.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Artifact, Job, Manifest};
use crate::source::Project;

/// Hashes of the input groups, computed once per build.
pub struct InputHashes {
    common: String,
    locales: BTreeMap<String, String>,
}

impl InputHashes {
    /// Hashes content/, layouts/ (with fonts and templates) and each locale folder.
    pub fn of(project: &Project, options_fingerprint: &str) -> Self {
        let mut common = Sha256::new();
        common.update(env!("CARGO_PKG_VERSION"));
        common.update(options_fingerprint);
        hash_tree(&mut common, &project.root.join("content"));
        hash_tree(&mut common, &project.layouts_dir);
        let locales = project
            .locales
            .iter()
            .map(|l| {
                let mut h = Sha256::new();
                h.update(l.meta.file.text.as_bytes());
                for f in &l.files {
                    h.update(f.path.to_string_lossy().as_bytes());
                    h.update(f.text.as_bytes());
                }
                (l.code().to_owned(), hex(&h.finalize()))
            })
            .collect();
        Self {
            common: hex(&common.finalize()),
            locales,
        }
    }

    /// The key of one job: common inputs, the job's locales and en-GB (the fallback).
    pub fn key(&self, job: &Job) -> String {
        let mut h = Sha256::new();
        h.update(&self.common);
        h.update(job.name());
        for code in [
            Some(job.locale.code()),
            job.second.map(|s| s.code()),
            Some(crate::i18n::SOURCE_LOCALE),
        ]
        .into_iter()
        .flatten()
        {
            h.update(code);
            h.update(self.locales.get(code).map(String::as_str).unwrap_or(""));
        }
        hex(&h.finalize())
    }
}

/// The previous build's artifacts by job name (`locale/venue/format`) and its input keys.
pub fn previous(out_dir: &Path) -> (BTreeMap<String, Vec<Artifact>>, BTreeMap<String, String>) {
    let Ok(bytes) = std::fs::read(out_dir.join("manifest.json")) else {
        return Default::default();
    };
    let Ok(manifest) = serde_json::from_slice::<Manifest>(&bytes) else {
        return Default::default();
    };
    let mut by_job: BTreeMap<String, Vec<Artifact>> = BTreeMap::new();
    for a in manifest.artifacts {
        let job = if !a.job.is_empty() {
            a.job.clone()
        } else if !a.format.is_empty() {
            // Manifests before leafpress recorded the job (no venue-details jobs then).
            format!("{}/{}/{}", a.locale, a.venue, a.format)
        } else {
            continue;
        };
        by_job.entry(job).or_default().push(a);
    }
    (by_job, manifest.inputs)
}

/// Whether a job's previous files are all still on disk, unchanged in size.
/// (Sizes, not hashes: reading every PDF back would cost more than a no-op build may.)
pub fn still_valid(out_dir: &Path, artifacts: &[Artifact]) -> bool {
    !artifacts.is_empty()
        && artifacts.iter().all(|a| {
            std::fs::metadata(out_dir.join(&a.path)).is_ok_and(|m| m.len() as usize == a.bytes)
        })
}

fn hash_tree(h: &mut Sha256, dir: &Path) {
    let Ok(entries) = crate::source::sorted_entries(dir) else {
        return;
    };
    for path in entries {
        if path.is_dir() {
            hash_tree(h, &path);
        } else if let Ok(bytes) = std::fs::read(&path) {
            h.update(path.to_string_lossy().as_bytes());
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
