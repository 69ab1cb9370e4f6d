//! The low stage: the dataset file as serde reads it, dates still as written. Nothing here is
//! checked; [`super::rules`] turns it into events.

use serde::Deserialize;

use crate::domain::date::DateSpan;
use crate::domain::model::{Event, Localized, Mode, Organization, Person, Source, Topic, Venue};

/// The file as a whole, before validation.
#[derive(Clone, Debug, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RawEvent {
    pub id: String,
    pub title: Localized,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, unchecked.
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub date_note: Option<String>,
    pub mode: Mode,
    #[serde(default)]
    pub venue: Option<Venue>,
    pub countries: Vec<String>,
    #[serde(default)]
    pub organizations: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub summary: Localized,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub source: Option<Source>,
}

impl RawEvent {
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
