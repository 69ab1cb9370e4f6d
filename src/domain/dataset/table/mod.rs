//! The low stage for tables: a CSV or tab-separated file as spreadsheet programs save it, read
//! into the same raw records as a JSON file, then checked by the same rules, with every problem
//! placed by row and column. Its columns are those the CSV export writes ([`COLUMNS`]), so an
//! export edited in a spreadsheet opens again.

mod cells;
mod countries;
mod dates;
pub mod encoding;
pub mod formula;
mod lists;
mod names;
mod quotes;
mod text;

use std::collections::HashSet;

use crate::domain::dataset::checking;
use crate::domain::dataset::error::{DatasetError, Place, Problem};
use crate::domain::dataset::raw::RawDataset;
use crate::domain::dataset::{index, Opened, Reading};
use crate::domain::i18n::{Key, Locale, Message};
use crate::domain::model::{Organization, Topic};

use super::workbook::Sheet;
use cells::{column_named, column_of, column_order, Cells, Columns};
use encoding::Decoding;
use names::Registry;

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
    check(raw, &rows, problems, columns.ignored)
}

/// Checks the events read from a table's rows (`rows`: each one's row) by the dataset's rules,
/// places what they find at the row and column it was read from (a cell the table stage found
/// wrong is not told again), and gives the dataset, or every problem in row order.
fn check(
    raw: RawDataset,
    rows: &[usize],
    mut problems: Vec<Problem>,
    ignored_columns: Vec<String>,
) -> Result<Opened, DatasetError> {
    let checked = checking::check(raw);
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
            ignored_columns,
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
