//! The high stage: a checked dataset sorted by date and indexed: ids by binary search, the
//! countries taking part, each event's facet positions and folded search text, and each
//! event's parts.

use std::collections::HashMap;

use crate::domain::dataset::rules::Checked;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Event, Mode};
use crate::domain::search::SearchTexts;

/// What filtering needs of one event, precomputed once: the days it may cover, its mode, and
/// where its facet values are in [`FacetTable`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacets {
    /// Where the event's country, organization and topic positions start in the table's
    /// block, and where its organizations, its topics and its values end, counted from there.
    at: u32,
    organizations_at: u16,
    topics_at: u16,
    end: u16,
    pub mode: Mode,
    pub first_day: i64,
    pub last_day: i64,
}

/// Every event's [`EventFacets`], parallel to [`Dataset::events`], with all their facet values
/// in one block: the filter reads them in order, not from one allocation per event (at
/// 100 000 events those scattered reads made counting the facets memory-bound).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetTable {
    events: Vec<EventFacets>,
    positions: Vec<u32>,
}

impl FacetTable {
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The facet values of the event at `event`.
    pub fn values(&self, event: usize) -> FacetValues<'_> {
        let facets = &self.events[event];
        let block = &self.positions[facets.at as usize..][..facets.end as usize];
        let (countries, rest) = block.split_at(facets.organizations_at as usize);
        let (organizations, topics) =
            rest.split_at((facets.topics_at - facets.organizations_at) as usize);
        FacetValues {
            countries,
            organizations,
            topics,
        }
    }
}

/// One event's facet values, each list sorted, without repeats.
#[derive(Clone, Copy, Debug)]
pub struct FacetValues<'a> {
    /// Countries that hosted or took part, as positions in [`Dataset::countries`].
    pub countries: &'a [u32],
    /// Positions in [`Dataset::organizations`].
    pub organizations: &'a [u32],
    /// Positions in [`Dataset::topics`].
    pub topics: &'a [u32],
}

impl std::ops::Index<usize> for FacetTable {
    type Output = EventFacets;

    fn index(&self, event: usize) -> &EventFacets {
        &self.events[event]
    }
}

/// Sorts and indexes a checked dataset.
pub(super) fn index(checked: Checked) -> Dataset {
    let Checked {
        mut events,
        organizations,
        topics,
        organization_by_id,
        topic_by_id,
    } = checked;
    events.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
    let mut events_by_id: Vec<u32> = (0..events.len() as u32).collect();
    events_by_id.sort_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
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
    let mut facets = FacetTable {
        events: Vec::with_capacity(events.len()),
        positions: Vec::new(),
    };
    for event in &events {
        add_facets(
            &mut facets,
            event,
            &countries,
            &organization_by_id,
            &topic_by_id,
        );
    }
    facets.positions.shrink_to_fit();
    // Sized first: grown by doubling, the string for 100 000 events held up to 12 MB unused.
    let bytes = events
        .iter()
        .flat_map(|event| searched_parts(event))
        .map(|part| part.len() + 1)
        .sum();
    let mut search_texts = SearchTexts::with_capacity(events.len(), bytes);
    for event in &events {
        search_texts.push(searched_parts(event));
    }
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
    let organizations_at = append(
        &mut event
            .countries
            .iter()
            .chain(event.venue.as_ref().map(|v| &v.country))
            .filter_map(|code| countries.binary_search(code).ok()),
    );
    let topics_at = append(
        &mut event
            .organizations
            .iter()
            .filter_map(|id| organization_by_id.get(id).copied()),
    );
    let end = append(
        &mut event
            .topics
            .iter()
            .filter_map(|id| topic_by_id.get(id).copied()),
    );
    table.events.push(EventFacets {
        at: at as u32,
        organizations_at,
        topics_at,
        end,
        mode: event.mode,
        first_day: event.span.first_day(),
        last_day: event.span.last_day(),
    });
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
