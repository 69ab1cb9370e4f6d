//! The middle stage: every rule a dataset must keep, checked on the raw file, each broken one
//! reported with its event and field (all of them, not only the first). What passes comes out
//! as [`Checked`]: events whose dates are parsed, and the organization and topic ids resolved.

use std::collections::{HashMap, HashSet};

use crate::domain::country;
use crate::domain::dataset::error::{DatasetError, Place, Problem};
use crate::domain::dataset::raw::{RawDataset, RawEvent};
use crate::domain::date::{DateSpan, PartialDate};
use crate::domain::i18n::{Key, Message};
use crate::domain::model::{Event, Mode, Organization, Topic};
use crate::domain::pronunciation;

/// A dataset that keeps every rule, not yet indexed.
pub(super) struct Checked {
    /// Boxed, as [`super::Dataset`] keeps them.
    #[allow(clippy::vec_box)]
    pub events: Vec<Box<Event>>,
    pub organizations: Vec<Organization>,
    pub topics: Vec<Topic>,
    pub organization_by_id: HashMap<String, usize>,
    pub topic_by_id: HashMap<String, usize>,
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

/// Checks every rule; returns the events with their dates parsed, or every broken rule.
pub(super) fn check(raw: RawDataset) -> Result<Checked, DatasetError> {
    let RawDataset {
        mut events,
        organizations,
        topics,
    } = raw;
    let mut spans: Vec<Option<DateSpan>> = Vec::with_capacity(events.len());
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
    for (i, organization) in organizations.iter().enumerate() {
        let mut check = Checker {
            event: None,
            problems: &mut problems,
        };
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
        let mut check = Checker {
            event: None,
            problems: &mut problems,
        };
        check.required(
            &format!("topics[{i}] (\"{}\").name.en", topic.id),
            &topic.name.en,
        );
    }

    // Events ordered by id, as positions: duplicates sit side by side and parents are found
    // by binary search, with no copy of the ids (100 000 of them in a large file).
    let mut by_id: Vec<u32> = (0..events.len() as u32).collect();
    by_id.sort_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
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
    let parent_known: Vec<bool> = events
        .iter()
        .map(|e| {
            e.parent
                .as_deref()
                .is_none_or(|parent| by_id.binary_search_by(|&k| id_at(k).cmp(parent)).is_ok())
        })
        .collect();
    drop(by_id);

    for (i, event) in events.iter_mut().enumerate() {
        // Parsing grows lists by doubling; a large dataset keeps only what it uses.
        event.countries.shrink_to_fit();
        event.organizations.shrink_to_fit();
        event.topics.shrink_to_fit();
        event.people.shrink_to_fit();
        let mut check = Checker {
            event: Some((i, &event.id)),
            problems: &mut problems,
        };
        if !is_slug(&event.id) {
            check.fail("id", Key::NotKebabCase, &[("id", &event.id)]);
        }
        check.required("title.en", &event.title.en);
        // A summary may be left out (a table often has none), but not given in Chinese only.
        if event.summary.zh.is_some() {
            check.required("summary.en", &event.summary.en);
        }
        for (field, text) in [
            ("title.zh", event.title.zh.as_deref()),
            ("summary.zh", event.summary.zh.as_deref()),
        ] {
            check.chinese(field, text);
        }

        let start = PartialDate::parse(&event.start).map_err(|e| check.fail_with("start", e.0));
        let end = event
            .end
            .as_deref()
            .map(PartialDate::parse)
            .transpose()
            .map_err(|e| check.fail_with("end", e.0));
        let span = match (start, end) {
            (Ok(start), Ok(end)) => Some(DateSpan { start, end }),
            _ => None,
        };
        spans.push(span);
        if let Some(DateSpan {
            start,
            end: Some(end),
        }) = span
        {
            if end.last_day() < start.first_day() {
                let start = start.to_string();
                let end = end.to_string();
                check.fail(
                    "end",
                    Key::EndBeforeStart,
                    &[("end", &end), ("start", &start)],
                );
            }
        }

        match (&event.venue, event.mode) {
            (Some(_), Mode::Online) => check.fail("venue", Key::OnlineWithVenue, &[]),
            (Some(venue), _) => {
                if !(venue.lat.is_finite() && (-90.0..=90.0).contains(&venue.lat)) {
                    check.fail(
                        "venue.lat",
                        Key::NotLatitude,
                        &[("value", &venue.lat.to_string())],
                    );
                }
                if !(venue.lon.is_finite() && (-180.0..=180.0).contains(&venue.lon)) {
                    check.fail(
                        "venue.lon",
                        Key::NotLongitude,
                        &[("value", &venue.lon.to_string())],
                    );
                }
                check.country("venue.country", &venue.country);
                check.required("venue.city", &venue.city);
            }
            (None, _) => {}
        }

        if event.countries.is_empty() {
            check.fail("countries", Key::NoCountry, &[]);
        }
        let mut seen = HashSet::new();
        for (i, code) in event.countries.iter().enumerate() {
            check.country(format!("countries[{i}]"), code);
            if !seen.insert(code) {
                check.fail(
                    format!("countries[{i}]"),
                    Key::ListedTwice,
                    &[("code", code)],
                );
            }
        }
        for (i, id) in event.organizations.iter().enumerate() {
            if !organization_by_id.contains_key(id) {
                check.fail(
                    format!("organizations[{i}]"),
                    Key::UnknownOrganization,
                    &[("id", id)],
                );
            }
        }
        for (i, id) in event.topics.iter().enumerate() {
            if !topic_by_id.contains_key(id) {
                check.fail(format!("topics[{i}]"), Key::UnknownTopic, &[("id", id)]);
            }
        }
        for (i, person) in event.people.iter().enumerate() {
            check.required(&format!("people[{i}].name.en"), &person.name.en);
            if let Some(id) = &person.organization {
                if !organization_by_id.contains_key(id) {
                    check.fail(
                        format!("people[{i}].organization"),
                        Key::UnknownOrganization,
                        &[("id", id)],
                    );
                }
            }
        }
        if let Some(parent) = &event.parent {
            if parent == &event.id {
                check.fail("parent", Key::OwnParent, &[]);
            } else if !parent_known[i] {
                check.fail("parent", Key::UnknownEvent, &[("id", parent)]);
            }
        }
        if let Some(source) = &event.source {
            check.required("source.document", &source.document);
            check.required("source.quote", &source.quote);
            if let Some(published) = &source.published {
                if let Err(e) = PartialDate::parse(published) {
                    check.fail_with("source.published", e.0);
                }
            }
        }
    }
    check_parent_cycles(&events, &mut problems);

    if !problems.is_empty() {
        return Err(DatasetError::Invalid(problems));
    }

    // Each raw event's box is freed as its event is boxed, which then takes its place (see
    // `Dataset::events`).
    let mut checked = Vec::with_capacity(events.len());
    // No problem means every date parsed.
    for (event, span) in events.into_iter().zip(spans) {
        checked.extend(span.map(|span| Box::new(event.into_event(span))));
    }
    Ok(Checked {
        events: checked,
        organizations,
        topics,
        organization_by_id,
        topic_by_id,
    })
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
