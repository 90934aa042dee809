#![no_main]
//! See `leafpress::fuzzing::content_toml`; kept crashers go to tests/fixtures/fuzz/content_toml/.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| leafpress::fuzzing::content_toml(data));
