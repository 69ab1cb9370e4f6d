//! How long placing the timeline's marks in rows takes: `cargo bench --bench timeline`.
//!
//! [`stack_within`] runs once per filter change and zoom step for the marks in view (at most
//! `MAX_MARKS`, past which the timeline counts bins); it tries every room for titles and
//! every number of title rows, so its cost grows with both.

use cooperation_atlas::domain::time::rows::{stack_within, Mark};
use cooperation_atlas::domain::time::scale::TimeScale;

fn main() {
    divan::main();
}

/// Marks spread over a year on a 1 200 px strip, one in ten a month-long span, titles of 40 to
/// 240 px, as in a busy view just under the bins' threshold.
fn marks(count: usize) -> Vec<Mark> {
    (0..count)
        .map(|i| {
            let start = (i * 7919 % 365) as f64;
            let long = i % 10 == 0;
            Mark {
                event: i,
                start,
                end: start + if long { 30.0 } else { 1.0 },
                label: 40.0 + (i * 31 % 200) as f64,
                readable: 70.0,
                inside: long.then_some(60.0),
                parent: None,
            }
        })
        .collect()
}

#[divan::bench(args = [25, 100, 400])]
fn stack_marks(bencher: divan::Bencher, count: usize) {
    let marks = marks(count);
    let scale = TimeScale {
        start: 0.0,
        end: 365.0,
        width: 1200.0,
    };
    bencher.bench(|| stack_within(divan::black_box(&marks), &scale, 6.0, 3.0, 12));
}
