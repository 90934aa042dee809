//! Incremental builds: every artifact records a hash of the inputs its job depends on
//! (content, its locales' files, layouts and fonts, leafpress's version, the options that
//! change output). A job whose hash and files are unchanged since the last build is not
//! rendered again. Each job also records a hash of the facts its files print (numbers,
//! URLs and service names of `content/resources.toml`, the venue's details): a failed job's
//! last good files stay published only while those facts are unchanged.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Artifact, Job, Manifest};
use crate::diag::Diagnostic;
use crate::source::Project;

/// Hashes of the input groups, computed once per build.
pub struct InputHashes {
    common: String,
    locales: BTreeMap<String, String>,
    /// The facts of `content/resources.toml` every output may print.
    facts: String,
}

impl InputHashes {
    /// Hashes content/, layouts/ (with fonts and templates) and each locale folder.
    pub fn of(project: &Project, options_fingerprint: &str) -> Self {
        let mut common = Sha256::new();
        common.update(env!("CARGO_PKG_VERSION"));
        common.update(options_fingerprint);
        hash_tree(&mut common, &project.root, &project.root.join("content"));
        hash_tree(&mut common, &project.root, &project.layouts_dir);
        let locales = project
            .locales
            .iter()
            .map(|l| {
                let mut h = Sha256::new();
                h.update(l.meta.file.text.as_bytes());
                for f in &l.files {
                    h.update(relative(&project.root, &f.path).as_bytes());
                    h.update(f.text.as_bytes());
                }
                (l.code().to_owned(), hex(&h.finalize()))
            })
            .collect();
        Self {
            common: hex(&common.finalize()),
            locales,
            facts: resource_facts(&project.resources.data),
        }
    }

    /// The hash of the facts a job's files print: every number, web address and service
    /// name of `content/resources.toml` (any message may print any of them), and with venue
    /// details the venue's name, phone, address, hours and nation. Dates checked, sources
    /// and the wording around the facts do not count.
    pub fn facts(&self, job: &Job) -> String {
        let mut h = Sha256::new();
        h.update(&self.facts);
        if let Some(site) = job.site {
            let details = serde_json::json!({
                "name": site.name,
                "phone": site.phone,
                "address": site.address,
                "hours": site.hours,
                "nation": site.nation.map(|n| n.as_str()),
            });
            h.update(details.to_string());
        }
        hex(&h.finalize())
    }

    /// The key of one job: common inputs, the job's locales and en-GB (the fallback).
    pub fn key(&self, job: &Job) -> String {
        let mut h = Sha256::new();
        h.update(&self.common);
        h.update(job.name());
        // An audio job also depends on the speech engine's version (`voice` is in locale.toml).
        h.update(crate::render::audio::engine_version(job));
        // A braille job on liblouis's version (its table is in locale.toml, its page in content/).
        h.update(crate::render::braille::engine_version(job));
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

/// The hash of the facts of `content/resources.toml` as outputs print them.
fn resource_facts(resources: &crate::source::content::ResourcesFile) -> String {
    let mut h = Sha256::new();
    h.update(crate::i18n::terms_ftl(resources));
    for (name, value) in crate::i18n::fact_variables(resources) {
        h.update(format!("{name}={value}\n"));
    }
    for r in &resources.resources {
        let fact = serde_json::json!([
            r.id.get_ref(),
            r.name,
            r.phone.as_ref().map(|p| p.get_ref()),
            r.url.as_ref().map(|u| u.get_ref()),
            r.short_url,
            r.spoken_url.as_ref().map(|u| u.get_ref()),
            r.spoken_name.as_ref().map(|u| u.get_ref()),
        ]);
        h.update(fact.to_string());
    }
    hex(&h.finalize())
}

/// What the previous build recorded in its manifest.
#[derive(Default)]
pub struct Previous {
    /// Its job files by job name (`locale/venue/format`).
    pub by_job: BTreeMap<String, Vec<Artifact>>,
    /// The site's own files (pages, fonts, lists): no job.
    pub site: Vec<Artifact>,
    /// Each job's input key.
    pub inputs: BTreeMap<String, String>,
    /// Each job's facts hash (absent in manifests before leafpress recorded them).
    pub facts: BTreeMap<String, String>,
    /// Jobs whose files are the last good ones of a failed job, with the failure.
    pub failed: BTreeMap<String, String>,
}

/// The previous build's manifest, as [`Previous`]; empty when there is none.
pub fn previous(out_dir: &Path) -> Previous {
    let Ok(bytes) = std::fs::read(out_dir.join("manifest.json")) else {
        return Default::default();
    };
    let Ok(manifest) = serde_json::from_slice::<Manifest>(&bytes) else {
        return Default::default();
    };
    let mut by_job: BTreeMap<String, Vec<Artifact>> = BTreeMap::new();
    let mut site = Vec::new();
    for a in manifest.artifacts {
        let job = if !a.job.is_empty() {
            a.job.clone()
        } else if !a.format.is_empty() {
            // Manifests before leafpress recorded the job (no venue-details jobs then).
            format!("{}/{}/{}", a.locale, a.venue, a.format)
        } else {
            site.push(a);
            continue;
        };
        by_job.entry(job).or_default().push(a);
    }
    Previous {
        by_job,
        site,
        inputs: manifest.inputs,
        facts: manifest.facts,
        failed: manifest.failed,
    }
}

/// Whether the file at `rel` in the output folder is still the one leafpress wrote
/// (`sha256`), so that it may remove it. A path that is not plainly relative and inside the
/// folder never is.
pub fn ours(out_dir: &Path, rel: &str, sha256: &str) -> bool {
    let path = Path::new(rel);
    let plain = path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
        && !rel.starts_with(super::output::STAGING);
    plain
        && std::fs::read(out_dir.join(path))
            .is_ok_and(|bytes| hex(&Sha256::digest(&bytes)) == sha256)
}

/// Whether a job's previous files are all still on disk, unchanged in size.
/// (Sizes, not hashes: reading every PDF back would cost more than a no-op build may.)
pub fn still_valid(out_dir: &Path, artifacts: &[Artifact]) -> bool {
    !artifacts.is_empty()
        && artifacts.iter().all(|a| {
            std::fs::metadata(out_dir.join(&a.path)).is_ok_and(|m| m.len() as usize == a.bytes)
        })
}

/// Hashes every file under `dir` with its path from `root`: the same project gives the
/// same hashes wherever it is checked out.
fn hash_tree(h: &mut Sha256, root: &Path, dir: &Path) {
    let Ok(entries) = crate::source::sorted_entries(dir) else {
        return;
    };
    for path in entries {
        if path.is_dir() {
            hash_tree(h, root, &path);
        } else if let Ok(bytes) = std::fs::read(&path) {
            h.update(relative(root, &path).as_bytes());
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
    }
}

/// `path` from `root`, with `/` between its parts (the path as given if it is elsewhere).
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Withdraws the files of `jobs` (failed, or kept from an earlier build, whose facts have
/// changed since they were built): the paths to remove with the commit, each checked to be
/// the file leafpress wrote; one error per job says so.
pub fn withdraw(
    out_dir: &Path,
    previous: &BTreeMap<String, Vec<Artifact>>,
    jobs: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut removals = Vec::new();
    for name in jobs {
        let artifacts = previous.get(name).map(Vec::as_slice).unwrap_or(&[]);
        let (ours, changed): (Vec<&Artifact>, Vec<&Artifact>) = artifacts
            .iter()
            .filter(|a| out_dir.join(&a.path).exists())
            .partition(|a| self::ours(out_dir, &a.path, &a.sha256));
        removals.extend(ours.iter().map(|a| a.path.clone()));
        let mut diag = Diagnostic::error(format!(
            "withdrew {name}: the facts its last good files print (numbers, web addresses or service names of content/resources.toml, or the venue's details) have changed since they were built, so its {} file(s) were removed from {} and from the download pages",
            ours.len(),
            out_dir.display()
        ))
        .with_hint("fix what failed and build it again: until then this output is not published");
        if !changed.is_empty() {
            diag = diag.with_hint(format!(
                "left in place, changed since leafpress wrote them (check them by hand): {}",
                changed
                    .iter()
                    .map(|a| a.path.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        diags.push(diag);
    }
    removals
}

/// The files of the previous build this one no longer makes and that leafpress may remove:
/// listed in the earlier manifest, not in the new one, not of a job outside this build
/// (`outside`: a partial build's other jobs, which stay) nor withdrawn, and unchanged since
/// leafpress wrote them. A file changed by hand is left, with a warning.
pub fn stale(
    out_dir: &Path,
    previous: &Previous,
    now: &[Artifact],
    outside: &std::collections::BTreeSet<String>,
    withdrawn: &[String],
    failed: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let made: std::collections::HashSet<&str> = now.iter().map(|a| a.path.as_str()).collect();
    // Without a complete site, its earlier pages stay rather than leave none.
    // (A page that failed is recorded by its path, which a job's name never looks like.)
    let site_complete = !failed.iter().any(|f| f == "site" || f.contains('.'));
    let jobs = previous
        .by_job
        .iter()
        .filter(|(name, _)| !outside.contains(*name) && !withdrawn.contains(name))
        .flat_map(|(_, artifacts)| artifacts);
    let site = previous.site.iter().filter(|_| site_complete);
    let mut stale = Vec::new();
    let mut changed = Vec::new();
    for a in jobs.chain(site) {
        if made.contains(a.path.as_str()) || stale.contains(&a.path) {
            continue;
        }
        if ours(out_dir, &a.path, &a.sha256) {
            stale.push(a.path.clone());
        } else if out_dir.join(&a.path).exists() {
            changed.push(a.path.as_str());
        }
    }
    if !changed.is_empty() {
        diags.push(
            Diagnostic::warning(format!(
                "{} file(s) an earlier build wrote are no longer made but were changed since, so they were left in place: {}",
                changed.len(),
                changed.join(", ")
            ))
            .with_hint("remove them by hand if they are not yours"),
        );
    }
    stale
}
