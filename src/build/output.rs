//! Write step. A build never changes `dist/` piecemeal: every file goes first to a staging
//! folder inside it (`.leafpress-staging/`), each one complete (temporary name + rename).
//! Only when every job has finished is the new manifest written there — the journal — and
//! the staged files renamed into place, the manifest last. A build killed while rendering
//! leaves the previous `dist/` untouched and consistent with its manifest; one killed while
//! committing is rolled forward by the next build. Files an earlier build wrote and this one
//! no longer makes (stale, or withdrawn) are listed in the staging folder before the journal
//! and removed in the same roll-forward, after the new files are in place; besides them the
//! staging folder is the only thing a build ever deletes.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The staging folder's name inside the output folder.
pub const STAGING: &str = ".leafpress-staging";
/// The journal: the new manifest, written once every file is staged.
const JOURNAL: &str = "manifest.json";
/// Holds the process id of the build writing to the staging folder.
const OWNER: &str = "pid";
/// Files to remove from the output folder at commit, one path a line (written before the
/// journal, so a rolled-forward build removes them too).
const REMOVALS: &str = "remove";

/// Writes `bytes` to `path` atomically (temporary file in the same folder + rename),
/// readable by everyone (0644), as a web server or print shop's share expects, and on disk
/// before it is renamed into place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_complete(path, bytes, true)
}

/// [`write_atomic`], without waiting for the disk when `sync` is false (staged files are
/// flushed together before the journal is written, see [`Staging::commit`]).
fn write_complete(path: &Path, bytes: &[u8], sync: bool) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".leafpress-tmp-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    if sync {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A build's staging folder.
pub struct Staging {
    out_dir: PathBuf,
    dir: PathBuf,
}

/// What [`Staging::begin`] found left by an earlier build.
#[derive(Debug, PartialEq, Eq)]
pub enum Recovered {
    Nothing,
    /// A build was killed while rendering: its staged files were discarded.
    Discarded,
    /// A build was killed while committing: its files were moved into place.
    RolledForward(usize),
}

impl Staging {
    /// Recovers what an interrupted build left, then starts a fresh staging folder.
    /// Fails if another live build is writing to the same output folder.
    pub fn begin(out_dir: &Path) -> std::io::Result<(Self, Recovered)> {
        let dir = out_dir.join(STAGING);
        let recovered = recover(out_dir)?;
        std::fs::create_dir_all(&dir)?;
        write_atomic(&dir.join(OWNER), std::process::id().to_string().as_bytes())?;
        let staging = Self {
            out_dir: out_dir.to_path_buf(),
            dir,
        };
        Ok((staging, recovered))
    }

    /// Stages one file (`rel` is its path inside the output folder). It is flushed to disk
    /// with the others at [`Staging::commit`]: one flush instead of one per file (which cost
    /// the full matrix 0.6 s of its workers' time).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
        write_complete(&self.dir.join(rel), bytes, false)
    }

    /// Where `rel` is now: staged by this build, or else in the output folder.
    pub fn current(&self, rel: &str) -> PathBuf {
        let staged = self.dir.join(rel);
        if staged.exists() {
            staged
        } else {
            self.out_dir.join(rel)
        }
    }

    /// Writes the journal (the new manifest), moves every staged file into place, removes
    /// the files of `remove` (paths inside the output folder, checked by the caller as
    /// leafpress's own), then moves the manifest and removes the staging folder.
    pub fn commit(self, manifest: &[u8], remove: &[String]) -> std::io::Result<()> {
        if !remove.is_empty() {
            write_complete(
                &self.dir.join(REMOVALS),
                remove.join("\n").as_bytes(),
                false,
            )?;
        }
        // Every staged file on disk before the journal says the build is complete.
        crate::profile::time("flush", || flush_all(&self.dir))?;
        write_atomic(&self.dir.join(JOURNAL), manifest)?;
        roll_forward(&self.out_dir, &self.dir)?;
        Ok(())
    }
}

/// Flushes every file written under `dir` to disk: one `syncfs` of its file system on
/// Linux; elsewhere each file in turn.
fn flush_all(dir: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let folder = std::fs::File::open(dir)?;
        // SAFETY: syncfs only reads the descriptor, which `folder` keeps open.
        if unsafe { libc::syncfs(folder.as_raw_fd()) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                flush_all(&path)?;
            } else {
                std::fs::File::open(&path)?.sync_all()?;
            }
        }
        Ok(())
    }
}

/// Finishes or discards what an interrupted build left in the staging folder.
pub fn recover(out_dir: &Path) -> std::io::Result<Recovered> {
    let dir = out_dir.join(STAGING);
    if !dir.exists() {
        return Ok(Recovered::Nothing);
    }
    if let Some(pid) = std::fs::read_to_string(dir.join(OWNER))
        .ok()
        .and_then(|s| s.trim().parse::<u32>().ok())
    {
        // Alive and running the same program (not a stale id reused by another process).
        let alive = std::fs::read_link(format!("/proc/{pid}/exe"))
            .ok()
            .is_some_and(|exe| std::env::current_exe().ok() == Some(exe));
        if pid != std::process::id() && alive {
            return Err(std::io::Error::other(format!(
                "another leafpress build (process {pid}) is writing to {}",
                out_dir.display()
            )));
        }
    }
    if dir.join(JOURNAL).exists() {
        let moved = roll_forward(out_dir, &dir)?;
        Ok(Recovered::RolledForward(moved))
    } else {
        std::fs::remove_dir_all(&dir)?;
        Ok(Recovered::Discarded)
    }
}

/// Moves every staged file into place (the journal last, as `manifest.json`), then removes
/// the staging folder. Idempotent: run again after a crash, it finishes the job.
fn roll_forward(out_dir: &Path, dir: &Path) -> std::io::Result<usize> {
    let mut moved = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            let rel = path.strip_prefix(dir).expect("under the staging folder");
            if path.is_dir() {
                stack.push(path);
            } else if rel != Path::new(JOURNAL)
                && rel != Path::new(OWNER)
                && rel != Path::new(REMOVALS)
            {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.starts_with(".leafpress-tmp-") {
                    continue; // a file whose writing was interrupted: never moved
                }
                let target = out_dir.join(rel);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::rename(&path, &target)?;
                moved += 1;
            }
        }
    }
    remove_listed(out_dir, &dir.join(REMOVALS))?;
    std::fs::rename(dir.join(JOURNAL), out_dir.join("manifest.json"))?;
    std::fs::remove_dir_all(dir)?;
    Ok(moved)
}

/// Removes the files listed in `list` (if any) from the output folder, and each folder
/// they leave empty. A file already gone is no error: a roll-forward may run twice.
fn remove_listed(out_dir: &Path, list: &Path) -> std::io::Result<()> {
    let text = match std::fs::read_to_string(list) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    };
    for rel in text.lines().filter(|l| !l.is_empty()) {
        let rel = Path::new(rel);
        // Never outside the output folder, whatever the list says.
        if !rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            continue;
        }
        match std::fs::remove_file(out_dir.join(rel)) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => return Err(err),
        }
        // Folders it leaves empty (a removed venue's), never the output folder itself.
        let mut folder = rel.parent();
        while let Some(f) = folder.filter(|f| !f.as_os_str().is_empty()) {
            if std::fs::remove_dir(out_dir.join(f)).is_err() {
                break; // not empty: someone's file, or another output
            }
            folder = f.parent();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn killed_while_rendering_leaves_the_old_files() {
        let out = tempfile::tempdir().unwrap();
        std::fs::write(out.path().join("manifest.json"), "old").unwrap();
        std::fs::write(out.path().join("a.pdf"), "old a").unwrap();
        let (staging, _) = Staging::begin(out.path()).unwrap();
        staging.write("a.pdf", b"new a").unwrap();
        std::mem::forget(staging); // "killed": nothing committed
        std::fs::write(out.path().join(STAGING).join(OWNER), "0").unwrap();
        assert_eq!(recover(out.path()).unwrap(), Recovered::Discarded);
        assert_eq!(
            std::fs::read_to_string(out.path().join("a.pdf")).unwrap(),
            "old a"
        );
        assert!(!out.path().join(STAGING).exists());
    }

    #[test]
    fn killed_while_committing_is_rolled_forward() {
        let out = tempfile::tempdir().unwrap();
        let (staging, _) = Staging::begin(out.path()).unwrap();
        staging.write("en/a.pdf", b"new a").unwrap();
        staging.write("index.html", b"new index").unwrap();
        write_atomic(&staging.dir.join(JOURNAL), b"new manifest").unwrap();
        std::fs::write(staging.dir.join(OWNER), "0").unwrap();
        std::mem::forget(staging);
        assert_eq!(recover(out.path()).unwrap(), Recovered::RolledForward(2));
        let read = |p: &str| std::fs::read_to_string(out.path().join(p)).unwrap();
        assert_eq!(read("en/a.pdf"), "new a");
        assert_eq!(read("manifest.json"), "new manifest");
    }

    #[test]
    fn removals_are_part_of_the_commit() {
        let out = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(out.path().join("en/gone")).unwrap();
        std::fs::write(out.path().join("en/gone/a.pdf"), "old").unwrap();
        std::fs::write(out.path().join("en/kept.pdf"), "mine").unwrap();
        let (staging, _) = Staging::begin(out.path()).unwrap();
        staging.write("en/b.pdf", b"new").unwrap();
        let remove = vec!["en/gone/a.pdf".to_owned(), "../escape".to_owned()];
        staging.commit(b"manifest", &remove).unwrap();
        assert!(
            !out.path().join("en/gone").exists(),
            "emptied folder removed"
        );
        assert!(out.path().join("en/kept.pdf").exists());
        assert!(out.path().join("en/b.pdf").exists());
        assert!(!out.path().join(STAGING).exists());
    }

    #[test]
    fn files_are_world_readable() {
        use std::os::unix::fs::PermissionsExt;
        let out = tempfile::tempdir().unwrap();
        write_atomic(&out.path().join("f"), b"x").unwrap();
        let mode = std::fs::metadata(out.path().join("f"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}
