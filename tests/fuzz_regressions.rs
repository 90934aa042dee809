//! Replays every input kept from fuzzing (`tests/fixtures/fuzz/<target>/`) through the
//! same harness the cargo-fuzz target runs (`leafpress::fuzzing`), on stable Rust: each
//! once panicked, hung or was pathologically slow, and must now finish quickly.

use std::path::Path;
use std::time::{Duration, Instant};

/// Several times what the slowest kept input takes now in a debug build (under 2 s), far
/// below what they took before their fixes (from 40 s to an aborted process).
const LIMIT: Duration = Duration::from_secs(10);

fn replay(target: &str, harness: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    inputs.sort();
    // Warm up (loads the shipped project once) so the timing below is the input's own.
    harness(b"");
    for input in &inputs {
        let data = std::fs::read(input).unwrap();
        let started = Instant::now();
        harness(&data);
        let took = started.elapsed();
        eprintln!("{}: {took:?}", input.display());
        assert!(took < LIMIT, "{}: took {took:?}", input.display());
    }
}

#[test]
fn ftl_check_resolve() {
    replay("ftl_check_resolve", leafpress::fuzzing::ftl_check_resolve);
}

#[test]
fn content_toml() {
    replay("content_toml", leafpress::fuzzing::content_toml);
}

/// `content_toml/resource-name-with-line-break.toml`: a line break in a service's name ended
/// its generated term and started a new entry, which replaced the guide's title in every
/// locale without a word. The loader now refuses such a name.
#[test]
fn a_term_name_cannot_start_a_new_entry() {
    let mut project = leafpress::fuzzing::shipped(false).clone();
    project.resources.data.resources[0].name = "Revenge Porn Helpline\nguide-title = X".into();
    let mut diags = Vec::new();
    leafpress::source::validate(&project, &mut diags);
    assert!(
        diags
            .iter()
            .any(|d| d.is_error() && d.message.contains("line break")),
        "{diags:?}"
    );
}
