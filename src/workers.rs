//! The worker threads jobs run on. Plain threads pulling from a shared counter, not a rayon
//! pool: typst uses rayon inside a compile and a PDF export, and a rayon worker waiting on
//! such an inner task steals whole other jobs, so one thread ends up holding several
//! half-finished documents (the full matrix peaked near 800 MB that way).
//!
//! Each worker runs its jobs inside a rayon pool of its own with one thread, so typst's
//! inner parallel work stays on the worker's core: with a shared pool, two workers and
//! the pool's two threads competed for two cores (the full matrix took 1.7× the sum of
//! its documents' times per core; see `leafpress bench`).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

/// typst recurses deeply (complex scripts, nested layout): threads get 64 MiB stacks, as
/// typst-cli's do, instead of the 2 MiB default.
const STACK: usize = 64 * 1024 * 1024;

/// Runs `f` on every item on `threads` workers (one per core when `None`) and returns the
/// results in the items' order.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: Option<usize>,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    map_heaviest_first(items, threads, |_| 0, f)
}

/// Like [`map`], starting the items with the highest `cost` first (a stable order
/// otherwise), so the last items to finish are cheap ones and no worker is left alone
/// with a big one at the end. The results are still in the items' order.
pub fn map_heaviest_first<T: Sync, R: Send>(
    items: &[T],
    threads: Option<usize>,
    cost: impl Fn(&T) -> u32,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cost(&items[i])));
    big_stacks_for_rayon();
    let threads = threads
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for i in 0..threads {
            std::thread::Builder::new()
                .name(format!("leafpress-{i}"))
                .stack_size(STACK)
                .spawn_scoped(scope, || {
                    single_thread_pool().install(|| loop {
                        let Some(&index) = order.get(next.fetch_add(1, Ordering::Relaxed)) else {
                            break;
                        };
                        let item = &items[index];
                        let result = f(item);
                        done.lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((index, result));
                    })
                })
                .expect("worker thread starts");
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, r)| r).collect()
}

/// A rayon pool of one thread (with a big stack): typst's parallel work inside it runs
/// on that thread, one piece after the other.
pub fn single_thread_pool() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(STACK)
        .thread_name(|_| "leafpress-typst".into())
        .build()
        .expect("a rayon thread starts")
}

/// typst's inner parallel work outside [`map`] runs on rayon's global pool: give it big stacks too.
fn big_stacks_for_rayon() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Fails only if the global pool already exists (then it keeps its settings).
        let _ = rayon::ThreadPoolBuilder::new()
            .stack_size(STACK)
            .build_global();
    });
}
