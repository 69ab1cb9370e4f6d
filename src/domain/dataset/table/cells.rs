//! One table row read into a raw event: where each known column is ([`Columns`]), the row's
//! cells by column name ([`Cells`]) put in the dataset's forms (dates, numbers, modes, places,
//! countries, names matched to organizations and topics), and the column a rule's field was
//! read from, so that every problem is placed by row and column.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use crate::domain::dataset::error::{Place, Problem};
use crate::domain::dataset::raw::RawEvent;
use crate::domain::i18n::{Key, Message};
use crate::domain::model::{Localized, Mode, Organization, Topic, Venue};
use crate::domain::random::fnv1a;

use super::names::{self, one_text, slug, Registry};
use super::{countries, dates, formula, lists, COLUMNS, REQUIRED_COLUMNS};

/// Where each known column is in the header, and the names that are not known.
pub(super) struct Columns {
    at: HashMap<&'static str, usize>,
    pub(super) ignored: Vec<String>,
}

impl Columns {
    pub(super) fn of(header: &csv::StringRecord) -> (Columns, Vec<Problem>) {
        let mut columns = Columns {
            at: HashMap::new(),
            ignored: Vec::new(),
        };
        let mut problems = Vec::new();
        let cell = |column: &str, key: Key| Problem {
            place: Place::Cell {
                row: 1,
                column: column.to_string(),
            },
            message: Message::new(key, &[]),
        };
        for (i, written) in header.iter().enumerate() {
            let name = written
                .trim()
                .trim_start_matches('\u{FEFF}')
                .to_ascii_lowercase();
            match COLUMNS.iter().find(|&&c| c == name) {
                // The first of two same-named columns is read; the second is told.
                Some(&known) => match columns.at.entry(known) {
                    Entry::Occupied(_) => problems.push(cell(known, Key::ColumnTwice)),
                    Entry::Vacant(at) => {
                        at.insert(i);
                    }
                },
                None if name.is_empty() => {}
                None => columns.ignored.push(written.trim().to_string()),
            }
        }
        for required in REQUIRED_COLUMNS {
            if !columns.at.contains_key(required) {
                problems.push(cell(required, Key::MissingColumn));
            }
        }
        if !columns.at.contains_key("title_en") && !columns.at.contains_key("title_zh") {
            problems.push(cell("title_en", Key::MissingColumn));
        }
        (columns, problems)
    }
}

/// One row's cells, by column name.
pub(super) struct Cells<'a> {
    pub(super) record: &'a csv::StringRecord,
    pub(super) columns: &'a Columns,
    pub(super) row: usize,
}

impl Cells<'_> {
    /// The trimmed text in `column` (without the apostrophe that guards a formula-like
    /// cell); empty when the column or the cell is missing.
    fn get(&self, column: &str) -> &str {
        self.columns
            .at
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map_or("", |cell| formula::unprotect(cell.trim()))
    }

    /// The names in a list column, each matched to a record of `registry` (made when none is
    /// called so): see [`lists::names`] for the separators read.
    fn names<R: names::Named>(&self, column: &str, registry: &mut Registry<R>) -> Vec<String> {
        let list = lists::names(self.get(column), |name| registry.knows(name));
        list.items
            .into_iter()
            .map(|name| registry.resolve(name))
            .collect()
    }

    /// The codes of the `countries` column, written as codes or names (see [`countries`]).
    fn countries(&self, problems: &mut Vec<Problem>) -> Vec<String> {
        let (codes, unread) = countries::read_list(self.get("countries"));
        for message in unread {
            self.fail(problems, "countries", message);
        }
        codes
    }

    fn fail(&self, problems: &mut Vec<Problem>, column: &str, message: Message) {
        problems.push(Problem {
            place: Place::Cell {
                row: self.row,
                column: column.to_string(),
            },
            message,
        });
    }

    /// A date column in the dataset's form, cut to the row's precision. A date that cannot be
    /// read is kept as written, for the rules to refuse (their word is then not repeated).
    fn date(&self, column: &str, problems: &mut Vec<Problem>) -> Option<String> {
        let written = self.get(column);
        if written.is_empty() {
            return None;
        }
        match dates::table_date(written) {
            Ok(date) => Some(match dates::precision(self.get("precision")) {
                Some(precision) => dates::to_precision(date, precision),
                None => date,
            }),
            Err(message) => {
                self.fail(problems, column, message);
                Some(written.to_string())
            }
        }
    }

    fn number(&self, column: &str, problems: &mut Vec<Problem>) -> Option<f64> {
        let written = self.get(column);
        if written.is_empty() {
            return None;
        }
        // A decimal comma, as semicolon-separated tables from European Excel write it.
        match written.replace(',', ".").parse::<f64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.fail(
                    problems,
                    column,
                    Message::new(Key::NotANumber, &[("value", written)]),
                );
                None
            }
        }
    }

    pub(super) fn event(
        &self,
        organizations: &mut Registry<Organization>,
        topics: &mut Registry<Topic>,
        problems: &mut Vec<Problem>,
    ) -> RawEvent {
        let (title_en, title_zh) = (self.get("title_en"), self.get("title_zh"));
        let title = Localized {
            en: if title_en.is_empty() {
                title_zh
            } else {
                title_en
            }
            .to_string(),
            zh: (!title_zh.is_empty()).then(|| title_zh.to_string()),
        };
        let start = self.date("start", problems).unwrap_or_default();
        let end = self.date("end", problems);
        let written_precision = self.get("precision");
        if !written_precision.is_empty() && dates::precision(written_precision).is_none() {
            let message = Message::new(Key::NotPrecision, &[("value", written_precision)]);
            self.fail(problems, "precision", message);
        }
        let (lat, lon) = (
            self.number("latitude", problems),
            self.number("longitude", problems),
        );
        let written_mode = self.get("mode");
        let mode = match written_mode {
            "" if lat.is_some() => Mode::InPerson,
            "" => Mode::Online,
            written => Mode::from_key(&written.to_ascii_lowercase().replace([' ', '-'], "_"))
                .unwrap_or_else(|| {
                    let message = Message::new(Key::NotModeValue, &[("value", written)]);
                    self.fail(problems, "mode", message);
                    Mode::InPerson
                }),
        };
        let venue = match (lat, lon) {
            (Some(_), Some(_)) if mode == Mode::Online => {
                self.fail(
                    problems,
                    "latitude",
                    Message::new(Key::OnlineWithPlace, &[]),
                );
                None
            }
            (Some(lat), Some(lon)) => {
                let city = self.get("city");
                let country = match self.get("country") {
                    "" => {
                        self.fail(problems, "country", Message::new(Key::MustNotBeEmpty, &[]));
                        String::new()
                    }
                    written => countries::read_one(written).unwrap_or_else(|message| {
                        self.fail(problems, "country", message);
                        written.to_string()
                    }),
                };
                Some(Venue {
                    name: match self.get("venue") {
                        "" => city.to_string(),
                        name => name.to_string(),
                    },
                    name_zh: None,
                    city: city.to_string(),
                    city_zh: None,
                    country,
                    lat,
                    lon,
                })
            }
            (None, None) => None,
            (Some(_), None) | (None, Some(_)) => {
                let missing = if lat.is_none() {
                    "latitude"
                } else {
                    "longitude"
                };
                if self.get(missing).is_empty() {
                    self.fail(problems, missing, Message::new(Key::HalfCoordinates, &[]));
                }
                None
            }
        };
        let id = match self.get("id") {
            "" => derived_id(&start, &title.en),
            id => id.to_string(),
        };
        RawEvent {
            id,
            start,
            end,
            date_note: None,
            mode,
            venue,
            countries: self.countries(problems),
            organizations: self.names("organizations", organizations),
            topics: self.names("topics", topics),
            people: Vec::new(),
            summary: match self.get("summary") {
                "" => Localized::default(),
                summary => one_text(summary),
            },
            parent: None,
            source: None,
            title,
        }
    }
}

/// An id for a row that has none: its start and title in kebab-case
/// (`2024-05-26-joint-workshop`), or the start and a hash of a title with no Latin letters.
fn derived_id(start: &str, title: &str) -> String {
    match slug(title) {
        words if words.is_empty() => format!("{}-event-{:08x}", slug(start), fnv1a(title)),
        words => format!("{}-{words}", slug(start)),
    }
}

/// The name the header gives the column at `at`, else its number (from 1).
pub(super) fn column_named(header: &csv::StringRecord, at: usize) -> String {
    match header.get(at).map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => (at + 1).to_string(),
    }
}

/// The column a rule's field (a JSON path) was read from.
pub(super) fn column_of(field: &str) -> &str {
    match field {
        "title.en" => "title_en",
        "title.zh" => "title_zh",
        "venue.lat" => "latitude",
        "venue.lon" => "longitude",
        "venue.city" => "city",
        "venue.country" => "country",
        "venue.name" => "venue",
        "summary.en" | "summary.zh" => "summary",
        // countries[2] → countries
        _ => field.split(['.', '[']).next().unwrap_or(field),
    }
}

pub(super) fn column_order(column: &str) -> usize {
    COLUMNS
        .iter()
        .position(|&c| c == column)
        .unwrap_or(COLUMNS.len())
}
