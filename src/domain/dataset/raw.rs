//! The low stage: the dataset file as serde reads it, dates still as written. Nothing here is
//! checked; [`super::rules`] turns it into events.

use serde::{Deserialize, Serialize};

use crate::domain::date::DateSpan;
use crate::domain::model::{Event, Localized, Mode, Organization, Person, Source, Topic, Venue};

/// The file as a whole, before validation.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct RawDataset {
    /// Boxed while parsing: the list grows by doubling without knowing its length, and
    /// moving pointers, not whole events, keeps the peak memory of a large file down.
    pub events: Vec<Box<RawEvent>>,
    #[serde(default)]
    pub organizations: Vec<Organization>,
    #[serde(default)]
    pub topics: Vec<Topic>,
}

/// One event as written in the file (see [`Event`] for the meaning of each field).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct RawEvent {
    pub id: String,
    pub title: Localized,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, unchecked.
    pub start: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    pub mode: Mode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub summary: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl RawDataset {
    /// The dataset as its file would hold it (dates written back as text).
    pub fn of(dataset: &super::Dataset) -> RawDataset {
        RawDataset {
            events: dataset
                .events()
                .iter()
                .map(|event| Box::new(RawEvent::of(event)))
                .collect(),
            organizations: dataset.organizations().to_vec(),
            topics: dataset.topics().to_vec(),
        }
    }
}

impl RawEvent {
    fn of(event: &Event) -> RawEvent {
        let event = event.clone();
        RawEvent {
            id: event.id,
            title: event.title,
            start: event.span.start.to_string(),
            end: event.span.end.map(|end| end.to_string()),
            date_note: event.date_note,
            mode: event.mode,
            venue: event.venue,
            countries: event.countries,
            organizations: event.organizations,
            topics: event.topics,
            people: event.people,
            summary: event.summary,
            parent: event.parent,
            source: event.source,
        }
    }

    /// The event, with the dates the rules parsed.
    pub(super) fn into_event(self, span: DateSpan) -> Event {
        let RawEvent {
            id,
            title,
            start: _,
            end: _,
            date_note,
            mode,
            venue,
            countries,
            organizations,
            topics,
            people,
            summary,
            parent,
            source,
        } = self;
        Event {
            id,
            title,
            span,
            date_note,
            mode,
            venue,
            countries,
            organizations,
            topics,
            people,
            summary,
            parent,
            source,
        }
    }
}
