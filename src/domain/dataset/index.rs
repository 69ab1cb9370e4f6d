//! The high stage: a checked dataset sorted by date and indexed: ids by binary search, the
//! countries taking part, each event's facet positions and folded search text, and each
//! event's parts.

use std::collections::HashMap;

use crate::domain::dataset::rules::Checked;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Event, Mode};
use crate::domain::search::SearchTexts;

/// What filtering needs of one event, precomputed once: facet values as positions in the
/// dataset's tables, the days it may cover, and its searchable text, folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacets {
    /// The event's country, organization and topic positions, one after the other in one
    /// block (one allocation per event, read in one go by the filter); see the accessors.
    positions: Box<[u32]>,
    /// Where the organizations and the topics start in `positions`.
    organizations_at: u16,
    topics_at: u16,
    pub mode: Mode,
    pub first_day: i64,
    pub last_day: i64,
}

impl EventFacets {
    /// Countries that hosted or took part, as positions in [`Dataset::countries`]; sorted.
    pub fn countries(&self) -> &[u32] {
        &self.positions[..self.organizations_at as usize]
    }

    /// Positions in [`Dataset::organizations`]; sorted.
    pub fn organizations(&self) -> &[u32] {
        &self.positions[self.organizations_at as usize..self.topics_at as usize]
    }

    /// Positions in [`Dataset::topics`]; sorted.
    pub fn topics(&self) -> &[u32] {
        &self.positions[self.topics_at as usize..]
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
    let facets = events
        .iter()
        .map(|event| facets_of(event, &countries, &organization_by_id, &topic_by_id))
        .collect();
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

fn facets_of(
    event: &Event,
    countries: &[String],
    organization_by_id: &HashMap<String, usize>,
    topic_by_id: &HashMap<String, usize>,
) -> EventFacets {
    let positions = |ids: &[String], table: &HashMap<String, usize>| {
        let mut positions: Vec<u32> = ids
            .iter()
            .filter_map(|id| table.get(id))
            .map(|&i| i as u32)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    };
    let mut country_positions: Vec<u32> = event
        .countries
        .iter()
        .chain(event.venue.as_ref().map(|v| &v.country))
        .filter_map(|code| countries.binary_search(code).ok())
        .map(|i| i as u32)
        .collect();
    country_positions.sort_unstable();
    country_positions.dedup();

    let organization_positions = positions(&event.organizations, organization_by_id);
    let topic_positions = positions(&event.topics, topic_by_id);
    let organizations_at = country_positions.len();
    let topics_at = organizations_at + organization_positions.len();
    let mut all = country_positions;
    all.extend(organization_positions);
    all.extend(topic_positions);
    EventFacets {
        positions: all.into_boxed_slice(),
        // The schema's lists are short; a longer one would be cut at 65 535 entries.
        organizations_at: organizations_at.min(u16::MAX as usize) as u16,
        topics_at: topics_at.min(u16::MAX as usize) as u16,
        mode: event.mode,
        first_day: event.span.first_day(),
        last_day: event.span.last_day(),
    }
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
