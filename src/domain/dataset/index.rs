//! The high stage: a checked dataset sorted by date and indexed: ids by binary search, the
//! countries taking part, each event's facet positions and folded search text, and each
//! event's parts.

use std::collections::HashMap;

use crate::domain::dataset::rules::Checked;
use crate::domain::dataset::Dataset;
use crate::domain::date::DayRange;
use crate::domain::model::{Event, Facet};
use crate::domain::search::SearchTexts;

/// Every event's facet values (countries, organizations, topics, mode), as positions in the
/// dataset's tables, parallel to [`Dataset::events`] and in one block: the filter reads them in
/// order, not from one allocation per event (at 100 000 events those scattered reads made
/// counting the facets memory-bound).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetTable {
    /// Per event: where its values start in `positions`, and where each facet's values end,
    /// counted from there.
    starts: Vec<u32>,
    ends: Vec<[u16; 4]>,
    positions: Vec<u32>,
}

impl FacetTable {
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The facet values of the event at `event_idx`.
    pub fn values(&self, event_idx: usize) -> FacetValues<'_> {
        let block = &self.positions[self.starts[event_idx] as usize..];
        let ends = self.ends[event_idx];
        let mut start = 0;
        FacetValues(ends.map(|end| {
            let values = &block[start..end as usize];
            start = end as usize;
            values
        }))
    }
}

/// One event's facet values, each list sorted, without repeats: positions in
/// [`Dataset::countries`] (countries that hosted or took part), [`Dataset::organizations`],
/// [`Dataset::topics`] and [`Mode::ALL`].
#[derive(Clone, Copy, Debug)]
pub struct FacetValues<'a>([&'a [u32]; 4]);

impl<'a> FacetValues<'a> {
    pub fn of(&self, facet: Facet) -> &'a [u32] {
        self.0[facet.index()]
    }
}

/// Sorts and indexes a checked dataset.
pub(super) fn index(checked: Checked) -> Dataset {
    let mut indexing = Indexing::new(checked);
    while indexing.step(usize::MAX) {}
    indexing.finish()
}

/// A checked dataset being indexed, a slice of events at a time (so the browser can paint
/// between slices): sorted first, then each event's facet positions and search text.
pub struct Indexing {
    checked: Checked,
    countries: Vec<String>,
    facets: FacetTable,
    search_texts: SearchTexts,
    /// How many events are indexed.
    done: usize,
}

impl Indexing {
    /// Sorts the events and finds the countries.
    pub fn new(mut checked: Checked) -> Indexing {
        let events = &mut checked.events;
        events.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
        let mut countries: Vec<String> = events
            .iter()
            .flat_map(|e| {
                e.countries
                    .iter()
                    .chain(e.venue.as_ref().map(|v| &v.country))
            })
            .cloned()
            .collect();
        countries.sort();
        countries.dedup();
        let facets = FacetTable {
            starts: Vec::with_capacity(events.len()),
            ends: Vec::with_capacity(events.len()),
            positions: Vec::new(),
        };
        // Sized first: grown by doubling, the string for 100 000 events held up to 12 MB unused.
        let bytes = events
            .iter()
            .flat_map(|event| searched_parts(event))
            .map(|part| part.len() + 1)
            .sum();
        let search_texts = SearchTexts::with_capacity(events.len(), bytes);
        Indexing {
            checked,
            countries,
            facets,
            search_texts,
            done: 0,
        }
    }

    /// Indexes up to `n` more events; whether any are left.
    pub fn step(&mut self, n: usize) -> bool {
        let events = &self.checked.events;
        let to = self.done.saturating_add(n).min(events.len());
        for event in &events[self.done..to] {
            add_facets(
                &mut self.facets,
                event,
                &self.countries,
                &self.checked.organization_by_id,
                &self.checked.topic_by_id,
            );
            self.search_texts.push(searched_parts(event));
        }
        self.done = to;
        to < events.len()
    }

    /// The dataset, once every event is indexed.
    pub fn finish(mut self) -> Dataset {
        while self.step(usize::MAX) {}
        let Indexing {
            checked,
            countries,
            mut facets,
            search_texts,
            ..
        } = self;
        let Checked {
            events,
            organizations,
            topics,
            organization_by_id,
            topic_by_id,
        } = checked;
        facets.positions.shrink_to_fit();
        let mut events_by_id: Vec<u32> = (0..events.len() as u32).collect();
        events_by_id.sort_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
        let day_ranges: Vec<DayRange> = events.iter().map(|e| e.span.days()).collect();
        let mut organization_search_texts = SearchTexts::default();
        for organization in &organizations {
            organization_search_texts.push(
                organization
                    .name
                    .texts()
                    .chain(organization.abbr.as_deref()),
            );
        }
        let children = child_links(&events);
        Dataset {
            events,
            day_ranges,
            facets,
            search_texts,
            organizations,
            organization_search_texts,
            topics,
            events_by_id,
            organization_by_id,
            topic_by_id,
            countries,
            children,
        }
    }
}

/// (parent, part) pairs of positions in `events`, sorted: an event's parts are one range.
fn child_links(events: &[Box<Event>]) -> Vec<(u32, u32)> {
    let mut by_id: Vec<u32> = (0..events.len() as u32).collect();
    by_id.sort_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
    let position = |id: &str| {
        by_id
            .binary_search_by(|&k| events[k as usize].id.as_str().cmp(id))
            .ok()
            .map(|k| by_id[k])
    };
    let mut links: Vec<(u32, u32)> = events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((position(e.parent.as_deref()?)?, i as u32)))
        .collect();
    links.sort_unstable();
    links
}

/// Adds `event`'s facets to the table.
fn add_facets(
    table: &mut FacetTable,
    event: &Event,
    countries: &[String],
    organization_by_id: &HashMap<String, usize>,
    topic_by_id: &HashMap<String, usize>,
) {
    let at = table.positions.len();
    // Each facet's positions, sorted and without repeats, appended to the block.
    let mut append = |values: &mut dyn Iterator<Item = usize>| {
        let from = table.positions.len();
        table.positions.extend(values.map(|i| i as u32));
        table.positions[from..].sort_unstable();
        let kept = dedup(&mut table.positions[from..]);
        table.positions.truncate(from + kept);
        // The schema's lists are short; a longer one would be cut at 65 535 entries.
        (table.positions.len() - at).min(u16::MAX as usize) as u16
    };
    let countries_end = append(
        &mut event
            .countries
            .iter()
            .chain(event.venue.as_ref().map(|v| &v.country))
            .filter_map(|code| countries.binary_search(code).ok()),
    );
    let organizations_end = append(
        &mut event
            .organizations
            .iter()
            .filter_map(|id| organization_by_id.get(id).copied()),
    );
    let topics_end = append(
        &mut event
            .topics
            .iter()
            .filter_map(|id| topic_by_id.get(id).copied()),
    );
    let mode_end = append(&mut std::iter::once(event.mode.position()));
    table.starts.push(at as u32);
    table
        .ends
        .push([countries_end, organizations_end, topics_end, mode_end]);
}

/// Moves the distinct values of sorted `values` to its front; how many there are.
fn dedup(values: &mut [u32]) -> usize {
    let mut kept = 0;
    for i in 0..values.len() {
        if i == 0 || values[i] != values[kept - 1] {
            values[kept] = values[i];
            kept += 1;
        }
    }
    kept
}

/// What a search looks through in an event: titles, summary, people and place, in every
/// language. The organizations' names are searched once per query instead
/// ([`Dataset::organization_search_texts`]): repeated in every event they made up a third of
/// the text scanned per keystroke.
fn searched_parts(event: &Event) -> impl Iterator<Item = &str> {
    let people = event.people.iter().flat_map(|person| person.name.texts());
    let place = event.venue.iter().flat_map(|venue| {
        [
            Some(venue.name.as_str()),
            venue.name_zh.as_deref(),
            Some(venue.city.as_str()),
            venue.city_zh.as_deref(),
        ]
        .into_iter()
        .flatten()
    });
    event
        .title
        .texts()
        .chain(event.summary.texts())
        .chain(people)
        .chain(place)
}
