#![no_main]
//! See `leafpress::fuzzing::ftl_check_resolve`; kept crashers go to tests/fixtures/fuzz/ftl_check_resolve/.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| leafpress::fuzzing::ftl_check_resolve(data));
