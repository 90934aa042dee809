//! The bad-input corpus: every folder of `tests/fixtures/invalid/` is one way to break a
//! copy of the shipped project, described by its `case.toml` (see the folder's README.md):
//! the edits, the command, and the exact diagnostic expected. Each case runs the real
//! binary on its own copy and checks the exit code, the message with its file:line:col and
//! hint, the outputs that must and must not exist, that nothing partial was written, and
//! that nothing panicked. Cases run two at a time.
//!
//! `LEAFPRESS_CASE=name cargo test --test invalid` runs one case.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use common::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    description: String,
    #[serde(default)]
    edit: Vec<Edit>,
    run: Run,
    expect: Expect,
}

/// One change to the project copy.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    /// Path inside the project copy.
    file: String,
    mode: Mode,
    /// Text to write, append, prepend or replace with.
    #[serde(default)]
    text: String,
    /// `text` is repeated this many times (a 1 MB message).
    #[serde(default = "one")]
    repeat: usize,
    /// `replace`: the text to replace (its first occurrence; it must be there).
    find: Option<String>,
    /// `remove-message`: the ID of the message to take out of `file`.
    id: Option<String>,
    /// `*-bytes`: a file in the case folder holding the bytes…
    bytes: Option<String>,
    /// … or the bytes in hex (`"ef bb bf"`).
    hex: Option<String>,
    /// `symlink`: where the link points; `copy`: the file or folder copied to `file`.
    target: Option<String>,
}

fn one() -> usize {
    1
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Mode {
    Write,
    Append,
    Prepend,
    Replace,
    RemoveMessage,
    WriteBytes,
    AppendBytes,
    PrependBytes,
    /// Every LF becomes CRLF.
    Crlf,
    Symlink,
    Delete,
    Mkdir,
    Copy,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Run {
    /// The command line after `leafpress`: `build` gets `--project COPY --out OUT`,
    /// `check` gets `--project COPY`. `{project}` in an argument is the copy's path.
    args: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// 0 ok, 1 failed, 2 could not run.
    exit: i32,
    /// The diagnostic's severity (`error` or `warning`).
    #[serde(default = "error")]
    severity: String,
    /// A required part of the diagnostic's message (or of stderr, for `plain` ones).
    message: Option<String>,
    /// `file:line:col` of that diagnostic; `file` alone when no position exists.
    at: Option<String>,
    /// The message is a plain line on stderr (a `leafpress: …` line), not a diagnostic.
    #[serde(default)]
    plain: bool,
    /// Files (or folders) under the output folder that must exist…
    #[serde(default)]
    built: Vec<String>,
    /// … and that must not.
    #[serde(default)]
    not_built: Vec<String>,
    /// Nothing at all may be written to the output folder.
    #[serde(default)]
    nothing_written: bool,
    /// Files byte-identical to the same build of the unmodified project.
    #[serde(default)]
    same_as_shipped: Vec<String>,
    /// Text that must appear literally in a PDF's text layer (whitespace ignored).
    #[serde(default)]
    pdf_contains: Vec<FileText>,
    #[serde(default)]
    pdf_lacks: Vec<FileText>,
    /// Text that must (not) appear in an output file as written (HTML).
    #[serde(default)]
    file_contains: Vec<FileText>,
    #[serde(default)]
    file_lacks: Vec<FileText>,
}

fn error() -> String {
    "error".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileText {
    file: String,
    text: String,
}

fn corpus() -> PathBuf {
    project_root().join("tests/fixtures/invalid")
}

fn case_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("case.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn load_case(dir: &Path) -> Case {
    let text = std::fs::read_to_string(dir.join("case.toml")).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}/case.toml: {e}", dir.display()))
}

#[test]
fn corpus_has_the_required_cases() {
    let dirs = case_dirs();
    assert!(dirs.len() >= 30, "only {} cases", dirs.len());
    for dir in &dirs {
        let case = load_case(dir);
        assert!(!case.description.trim().is_empty(), "{}", dir.display());
    }
}

#[test]
fn every_case_gives_its_documented_diagnostic() {
    let only = std::env::var("LEAFPRESS_CASE").ok();
    let dirs: Vec<PathBuf> = case_dirs()
        .into_iter()
        .filter(|d| only.as_deref().is_none_or(|o| d.ends_with(o)))
        .collect();
    assert!(!dirs.is_empty(), "no case matches {only:?}");
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Duration, Result<(), String>)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 2);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(dir) = dirs.get(i) else { break };
                let name = dir.file_name().unwrap().to_string_lossy().into_owned();
                let started = Instant::now();
                let result = std::panic::catch_unwind(|| run_case(dir))
                    .unwrap_or_else(|p| Err(panic_text(&p)));
                results
                    .lock()
                    .unwrap()
                    .push((name, started.elapsed(), result));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = Vec::new();
    for (name, took, result) in &results {
        eprintln!(
            "{:>6.2} s  {name}{}",
            took.as_secs_f64(),
            if result.is_ok() { "" } else { "  FAILED" }
        );
        if let Err(why) = result {
            failures.push(format!("--- {name}:\n{why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} case(s) failed:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panicked".into())
}

/// Runs one case; every unmet expectation is collected.
fn run_case(dir: &Path) -> Result<(), String> {
    let case = load_case(dir);
    let project = project_copy();
    for edit in &case.edit {
        apply(dir, project.path(), edit)?;
    }
    let out_dir = tempfile::tempdir().unwrap();
    let output = run(project.path(), out_dir.path(), &case.run.args);
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    let mut problems = Vec::new();
    let e = &case.expect;
    let is_build = case.run.args[0] == "build";

    if output.status.code() != Some(e.exit) {
        problems.push(format!(
            "exit code {:?}, expected {}",
            output.status.code(),
            e.exit
        ));
    }
    if err.contains("panicked") || err.contains("RUST_BACKTRACE") {
        problems.push("leafpress panicked".into());
    }
    // Quoted lines must show invisible characters, never send them to the terminal.
    if let Some(c) = err.chars().find(|c| {
        (c.is_control() && !matches!(c, '\n' | '\t'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }) {
        problems.push(format!(
            "stderr carries the raw character U+{:04X}",
            c as u32
        ));
    }
    if let Some(message) = &e.message {
        if e.plain {
            if !err.contains(message.as_str()) {
                problems.push(format!("stderr lacks {message:?}"));
            }
        } else {
            problems.extend(check_diagnostic(&err, &e.severity, message, e.at.as_deref()).err());
        }
    }
    if is_build {
        problems.extend(check_outputs(&case, out_dir.path()));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  args: {:?}\n  stderr:\n{}",
            problems
                .iter()
                .map(|p| format!("  - {p}"))
                .collect::<Vec<_>>()
                .join("\n"),
            case.run.args,
            indent(&err)
        ))
    }
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(project: &Path, out: &Path, args: &[String]) -> Output {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("{project}", &project.to_string_lossy()))
        .collect();
    let mut cmd = leafpress();
    cmd.arg(&args[0]).arg("--project").arg(project);
    if args[0] == "build" {
        cmd.arg("--out").arg(out);
    }
    cmd.args(&args[1..])
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .output()
        .expect("leafpress runs")
}

/// The diagnostic blocks of stderr: each starts at an `error:` or `warning:` line.
fn blocks(err: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in err.lines() {
        if line.starts_with("error") || line.starts_with("warning") {
            out.push(String::new());
        }
        if let Some(block) = out.last_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    out
}

/// A diagnostic with `message`, of `severity`, at `at` (codespan's `┌─ file:l:c` or the
/// plain `--> file:l:c`), with a hint.
fn check_diagnostic(
    err: &str,
    severity: &str,
    message: &str,
    at: Option<&str>,
) -> Result<(), String> {
    let matching: Vec<String> = blocks(err)
        .into_iter()
        .filter(|b| b.lines().next().unwrap_or_default().contains(message))
        .collect();
    let Some(first) = matching.first() else {
        return Err(format!("no diagnostic says {message:?}"));
    };
    let found = matching
        .iter()
        .find(|b| b.starts_with(&format!("{severity}:")) || b.starts_with(&format!("{severity}[")));
    let Some(block) = found else {
        return Err(format!("{message:?} is not an {severity}:\n{first}"));
    };
    if let Some(at) = at {
        let located = block.lines().any(|l| {
            let l = l.trim_start();
            let rest = l
                .strip_prefix("┌─ ")
                .or_else(|| l.strip_prefix("--> "))
                .unwrap_or_default();
            rest.trim_end() == at
        });
        if !located {
            return Err(format!("{message:?} is not at {at}:\n{block}"));
        }
    }
    if !block.contains("hint:") {
        return Err(format!("{message:?} has no hint:\n{block}"));
    }
    Ok(())
}

/// What a build wrote: the expected files, nothing partial, the manifest consistent.
fn check_outputs(case: &Case, out: &Path) -> Vec<String> {
    let e = &case.expect;
    let mut problems = Vec::new();
    let files = files_under(out);
    if e.nothing_written && !files.is_empty() {
        problems.push(format!("files written: {files:?}"));
    }
    for f in &e.built {
        if !out.join(f).exists() {
            problems.push(format!("{f} was not built"));
        }
    }
    for f in &e.not_built {
        if out.join(f).exists() {
            problems.push(format!("{f} was built"));
        }
    }
    // Nothing partial: no temporary or staging file, every PDF complete.
    for f in &files {
        if f.split('/')
            .any(|part| part.starts_with(".tmp") || part.starts_with(".leafpress"))
        {
            problems.push(format!("temporary file left: {f}"));
        }
        if f.ends_with(".pdf") {
            let bytes = std::fs::read(out.join(f)).unwrap_or_default();
            let tail = &bytes[bytes.len().saturating_sub(32)..];
            if !bytes.starts_with(b"%PDF-") || !String::from_utf8_lossy(tail).contains("%%EOF") {
                problems.push(format!("{f} is not a complete PDF"));
            }
        }
    }
    // The manifest lists exactly what is on disk.
    if let Ok(bytes) = std::fs::read(out.join("manifest.json")) {
        let manifest: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        for a in manifest["artifacts"].as_array().into_iter().flatten() {
            let path = a["path"].as_str().unwrap_or_default();
            if !out.join(path).is_file() {
                problems.push(format!("manifest lists {path}, which is not on disk"));
            }
            if e.not_built.iter().any(|n| path.starts_with(n.as_str())) {
                problems.push(format!("manifest lists {path}, which must not be built"));
            }
        }
    }
    for f in &e.same_as_shipped {
        let shipped = shipped_build(&case.run.args).join(f);
        let (a, b) = (std::fs::read(out.join(f)), std::fs::read(&shipped));
        match (a, b) {
            (Ok(a), Ok(b)) if a == b => {}
            (Ok(_), Ok(_)) => problems.push(format!("{f} differs from the shipped project's")),
            _ => problems.push(format!("{f} missing here or in the shipped build")),
        }
    }
    for t in &e.pdf_contains {
        match pdf_text(&out.join(&t.file)) {
            Ok(text) if text.contains(&compact(&t.text)) => {}
            Ok(text) => problems.push(format!("{} lacks {:?}; its text: {text}", t.file, t.text)),
            Err(why) => problems.push(why),
        }
    }
    for t in &e.pdf_lacks {
        if pdf_text(&out.join(&t.file)).is_ok_and(|text| text.contains(&compact(&t.text))) {
            problems.push(format!("{} contains {:?}", t.file, t.text));
        }
    }
    for t in &e.file_contains {
        let text = std::fs::read_to_string(out.join(&t.file)).unwrap_or_default();
        if !text.contains(&t.text) {
            problems.push(format!("{} lacks {:?}", t.file, t.text));
        }
    }
    for t in &e.file_lacks {
        let text = std::fs::read_to_string(out.join(&t.file)).unwrap_or_default();
        if text.contains(&t.text) {
            problems.push(format!("{} contains {:?}", t.file, t.text));
        }
    }
    problems
}

/// Every page's text of a PDF, whitespace removed.
fn pdf_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let info = inspect(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(compact(
        &info
            .pages
            .iter()
            .map(|p| p.text.as_str())
            .collect::<String>(),
    ))
}

/// The unmodified project built with the same arguments, once per argument list.
fn shipped_build(args: &[String]) -> PathBuf {
    static BUILDS: OnceLock<Mutex<HashMap<Vec<String>, tempfile::TempDir>>> = OnceLock::new();
    let mut builds = BUILDS.get_or_init(Default::default).lock().unwrap();
    builds
        .entry(args.to_vec())
        .or_insert_with(|| {
            let dir = tempfile::tempdir().unwrap();
            let out = run(&project_root(), dir.path(), args);
            assert!(
                out.status.success(),
                "the shipped project does not build with {args:?}:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            dir
        })
        .path()
        .to_path_buf()
}

fn apply(case_dir: &Path, project: &Path, edit: &Edit) -> Result<(), String> {
    let path = project.join(&edit.file);
    let text = edit.text.repeat(edit.repeat);
    let read = || std::fs::read_to_string(&path).map_err(|e| format!("edit {}: {e}", edit.file));
    let write = |bytes: &[u8]| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).map_err(|e| format!("edit {}: {e}", edit.file))
    };
    let bytes = || -> Result<Vec<u8>, String> {
        if let Some(file) = &edit.bytes {
            return std::fs::read(case_dir.join(file)).map_err(|e| format!("{file}: {e}"));
        }
        let hex = edit
            .hex
            .as_deref()
            .ok_or("a *-bytes edit needs `bytes` or `hex`")?;
        hex.split_whitespace()
            .map(|b| u8::from_str_radix(b, 16).map_err(|e| format!("hex {b}: {e}")))
            .collect()
    };
    match edit.mode {
        Mode::Write => write(text.as_bytes()),
        Mode::Append => write((read()? + &text).as_bytes()),
        Mode::Prepend => write((text + &read()?).as_bytes()),
        Mode::Replace => {
            let old = read()?;
            let find = edit.find.as_deref().ok_or("replace needs `find`")?;
            if !old.contains(find) {
                return Err(format!("{} does not contain {find:?}", edit.file));
            }
            write(old.replacen(find, &text, 1).as_bytes())
        }
        Mode::RemoveMessage => {
            let old = read()?;
            let id = edit.id.as_deref().ok_or("remove-message needs `id`")?;
            let mut kept = Vec::new();
            let mut removing = false;
            let mut found = false;
            for line in old.split_inclusive('\n') {
                if line.starts_with(&format!("{id} =")) {
                    removing = true;
                    found = true;
                    continue;
                }
                if removing && (line.starts_with(' ') || line.trim().is_empty()) {
                    continue;
                }
                removing = false;
                kept.push(line);
            }
            if !found {
                return Err(format!("{} has no message {id}", edit.file));
            }
            write(kept.concat().as_bytes())
        }
        Mode::WriteBytes => write(&bytes()?),
        Mode::AppendBytes => {
            let mut old = std::fs::read(&path).map_err(|e| e.to_string())?;
            old.extend(bytes()?);
            write(&old)
        }
        Mode::PrependBytes => {
            let mut new = bytes()?;
            new.extend(std::fs::read(&path).map_err(|e| e.to_string())?);
            write(&new)
        }
        Mode::Crlf => write(
            read()?
                .replace("\r\n", "\n")
                .replace('\n', "\r\n")
                .as_bytes(),
        ),
        Mode::Symlink => {
            let target = edit.target.as_deref().ok_or("symlink needs `target`")?;
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap();
            }
            symlink(Path::new(target), &path)
        }
        Mode::Delete => if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        }
        .map_err(|e| format!("delete {}: {e}", edit.file)),
        Mode::Mkdir => std::fs::create_dir_all(&path).map_err(|e| e.to_string()),
        Mode::Copy => {
            let from = project.join(edit.target.as_deref().ok_or("copy needs `target`")?);
            copy_all(&from, &path).map_err(|e| format!("copy to {}: {e}", edit.file))
        }
    }
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(target, link).map_err(|e| e.to_string())
}

#[cfg(not(unix))]
fn symlink(_target: &Path, _link: &Path) -> Result<(), String> {
    Err("symbolic links need a Unix system".into())
}

fn copy_all(from: &Path, to: &Path) -> std::io::Result<()> {
    if from.is_dir() {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            copy_all(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(from, to).map(|_| ())
    }
}
