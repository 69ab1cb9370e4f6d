//! Turns dataset JSON into a validated, indexed [`Dataset`], or into errors a person can act on.
//!
//! Read in three stages, as ripgrep turns low-level arguments into high-level ones: serde reads
//! the shape ([`raw`]), [`rules`] checks every rule that ties records together and reports each
//! broken one with the event id and the field, and [`index`] sorts and indexes what passed.
//! Nothing else constructs a `Dataset`, so code that holds one may rely on every id resolving
//! and every date being well-formed.

mod checking;
mod error;
mod index;
mod raw;
mod rules;
mod slices;
mod sorting;
pub mod table;
pub mod workbook;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

pub use checking::Checking;
pub use error::{DatasetError, Place, Problem};
pub use index::{FacetTable, FacetValues, Indexing};
pub use raw::{RawDataset, RawEvent};
pub use rules::Checked;
pub use slices::EventSlices;
pub use table::encoding::{Decoding, LegacyEncoding, LegacyReading};

use crate::domain::date::DayRange;
use crate::domain::model::{Event, Facet, Mode, Organization, Topic};
use crate::domain::search::SearchTexts;

/// A dataset read from a file, with the columns of a table it did not read.
#[derive(Debug)]
pub struct Opened {
    pub dataset: Dataset,
    /// Header names of a table that are none of [`table::COLUMNS`], as written; none for JSON.
    pub ignored_columns: Vec<String>,
}

/// What reading a file gave: the dataset or what is wrong with it, and for a table in a
/// Windows code page which one it was read in, either way, so the person can choose another.
#[derive(Debug)]
pub struct Reading {
    pub result: Result<Opened, DatasetError>,
    pub decoded_as: Option<LegacyReading>,
}

impl From<Result<Opened, DatasetError>> for Reading {
    fn from(result: Result<Opened, DatasetError>) -> Reading {
        Reading {
            result,
            decoded_as: None,
        }
    }
}

/// Files up to this size are read whole and parsed in memory, the fastest way. Larger ones
/// are parsed as they are read, an event at a time ([`EventSlices`]), so that the file and the
/// events parsed from it are never in memory together (a browser never gives a page's wasm
/// memory back), and so that the reading can stop between slices of events.
pub const READ_WHOLE_UP_TO: usize = 8 << 20;

/// Reads the file `name`, `size` bytes that `file` yields, as a dataset: a table when
/// [`table::is_table`] says so from the name or the first bytes, else JSON. A table's
/// organizations and topics are matched by name to the `known` ones, and its text decoded
/// as `decoding` says when it is not Unicode. The three stages in one; the browser runs them
/// apart ([`parse`], [`check`], [`index`]) to let the page breathe between them.
pub fn open(
    file: impl Read,
    size: usize,
    name: &str,
    known: (&[Organization], &[Topic]),
    decoding: Decoding,
) -> Reading {
    let raw = match parse(file, size, name, known, decoding) {
        Ok(Parsed::Table(reading)) => return *reading,
        Ok(Parsed::Json(raw)) => Ok(raw),
        Ok(Parsed::Large(slices)) => slices.finish(),
        Err(error) => Err(error),
    };
    raw.and_then(check)
        .map(|checked| Opened {
            dataset: index(checked),
            ignored_columns: Vec::new(),
        })
        .into()
}

/// What the first stage reads: a JSON file's records as written; a large JSON file, to be
/// read a slice of events at a time; or a table, which is read, checked and indexed in one go
/// (tables are small next to what JSON files hold), with the code page it was read in.
pub enum Parsed<R: Read> {
    Json(RawDataset),
    Large(EventSlices<BufReader<R>>),
    Table(Box<Reading>),
}

/// The first stage of [`open`]: the file's syntax (a large file's only begun).
pub fn parse<R: Read>(
    file: R,
    size: usize,
    name: &str,
    known: (&[Organization], &[Topic]),
    decoding: Decoding,
) -> Result<Parsed<R>, DatasetError> {
    let mut file = BufReader::with_capacity(1 << 16, file);
    let read_whole = |mut file: BufReader<_>| {
        let mut bytes = Vec::with_capacity(size);
        file.read_to_end(&mut bytes).map_err(read_error)?;
        Ok::<_, DatasetError>(bytes)
    };
    if table::is_table(name, file.fill_buf().map_err(read_error)?) {
        let bytes = read_whole(file)?;
        return Ok(Parsed::Table(Box::new(table::read(
            bytes, name, known, decoding,
        ))));
    }
    match size <= READ_WHOLE_UP_TO {
        // The bytes are freed as soon as they are parsed, before the events are indexed.
        true => serde_json::from_slice(&read_whole(file)?)
            .map(Parsed::Json)
            .map_err(json_error),
        false => EventSlices::new(file).map(Parsed::Large),
    }
}

/// The second stage of [`open`]: every rule, each broken one reported ([`Checking`] does it a
/// slice at a time).
pub fn check(raw: RawDataset) -> Result<Checked, DatasetError> {
    checking::check(raw)
}

/// The third stage of [`open`]: sorted and indexed ([`Indexing`] does it a slice at a time).
pub fn index(checked: Checked) -> Dataset {
    index::index(checked)
}

/// Reads the workbook `name` (see [`workbook`]) as a dataset, its organizations and topics
/// matched to the `known` ones as a table's are. Natively only: the page reads the workbook in
/// its worker module and gives the sheet to [`table::read_sheet`].
pub fn open_workbook(bytes: Vec<u8>, name: &str, known: (&[Organization], &[Topic])) -> Reading {
    match workbook::sheet_of(bytes) {
        Ok(sheet) => table::read_sheet(sheet, name, known).into(),
        Err(error) => Err(error.to_dataset_error(name)).into(),
    }
}

/// A validated dataset: events in chronological order, with every reference resolvable.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// Boxed: while checking, each event takes the place its raw form is freed from, so a
    /// large file's events are never in memory twice over (an unboxed list is one new block
    /// the size of all events: 29 MB more for 100 000).
    #[allow(clippy::vec_box)]
    events: Vec<Box<Event>>,
    /// Parallel to `events`.
    day_ranges: Vec<DayRange>,
    /// Parallel to `events`.
    facets: FacetTable,
    /// Parallel to `events`: what a search looks through, folded.
    search_texts: SearchTexts,
    organizations: Vec<Organization>,
    /// Parallel to `organizations`: name(s) and short name, folded for search.
    organization_search_texts: SearchTexts,
    topics: Vec<Topic>,
    /// Positions in `events`, ordered by id: found by binary search, with no copy of the ids.
    events_by_id: Vec<u32>,
    organization_by_id: HashMap<String, usize>,
    topic_by_id: HashMap<String, usize>,
    /// Every country that takes part in or hosts an event, sorted by code.
    countries: Vec<String>,
    /// (parent, part) pairs of positions in `events`, sorted.
    children: Vec<(u32, u32)>,
}

impl Dataset {
    /// Parses and validates dataset JSON.
    pub fn from_json(text: &str) -> Result<Dataset, DatasetError> {
        // As bytes: the parser is then the one files use, not a second copy of it for `str`
        // in the wasm.
        let raw = serde_json::from_slice(text.as_bytes()).map_err(json_error)?;
        Ok(index::index(checking::check(raw)?))
    }

    /// The dataset in the JSON format it is read from, indented (`from_json` reads it back
    /// as the same dataset).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&RawDataset::of(self)).unwrap_or_default()
    }

    /// Events sorted by date (first day, then last day), then id.
    pub fn events(&self) -> &[Box<Event>] {
        &self.events
    }

    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// Each organization's names, folded for search; parallel to [`Dataset::organizations`].
    pub fn organization_search_texts(&self) -> &SearchTexts {
        &self.organization_search_texts
    }

    /// Each event's searched text, folded; parallel to [`Dataset::events`].
    pub fn search_texts(&self) -> &SearchTexts {
        &self.search_texts
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Country codes taking part in or hosting at least one event, sorted.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// The days each event may cover, parallel to [`Dataset::events`].
    pub fn day_ranges(&self) -> &[DayRange] {
        &self.day_ranges
    }

    /// Precomputed facet values of each event, parallel to [`Dataset::events`].
    pub fn facets(&self) -> &FacetTable {
        &self.facets
    }

    /// How many values `facet` has in this dataset (its counts are this long).
    pub fn facet_len(&self, facet: Facet) -> usize {
        match facet {
            Facet::Country => self.countries.len(),
            Facet::Organization => self.organizations.len(),
            Facet::Topic => self.topics.len(),
            Facet::Mode => Mode::ALL.len(),
        }
    }

    /// The position of the value `key` among `facet`'s values, if the dataset has it.
    pub fn facet_position(&self, facet: Facet, key: &str) -> Option<usize> {
        match facet {
            Facet::Country => self
                .countries
                .binary_search_by(|c| c.as_str().cmp(key))
                .ok(),
            Facet::Organization => self.organization_by_id.get(key).copied(),
            Facet::Topic => self.topic_by_id.get(key).copied(),
            Facet::Mode => Mode::from_key(key).map(Mode::position),
        }
    }

    /// The position of an event in [`Dataset::events`].
    pub fn event_position(&self, id: &str) -> Option<usize> {
        self.events_by_id
            .binary_search_by(|&i| self.events[i as usize].id.as_str().cmp(id))
            .ok()
            .map(|k| self.events_by_id[k] as usize)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_position(id).map(|i| &*self.events[i])
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organization_by_id
            .get(id)
            .map(|&i| &self.organizations[i])
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topic_by_id.get(id).map(|&i| &self.topics[i])
    }

    /// The parts of the event at `position` (events whose `parent` it is), as positions in
    /// date order.
    pub fn children(&self, position: usize) -> impl Iterator<Item = usize> + '_ {
        let parent = position as u32;
        let from = self.children.partition_point(|&(p, _)| p < parent);
        let to = self.children.partition_point(|&(p, _)| p <= parent);
        self.children[from..to]
            .iter()
            .map(|&(_, child)| child as usize)
    }
}

/// serde_json appends " at line L column C" to its messages; the error carries both apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// A file that could not be read to its end, told as serde_json tells it.
fn read_error(e: std::io::Error) -> DatasetError {
    json_error(serde_json::Error::io(e))
}

fn json_error(e: serde_json::Error) -> DatasetError {
    DatasetError::Json {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}
