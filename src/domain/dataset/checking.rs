//! The middle stage run a slice of events at a time ([`Checking`]), so the browser can paint
//! between slices: the organization and topic records and the ids first, then each event by
//! the rules in [`super::rules`], then what ties events together (duplicate ids, parents and
//! their cycles), and last the checked events made into the model's.

use std::collections::HashMap;

use crate::domain::dataset::error::{DatasetError, Place, Problem};
use crate::domain::dataset::raw::{RawDataset, RawEvent};
use crate::domain::dataset::rules::{is_slug, Checked, Checker, Known};
use crate::domain::dataset::sorting::SlicedSort;
use crate::domain::date::DateSpan;
use crate::domain::i18n::{Key, Message};
use crate::domain::model::{Event, Organization, Topic};

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
