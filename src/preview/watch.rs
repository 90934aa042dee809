//! Live preview, watching: notices saved project files by polling their modification times.
//!
//! Why a poll and not the `notify` crate (inotify/FSEvents): a poll of the ~130 files of a
//! project (content/, locales/, layouts/) costs about 0.3 ms of one core every 25 ms, needs
//! no new dependency, and sees every way an editor saves — in place, truncate-and-write, or
//! a new file renamed over the old one (vim, VS Code, most Windows editors) — on every kind
//! of folder, including network drives, WSL's `/mnt/c` and Docker bind mounts, where
//! inotify events never arrive and a volunteer's setup is exactly where we cannot debug.
//! The price is latency: a save is seen 0–25 ms late (12 ms on average), which the page's
//! "updated in" figure includes, because it is measured from the file's own mtime. (At
//! 100 ms, a card took 84–177 ms from save to page, median about 150; the poll was half.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How often the project is polled.
pub const POLL: Duration = Duration::from_millis(25);

/// After a change, how long the files must stay as they are before they are read: an
/// editor or script that truncates a file and then writes it must not be caught in between
/// (seen on this machine: a poll read a Polish file empty, and the card came out in English).
const SETTLE: Duration = Duration::from_millis(15);

/// The longest a change waits to settle (a file written continuously is read anyway).
const SETTLE_MAX: Duration = Duration::from_millis(300);

/// The files seen at the last poll: path (relative to the project) → (mtime, length).
/// The length catches two saves within the file system's timestamp granularity.
pub struct Watch {
    root: PathBuf,
    seen: BTreeMap<PathBuf, (SystemTime, u64)>,
    /// When the last poll ran: a change it did not see happened after it.
    polled_at: SystemTime,
}

/// What changed since the last poll.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files added, changed or removed, relative to the project.
    pub paths: Vec<PathBuf>,
    /// A layout or font changed: the typesetter must be rebuilt.
    pub layouts: bool,
    /// A content or locale file changed: the project must be loaded again.
    pub sources: bool,
    /// The newest modification time among the changed files: when the save happened.
    pub saved_at: Option<SystemTime>,
    /// When the change was first seen (before it settled).
    pub seen: Option<Instant>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

impl Watch {
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            seen: snapshot(root),
            polled_at: SystemTime::now(),
        }
    }

    /// Compares the project with the last poll; once something changed, waits until the
    /// files stop changing (see [`SETTLE`]).
    pub fn poll(&mut self) -> Changes {
        let before = self.seen.clone();
        let previous_poll = self.polled_at;
        let changes = self.compare();
        if changes.is_empty() {
            return changes;
        }
        let started = Instant::now();
        while started.elapsed() < SETTLE_MAX {
            std::thread::sleep(SETTLE);
            if self.compare().is_empty() {
                break;
            }
        }
        // Everything that differs from before the change, however many polls it took.
        let mut changes = Changes {
            seen: Some(started),
            ..Changes::default()
        };
        for (path, stamp) in &self.seen {
            if before.get(path) != Some(stamp) {
                changes.saved_at = changes.saved_at.max(Some(stamp.0));
                changes.paths.push(path.clone());
            }
        }
        changes.paths.extend(
            before
                .keys()
                .filter(|p| !self.seen.contains_key(*p))
                .cloned(),
        );
        // Some file systems leave the mtime alone when a file is truncated on opening; the
        // save still happened after the poll that did not see it.
        changes.saved_at = changes.saved_at.map(|t| t.max(previous_poll));
        for path in &changes.paths {
            if path.starts_with("layouts") {
                changes.layouts = true;
            } else {
                changes.sources = true;
            }
        }
        changes
    }

    /// One look at the files: what differs from the last look.
    fn compare(&mut self) -> Changes {
        let at = SystemTime::now();
        let now = snapshot(&self.root);
        self.polled_at = at;
        let mut changes = Changes::default();
        for (path, stamp) in &now {
            if self.seen.get(path) != Some(stamp) {
                changes.paths.push(path.clone());
            }
        }
        changes
            .paths
            .extend(self.seen.keys().filter(|p| !now.contains_key(*p)).cloned());
        self.seen = now;
        changes
    }
}

/// Every file a preview depends on. The website's templates (`layouts/html/`) are left out:
/// they do not change a PDF.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (SystemTime, u64)> {
    let mut out = BTreeMap::new();
    for top in ["content", "locales", "layouts"] {
        walk(root, &root.join(top), &mut out);
    }
    out
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, (SystemTime, u64)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if meta.is_dir() {
            if rel != Path::new("layouts/html") {
                walk(root, &path, out);
            }
        } else if !is_editor_scratch(&entry.file_name().to_string_lossy()) {
            let mtime = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            out.insert(rel, (mtime, meta.len()));
        }
    }
}

/// Files editors write beside the one being edited (swap, backup, lock, autosave files):
/// saving them is not a change to the project.
fn is_editor_scratch(name: &str) -> bool {
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913" // vim's "can I write here" probe
        || name == ".DS_Store"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_saves_and_classifies_them() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for d in ["content", "locales/pl", "layouts/html", "layouts/fonts"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        std::fs::write(root.join("locales/pl/guide.ftl"), "a = b\n").unwrap();
        std::fs::write(root.join("layouts/card.typ"), "x").unwrap();
        let mut watch = Watch::new(root);
        assert!(watch.poll().is_empty());

        std::fs::write(root.join("locales/pl/guide.ftl"), "a = bc\n").unwrap();
        std::fs::write(root.join("locales/pl/.guide.ftl.swp"), "x").unwrap();
        std::fs::write(root.join("layouts/html/base.html.j2"), "x").unwrap();
        let changes = watch.poll();
        assert_eq!(changes.paths, [PathBuf::from("locales/pl/guide.ftl")]);
        assert!(changes.sources && !changes.layouts && changes.saved_at.is_some());

        std::fs::remove_file(root.join("layouts/card.typ")).unwrap();
        let changes = watch.poll();
        assert!(changes.layouts && !changes.sources, "{changes:?}");
        assert!(watch.poll().is_empty());
    }
}
