//! Filtering: which events a set of [`Filters`] keeps, and how many events each facet value
//! would give with the other active filters (the counts shown beside every checkbox).
//!
//! Within a facet, values combine with OR; across facets, with AND. A country matches an event
//! that took place there or in which it took part. One pass over the events computes both the
//! selection and every facet's counts, using the positions precomputed in
//! [`crate::domain::dataset::FacetTable`].

use std::collections::BTreeSet;

use crate::domain::dataset::Dataset;
use crate::domain::date::PartialDate;
use crate::domain::model::Mode;
use crate::domain::search::SearchQuery;

/// A date window; either end may be open. Events overlapping it are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimeWindow {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl TimeWindow {
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// The first and last day covered, as day numbers.
    pub fn days(&self) -> (i64, i64) {
        (
            self.from.map_or(i64::MIN, |d| d.first_day()),
            self.to.map_or(i64::MAX, |d| d.last_day()),
        )
    }
}

/// What a person has narrowed the events to. Ids and codes are those of the dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub countries: BTreeSet<String>,
    pub organizations: BTreeSet<String>,
    pub topics: BTreeSet<String>,
    pub modes: BTreeSet<Mode>,
    pub window: TimeWindow,
    /// Free text, as typed.
    pub text: String,
}

/// A facet whose values are dataset ids or country codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Country,
    Organization,
    Topic,
}

impl Filters {
    /// The chosen values of `facet`.
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Country => &self.countries,
            Facet::Organization => &self.organizations,
            Facet::Topic => &self.topics,
        }
    }

    /// Chooses `value` in `facet`, or un-chooses it if it was chosen.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = match facet {
            Facet::Country => &mut self.countries,
            Facet::Organization => &mut self.organizations,
            Facet::Topic => &mut self.topics,
        };
        if !values.remove(value) {
            values.insert(value.to_string());
        }
    }

    /// Chooses `mode`, or un-chooses it if it was chosen.
    pub fn toggle_mode(&mut self, mode: Mode) {
        if !self.modes.remove(&mode) {
            self.modes.insert(mode);
        }
    }

    /// Whether no filter is active (every event is shown).
    pub fn is_empty(&self) -> bool {
        self.active_count() == 0
    }

    /// How many filters are set: each chosen value, each end of the window, the search.
    pub fn active_count(&self) -> usize {
        self.active().len()
    }

    /// Every filter that is set, one per chip: chosen values facet by facet, then the
    /// window's ends, then the search.
    pub fn active(&self) -> Vec<ActiveFilter> {
        let values = |set: &BTreeSet<String>, make: fn(String) -> ActiveFilter| {
            set.iter().cloned().map(make).collect::<Vec<_>>()
        };
        let mut active = values(&self.countries, ActiveFilter::Country);
        active.extend(values(&self.organizations, ActiveFilter::Organization));
        active.extend(values(&self.topics, ActiveFilter::Topic));
        active.extend(self.modes.iter().copied().map(ActiveFilter::Mode));
        active.extend(self.window.from.map(ActiveFilter::From));
        active.extend(self.window.to.map(ActiveFilter::To));
        let text = self.text.trim();
        if !text.is_empty() {
            active.push(ActiveFilter::Text(text.to_string()));
        }
        active
    }

    /// Takes one active filter out.
    pub fn remove(&mut self, filter: &ActiveFilter) {
        match filter {
            ActiveFilter::Country(code) => self.countries.remove(code),
            ActiveFilter::Organization(id) => self.organizations.remove(id),
            ActiveFilter::Topic(id) => self.topics.remove(id),
            ActiveFilter::Mode(mode) => self.modes.remove(mode),
            ActiveFilter::From(_) => self.window.from.take().is_some(),
            ActiveFilter::To(_) => self.window.to.take().is_some(),
            ActiveFilter::Text(_) => {
                self.text.clear();
                true
            }
        };
    }
}

/// One filter that is set, as a removable chip shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActiveFilter {
    Country(String),
    Organization(String),
    Topic(String),
    Mode(Mode),
    From(PartialDate),
    To(PartialDate),
    /// The search, trimmed.
    Text(String),
}

/// For each facet value (by its position in the dataset's table), the number of events it
/// would give combined with the other facets' active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub countries: Vec<u32>,
    pub organizations: Vec<u32>,
    pub topics: Vec<u32>,
    /// Indexed like [`Mode::ALL`].
    pub modes: [u32; 3],
}

/// The result of [`apply`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterResult {
    /// Positions in [`Dataset::events`] of the events kept, in date order.
    pub events: Vec<usize>,
    pub counts: FacetCounts,
}

impl FilterResult {
    /// The events just before and just after the event at `position` (a position in
    /// [`Dataset::events`]) in date order, within this selection. `(None, None)` when the
    /// event is not in the selection.
    pub fn neighbours(&self, position: usize) -> (Option<usize>, Option<usize>) {
        if self.events.binary_search(&position).is_err() {
            return (None, None);
        }
        (
            step_in_time(&self.events, Some(position), false),
            step_in_time(&self.events, Some(position), true),
        )
    }
}

/// The event one step later (`forward`) or earlier than `from` among `events` (positions in
/// date order); `from` need not be among them. With no `from`, the first event.
pub fn step_in_time(events: &[usize], from: Option<usize>, forward: bool) -> Option<usize> {
    let Some(from) = from else {
        return events.first().copied();
    };
    match events.binary_search(&from) {
        Ok(i) if forward => events.get(i + 1).copied(),
        Err(i) if forward => events.get(i).copied(),
        Ok(i) | Err(i) => i.checked_sub(1).map(|p| events[p]),
    }
}

/// The chosen values of one facet as a lookup table over the dataset's positions, or `None`
/// when nothing is chosen (the facet then lets every event through).
fn chosen<'a>(
    values: &'a BTreeSet<String>,
    len: usize,
    position: impl Fn(&'a str) -> Option<usize>,
) -> Option<Vec<bool>> {
    if values.is_empty() {
        return None;
    }
    let mut table = vec![false; len];
    for value in values {
        if let Some(i) = position(value) {
            table[i] = true;
        }
    }
    Some(table)
}

fn passes(table: &Option<Vec<bool>>, positions: &[u32]) -> bool {
    table
        .as_ref()
        .is_none_or(|t| positions.iter().any(|&p| t[p as usize]))
}

fn count(counts: &mut [u32], positions: &[u32]) {
    for &p in positions {
        counts[p as usize] += 1;
    }
}

fn mode_slot(mode: Mode) -> usize {
    Mode::ALL.iter().position(|m| *m == mode).unwrap_or(0)
}

/// Applies `filters` to `dataset`: the events kept and the facet counts.
pub fn apply(dataset: &Dataset, filters: &Filters) -> FilterResult {
    let countries = chosen(&filters.countries, dataset.countries().len(), |c| {
        dataset.country_position(c)
    });
    let organizations = chosen(&filters.organizations, dataset.organizations().len(), |o| {
        dataset.organization_position(o)
    });
    let topics = chosen(&filters.topics, dataset.topics().len(), |t| {
        dataset.topic_position(t)
    });
    let modes = &filters.modes;
    let (first, last) = filters.window.days();
    let query = SearchQuery::new(&filters.text);
    // Each term is looked for once in all events' texts and once in the organizations'
    // names, not in every event's organizations.
    let event_hits = query.hits_in(dataset.search_texts());
    let organization_hits = query.hits_in(dataset.organization_search_texts());

    let mut selection = FilterResult {
        events: Vec::new(),
        counts: FacetCounts {
            countries: vec![0; dataset.countries().len()],
            organizations: vec![0; dataset.organizations().len()],
            topics: vec![0; dataset.topics().len()],
            modes: [0; 3],
        },
    };
    let table = dataset.facets();
    for i in 0..table.len() {
        let facets = &table[i];
        // The window and the text are not counted facets: failing either removes the event.
        if facets.last_day < first || facets.first_day > last {
            continue;
        }
        let values = table.values(i);
        let found = |k: usize| {
            event_hits[k][i]
                || values
                    .organizations
                    .iter()
                    .any(|&o| organization_hits[k][o as usize])
        };
        if !(0..event_hits.len()).all(found) {
            continue;
        }
        let pass = [
            passes(&countries, values.countries),
            passes(&organizations, values.organizations),
            passes(&topics, values.topics),
            modes.is_empty() || modes.contains(&facets.mode),
        ];
        let failed = pass.iter().filter(|p| !**p).count();
        // An event counts towards a facet's values when it passes every *other* facet.
        let counts = &mut selection.counts;
        let counts_for = |facet: usize| failed == 0 || (failed == 1 && !pass[facet]);
        if counts_for(0) {
            count(&mut counts.countries, values.countries);
        }
        if counts_for(1) {
            count(&mut counts.organizations, values.organizations);
        }
        if counts_for(2) {
            count(&mut counts.topics, values.topics);
        }
        if counts_for(3) {
            counts.modes[mode_slot(facets.mode)] += 1;
        }
        if failed == 0 {
            selection.events.push(i);
        }
    }
    selection
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_follow_date_order_within_the_selection() {
        let selection = FilterResult {
            events: vec![2, 5, 9],
            counts: FacetCounts::default(),
        };
        assert_eq!(selection.neighbours(2), (None, Some(5)));
        assert_eq!(selection.neighbours(5), (Some(2), Some(9)));
        assert_eq!(selection.neighbours(9), (Some(5), None));
        assert_eq!(selection.neighbours(4), (None, None), "filtered out");
    }

    #[test]
    fn each_active_filter_is_listed_once_and_removes_itself() {
        let mut filters = Filters::default();
        filters.toggle(Facet::Country, "FR");
        filters.toggle(Facet::Organization, "cas");
        filters.toggle(Facet::Topic, "awards");
        filters.toggle_mode(Mode::Hybrid);
        filters.window.from = Some(PartialDate::parse("2021").unwrap());
        filters.window.to = Some(PartialDate::parse("2024-05").unwrap());
        filters.text = "  cnrs ".into();
        let active = filters.active();
        assert_eq!(active.len(), 7);
        assert_eq!(filters.active_count(), 7);
        assert_eq!(active.last(), Some(&ActiveFilter::Text("cnrs".into())));
        for (removed, filter) in active.iter().enumerate() {
            filters.remove(filter);
            assert_eq!(
                filters.active_count(),
                6 - removed,
                "after removing {filter:?}"
            );
        }
        assert_eq!(filters, Filters::default());
    }

    #[test]
    fn stepping_in_time_starts_anywhere() {
        let events = [2, 5, 9];
        assert_eq!(step_in_time(&events, None, true), Some(2));
        assert_eq!(step_in_time(&events, Some(5), true), Some(9));
        assert_eq!(step_in_time(&events, Some(5), false), Some(2));
        assert_eq!(
            step_in_time(&events, Some(6), true),
            Some(9),
            "from outside the list"
        );
        assert_eq!(step_in_time(&events, Some(6), false), Some(5));
        assert_eq!(step_in_time(&events, Some(9), true), None);
        assert_eq!(step_in_time(&events, Some(1), false), None);
        assert_eq!(step_in_time(&[], None, true), None);
    }

    #[test]
    fn toggling_twice_restores_the_filters() {
        let mut filters = Filters::default();
        filters.toggle(Facet::Topic, "awards");
        filters.toggle_mode(Mode::Online);
        assert!(filters.values(Facet::Topic).contains("awards"));
        assert!(!filters.is_empty());
        filters.toggle(Facet::Topic, "awards");
        filters.toggle_mode(Mode::Online);
        assert_eq!(filters, Filters::default());
    }
}
