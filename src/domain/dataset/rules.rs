//! The middle stage: every rule a dataset must keep, checked on the raw file, each broken one
//! reported with its event and field (all of them, not only the first). What passes comes out
//! as [`Checked`]: events whose dates are parsed, and the organization and topic ids resolved.

use std::collections::{HashMap, HashSet};

use crate::domain::country;
use crate::domain::dataset::error::{DatasetError, Place, Problem};
use crate::domain::dataset::raw::{RawDataset, RawEvent};
use crate::domain::dataset::sorting::SlicedSort;
use crate::domain::date::{DateSpan, PartialDate};
use crate::domain::i18n::{Key, Message};
use crate::domain::model::{Event, Mode, Organization, Topic};
use crate::domain::pronunciation;

/// A dataset that keeps every rule, not yet indexed: the proof that [`super::index`] asks for.
pub struct Checked {
    /// Boxed, as [`super::Dataset`] keeps them.
    #[allow(clippy::vec_box)]
    pub(super) events: Vec<Box<Event>>,
    pub(super) organizations: Vec<Organization>,
    pub(super) topics: Vec<Topic>,
    pub(super) organization_by_id: HashMap<String, usize>,
    pub(super) topic_by_id: HashMap<String, usize>,
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Collects problems for one record.
struct Checker<'a> {
    /// The event being checked (its index in the file, its id); `None` outside the events.
    event: Option<(usize, &'a str)>,
    problems: &'a mut Vec<Problem>,
}

impl Checker<'_> {
    fn fail(&mut self, field: impl Into<String>, key: Key, values: &[(&'static str, &str)]) {
        self.fail_with(field, Message::new(key, values));
    }

    fn fail_with(&mut self, field: impl Into<String>, message: Message) {
        let field = field.into();
        let place = match self.event {
            Some((index, id)) => Place::Event {
                index,
                id: id.to_string(),
                field,
            },
            None => Place::File(field),
        };
        self.problems.push(Problem { place, message });
    }

    fn country(&mut self, field: impl Into<String>, code: &str) {
        if !country::is_assigned(code) {
            match country::common_mistake(code) {
                Some(right) => self.fail(
                    field,
                    Key::NotCountryCodeUse,
                    &[("code", code), ("right", right)],
                ),
                None => self.fail(field, Key::NotCountryCode, &[("code", code)]),
            }
        }
    }

    fn chinese(&mut self, field: impl Into<String>, text: Option<&str>) {
        if text.is_some_and(pronunciation::has_fragments) {
            self.fail(field, Key::PinyinFragment, &[]);
        }
    }

    fn required(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(field, Key::MustNotBeEmpty, &[]);
        }
    }
}

/// The ids the events may refer to.
struct Known<'a> {
    organizations: &'a HashMap<String, usize>,
    topics: &'a HashMap<String, usize>,
}

impl Checker<'_> {
    /// The event's own fields: its id, titles and summary.
    fn texts(&mut self, event: &RawEvent) {
        if !is_slug(&event.id) {
            self.fail("id", Key::NotKebabCase, &[("id", &event.id)]);
        }
        self.required("title.en", &event.title.en);
        // A summary may be left out (a table often has none), but not given in Chinese only.
        if event.summary.zh.is_some() {
            self.required("summary.en", &event.summary.en);
        }
        for (field, text) in [
            ("title.zh", event.title.zh.as_deref()),
            ("summary.zh", event.summary.zh.as_deref()),
        ] {
            self.chinese(field, text);
        }
    }

    /// The start and end, parsed, with the end not before the start; `None` when either is
    /// unreadable.
    fn dates(&mut self, event: &RawEvent) -> Option<DateSpan> {
        let start = PartialDate::parse(&event.start).map_err(|e| self.fail_with("start", e.0));
        let end = event
            .end
            .as_deref()
            .map(PartialDate::parse)
            .transpose()
            .map_err(|e| self.fail_with("end", e.0));
        let span = match (start, end) {
            (Ok(start), Ok(end)) => DateSpan { start, end },
            _ => return None,
        };
        if let Some(end) = span.end {
            if end.last_day() < span.start.first_day() {
                let (start, end) = (span.start.to_string(), end.to_string());
                self.fail(
                    "end",
                    Key::EndBeforeStart,
                    &[("end", &end), ("start", &start)],
                );
            }
        }
        Some(span)
    }

    /// A venue only for an event not wholly online, on the globe, in a known country.
    fn venue(&mut self, event: &RawEvent) {
        match (&event.venue, event.mode) {
            (Some(_), Mode::Online) => self.fail("venue", Key::OnlineWithVenue, &[]),
            (Some(venue), _) => {
                if !(venue.lat.is_finite() && (-90.0..=90.0).contains(&venue.lat)) {
                    let value = venue.lat.to_string();
                    self.fail("venue.lat", Key::NotLatitude, &[("value", &value)]);
                }
                if !(venue.lon.is_finite() && (-180.0..=180.0).contains(&venue.lon)) {
                    let value = venue.lon.to_string();
                    self.fail("venue.lon", Key::NotLongitude, &[("value", &value)]);
                }
                self.country("venue.country", &venue.country);
                self.required("venue.city", &venue.city);
            }
            (None, _) => {}
        }
    }

    /// At least one country taking part, each a known code, none twice.
    fn countries(&mut self, event: &RawEvent) {
        if event.countries.is_empty() {
            self.fail("countries", Key::NoCountry, &[]);
        }
        let mut seen = HashSet::new();
        for (i, code) in event.countries.iter().enumerate() {
            self.country(format!("countries[{i}]"), code);
            if !seen.insert(code) {
                let field = format!("countries[{i}]");
                self.fail(field, Key::ListedTwice, &[("code", code)]);
            }
        }
    }

    /// Organizations, topics and people's organizations that the dataset lists; a parent
    /// that is another event of it (`parent_known`).
    fn references(&mut self, event: &RawEvent, known: &Known<'_>, parent_known: bool) {
        for (i, id) in event.organizations.iter().enumerate() {
            if !known.organizations.contains_key(id) {
                let field = format!("organizations[{i}]");
                self.fail(field, Key::UnknownOrganization, &[("id", id)]);
            }
        }
        for (i, id) in event.topics.iter().enumerate() {
            if !known.topics.contains_key(id) {
                self.fail(format!("topics[{i}]"), Key::UnknownTopic, &[("id", id)]);
            }
        }
        for (i, person) in event.people.iter().enumerate() {
            self.required(&format!("people[{i}].name.en"), &person.name.en);
            if let Some(id) = &person.organization {
                if !known.organizations.contains_key(id) {
                    let field = format!("people[{i}].organization");
                    self.fail(field, Key::UnknownOrganization, &[("id", id)]);
                }
            }
        }
        if let Some(parent) = &event.parent {
            if parent == &event.id {
                self.fail("parent", Key::OwnParent, &[]);
            } else if !parent_known {
                self.fail("parent", Key::UnknownEvent, &[("id", parent)]);
            }
        }
    }

    /// A source names its document and quotes it; its date, if given, is a date.
    fn source(&mut self, event: &RawEvent) {
        if let Some(source) = &event.source {
            self.required("source.document", &source.document);
            self.required("source.quote", &source.quote);
            if let Some(published) = &source.published {
                if let Err(e) = PartialDate::parse(published) {
                    self.fail_with("source.published", e.0);
                }
            }
        }
    }
}

/// Checks every rule; returns the events with their dates parsed, or every broken rule.
pub(super) fn check(raw: RawDataset) -> Result<Checked, DatasetError> {
    let mut checking = Checking::new(raw);
    while checking.step(usize::MAX) {}
    checking.finish()
}

/// The rules being checked, a slice of events at a time (so the browser can paint between
/// slices): the records and ids first, then each event, then what ties events together.
pub struct Checking {
    #[allow(clippy::vec_box)]
    events: Vec<Box<RawEvent>>,
    organizations: Vec<Organization>,
    topics: Vec<Topic>,
    organization_by_id: HashMap<String, usize>,
    topic_by_id: HashMap<String, usize>,
    /// The events' positions ordered by id (then position), found a piece at a time before any
    /// event is checked: duplicates sit side by side and parents are found by binary search.
    by_id: Option<SlicedSort>,
    /// That order, once found.
    ids_in_order: Vec<u32>,
    /// Parallel to the events checked so far: the dates parsed, or `None` when they broke a rule.
    spans: Vec<Option<DateSpan>>,
    problems: Vec<Problem>,
    /// Whether every event is checked, and what ties them together.
    checked_all: bool,
    /// Once nothing broke a rule: the events turned into the model's, from the last (each raw
    /// event's box freed as its event is made).
    #[allow(clippy::vec_box)]
    made: Vec<Box<Event>>,
}

impl Checking {
    /// Checks the organizations and the topics; the events' ids are ordered in the steps.
    pub fn new(raw: RawDataset) -> Checking {
        let RawDataset {
            events,
            organizations,
            topics,
        } = raw;
        let mut problems = Vec::new();
        let organization_by_id = index_by_id(
            organizations.iter().map(|o| o.id.as_str()),
            "organizations",
            &mut problems,
        );
        let topic_by_id = index_by_id(
            topics.iter().map(|t| t.id.as_str()),
            "topics",
            &mut problems,
        );
        check_records(&organizations, &topics, &mut problems);
        let by_id = Some(SlicedSort::new(events.len()));
        Checking {
            spans: Vec::with_capacity(events.len()),
            events,
            organizations,
            topics,
            organization_by_id,
            topic_by_id,
            by_id,
            ids_in_order: Vec::new(),
            problems,
            checked_all: false,
            made: Vec::new(),
        }
    }

    /// Orders the ids a piece further (then reports the duplicates), or checks up to `n` more
    /// events (then what ties them together), or, once all are and no rule broke, turns up to
    /// `n` into the model's events; whether anything is left.
    pub fn step(&mut self, n: usize) -> bool {
        if self.checked_all {
            return self.make(n);
        }
        if let Some(by_id) = self.by_id.as_mut() {
            let events = &self.events;
            // Equal ids stay in file order through their positions.
            let by_id_then_position = |a: &u32, b: &u32| {
                let (ea, eb) = (&events[*a as usize], &events[*b as usize]);
                ea.id.cmp(&eb.id).then(a.cmp(b))
            };
            if !by_id.step(n, by_id_then_position) {
                let order = self
                    .by_id
                    .take()
                    .map(|sort| sort.finish(by_id_then_position))
                    .unwrap_or_default();
                duplicate_ids(events, &order, &mut self.problems);
                self.ids_in_order = order;
            }
            return true;
        }
        let known = Known {
            organizations: &self.organization_by_id,
            topics: &self.topic_by_id,
        };
        let from = self.spans.len();
        let to = from.saturating_add(n).min(self.events.len());
        for i in from..to {
            let parent_known = self.events[i].parent.as_deref().is_none_or(|parent| {
                let events = &self.events;
                self.ids_in_order
                    .binary_search_by(|&k| events[k as usize].id.as_str().cmp(parent))
                    .is_ok()
            });
            let event = &mut self.events[i];
            // Parsing grows lists by doubling; a large dataset keeps only what it uses.
            event.countries.shrink_to_fit();
            event.organizations.shrink_to_fit();
            event.topics.shrink_to_fit();
            event.people.shrink_to_fit();
            let mut check = Checker {
                event: Some((i, &event.id)),
                problems: &mut self.problems,
            };
            check.texts(event);
            self.spans.push(check.dates(event));
            check.venue(event);
            check.countries(event);
            check.references(event, &known, parent_known);
            check.source(event);
        }
        if self.spans.len() == self.events.len() {
            // The parents' chains.
            check_parent_cycles(&self.events, &mut self.problems);
            self.checked_all = true;
        }
        true
    }

    /// Up to `n` more events turned into the model's, from the last, when no rule broke;
    /// whether any are left.
    fn make(&mut self, n: usize) -> bool {
        if !self.problems.is_empty() {
            return false;
        }
        self.made.reserve_exact(self.events.len());
        for _ in 0..n {
            // No problem means every date parsed.
            match (self.events.pop(), self.spans.pop()) {
                (Some(event), Some(span)) => {
                    self.made
                        .extend(span.map(|span| Box::new(event.into_event(span))));
                }
                _ => break,
            }
        }
        !self.events.is_empty()
    }

    /// The checked dataset, or every broken rule.
    pub fn finish(mut self) -> Result<Checked, DatasetError> {
        while self.step(usize::MAX) {}
        if !self.problems.is_empty() {
            return Err(DatasetError::Invalid(self.problems));
        }
        let Checking {
            mut made,
            organizations,
            topics,
            organization_by_id,
            topic_by_id,
            ..
        } = self;
        made.reverse();
        Ok(Checked {
            events: made,
            organizations,
            topics,
            organization_by_id,
            topic_by_id,
        })
    }
}

/// Organizations and topics have names; organizations' Chinese names, where they come from
/// outside the sources, and seats are valid.
fn check_records(organizations: &[Organization], topics: &[Topic], problems: &mut Vec<Problem>) {
    let mut check = Checker {
        event: None,
        problems,
    };
    for (i, organization) in organizations.iter().enumerate() {
        let at = format!("organizations[{i}] (\"{}\")", organization.id);
        check.required(&format!("{at}.name.en"), &organization.name.en);
        check.chinese(format!("{at}.name.zh"), organization.name.zh.as_deref());
        if let Some(origin) = &organization.name_zh_outside_sources {
            let field = format!("{at}.name_zh_outside_sources");
            if organization.name.zh.is_none() {
                check.fail(field.as_str(), Key::OriginWithoutChineseName, &[]);
            }
            check.required(&format!("{field}.note"), &origin.note);
        }
        if let Some(code) = &organization.country {
            check.country(format!("{at}.country"), code);
        }
    }
    for (i, topic) in topics.iter().enumerate() {
        check.required(
            &format!("topics[{i}] (\"{}\").name.en", topic.id),
            &topic.name.en,
        );
    }
}

/// Reports each event whose id an earlier one has; `by_id` holds the positions ordered by id,
/// then position.
fn duplicate_ids(events: &[Box<RawEvent>], by_id: &[u32], problems: &mut Vec<Problem>) {
    let id_at = |k: u32| events[k as usize].id.as_str();
    let mut duplicates: Vec<usize> = by_id
        .windows(2)
        .filter(|pair| id_at(pair[0]) == id_at(pair[1]))
        .map(|pair| pair[1] as usize)
        .collect();
    duplicates.sort_unstable();
    for i in duplicates {
        problems.push(Problem {
            place: Place::Event {
                index: i,
                id: events[i].id.clone(),
                field: "id".into(),
            },
            message: Message::new(Key::DuplicateEventId, &[("number", &(i + 1).to_string())]),
        });
    }
}

fn index_by_id<'a>(
    ids: impl Iterator<Item = &'a str>,
    record: &str,
    problems: &mut Vec<Problem>,
) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (i, id) in ids.enumerate() {
        if !is_slug(id) {
            problems.push(Problem {
                place: Place::File(format!("{record}[{i}].id")),
                message: Message::new(Key::NotKebabCase, &[("id", id)]),
            });
        }
        if index.insert(id.to_string(), i).is_some() {
            problems.push(Problem {
                place: Place::File(format!("{record}[{i}].id")),
                message: Message::new(Key::DuplicateId, &[("id", id)]),
            });
        }
    }
    index
}

/// Reports each event whose chain of parents loops back on itself.
fn check_parent_cycles(events: &[Box<RawEvent>], problems: &mut Vec<Problem>) {
    let parent_of: HashMap<&str, &str> = events
        .iter()
        .filter_map(|e| Some((e.id.as_str(), e.parent.as_deref()?)))
        .collect();
    for (index, event) in events.iter().enumerate() {
        let mut current = event.id.as_str();
        for _ in 0..=events.len() {
            match parent_of.get(current) {
                Some(&parent) if parent == event.id && parent != current => {
                    problems.push(Problem {
                        place: Place::Event {
                            index,
                            id: event.id.clone(),
                            field: "parent".into(),
                        },
                        message: Message::new(Key::ParentLoop, &[]),
                    });
                    break;
                }
                Some(&parent) if parent != current => current = parent,
                _ => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Checking};
    use crate::domain::dataset::{index, RawDataset};
    use crate::domain::synthetic::dataset_json;

    #[test]
    fn checking_in_slices_gives_what_checking_at_once_gives() {
        let raw = || serde_json::from_str::<RawDataset>(&dataset_json(500)).unwrap();
        let whole = index(check(raw()).unwrap()).to_json();
        for n in [1, 7, 300] {
            let mut checking = Checking::new(raw());
            while checking.step(n) {}
            let sliced = index(checking.finish().unwrap()).to_json();
            assert!(sliced == whole, "slices of {n}");
        }
        // A broken rule: the same problems, however the work is cut.
        let mut broken = raw();
        broken.events[3].start = "2021-13".to_string();
        broken.events[9].countries.push("XX".to_string());
        broken.events[12].id = broken.events[4].id.clone();
        broken.events[20].parent = Some("no-such-event".to_string());
        let problems = |n: usize| {
            let mut checking = Checking::new(broken.clone());
            while checking.step(n) {}
            checking.finish().err().unwrap().to_string()
        };
        assert_eq!(problems(1), problems(usize::MAX));
        for n in [3, 7, 300] {
            assert_eq!(problems(n), problems(usize::MAX), "slices of {n}");
        }
        let all = problems(3);
        for part in ["2021-13", "XX", "no-such-event", "event number 13"] {
            assert!(all.contains(part), "{part}: {all}");
        }
    }
}
