//! Filtering: which events a set of [`Filters`] keeps, and how many events each facet value
//! would give with the other active filters (the counts shown beside every checkbox).
//!
//! Within a facet, values combine with OR; across facets, with AND. A country matches an event
//! that took place there or in which it took part. One pass over the events computes both the
//! selection and every facet's counts, using the positions precomputed in
//! [`crate::domain::dataset::FacetTable`].

use std::collections::BTreeSet;

use crate::domain::dataset::Dataset;
use crate::domain::date::{DayRange, PartialDate};
use crate::domain::model::{Facet, Mode};
use crate::domain::search::SearchQuery;

/// A date window; either end may be unbounded. Events overlapping it are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimeWindow {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl TimeWindow {
    /// Whether neither end is set: the window keeps every event.
    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// The first and last day covered.
    pub fn days(&self) -> DayRange {
        DayRange {
            first: self.from.map_or(i64::MIN, |d| d.first_day()),
            last: self.to.map_or(i64::MAX, |d| d.last_day()),
        }
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

impl Filters {
    /// The keys of `facet`'s chosen values, in order (modes in [`Mode::ALL`]'s order).
    pub fn chosen(&self, facet: Facet) -> Vec<&str> {
        match self.keyed(facet) {
            Some(values) => values.iter().map(String::as_str).collect(),
            None => self.modes.iter().map(|m| m.key()).collect(),
        }
    }

    /// Whether the value `key` of `facet` is chosen.
    pub fn is_chosen(&self, facet: Facet, key: &str) -> bool {
        match self.keyed(facet) {
            Some(values) => values.contains(key),
            None => Mode::from_key(key).is_some_and(|m| self.modes.contains(&m)),
        }
    }

    /// Chooses the value `key` of `facet`, or un-chooses it if it was chosen. A key that is
    /// no mode does nothing to the modes.
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        if self.is_chosen(facet, key) {
            self.unchoose(facet, key);
        } else {
            self.choose(facet, key);
        }
    }

    /// Chooses the value `key` of `facet`; whether it is one (a mode key may be unknown).
    pub fn choose(&mut self, facet: Facet, key: &str) -> bool {
        match facet {
            Facet::Mode => Mode::from_key(key).is_some_and(|m| {
                self.modes.insert(m);
                true
            }),
            _ => {
                self.keyed_mut(facet).insert(key.to_string());
                true
            }
        }
    }

    fn unchoose(&mut self, facet: Facet, key: &str) {
        match facet {
            Facet::Mode => {
                if let Some(mode) = Mode::from_key(key) {
                    self.modes.remove(&mode);
                }
            }
            _ => {
                self.keyed_mut(facet).remove(key);
            }
        }
    }

    /// Keeps only the chosen values of `facet` for which `keep` holds.
    pub fn retain(&mut self, facet: Facet, mut keep: impl FnMut(&str) -> bool) {
        match facet {
            Facet::Mode => self.modes.retain(|m| keep(m.key())),
            _ => self.keyed_mut(facet).retain(|key| keep(key)),
        }
    }

    /// The chosen values of a facet whose values are strings (all but the mode).
    fn keyed(&self, facet: Facet) -> Option<&BTreeSet<String>> {
        match facet {
            Facet::Country => Some(&self.countries),
            Facet::Organization => Some(&self.organizations),
            Facet::Topic => Some(&self.topics),
            Facet::Mode => None,
        }
    }

    fn keyed_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Country => &mut self.countries,
            Facet::Organization => &mut self.organizations,
            Facet::Topic | Facet::Mode => &mut self.topics,
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
        let mut active: Vec<ActiveFilter> = Facet::ALL
            .into_iter()
            .flat_map(|facet| {
                self.chosen(facet)
                    .into_iter()
                    .map(move |key| ActiveFilter::Value(facet, key.to_string()))
            })
            .collect();
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
            ActiveFilter::Value(facet, key) => self.unchoose(*facet, key),
            ActiveFilter::From(_) => self.window.from = None,
            ActiveFilter::To(_) => self.window.to = None,
            ActiveFilter::Text(_) => self.text.clear(),
        }
    }
}

/// One filter that is set, as a removable chip shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActiveFilter {
    /// A chosen value of a facet, by its key.
    Value(Facet, String),
    From(PartialDate),
    To(PartialDate),
    /// The search, trimmed.
    Text(String),
}

/// For each facet, the number of events each of its values (by position in the dataset's
/// table, see [`Dataset::facet_position`]) would give combined with the other facets' active
/// filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts([Vec<u32>; 4]);

impl FacetCounts {
    pub fn of(&self, facet: Facet) -> &[u32] {
        &self.0[facet.index()]
    }
}

/// The result of [`apply`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterResult {
    /// Positions in [`Dataset::events`] of the events kept, in date order.
    pub events: Vec<usize>,
    /// The events every filter but the date window keeps, in date order: the timeline draws
    /// these, dimming those outside the window. The same as `events` without a window.
    pub around_window: Vec<usize>,
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

/// The chosen values of `facet` as a lookup table over the dataset's positions, or `None`
/// when nothing is chosen (the facet then lets every event through).
fn chosen_table(dataset: &Dataset, filters: &Filters, facet: Facet) -> Option<Vec<bool>> {
    let keys = filters.chosen(facet);
    if keys.is_empty() {
        return None;
    }
    let mut table = vec![false; dataset.facet_len(facet)];
    for key in keys {
        if let Some(i) = dataset.facet_position(facet, key) {
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

/// Applies `filters` to `dataset`: the events kept, those kept but for the date window, and
/// the facet counts, in one pass over the events.
pub fn apply(dataset: &Dataset, filters: &Filters) -> FilterResult {
    let chosen = Facet::ALL.map(|facet| chosen_table(dataset, filters, facet));
    let window = filters.window.days();
    let query = SearchQuery::new(&filters.text);
    // Each term is looked for once in all events' texts and once in the organizations'
    // names, not in every event's organizations.
    let event_hits = query.hits_in(dataset.search_texts());
    let organization_hits = query.hits_in(dataset.organization_search_texts());

    let mut selection = FilterResult {
        events: Vec::new(),
        around_window: Vec::new(),
        counts: FacetCounts(Facet::ALL.map(|facet| vec![0; dataset.facet_len(facet)])),
    };
    let (table, day_ranges) = (dataset.facets(), dataset.day_ranges());
    for i in 0..table.len() {
        // The window and the text are not counted facets: failing either removes the event.
        let in_window = day_ranges[i].overlaps(window);
        let values = table.values(i);
        let found = |k: usize| {
            event_hits[k][i]
                || values
                    .of(Facet::Organization)
                    .iter()
                    .any(|&o| organization_hits[k][o as usize])
        };
        if !(0..event_hits.len()).all(found) {
            continue;
        }
        let pass = Facet::ALL.map(|facet| passes(&chosen[facet.index()], values.of(facet)));
        let failed = pass.iter().filter(|p| !**p).count();
        if failed == 0 {
            selection.around_window.push(i);
        }
        if !in_window {
            continue;
        }
        // An event counts towards a facet's values when it passes every *other* facet.
        for facet in Facet::ALL {
            if failed == 0 || (failed == 1 && !pass[facet.index()]) {
                let counts = &mut selection.counts.0[facet.index()];
                for &p in values.of(facet) {
                    counts[p as usize] += 1;
                }
            }
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
            around_window: vec![2, 5, 9],
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
        filters.toggle(Facet::Mode, "hybrid");
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
        filters.toggle(Facet::Mode, "online");
        assert!(filters.is_chosen(Facet::Topic, "awards"));
        assert_eq!(filters.chosen(Facet::Mode), ["online"]);
        assert!(!filters.is_empty());
        filters.toggle(Facet::Topic, "awards");
        filters.toggle(Facet::Mode, "online");
        assert_eq!(filters, Filters::default());
        assert!(!filters.choose(Facet::Mode, "by-boat"), "no such mode");
    }
}
