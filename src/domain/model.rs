//! The cooperation data model: events, venues, organizations, topics and people, as stored in
//! `assets/data/events.json` (see `assets/data/events.schema.json`).
//!
//! These types only describe shape. Rules that tie records together (known ids, dates in
//! order, valid country codes) live in [`crate::domain::dataset`], which is the only way to
//! obtain a [`crate::domain::dataset::Dataset`].

use serde::{Deserialize, Serialize};

use crate::domain::date::DateSpan;

/// A text in English, with the Chinese original or translation where there is one.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Localized {
    pub en: String,
    #[serde(default)]
    pub zh: Option<String>,
}

impl Localized {
    /// Neither text given (a summary a table left empty).
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.zh.is_none()
    }

    /// Both texts, English first, for searching and validation.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.en.as_str()).chain(self.zh.as_deref())
    }
}

/// How people took part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    InPerson,
    Online,
    Hybrid,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::InPerson, Mode::Online, Mode::Hybrid];

    /// The identifier used in the dataset and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Mode::InPerson => "in_person",
            Mode::Online => "online",
            Mode::Hybrid => "hybrid",
        }
    }

    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }

    /// Where the mode is in [`Mode::ALL`]: its place among a facet's values.
    pub fn position(self) -> usize {
        self as usize
    }
}

/// A dimension events are filtered and counted by. Its values are country codes,
/// organization ids, topic ids and mode keys (`in_person`, `online`, `hybrid`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Country,
    Organization,
    Topic,
    Mode,
}

impl Facet {
    pub const ALL: [Facet; 4] = [
        Facet::Country,
        Facet::Organization,
        Facet::Topic,
        Facet::Mode,
    ];

    /// Where the facet is in [`Facet::ALL`], for tables with one entry per facet.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where the physical part of an event took place.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Venue {
    pub name: String,
    #[serde(default)]
    pub name_zh: Option<String>,
    pub city: String,
    #[serde(default)]
    pub city_zh: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// A person named in a source, with the role the source gives them at this event.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Person {
    pub name: Localized,
    pub role: String,
    #[serde(default)]
    pub organization: Option<String>,
}

/// The document an event comes from, and the words in it that support the event.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Source {
    pub document: String,
    #[serde(default)]
    pub publisher: Option<String>,
    /// `YYYY-MM-DD` where the document gives it.
    #[serde(default)]
    pub published: Option<String>,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Organization {
    pub id: String,
    pub name: Localized,
    #[serde(default)]
    pub abbr: Option<String>,
    /// Country of the headquarters (ISO 3166-1 alpha-2), where known.
    #[serde(default)]
    pub country: Option<String>,
    /// Set when `name.zh` is not written in the dataset's source documents: where the Chinese
    /// name comes from instead. Absent, the Chinese name is one the sources use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh_outside_sources: Option<ChineseNameOrigin>,
}

/// Where an organization's Chinese name comes from when the source documents do not give it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct ChineseNameOrigin {
    pub basis: ChineseNameBasis,
    /// Who uses the name and where, in a sentence, so an editor can check it.
    pub note: String,
}

/// Whose usage a Chinese name outside the sources follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChineseNameBasis {
    /// The organization's own Chinese name (its website, its seal, its Chinese reports).
    Organization,
    /// The name its Chinese partners use for it.
    Partners,
    /// The name official Chinese media and institutions use for it.
    Media,
    /// Translated for this dataset: no Chinese usage was found.
    Translation,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Topic {
    pub id: String,
    pub name: Localized,
}

/// One dated happening: a meeting, a signing, a conference day, a programme. Made only by
/// the dataset's rules ([`crate::domain::dataset`]), with its dates parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable kebab-case slug; it appears in shared links.
    pub id: String,
    pub title: Localized,
    /// When it happened, as precisely as the source says.
    pub span: DateSpan,
    /// How a date was inferred, quoting the source.
    pub date_note: Option<String>,
    pub mode: Mode,
    pub venue: Option<Venue>,
    pub countries: Vec<String>,
    pub organizations: Vec<String>,
    pub topics: Vec<String>,
    pub people: Vec<Person>,
    pub summary: Localized,
    pub parent: Option<String>,
    /// The document that tells of the event, where the dataset cites one (every bundled
    /// event does; a table has no column for it).
    pub source: Option<Source>,
}
