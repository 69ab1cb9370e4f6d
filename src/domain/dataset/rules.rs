//! The middle stage: every rule a dataset must keep, checked on the raw file, each broken one
//! reported with its event and field (all of them, not only the first). What passes comes out
//! as [`Checked`]: events whose dates are parsed, and the organization and topic ids resolved.

use std::collections::{HashMap, HashSet};

use crate::domain::country;
use crate::domain::dataset::error::{Place, Problem};
use crate::domain::dataset::raw::RawEvent;
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

pub(super) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Collects problems for one record.
pub(super) struct Checker<'a> {
    /// The event being checked (its index in the file, its id); `None` outside the events.
    pub(super) event: Option<(usize, &'a str)>,
    pub(super) problems: &'a mut Vec<Problem>,
}

impl Checker<'_> {
    pub(super) fn fail(
        &mut self,
        field: impl Into<String>,
        key: Key,
        values: &[(&'static str, &str)],
    ) {
        self.fail_with(field, Message::new(key, values));
    }

    pub(super) fn fail_with(&mut self, field: impl Into<String>, message: Message) {
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

    pub(super) fn country(&mut self, field: impl Into<String>, code: &str) {
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

    pub(super) fn chinese(&mut self, field: impl Into<String>, text: Option<&str>) {
        if text.is_some_and(pronunciation::has_fragments) {
            self.fail(field, Key::PinyinFragment, &[]);
        }
    }

    pub(super) fn required(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(field, Key::MustNotBeEmpty, &[]);
        }
    }
}

/// The ids the events may refer to.
pub(super) struct Known<'a> {
    pub(super) organizations: &'a HashMap<String, usize>,
    pub(super) topics: &'a HashMap<String, usize>,
}

impl Checker<'_> {
    /// The event's own fields: its id, titles and summary.
    pub(super) fn texts(&mut self, event: &RawEvent) {
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
    pub(super) fn dates(&mut self, event: &RawEvent) -> Option<DateSpan> {
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
    pub(super) fn venue(&mut self, event: &RawEvent) {
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
    pub(super) fn countries(&mut self, event: &RawEvent) {
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
    pub(super) fn references(&mut self, event: &RawEvent, known: &Known<'_>, parent_known: bool) {
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
    pub(super) fn source(&mut self, event: &RawEvent) {
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
