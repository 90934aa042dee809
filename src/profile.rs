//! Where a build spends its time: per-stage totals (summed over worker threads), printed
//! by `leafpress build` when `LEAFPRESS_PROFILE` is set and reported by `leafpress bench`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

static TOTALS: Mutex<Vec<(&'static str, Duration, u32)>> = Mutex::new(Vec::new());

/// Runs `f`, adding its wall time to `stage`'s total.
pub fn time<T>(stage: &'static str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    add(stage, started.elapsed());
    out
}

/// Adds `spent` to `stage`'s total.
pub fn add(stage: &'static str, spent: Duration) {
    let mut totals = TOTALS.lock().unwrap_or_else(|e| e.into_inner());
    match totals.iter_mut().find(|(s, ..)| *s == stage) {
        Some((_, total, n)) => {
            *total += spent;
            *n += 1;
        }
        None => totals.push((stage, spent, 1)),
    }
}

/// Takes the totals gathered so far (stage, time, calls), in first-seen order.
pub fn take() -> Vec<(&'static str, Duration, u32)> {
    std::mem::take(&mut *TOTALS.lock().unwrap_or_else(|e| e.into_inner()))
}
