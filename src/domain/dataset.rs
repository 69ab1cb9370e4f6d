//! Turns dataset JSON into a validated, indexed [`Dataset`], or into errors a person can act on.
//!
//! Parsing happens in two stages: serde reads the shape ([`RawDataset`]), then [`validate`]
//! checks every rule that ties records together and reports each broken one with the event
//! id and the field. Nothing else constructs a `Dataset`, so code that holds one may rely on
//! every id resolving and every date being well-formed.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::domain::country;
use crate::domain::date::{DateSpan, PartialDate};
use crate::domain::i18n::{Key, Locale, Message};
use crate::domain::model::{Event, Mode, Organization, RawDataset, Topic};
use crate::domain::pronunciation;
use crate::domain::search;

/// One broken rule: which event (if any), which field, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The event's id, or `None` for organizations, topics and the file as a whole.
    pub event: Option<String>,
    /// A JSON path below the event (`venue.lat`, `organizations[2]`) or the top-level record.
    pub field: String,
    pub message: Message,
}

impl Problem {
    /// The problem in `locale`: which event, which field, what is wrong.
    pub fn describe(&self, locale: Locale) -> String {
        let message = self.message.text(locale);
        let mut values = vec![
            ("field", self.field.as_str()),
            ("message", message.as_str()),
        ];
        let key = match &self.event {
            Some(id) => {
                values.push(("id", id));
                Key::ProblemInEvent
            }
            None => Key::ProblemInFile,
        };
        locale.fill(key, &values)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Locale::En))
    }
}

/// Why a dataset could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetError {
    /// The text is not JSON, or not JSON of the dataset's shape.
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON has the right shape but breaks rules; every broken rule is listed.
    Invalid(Vec<Problem>),
    /// The file could not be read at all (not found, not reachable).
    Unreadable(String),
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetError::Json {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "The dataset is not valid JSON at line {line}, column {column}: {message}"
                )
            }
            DatasetError::Unreadable(message) => {
                write!(f, "The dataset could not be read: {message}")
            }
            DatasetError::Invalid(problems) => {
                write!(f, "The dataset has {} problem(s):", problems.len())?;
                for problem in problems {
                    write!(f, "\n- {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DatasetError {}

/// What filtering needs of one event, precomputed once: facet values as positions in the
/// dataset's tables, the days it may cover, and its searchable text, folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacets {
    /// The event's country, organization and topic positions, one after the other in one
    /// block (one allocation per event, read in one go by the filter); see the accessors.
    positions: Box<[u32]>,
    /// Where the organizations and the topics start in `positions`.
    organizations_at: u16,
    topics_at: u16,
    pub mode: Mode,
    pub first_day: i64,
    pub last_day: i64,
    /// Titles, summary, people and place in every language, folded. The organizations' names
    /// are searched once per query instead ([`Dataset::organization_search_texts`]): repeated
    /// in every event they made up a third of the text scanned per keystroke.
    pub search_text: String,
}

impl EventFacets {
    /// Countries that hosted or took part, as positions in [`Dataset::countries`]; sorted.
    pub fn countries(&self) -> &[u32] {
        &self.positions[..self.organizations_at as usize]
    }

    /// Positions in [`Dataset::organizations`]; sorted.
    pub fn organizations(&self) -> &[u32] {
        &self.positions[self.organizations_at as usize..self.topics_at as usize]
    }

    /// Positions in [`Dataset::topics`]; sorted.
    pub fn topics(&self) -> &[u32] {
        &self.positions[self.topics_at as usize..]
    }
}

/// A validated dataset: events in chronological order, with every reference resolvable.
#[derive(Clone, Debug)]
pub struct Dataset {
    events: Vec<Event>,
    /// Parallel to `events`.
    facets: Vec<EventFacets>,
    organizations: Vec<Organization>,
    /// Parallel to `organizations`: name(s) and short name, folded for search.
    organization_search_texts: Vec<String>,
    topics: Vec<Topic>,
    /// Positions in `events`, ordered by id: found by binary search, with no copy of the ids.
    events_by_id: Vec<u32>,
    organization_by_id: HashMap<String, usize>,
    topic_by_id: HashMap<String, usize>,
    /// Every country that takes part in or hosts an event, sorted by code.
    countries: Vec<String>,
}

impl Dataset {
    /// Parses and validates dataset JSON.
    pub fn from_json(text: &str) -> Result<Dataset, DatasetError> {
        validate(parse(text)?)
    }

    /// Like [`Dataset::from_json`], from the file's bytes (UTF-8), which are freed as soon as
    /// they are parsed, before the indexes are built: with a large file that lowers the peak
    /// memory by the file's size.
    pub fn from_json_bytes(bytes: Vec<u8>) -> Result<Dataset, DatasetError> {
        let raw = serde_json::from_slice(&bytes).map_err(json_error)?;
        drop(bytes);
        validate(raw)
    }

    /// Events sorted by date (first day, then last day), then id.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// Each organization's names, folded for search; parallel to [`Dataset::organizations`].
    pub fn organization_search_texts(&self) -> &[String] {
        &self.organization_search_texts
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Country codes taking part in or hosting at least one event, sorted.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// Precomputed facet values of each event, parallel to [`Dataset::events`].
    pub fn facets(&self) -> &[EventFacets] {
        &self.facets
    }

    /// The position of an event in [`Dataset::events`].
    pub fn event_position(&self, id: &str) -> Option<usize> {
        self.events_by_id
            .binary_search_by(|&i| self.events[i as usize].id.as_str().cmp(id))
            .ok()
            .map(|k| self.events_by_id[k] as usize)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_position(id).map(|i| &self.events[i])
    }

    pub fn country_position(&self, code: &str) -> Option<usize> {
        self.countries
            .binary_search_by(|c| c.as_str().cmp(code))
            .ok()
    }

    pub fn organization_position(&self, id: &str) -> Option<usize> {
        self.organization_by_id.get(id).copied()
    }

    pub fn topic_position(&self, id: &str) -> Option<usize> {
        self.topic_by_id.get(id).copied()
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organization_by_id
            .get(id)
            .map(|&i| &self.organizations[i])
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topic_by_id.get(id).map(|&i| &self.topics[i])
    }

    /// Events whose `parent` is `id`, in date order.
    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.parent.as_deref() == Some(id))
    }
}

/// serde_json appends " at line L column C" to its messages; the error carries both apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
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
    event: Option<&'a str>,
    problems: &'a mut Vec<Problem>,
}

impl Checker<'_> {
    fn fail(&mut self, field: impl Into<String>, key: Key, values: &[(&'static str, &str)]) {
        self.fail_with(field, Message::new(key, values));
    }

    fn fail_with(&mut self, field: impl Into<String>, message: Message) {
        self.problems.push(Problem {
            event: self.event.map(str::to_string),
            field: field.into(),
            message,
        });
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

fn parse(text: &str) -> Result<RawDataset, DatasetError> {
    serde_json::from_str(text).map_err(json_error)
}

fn json_error(e: serde_json::Error) -> DatasetError {
    DatasetError::Json {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

/// Checks every rule and builds the indexes; see the module docs.
pub fn validate(raw: RawDataset) -> Result<Dataset, DatasetError> {
    let RawDataset {
        events,
        organizations,
        topics,
    } = raw;
    // Out of their boxes into one exactly sized block (see `RawDataset::events`).
    let mut events: Vec<Event> = events.into_iter().map(|e| *e).collect();
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
            event: Some(events[i].id.clone()),
            field: "id".into(),
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
            event: Some(&event.id),
            problems: &mut problems,
        };
        if !is_slug(&event.id) {
            check.fail("id", Key::NotKebabCase, &[("id", &event.id)]);
        }
        check.required("title.en", &event.title.en);
        check.required("summary.en", &event.summary.en);
        for (field, text) in [
            ("title.zh", event.title.zh.as_deref()),
            ("summary.zh", event.summary.zh.as_deref()),
        ] {
            check.chinese(field, text);
        }

        let start =
            PartialDate::parse(&event.start_text).map_err(|e| check.fail_with("start", e.0));
        let end = event
            .end_text
            .as_deref()
            .map(PartialDate::parse)
            .transpose()
            .map_err(|e| check.fail_with("end", e.0));
        if let (Ok(start), Ok(end)) = (start, end) {
            let span = DateSpan { start, end };
            if end.is_some_and(|end| end.last_day() < start.first_day()) {
                let start = start.to_string();
                let end = event.end_text.as_deref().unwrap_or("");
                check.fail(
                    "end",
                    Key::EndBeforeStart,
                    &[("end", end), ("start", &start)],
                );
            }
            event.span = span;
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
        check.required("source.document", &event.source.document);
        check.required("source.quote", &event.source.quote);
        if let Some(published) = &event.source.published {
            if let Err(e) = PartialDate::parse(published) {
                check.fail_with("source.published", e.0);
            }
        }
    }
    check_parent_cycles(&events, &mut problems);

    if !problems.is_empty() {
        return Err(DatasetError::Invalid(problems));
    }

    events.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
    let mut events_by_id: Vec<u32> = (0..events.len() as u32).collect();
    events_by_id.sort_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
    let mut countries: Vec<String> = events
        .iter()
        .flat_map(|e| {
            e.countries
                .iter()
                .chain(e.venue.as_ref().map(|v| &v.country))
        })
        .cloned()
        .collect();
    countries.sort();
    countries.dedup();
    let facets = events
        .iter()
        .map(|event| facets_of(event, &countries, &organization_by_id, &topic_by_id))
        .collect();

    let organization_search_texts = organizations
        .iter()
        .map(|o| {
            let texts = o.name.texts().chain(o.abbr.as_deref());
            search::fold(&texts.collect::<Vec<_>>().join("\n"))
        })
        .collect();
    Ok(Dataset {
        events,
        facets,
        organizations,
        organization_search_texts,
        topics,
        events_by_id,
        organization_by_id,
        topic_by_id,
        countries,
    })
}

fn facets_of(
    event: &Event,
    countries: &[String],
    organization_by_id: &HashMap<String, usize>,
    topic_by_id: &HashMap<String, usize>,
) -> EventFacets {
    let positions = |ids: &[String], table: &HashMap<String, usize>| {
        let mut positions: Vec<u32> = ids
            .iter()
            .filter_map(|id| table.get(id))
            .map(|&i| i as u32)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    };
    let mut country_positions: Vec<u32> = event
        .countries
        .iter()
        .chain(event.venue.as_ref().map(|v| &v.country))
        .filter_map(|code| countries.binary_search(code).ok())
        .map(|i| i as u32)
        .collect();
    country_positions.sort_unstable();
    country_positions.dedup();

    let organization_positions = positions(&event.organizations, organization_by_id);
    let mut text = String::new();
    let mut add = |part: &str| {
        text.push_str(part);
        text.push('\n');
    };
    event.title.texts().for_each(&mut add);
    event.summary.texts().for_each(&mut add);
    for person in &event.people {
        person.name.texts().for_each(&mut add);
    }
    if let Some(venue) = &event.venue {
        for part in [
            Some(&venue.name),
            venue.name_zh.as_ref(),
            Some(&venue.city),
            venue.city_zh.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            add(part);
        }
    }

    let topic_positions = positions(&event.topics, topic_by_id);
    let organizations_at = country_positions.len();
    let topics_at = organizations_at + organization_positions.len();
    let mut all = country_positions;
    all.extend(organization_positions);
    all.extend(topic_positions);
    EventFacets {
        positions: all.into_boxed_slice(),
        // The schema's lists are short; a longer one would be cut at 65 535 entries.
        organizations_at: organizations_at.min(u16::MAX as usize) as u16,
        topics_at: topics_at.min(u16::MAX as usize) as u16,
        mode: event.mode,
        first_day: event.span.first_day(),
        last_day: event.span.last_day(),
        search_text: search::fold(&text),
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
                event: None,
                field: format!("{record}[{i}].id"),
                message: Message::new(Key::NotKebabCase, &[("id", id)]),
            });
        }
        if index.insert(id.to_string(), i).is_some() {
            problems.push(Problem {
                event: None,
                field: format!("{record}[{i}].id"),
                message: Message::new(Key::DuplicateId, &[("id", id)]),
            });
        }
    }
    index
}

/// Reports each event whose chain of parents loops back on itself.
fn check_parent_cycles(events: &[Event], problems: &mut Vec<Problem>) {
    let parent_of: HashMap<&str, &str> = events
        .iter()
        .filter_map(|e| Some((e.id.as_str(), e.parent.as_deref()?)))
        .collect();
    for event in events {
        let mut current = event.id.as_str();
        for _ in 0..=events.len() {
            match parent_of.get(current) {
                Some(&parent) if parent == event.id && parent != current => {
                    problems.push(Problem {
                        event: Some(event.id.clone()),
                        field: "parent".into(),
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
