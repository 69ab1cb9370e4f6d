//! Filtering the bundled dataset: OR within a facet, AND across facets, countries by venue or
//! participation, text in both scripts, date windows, and facet counts checked by brute force.

use std::collections::BTreeSet;

use cooperation_atlas::domain::dataset::Dataset;
use cooperation_atlas::domain::date::PartialDate;
use cooperation_atlas::domain::filter::{apply, Filters};
use cooperation_atlas::domain::model::{Facet, Mode};
use cooperation_atlas::BUNDLED_DATASET_JSON;

fn dataset() -> Dataset {
    Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
}

fn ids(dataset: &Dataset, filters: &Filters) -> BTreeSet<String> {
    apply(dataset, filters)
        .events
        .iter()
        .map(|&i| dataset.events()[i].id.clone())
        .collect()
}

fn set(values: &[&str]) -> BTreeSet<String> {
    values.iter().map(|v| v.to_string()).collect()
}

#[test]
fn no_filter_keeps_every_event_in_date_order() {
    let dataset = dataset();
    let selection = apply(&dataset, &Filters::default());
    assert_eq!(
        selection.events,
        (0..dataset.events().len()).collect::<Vec<_>>()
    );
}

#[test]
fn a_country_matches_the_venue_or_a_participant() {
    let dataset = dataset();
    let filters = Filters {
        countries: set(&["FR"]),
        ..Filters::default()
    };
    let found = ids(&dataset, &filters);
    // The consul's meeting had only Chinese participants but took place in Strasbourg.
    assert!(found.contains("consul-pan-yumin-meets-wei-bingbo-2024"));
    // The CAS–CNRS dialogue took place in Beijing with France taking part.
    assert!(found.contains("cas-cnrs-strategic-dialogue-2024"));
    assert!(!found.contains("roadshow-yingtan-2021"));
    for event in dataset.events() {
        let expected = event.countries.iter().any(|c| c == "FR")
            || event.venue.as_ref().is_some_and(|v| v.country == "FR");
        assert_eq!(found.contains(&event.id), expected, "{}", event.id);
    }
}

#[test]
fn values_within_a_facet_combine_with_or_and_facets_with_and() {
    let dataset = dataset();
    let fr = ids(
        &dataset,
        &Filters {
            countries: set(&["FR"]),
            ..Filters::default()
        },
    );
    let ru = ids(
        &dataset,
        &Filters {
            countries: set(&["RU"]),
            ..Filters::default()
        },
    );
    let both = ids(
        &dataset,
        &Filters {
            countries: set(&["FR", "RU"]),
            ..Filters::default()
        },
    );
    assert_eq!(both, fr.union(&ru).cloned().collect());

    let online = Filters {
        modes: BTreeSet::from([Mode::Online]),
        ..Filters::default()
    };
    let ru_online = Filters {
        countries: set(&["RU"]),
        ..online.clone()
    };
    assert_eq!(
        ids(&dataset, &ru_online),
        set(&["china-russia-engineering-forum-2021"])
    );
}

#[test]
fn text_search_covers_both_scripts_case_and_width() {
    let dataset = dataset();
    let search = |text: &str| {
        ids(
            &dataset,
            &Filters {
                text: text.into(),
                ..Filters::default()
            },
        )
    };
    let wei = search("魏炳波");
    assert!(
        wei.contains("c-mrs-delegation-strasbourg-2024")
            && wei.contains("wei-bingbo-keynote-space-materials-2024")
    );
    assert_eq!(search("wei bingbo"), wei);
    assert!(search("Strasbourg").contains("iamrs-founding-consultation-2024"));
    let cnrs = search("cnrs");
    assert!(cnrs.contains("cas-cnrs-strategic-dialogue-2024"));
    assert_eq!(search("ＣＮＲＳ"), cnrs);
    assert_eq!(search("CNRS"), cnrs);
    // Organizations, people and places are searched, not only titles.
    assert!(search("helmholtz").contains("science-centers-conference-2021"));
    // One term may match an organization's name and another the event's own text.
    assert!(search("helmholtz conference").contains("science-centers-conference-2021"));
    assert!(search("cnrs 對話").contains("cas-cnrs-strategic-dialogue-2024"));
    assert!(search("helmholtz roadshow").is_empty());
    assert!(search("鹰潭").contains("roadshow-yingtan-2021"));
    assert!(search("no such words anywhere").is_empty());
}

#[test]
fn a_date_window_keeps_overlapping_events_at_their_precision() {
    let dataset = dataset();
    let window = |from: &str, to: &str| {
        let mut filters = Filters::default();
        filters.window.from = Some(PartialDate::parse(from).unwrap());
        filters.window.to = Some(PartialDate::parse(to).unwrap());
        ids(&dataset, &filters)
    };
    let may_2024 = window("2024-05", "2024-05");
    assert!(may_2024.contains("c-mrs-delegation-strasbourg-2024"));
    assert!(
        !may_2024.contains("cas-cnrs-strategic-dialogue-2024"),
        "a June event is outside May"
    );
    // An event known only to the month overlaps any day of that month.
    assert!(window("2023-05-20", "2023-05-20").contains("e-mrs-40th-anniversary-2023"));
    // The 2020–2021 programme overlaps a window in 2021.
    assert!(window("2021-11", "2021-12").contains("china-russia-innovation-years-2020"));
}

#[test]
fn the_events_around_a_window_are_those_every_other_filter_keeps() {
    let dataset = dataset();
    let mut filters = Filters::default();
    filters.toggle(Facet::Country, "FR");
    filters.text = "2024".into();
    let without_window = apply(&dataset, &filters);
    assert_eq!(without_window.around_window, without_window.events);
    filters.window.from = Some(PartialDate::parse("2024-06").unwrap());
    filters.window.to = Some(PartialDate::parse("2024-06").unwrap());
    let with_window = apply(&dataset, &filters);
    assert_eq!(with_window.around_window, without_window.events);
    assert!(
        with_window.events.len() < with_window.around_window.len(),
        "the window leaves out some: {:?}",
        with_window.events
    );
    assert!(with_window
        .events
        .iter()
        .all(|e| with_window.around_window.contains(e)));
}

/// Every count must equal the number of events the value would give if it were the facet's
/// only chosen value, with the other facets as they are.
fn assert_counts_match_brute_force(dataset: &Dataset, filters: &Filters) {
    let selection = apply(dataset, filters);
    for (i, code) in dataset.countries().iter().enumerate() {
        let alone = Filters {
            countries: set(&[code]),
            ..filters.clone()
        };
        assert_eq!(
            selection.counts.of(Facet::Country)[i] as usize,
            apply(dataset, &alone).events.len(),
            "country {code} with {filters:?}"
        );
    }
    for (i, organization) in dataset.organizations().iter().enumerate() {
        let alone = Filters {
            organizations: set(&[&organization.id]),
            ..filters.clone()
        };
        assert_eq!(
            selection.counts.of(Facet::Organization)[i] as usize,
            apply(dataset, &alone).events.len(),
            "org {}",
            organization.id
        );
    }
    for (i, topic) in dataset.topics().iter().enumerate() {
        let alone = Filters {
            topics: set(&[&topic.id]),
            ..filters.clone()
        };
        assert_eq!(
            selection.counts.of(Facet::Topic)[i] as usize,
            apply(dataset, &alone).events.len(),
            "topic {}",
            topic.id
        );
    }
    for (i, mode) in Mode::ALL.into_iter().enumerate() {
        let alone = Filters {
            modes: BTreeSet::from([mode]),
            ..filters.clone()
        };
        assert_eq!(
            selection.counts.of(Facet::Mode)[i] as usize,
            apply(dataset, &alone).events.len(),
            "mode {mode:?}"
        );
    }
}

#[test]
fn facet_counts_equal_the_events_each_value_would_give() {
    let dataset = dataset();
    let mut from_2021 = Filters::default();
    from_2021.window.from = Some(PartialDate::parse("2021").unwrap());
    let cases = [
        Filters::default(),
        Filters {
            countries: set(&["RU"]),
            ..Filters::default()
        },
        Filters {
            countries: set(&["FR", "DE"]),
            topics: set(&["awards", "science-centres"]),
            ..Filters::default()
        },
        Filters {
            modes: BTreeSet::from([Mode::Hybrid]),
            organizations: set(&["cast", "gcasc"]),
            ..Filters::default()
        },
        Filters {
            text: "materials".into(),
            ..from_2021
        },
    ];
    for filters in &cases {
        assert_counts_match_brute_force(&dataset, filters);
    }
    // With "online" chosen, no award was online: the awards topic counts zero (shown disabled).
    let online = Filters {
        modes: BTreeSet::from([Mode::Online]),
        ..Filters::default()
    };
    let awards = dataset.facet_position(Facet::Topic, "awards").unwrap();
    assert_eq!(apply(&dataset, &online).counts.of(Facet::Topic)[awards], 0);
}
