//! The bundled dataset: it validates, it is true to its sources, and bad datasets are reported
//! with the event and field at fault.

use std::path::Path;

use cooperation_atlas::domain::dataset::table::encoding::decode_natively;
use cooperation_atlas::domain::dataset::{self, Dataset, DatasetError, Decoding, Place};
use cooperation_atlas::domain::date::Precision;
use cooperation_atlas::domain::i18n::Locale;
use cooperation_atlas::domain::model::{ChineseNameBasis, Event, Mode, Source};
use cooperation_atlas::domain::present::date_span;
use cooperation_atlas::domain::pronunciation;
use cooperation_atlas::BUNDLED_DATASET_JSON;
use serde_json::json;

fn bundled() -> Dataset {
    Dataset::from_json(BUNDLED_DATASET_JSON).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn bundled_dataset_validates_and_is_sorted() {
    let dataset = bundled();
    assert!(
        dataset.events().len() >= 20,
        "only {} events",
        dataset.events().len()
    );
    assert!(dataset.events().windows(2).all(|w| w[0].span <= w[1].span));
    let topics = dataset.topics().len();
    assert!(
        (15..=30).contains(&topics),
        "{topics} topics; the vocabulary should have 15–30"
    );
}

#[test]
fn every_source_document_contributes_several_events() {
    let dataset = bundled();
    for document in [
        "000_05354dc9b27f6da8.txt",
        "001_7fd26c06e90b8748.txt",
        "002_70e0d02af64c80d1.txt",
        "003_2e79563f23336ce8.txt",
        "004_790b296e395d2186.txt",
    ] {
        let count = dataset
            .events()
            .iter()
            .filter(|e| source(e).document == document)
            .count();
        assert!(count >= 2, "{document} has {count} events");
    }
}

#[test]
fn every_topic_and_organization_is_used() {
    let dataset = bundled();
    for topic in dataset.topics() {
        assert!(
            dataset
                .events()
                .iter()
                .any(|e| e.topics.contains(&topic.id)),
            "topic {} is never used",
            topic.id
        );
    }
    for organization in dataset.organizations() {
        let used = dataset.events().iter().any(|e| {
            e.organizations.contains(&organization.id)
                || e.people
                    .iter()
                    .any(|p| p.organization.as_ref() == Some(&organization.id))
        });
        assert!(used, "organization {} is never used", organization.id);
    }
}

#[test]
fn online_events_have_no_position_and_hybrid_ones_do() {
    for event in bundled().events() {
        match event.mode {
            Mode::Online => assert!(event.venue.is_none(), "{}", event.id),
            Mode::Hybrid => assert!(
                event.venue.is_some(),
                "{} is hybrid without a venue",
                event.id
            ),
            Mode::InPerson => {}
        }
    }
}

#[test]
fn events_from_chinese_documents_keep_their_chinese_title() {
    for event in bundled().events() {
        if source(event).document.starts_with("003_") || source(event).document.starts_with("004_")
        {
            assert!(
                event.title.zh.is_some(),
                "{} has no Chinese title",
                event.id
            );
            assert!(
                event.summary.zh.is_some(),
                "{} has no Chinese summary",
                event.id
            );
        }
    }
}

#[test]
fn dates_match_what_the_sources_say() {
    let dataset = bundled();
    let event = |id: &str| dataset.event(id).unwrap_or_else(|| panic!("missing {id}"));
    let visit = event("c-mrs-delegation-strasbourg-2024");
    assert_eq!(date_span(&visit.span, Locale::En), "26–31 May 2024");
    assert_eq!(date_span(&visit.span, Locale::ZhHans), "2024年5月26日–31日");
    assert_eq!(
        event("e-mrs-40th-anniversary-2023").span.start.precision(),
        Precision::Month
    );
    assert_eq!(
        event("china-russia-engineering-forum-2021")
            .span
            .start
            .to_string(),
        "2021-11-24"
    );
    assert_eq!(
        event("magnesium-summit-lanxi-2023").span.start.to_string(),
        "2023-03-19"
    );
    // "近日" in an article of 27 June 2024: month precision, with a note saying so.
    let dialogue = event("cas-cnrs-strategic-dialogue-2024");
    assert_eq!(dialogue.span.start.to_string(), "2024-06");
    assert!(dialogue.date_note.as_deref().unwrap_or("").contains("近日"));
    // Year inferred for Chinese dates given without one: each says how.
    for id in [
        "china-russia-engineering-forum-2021",
        "roadshow-yingtan-2021",
        "roadshow-shenyang-2021",
    ] {
        assert!(event(id).date_note.is_some(), "{id} needs a date_note");
    }
}

#[test]
fn children_point_to_parents_in_the_same_document() {
    let dataset = bundled();
    for event in dataset.events() {
        if let Some(parent) = &event.parent {
            let parent = dataset.event(parent).unwrap();
            assert_eq!(
                source(parent).document,
                source(event).document,
                "{}",
                event.id
            );
        }
    }
    let visit = dataset
        .event_position("c-mrs-delegation-strasbourg-2024")
        .unwrap();
    let parts: Vec<usize> = dataset.children(visit).collect();
    assert_eq!(parts.len(), 4);
    // Each part names the visit as its parent, and they come in date order.
    for &part in &parts {
        assert_eq!(
            dataset.events()[part].parent.as_deref(),
            Some("c-mrs-delegation-strasbourg-2024")
        );
    }
    assert!(parts.windows(2).all(|w| w[0] < w[1]));
    let brute_force = dataset
        .events()
        .iter()
        .filter(|e| e.parent.is_some())
        .count();
    let indexed: usize = (0..dataset.events().len())
        .map(|i| dataset.children(i).count())
        .sum();
    assert_eq!(indexed, brute_force, "every part is under its parent");
}

#[test]
fn no_pronunciation_fragments_anywhere_in_the_file() {
    assert!(!pronunciation::has_fragments(BUNDLED_DATASET_JSON));
}

#[test]
fn every_bundled_event_is_summarised_and_cites_its_source() {
    // The format lets both be left out (a table has no column for a source); the bundled
    // dataset is curated and has both.
    for event in bundled().events() {
        assert!(
            !event.summary.en.trim().is_empty(),
            "{} has no summary",
            event.id
        );
        let source = source(event);
        assert!(
            !source.quote.trim().is_empty(),
            "{} quotes nothing",
            event.id
        );
    }
}

/// The source an event of the bundled dataset cites (a JSON dataset must cite one).
fn source(event: &Event) -> &Source {
    event
        .source
        .as_ref()
        .expect("every bundled event cites its source")
}

/// `../shared/sources/` when this checkout sits beside it; `None` (and the test says so) when not.
fn sources_dir() -> Option<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources");
    dir.is_dir().then_some(dir)
}

#[test]
fn every_quote_occurs_verbatim_in_its_source() {
    let Some(dir) = sources_dir() else {
        // CI runs beside a copy of shared/: there a missing folder is a failure, not a skip.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "../shared/sources/ is absent under CI, so no quote was checked"
        );
        // Shown by `tests/atlas test`, which names the skip before running the tests.
        eprintln!(
            "SKIPPED every_quote_occurs_verbatim_in_its_source: ../shared/sources/ is absent"
        );
        return;
    };
    let dataset = bundled();
    let mut checked = 0;
    for event in dataset.events() {
        let path = dir.join(&source(event).document);
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: cannot read {}: {e}", event.id, path.display()));
        // The Traditional Chinese page carries pinyin fragments the dataset leaves out.
        let text = pronunciation::strip_fragments(&raw);
        assert!(
            text.contains(&source(event).quote),
            "{}: quote not found in {}: {}",
            event.id,
            source(event).document,
            source(event).quote
        );
        checked += 1;
    }
    assert_eq!(checked, dataset.events().len());
}

#[test]
fn every_organization_has_a_chinese_name() {
    // The organization facet, the network and the panel show it in 简体 and 繁體.
    let dataset = bundled();
    let missing: Vec<&str> = dataset
        .organizations()
        .iter()
        .filter(|o| o.name.zh.is_none())
        .map(|o| o.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no Chinese name: {missing:?}");
}

#[test]
fn chinese_organization_names_occur_in_the_sources_unless_marked_as_outside() {
    let Some(dir) = sources_dir() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "../shared/sources/ is absent under CI, so no organization name was checked"
        );
        eprintln!("SKIPPED chinese_organization_names_occur_in_the_sources_unless_marked_as_outside: ../shared/sources/ is absent");
        return;
    };
    let mut sources = String::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        sources.push_str(&pronunciation::strip_fragments(&raw));
        sources.push('\n');
    }
    let dataset = bundled();
    let (mut from_sources, mut outside) = (0, 0);
    for organization in dataset.organizations() {
        let Some(zh) = organization.name.zh.as_deref() else {
            continue;
        };
        let in_sources = sources.contains(zh);
        match &organization.name_zh_outside_sources {
            None => {
                assert!(
                    in_sources,
                    "{}: \"{zh}\" is not in the source documents; mark where it comes from in name_zh_outside_sources",
                    organization.id
                );
                from_sources += 1;
            }
            Some(origin) => {
                assert!(
                    !in_sources,
                    "{}: \"{zh}\" is in the source documents, so it is not from outside them",
                    organization.id
                );
                assert!(!origin.note.trim().is_empty(), "{}", organization.id);
                outside += 1;
            }
        }
    }
    assert!(
        from_sources > 0 && outside > 0,
        "{from_sources} / {outside}"
    );
}

#[test]
fn a_note_on_a_chinese_name_needs_the_name_and_a_note() {
    let dataset = |organization: serde_json::Value| {
        json!({
            "organizations": [organization],
            "events": [{ "id": "base", "title": { "en": "Base" }, "start": "2024", "mode": "online",
                         "countries": ["CN"], "organizations": ["org-a"] }]
        })
        .to_string()
    };
    let marked = json!({ "basis": "translation", "note": "Translated for the dataset." });
    let good = json!({ "id": "org-a", "name": { "en": "Org A", "zh": "甲机构" },
                       "name_zh_outside_sources": marked });
    let opened = Dataset::from_json(&dataset(good)).unwrap_or_else(|e| panic!("{e}"));
    let origin = opened.organizations()[0].name_zh_outside_sources.as_ref();
    assert_eq!(origin.map(|o| o.basis), Some(ChineseNameBasis::Translation));
    // Old datasets, without the field, stay valid.
    let plain = json!({ "id": "org-a", "name": { "en": "Org A" } });
    assert!(Dataset::from_json(&dataset(plain)).is_ok());
    let cases = [
        (
            json!({ "id": "org-a", "name": { "en": "Org A" }, "name_zh_outside_sources": marked }),
            "organizations[0] (\"org-a\").name_zh_outside_sources",
            "name.zh is not given",
        ),
        (
            json!({ "id": "org-a", "name": { "en": "Org A", "zh": "甲机构" },
                    "name_zh_outside_sources": { "basis": "media", "note": " " } }),
            "organizations[0] (\"org-a\").name_zh_outside_sources.note",
            "must not be empty",
        ),
    ];
    for (organization, field, message) in cases {
        match Dataset::from_json(&dataset(organization)) {
            Err(DatasetError::Invalid(problems)) => assert!(
                problems
                    .iter()
                    .any(|p| p.field() == field && p.message.to_string().contains(message)),
                "expected {field} / {message}, got {problems:#?}"
            ),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }
    let unknown_basis = json!({ "id": "org-a", "name": { "en": "Org A", "zh": "甲机构" },
                                "name_zh_outside_sources": { "basis": "guess", "note": "n" } });
    assert!(matches!(
        Dataset::from_json(&dataset(unknown_basis)),
        Err(DatasetError::Json { .. })
    ));
}

/// A minimal valid dataset: a base event and event `ev` with `fields`, as JSON text.
fn with_event(fields: &serde_json::Value) -> String {
    let mut event = json!({
        "id": "ev", "title": { "en": "T" }, "summary": { "en": "S" },
        "source": { "document": "d.txt", "quote": "q" }
    });
    merge(&mut event, fields);
    json!({
        "organizations": [{ "id": "org-a", "name": { "en": "Org A" }, "country": "CN" }],
        "topics": [{ "id": "topic-a", "name": { "en": "Topic A" } }],
        "events": [
            { "id": "base", "title": { "en": "Base" }, "start": "2024-01-01", "mode": "online",
              "countries": ["CN"], "summary": { "en": "s" },
              "source": { "document": "d.txt", "quote": "q" } },
            event
        ]
    })
    .to_string()
}

fn merge(target: &mut serde_json::Value, fields: &serde_json::Value) {
    for (key, value) in fields.as_object().unwrap() {
        target[key] = value.clone();
    }
}

/// Event `ev` as it should be: a visit with a venue, a parent and known references.
fn good_event() -> serde_json::Value {
    json!({
        "start": "2024-05-26", "end": "2024-05-31", "mode": "in_person",
        "venue": { "name": "S", "city": "Strasbourg", "country": "FR", "lat": 48.57, "lon": 7.75 },
        "countries": ["CN", "FR"], "organizations": ["org-a"], "topics": ["topic-a"], "parent": "base"
    })
}

#[test]
fn the_template_itself_is_valid() {
    let dataset = Dataset::from_json(&with_event(&good_event())).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dataset.events().len(), 2);
}

#[test]
fn each_broken_rule_names_the_event_and_field() {
    let cases: Vec<(&str, serde_json::Value, &str, &str)> = vec![
        ("duplicate id", json!({"id": "base"}), "id", "duplicate"),
        (
            "unknown organization",
            json!({"organizations": ["org-x"]}),
            "organizations[0]",
            "org-x",
        ),
        (
            "unknown topic",
            json!({"topics": ["topic-x"]}),
            "topics[0]",
            "topic-x",
        ),
        (
            "unknown parent",
            json!({"parent": "nowhere"}),
            "parent",
            "nowhere",
        ),
        (
            "end before start",
            json!({"end": "2024-05-01"}),
            "end",
            "before the start",
        ),
        (
            "malformed date",
            json!({"start": "2024-5-26"}),
            "start",
            "YYYY-MM-DD",
        ),
        (
            "impossible date",
            json!({"start": "2023-02-29"}),
            "start",
            "28 days",
        ),
        (
            "latitude out of range",
            json!({"venue": { "name": "S", "city": "S", "country": "FR", "lat": 98.5, "lon": 7.75 }}),
            "venue.lat",
            "98.5",
        ),
        (
            "longitude out of range",
            json!({"venue": { "name": "S", "city": "S", "country": "FR", "lat": 48.5, "lon": 187.0 }}),
            "venue.lon",
            "187",
        ),
        (
            "online with venue",
            json!({"mode": "online"}),
            "venue",
            "online event has no venue",
        ),
        (
            "UK for GB",
            json!({"countries": ["UK"]}),
            "countries[0]",
            "use \"GB\"",
        ),
        (
            "unknown country",
            json!({"countries": ["XX"]}),
            "countries[0]",
            "\"XX\"",
        ),
        (
            "id not kebab-case",
            json!({"id": "Bad Id"}),
            "id",
            "kebab-case",
        ),
        (
            "pinyin in Chinese",
            json!({"title": { "en": "T", "zh": "創(chuàng)新" }}),
            "title.zh",
            "pinyin",
        ),
    ];
    for (name, override_fields, field, message) in cases {
        let mut fields = good_event();
        merge(&mut fields, &override_fields);
        let json = with_event(&fields);
        match Dataset::from_json(&json) {
            Err(DatasetError::Invalid(problems)) => {
                let found = problems.iter().any(|p| {
                    matches!(&p.place, Place::Event { field: f, .. } if f == field)
                        && p.message.to_string().contains(message)
                });
                assert!(
                    found,
                    "{name}: expected {field} / {message}, got {problems:#?}"
                );
            }
            other => panic!("{name}: expected Invalid, got {other:?}"),
        }
    }
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let broken = "{\n  \"events\": [\n    { \"id\": \"a\", }\n  ]\n}";
    match Dataset::from_json(broken) {
        Err(DatasetError::Json { line, column, .. }) => assert_eq!((line, column), (3, 18)),
        other => panic!("expected a JSON error, got {other:?}"),
    }
    match Dataset::from_json(r#"{"events": [{"id": "a"}]}"#) {
        Err(DatasetError::Json { message, .. }) => {
            assert!(message.contains("missing field"), "{message}")
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn problems_read_in_each_language() {
    let mut fields = good_event();
    merge(
        &mut fields,
        &json!({"start": "2024-02-30", "countries": ["UK"]}),
    );
    let Err(DatasetError::Invalid(problems)) = Dataset::from_json(&with_event(&fields)) else {
        panic!("expected problems");
    };
    let described = |locale| {
        problems
            .iter()
            .map(|p| p.describe(locale))
            .collect::<Vec<_>>()
    };
    let english = described(Locale::En);
    assert!(english
        .iter()
        .any(|p| p.contains("field start") && p.contains("month 2 of 2024 has 29 days")));
    assert!(english
        .iter()
        .any(|p| p.contains(r#""UK" is not an ISO 3166-1 alpha-2 country code (use "GB")"#)));
    let simplified = described(Locale::ZhHans);
    assert!(
        simplified
            .iter()
            .any(|p| p.contains("字段 start") && p.contains("2024年2月只有 29 天")),
        "{simplified:?}"
    );
    let traditional = described(Locale::ZhHant);
    assert!(
        traditional.iter().any(|p| p.contains("（請用「GB」）")),
        "{traditional:?}"
    );
}

/// Gives at most 7 bytes per read, as a file arriving in pieces may.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n = buffer.len().min(7).min(self.0.len());
        buffer[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn files_parse_like_text_whole_or_as_a_stream_and_name_broken_utf8() {
    let from_text = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
    let mut broken = b"{\"events\": [\n{\"id\": \"".to_vec();
    broken.extend([0xE9, 0xAD]);
    broken.extend(b"\"}]}");
    let json = BUNDLED_DATASET_JSON.as_bytes();
    let decoding = Decoding {
        decoder: &decode_natively,
        chosen: None,
    };
    // The size decides how the file is read: whole, or as a stream when said to be larger.
    for large in [false, true] {
        let size = |bytes: &[u8]| match large {
            true => dataset::READ_WHOLE_UP_TO + 1,
            false => bytes.len(),
        };
        let opened = dataset::open(
            Trickle(json),
            size(json),
            "events.json",
            (&[], &[]),
            decoding,
        )
        .result
        .unwrap();
        assert_eq!(
            from_text.events(),
            opened.dataset.events(),
            "large: {large}"
        );
        let name = "events.json";
        match dataset::open(Trickle(&broken), size(&broken), name, (&[], &[]), decoding).result {
            Err(DatasetError::Json { line, .. }) => assert_eq!(line, 2, "large: {large}"),
            other => panic!("expected a JSON error, got {other:?}"),
        }
    }
}

#[test]
fn parent_cycles_are_reported() {
    // "base" and "ev" are each other's parent.
    let json = with_event(
        &json!({ "start": "2024", "mode": "online", "countries": ["CN"], "parent": "base" }),
    )
    .replacen(r#""id":"base""#, r#""id":"base","parent":"ev""#, 1);
    match Dataset::from_json(&json) {
        Err(DatasetError::Invalid(problems)) => {
            assert!(
                problems
                    .iter()
                    .any(|p| p.field() == "parent" && p.message.to_string().contains("loops")),
                "{problems:#?}"
            )
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}
