//! The low stage for tables: a CSV or tab-separated file as spreadsheet programs save it, read
//! into the same raw records as a JSON file, then checked by the same rules, with every problem
//! placed by row and column. Its columns are those the CSV export writes ([`COLUMNS`]), so an
//! export edited in a spreadsheet opens again.

mod countries;
mod dates;
pub mod encoding;
pub mod formula;
mod lists;
mod names;
mod quotes;
mod text;

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use crate::domain::dataset::error::{DatasetError, Place, Problem};
use crate::domain::dataset::raw::{RawDataset, RawEvent};
use crate::domain::dataset::rules;
use crate::domain::dataset::{index, Opened, Reading};
use crate::domain::i18n::{Key, Locale, Message};
use crate::domain::model::{Localized, Mode, Organization, Topic, Venue};
use crate::domain::random::fnv1a;

use super::workbook::Sheet;
use encoding::Decoding;
use names::{one_text, slug, Registry};

/// The columns of a table, in the order the export writes them.
pub const COLUMNS: [&str; 17] = [
    "id",
    "title_en",
    "title_zh",
    "start",
    "end",
    "precision",
    "mode",
    "venue",
    "city",
    "country",
    "latitude",
    "longitude",
    "countries",
    "organizations",
    "topics",
    "summary",
    "link",
];

/// The columns a table cannot do without (besides a title, in `title_en` or `title_zh`).
pub const REQUIRED_COLUMNS: [&str; 2] = ["start", "countries"];

/// Whether the file `name` holds a table rather than JSON: by its name's ending (`.csv`,
/// `.tsv`, `.txt`, `.json`), else by its first character (JSON starts with `{`).
pub fn is_table(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    let name = name.split(['?', '#']).next().unwrap_or("");
    if [".csv", ".tsv", ".tab", ".txt"]
        .iter()
        .any(|e| name.ends_with(e))
    {
        return true;
    }
    if name.ends_with(".json") {
        return false;
    }
    let first = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace() && ![0xEF, 0xBB, 0xBF].contains(*b));
    first != Some(&b'{')
}

/// Reads the table in `bytes` (the file `name`): Unicode text, else text in the code page
/// `decoding` chose or finds most plausible. Organizations and topics are matched by name to
/// `known` ones (those of the bundled dataset); names that match none become new ones.
pub fn read(
    bytes: Vec<u8>,
    name: &str,
    known: (&[Organization], &[Topic]),
    decoding: Decoding,
) -> Reading {
    let unicode = match decoding.chosen {
        Some(_) => Err(bytes),
        None => text::decode(bytes),
    };
    let (text, decoded_as) = match unicode {
        Ok(text) => (text, None),
        Err(bytes) => match encoding::decode(&bytes, decoding) {
            Some((text, reading)) => (text, Some(reading)),
            None => {
                let message = match decoding.chosen {
                    Some(chosen) => Message::new(
                        Key::NotInEncoding,
                        &[("name", name), ("encoding", chosen.name())],
                    ),
                    None => Message::new(Key::NotTextEncoding, &[("name", name)]),
                };
                return Reading {
                    result: Err(DatasetError::Unreadable(message)),
                    decoded_as: None,
                };
            }
        },
    };
    Reading {
        result: read_text(&text, name, known),
        decoded_as,
    }
}

/// Reads the `sheet` of a workbook (see [`super::workbook`]) as a table: its rows are written
/// as CSV text (each cell as the export guards it, so the reader gives back its exact text) and
/// read by the CSV reader's own code, with the same columns, rules and messages. Its problems
/// are told in every language, each with the sheet's name and the row as the sheet numbers it.
pub fn read_sheet(
    sheet: Sheet,
    name: &str,
    known: (&[Organization], &[Topic]),
) -> Result<Opened, DatasetError> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for row in &sheet.rows {
        let cells = row.iter().map(|cell| formula::protect(cell).into_owned());
        if writer.write_record(cells).is_err() {
            break;
        }
    }
    let text = writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default();
    // The CSV's header is row 1; the sheet's is `first_row`.
    let shift = sheet.first_row.saturating_sub(1);
    read_text(&text, name, known).map_err(|error| match error {
        DatasetError::Invalid(mut problems) => {
            for problem in &mut problems {
                match &mut problem.place {
                    Place::Cell { row, .. } | Place::Row(row) => *row += shift,
                    _ => {}
                }
            }
            DatasetError::Told(
                Locale::ALL
                    .iter()
                    .map(|&locale| {
                        let in_sheet = |problem: &Problem| {
                            let problem = problem.describe(locale);
                            let values = [("sheet", sheet.name.as_str()), ("problem", &problem)];
                            locale.fill(Key::ProblemInSheet, &values)
                        };
                        problems.iter().map(in_sheet).collect()
                    })
                    .collect(),
            )
        }
        other => other,
    })
}

fn read_text(
    text: &str,
    name: &str,
    known: (&[Organization], &[Topic]),
) -> Result<Opened, DatasetError> {
    let header_line = text.lines().next().unwrap_or("");
    let separator = text::separator(header_line, &COLUMNS);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records().peekable();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => csv::StringRecord::new(),
    };
    let (columns, mut problems) = Columns::of(&header);
    // The csv reader takes all that follows a quote left open as one cell: the last one.
    let open_quote = quotes::ends_in_open_quote(text, separator);

    let mut organizations = Registry::new(known.0);
    let mut topics = Registry::new(known.1);
    let mut events = Vec::new();
    // The spreadsheet row of each event, parallel to `events`.
    let mut rows = Vec::new();
    let mut filled_rows = 0;
    let mut i = 0;
    while let Some(record) = records.next() {
        // The header is row 1.
        let row = i + 2;
        i += 1;
        let record = record.map_err(|e| {
            DatasetError::Unreadable(Message::new(
                Key::FileUnreadable,
                &[("name", &format!("{name} ({e})"))],
            ))
        })?;
        if open_quote && records.peek().is_none() {
            let at = record.len().saturating_sub(1);
            problems.push(Problem {
                place: Place::Cell {
                    row,
                    column: column_named(&header, at),
                },
                message: Message::new(Key::UnclosedQuote, &[]),
            });
            filled_rows += 1;
            continue;
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        filled_rows += 1;
        // Cells beyond the named columns, unless empty (some programs pad every row).
        let filled = (0..record.len()).rfind(|&at| !record[at].trim().is_empty());
        if let Some(last) = filled.filter(|&last| last >= header.len()) {
            problems.push(Problem {
                place: Place::Row(row),
                message: Message::new(
                    Key::MoreCellsThanColumns,
                    &[
                        ("cells", &(last + 1).to_string()),
                        ("columns", &header.len().to_string()),
                    ],
                ),
            });
            continue;
        }
        let cells = Cells {
            record: &record,
            columns: &columns,
            row,
        };
        let event = cells.event(&mut organizations, &mut topics, &mut problems);
        events.push(Box::new(event));
        rows.push(row);
    }

    match filled_rows {
        // The quote opened in the header, which took the rest of the file.
        0 if open_quote => problems.push(Problem {
            place: Place::Cell {
                row: 1,
                column: header.len().to_string(),
            },
            message: Message::new(Key::UnclosedQuote, &[]),
        }),
        0 if !header.is_empty() => problems.push(Problem {
            place: Place::File(name.to_string()),
            message: Message::new(Key::NoEventRows, &[]),
        }),
        _ => {}
    }

    let raw = RawDataset {
        events,
        organizations: organizations.into_used(),
        topics: topics.into_used(),
    };
    let checked = rules::check(raw);
    // A cell the table stage found wrong is not told again by the rules.
    let told: HashSet<(usize, String)> = problems
        .iter()
        .filter_map(|p| match &p.place {
            Place::Cell { row, column } => Some((*row, column.clone())),
            _ => None,
        })
        .collect();
    let checked = match checked {
        Ok(checked) => Some(checked),
        Err(DatasetError::Invalid(found)) => {
            for Problem { place, mut message } in found {
                let place = match place {
                    Place::Event { index, id, field } => {
                        // "Event number N" is the row, which the place already says.
                        if message.key == Key::DuplicateEventId {
                            message = Message::new(Key::DuplicateId, &[("id", &id)]);
                        }
                        Place::Cell {
                            row: rows[index],
                            column: column_of(&field).to_string(),
                        }
                    }
                    other => other,
                };
                let repeated = matches!(&place, Place::Cell { row, column } if told.contains(&(*row, column.clone())));
                if !repeated {
                    problems.push(Problem { place, message });
                }
            }
            None
        }
        Err(other) => return Err(other),
    };
    match checked {
        Some(checked) if problems.is_empty() => Ok(Opened {
            dataset: index::index(checked),
            ignored_columns: columns.ignored,
        }),
        _ => {
            problems.sort_by_key(|p| match &p.place {
                Place::Cell { row, column } => (*row, column_order(column)),
                Place::Row(row) => (*row, 0),
                _ => (0, 0),
            });
            Err(DatasetError::Invalid(problems))
        }
    }
}

/// Where each known column is in the header, and the names that are not known.
struct Columns {
    at: HashMap<&'static str, usize>,
    ignored: Vec<String>,
}

impl Columns {
    fn of(header: &csv::StringRecord) -> (Columns, Vec<Problem>) {
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
struct Cells<'a> {
    record: &'a csv::StringRecord,
    columns: &'a Columns,
    row: usize,
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

    fn event(
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
fn column_named(header: &csv::StringRecord, at: usize) -> String {
    match header.get(at).map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => (at + 1).to_string(),
    }
}

/// The column a rule's field (a JSON path) was read from.
fn column_of(field: &str) -> &str {
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

fn column_order(column: &str) -> usize {
    COLUMNS
        .iter()
        .position(|&c| c == column)
        .unwrap_or(COLUMNS.len())
}
