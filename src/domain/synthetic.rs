//! Deterministic synthetic datasets shaped like real ones, for benchmarks and scale tests:
//! several hundred venues in ~60 countries, ~300 organizations, 30 topics, 30 years of dates
//! clustered around busy seasons, a share of online and month-precision events, and text in
//! English and Chinese. The same size always gives the same dataset.

use serde_json::{json, Value};

use crate::domain::country;
use crate::domain::random::Xorshift;

/// A few popular items and a long tail: the smaller of two draws.
fn popular(r: &mut Xorshift, n: usize) -> usize {
    r.below(n).min(r.below(n))
}

const COUNTRIES: usize = 60;
const VENUES: usize = 400;
const ORGANIZATIONS: usize = 300;
const TOPICS: usize = 30;
const WORDS_EN: [&str; 12] = [
    "cooperation",
    "materials",
    "energy",
    "forum",
    "dialogue",
    "summit",
    "innovation",
    "research",
    "agreement",
    "roadshow",
    "science",
    "technology",
];
const WORDS_ZH: [&str; 12] = [
    "合作", "材料", "能源", "论坛", "对话", "峰会", "创新", "研究", "协议", "路演", "科学", "技术",
];

/// A dataset of `events` events as JSON text, in the format of `assets/data/events.json`.
pub fn dataset_json(events: usize) -> String {
    let mut r = Xorshift::new(0x9E37_79B9_7F4A_7C15 ^ events as u64);
    let countries: Vec<&str> = country::assigned().step_by(4).take(COUNTRIES).collect();
    let topics: Vec<Value> = (0..TOPICS)
        .map(|i| json!({ "id": format!("topic-{i}"), "name": { "en": format!("Topic {i}"), "zh": format!("主题{i}") } }))
        .collect();
    let organizations: Vec<Value> = (0..ORGANIZATIONS)
        .map(|i| {
            json!({
                "id": format!("org-{i}"),
                "name": { "en": format!("Institute of {} {i}", WORDS_EN[i % 12]), "zh": format!("{}研究所{i}", WORDS_ZH[i % 12]) },
                "abbr": format!("I{i}"),
                "country": countries[i % COUNTRIES],
            })
        })
        .collect();
    let venues: Vec<(String, &str, f64, f64)> = (0..VENUES)
        .map(|i| {
            let lat = -50.0 + (r.below(12_000) as f64) / 100.0;
            let lon = -180.0 + (r.below(36_000) as f64) / 100.0;
            (
                format!("City {i}"),
                countries[popular(&mut r, COUNTRIES)],
                lat,
                lon,
            )
        })
        .collect();
    let events: Vec<Value> = (0..events)
        .map(|i| {
            let year = 1995 + popular(&mut r, 30) as i32;
            // Busy seasons: spring and autumn.
            let month = [3, 4, 5, 5, 6, 9, 9, 10, 11, 1, 7, 12][r.below(12)];
            let day = 1 + r.below(28);
            let precision = r.below(10);
            let (start, end) = match precision {
                0 => (format!("{year:04}-{month:02}"), Value::Null),
                1 if day < 25 => (
                    format!("{year:04}-{month:02}-{day:02}"),
                    json!(format!("{year:04}-{month:02}-{:02}", day + 3)),
                ),
                _ => (format!("{year:04}-{month:02}-{day:02}"), Value::Null),
            };
            let online = r.below(10) == 0;
            let venue = &venues[popular(&mut r, VENUES)];
            let mut taking_part = vec![venue.1, countries[r.below(COUNTRIES)]];
            taking_part.dedup();
            let word = |r: &mut Xorshift| r.below(12);
            let (a, b) = (word(&mut r), word(&mut r));
            json!({
                "id": format!("event-{i}"),
                "title": { "en": format!("{} {} meeting {i}", WORDS_EN[a], WORDS_EN[b]), "zh": format!("{}{}会议{i}", WORDS_ZH[a], WORDS_ZH[b]) },
                "start": start,
                "end": end,
                "mode": if online { "online" } else if r.below(8) == 0 { "hybrid" } else { "in_person" },
                "venue": if online { Value::Null } else {
                    json!({ "name": venue.0, "city": venue.0, "country": venue.1, "lat": venue.2, "lon": venue.3 })
                },
                "countries": taking_part,
                "organizations": [format!("org-{}", popular(&mut r, ORGANIZATIONS)), format!("org-{}", r.below(ORGANIZATIONS))],
                "topics": [format!("topic-{}", popular(&mut r, TOPICS))],
                "people": [{ "name": { "en": format!("Person {}", r.below(5_000)) }, "role": "speaker" }],
                "summary": { "en": format!("A synthetic {} event about {}.", WORDS_EN[b], WORDS_EN[a]) },
                "parent": null,
                "source": { "document": "synthetic", "quote": "synthetic" },
            })
        })
        .collect();
    json!({ "version": 1, "topics": topics, "organizations": organizations, "events": events })
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Dataset;

    #[test]
    fn synthetic_datasets_validate_and_are_deterministic() {
        let text = dataset_json(2_000);
        assert_eq!(text, dataset_json(2_000));
        let dataset = Dataset::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(dataset.events().len(), 2_000);
        assert!(
            dataset.countries().len() >= 50,
            "{} countries",
            dataset.countries().len()
        );
        let online = dataset
            .events()
            .iter()
            .filter(|e| e.venue.is_none())
            .count();
        assert!((100..400).contains(&online), "{online} online events");
    }
}
