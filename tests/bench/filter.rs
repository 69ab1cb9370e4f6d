//! How long one filter change takes: `cargo bench --bench filter`.
//!
//! Each benchmark runs [`apply`] on a synthetic dataset, the work done once per facet toggle,
//! date change or search keystroke.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use cooperation_atlas::domain::dataset::Dataset;
use cooperation_atlas::domain::date::PartialDate;
use cooperation_atlas::domain::filter::{apply, Filters};
use cooperation_atlas::domain::synthetic;

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [10_000, 100_000];

fn dataset(size: usize) -> &'static Dataset {
    static SMALL: OnceLock<Dataset> = OnceLock::new();
    static LARGE: OnceLock<Dataset> = OnceLock::new();
    let cell = if size == SIZES[0] { &SMALL } else { &LARGE };
    cell.get_or_init(|| Dataset::from_json(&synthetic::dataset_json(size)).unwrap())
}

/// The most common change: one country chosen.
#[divan::bench(args = SIZES)]
fn toggle_country(bencher: divan::Bencher, size: usize) {
    let dataset = dataset(size);
    let code = dataset.countries()[3].clone();
    let filters = Filters {
        countries: BTreeSet::from([code]),
        ..Filters::default()
    };
    bencher.bench(|| apply(dataset, divan::black_box(&filters)));
}

/// Three facets and a window at once.
#[divan::bench(args = SIZES)]
fn combined_filters(bencher: divan::Bencher, size: usize) {
    let dataset = dataset(size);
    let mut filters = Filters {
        countries: dataset.countries()[..5].iter().cloned().collect(),
        topics: BTreeSet::from(["topic-1".to_string(), "topic-2".to_string()]),
        ..Filters::default()
    };
    filters.window.from = PartialDate::parse("2005").ok();
    bencher.bench(|| apply(dataset, divan::black_box(&filters)));
}

/// A search keystroke, in English and in Chinese.
#[divan::bench(args = SIZES, consts = [0, 1])]
fn search<const CHINESE: usize>(bencher: divan::Bencher, size: usize) {
    let dataset = dataset(size);
    let text = if CHINESE == 1 {
        "合作"
    } else {
        "energy forum"
    };
    let filters = Filters {
        text: text.into(),
        ..Filters::default()
    };
    bencher.bench(|| apply(dataset, divan::black_box(&filters)));
}
