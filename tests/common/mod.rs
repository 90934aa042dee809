//! Shared harness for integration tests: runs the real `leafpress` binary on the real
//! project (or a copy of it with one file broken) and reads the outputs back.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

#[allow(unused_imports)] // not every test binary uses every helper
pub use leafpress::inspect::{compact, inspect, PdfInfo};

/// The repository root (the shipped project).
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn leafpress() -> Command {
    Command::new(env!("CARGO_BIN_EXE_leafpress"))
}

/// Runs `leafpress build` on `project` into `out` with extra args.
pub fn build(project: &Path, out: &Path, extra: &[&str]) -> Output {
    leafpress()
        .arg("build")
        .arg("--project")
        .arg(project)
        .arg("--out")
        .arg(out)
        .args(extra)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("leafpress runs")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The en-GB build of the shipped project, made once per test binary.
pub fn en_gb_dist() -> &'static Path {
    static DIST: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIST.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = build(&project_root(), dir.path(), &["--locales", "en-GB"]);
        assert!(
            out.status.success(),
            "en-GB build failed:\n{}",
            stderr(&out)
        );
        dir
    })
    .path()
}

/// Reads a built PDF back.
pub fn read_pdf(path: &Path) -> PdfInfo {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    inspect(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A copy of the shipped project in a temp dir, to break one file in.
pub fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["content", "locales", "layouts"] {
        copy_dir(&project_root().join(sub), &dir.path().join(sub));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Replaces `from` with `to` in a file, asserting the text was there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// `leafpress build` as [`build`] does, which must fail with exit code 1; its stderr.
pub fn build_fails(project: &Path, out: &Path, args: &[&str]) -> String {
    let result = build(project, out, args);
    let err = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{err}");
    err
}

/// The first line of `path` that starts with `prefix` (a message, a TOML key).
pub fn line_starting(path: &Path, prefix: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting with {prefix:?} in {}", path.display()))
        .to_owned()
}

/// Every file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            if e.path().is_dir() {
                walk(base, &e.path(), out);
            } else {
                out.push(
                    e.path()
                        .strip_prefix(base)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Optional external tools (poppler, Chromium): a test without them is skipped with a
/// reason, unless LEAFPRESS_REQUIRE_TOOLS=1 (set by CI), where a missing tool fails.
pub fn require_tool(tool: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok();
    if !found {
        if std::env::var("LEAFPRESS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!("{tool} is required (LEAFPRESS_REQUIRE_TOOLS=1) but not installed");
        }
        eprintln!("SKIPPED: {tool} is not installed (Debian: poppler-utils for pdftotext, mupdf-tools for mutool)");
    }
    found
}

pub const VENUES: [&str; 3] = ["clinic", "police", "school"];
pub const FORMATS: [&str; 3] = ["card", "handout", "leaflet"];

/// Makes message `id` in the `.ftl` file `file` `times` times as long (its text repeated):
/// a translation that runs long, for fit and proof tests.
pub fn lengthen(file: &Path, id: &str, times: usize) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        match line.strip_prefix(&format!("{id} = ")) {
            Some(value) => out.push_str(&format!("{id} = {}\n", vec![value; times].join(" "))),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    assert_ne!(out, text, "{id} not found in {}", file.display());
    std::fs::write(file, out).unwrap();
}
