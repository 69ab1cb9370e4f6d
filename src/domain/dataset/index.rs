//! The high stage: a checked dataset sorted by date and indexed: ids by binary search, the
//! countries taking part, each event's facet positions and folded search text, and each
//! event's parts.

use std::collections::{HashMap, HashSet};

use crate::domain::dataset::rules::Checked;
use crate::domain::dataset::sorting::SlicedSort;
use crate::domain::dataset::Dataset;
use crate::domain::date::{DateSpan, DayRange};
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
    /// The countries and the search text's size, gathered a slice of events at a time before
    /// the first event is indexed; `None` once they are known.
    preparing: Option<Preparing>,
    /// How many events are indexed.
    done: usize,
    /// The events' order by date, found a piece at a time before anything else (then `None`).
    by_date: Option<SlicedSort>,
    /// Each event's dates side by side, for that sort (not behind each event's box: at 100 000
    /// events a sort of the boxes took most of this stage's time chasing pointers).
    spans: Vec<DateSpan>,
    /// Positions ordered by id, once every event is indexed: found a piece at a time.
    by_id: SlicedSort,
}

/// What indexing needs to know of every event before it starts: each country code once, and
/// the bytes of all search texts.
#[derive(Default)]
struct Preparing {
    /// Events looked at.
    seen: usize,
    codes: HashSet<String>,
    bytes: usize,
}

impl Indexing {
    /// Starts indexing: nothing is sorted yet.
    pub fn new(checked: Checked) -> Indexing {
        let n_events = checked.events.len();
        Indexing {
            spans: checked.events.iter().map(|e| e.span).collect(),
            checked,
            countries: Vec::new(),
            facets: FacetTable {
                starts: Vec::with_capacity(n_events),
                ends: Vec::with_capacity(n_events),
                positions: Vec::new(),
            },
            search_texts: SearchTexts::default(),
            preparing: Some(Preparing::default()),
            done: 0,
            by_date: Some(SlicedSort::new(n_events)),
            by_id: SlicedSort::new(n_events),
        }
    }

    /// Sorts up to `n` more events by date (then id), and once they are, puts them in that
    /// order; whether any sorting is left.
    fn order_by_date(&mut self, n: usize) -> bool {
        let Some(by_date) = self.by_date.as_mut() else {
            return false;
        };
        let (events, spans) = (&self.checked.events, &self.spans);
        let by_date_then_id = |a: &u32, b: &u32| {
            let (a, b) = (*a as usize, *b as usize);
            spans[a]
                .cmp(&spans[b])
                .then_with(|| events[a].id.cmp(&events[b].id))
        };
        if by_date.step(n, by_date_then_id) {
            return true;
        }
        let order = self
            .by_date
            .take()
            .map(|sort| sort.finish(by_date_then_id))
            .unwrap_or_default();
        let events = &mut self.checked.events;
        let mut unsorted: Vec<Option<Box<Event>>> = events.drain(..).map(Some).collect();
        events.extend(order.iter().filter_map(|&i| unsorted[i as usize].take()));
        self.spans = Vec::new();
        false
    }

    /// Finds the countries and sizes the search text for up to `n` more events, before the
    /// first event is indexed; whether any are left.
    fn prepare(&mut self, n: usize) -> bool {
        let events = &self.checked.events;
        let Some(preparing) = self.preparing.as_mut() else {
            return false;
        };
        let to = preparing.seen.saturating_add(n).min(events.len());
        for event in &events[preparing.seen..to] {
            // Each code copied once (an event names two or three, and most are known).
            let codes = event
                .countries
                .iter()
                .chain(event.venue.as_ref().map(|v| &v.country));
            for code in codes {
                if !preparing.codes.contains(code) {
                    preparing.codes.insert(code.clone());
                }
            }
            preparing.bytes += searched_parts(event)
                .map(|part| part.len() + 1)
                .sum::<usize>();
        }
        preparing.seen = to;
        if to < events.len() {
            return true;
        }
        let Preparing { codes, bytes, .. } = self.preparing.take().unwrap_or_default();
        self.countries = codes.into_iter().collect();
        self.countries.sort();
        // Sized first: grown by doubling, the string for 100 000 events held up to 12 MB unused.
        self.search_texts = SearchTexts::with_capacity(events.len(), bytes);
        false
    }

    /// Sorts the events by date, or finds the countries, or indexes up to `n` more events, or,
    /// once all are, orders them by id; whether anything is left to do.
    pub fn step(&mut self, n: usize) -> bool {
        if self.by_date.is_some() {
            self.order_by_date(n);
            return true;
        }
        if self.preparing.is_some() {
            self.prepare(n);
            return true;
        }
        let done = self.done;
        let events = &self.checked.events;
        if done == events.len() {
            return self.order_by_id(n);
        }
        let to = done.saturating_add(n).min(events.len());
        for event in &events[done..to] {
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
        true
    }

    /// One more piece of ordering the events by id; whether any is left.
    fn order_by_id(&mut self, n: usize) -> bool {
        let events = &self.checked.events;
        self.by_id.step(n, |a, b| {
            events[*a as usize].id.cmp(&events[*b as usize].id)
        })
    }

    /// The dataset, once every event is indexed.
    pub fn finish(mut self) -> Dataset {
        while self.step(usize::MAX) {}
        let Indexing {
            checked,
            countries,
            mut facets,
            search_texts,
            by_id,
            ..
        } = self;
        let events_by_id = by_id.finish(|a, b| {
            checked.events[*a as usize]
                .id
                .cmp(&checked.events[*b as usize].id)
        });
        let Checked {
            events,
            organizations,
            topics,
            organization_by_id,
            topic_by_id,
        } = checked;
        facets.positions.shrink_to_fit();
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
        let children = child_links(&events, &events_by_id);
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
/// `by_id` holds the positions ordered by id.
fn child_links(events: &[Box<Event>], by_id: &[u32]) -> Vec<(u32, u32)> {
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

#[cfg(test)]
mod tests {
    use crate::domain::dataset::{check, index, RawDataset};
    use crate::domain::synthetic::dataset_json;

    #[test]
    fn indexing_in_slices_gives_the_dataset_indexing_at_once_gives() {
        let raw = || serde_json::from_str::<RawDataset>(&dataset_json(1_000)).unwrap();
        let whole = index(check(raw()).unwrap());
        for n in [1, 7, 300] {
            let mut indexing = super::Indexing::new(check(raw()).unwrap());
            while indexing.step(n) {}
            let sliced = indexing.finish();
            assert_eq!(sliced.to_json(), whole.to_json(), "slices of {n}");
            for event in whole.events() {
                assert_eq!(
                    sliced.event_position(&event.id),
                    whole.event_position(&event.id)
                );
            }
        }
    }
}
