//! One signal per item of a list, fed from one reactive source.
//!
//! When hundreds of rows each read the same signal (facet counts, the filtered selection),
//! every change re-runs every row, and each re-run unsubscribes from and resubscribes to that
//! signal; with many subscribers that churn costs O(rows²). Fanning out instead, one effect
//! reads the source and sets only the rows whose value changed; each row reads its own signal.

use leptos::prelude::*;

/// `count` signals, item `i` holding `value(i)`; `value` may read signals, and is re-read for
/// every item whenever one of them changes.
pub fn fan_out<T>(
    count: usize,
    value: impl Fn(usize) -> T + Send + Sync + 'static,
) -> Vec<ReadSignal<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let signals: Vec<RwSignal<T>> = (0..count)
        .map(|i| RwSignal::new(untrack(|| value(i))))
        .collect();
    let targets = signals.clone();
    Effect::new(move |_| {
        for (i, signal) in targets.iter().enumerate() {
            let new = value(i);
            if signal.with_untracked(|old| *old != new) {
                signal.set(new);
            }
        }
    });
    signals.into_iter().map(|s| s.read_only()).collect()
}
