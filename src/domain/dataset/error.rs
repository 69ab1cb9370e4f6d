//! What can be wrong with a dataset: each broken rule with its event and field, a JSON
//! syntax error with its place, or a file that could not be read. Every message is a key and
//! values, put in words in the reader's language when shown (and again on a switch).

use std::fmt;

use crate::domain::i18n::{Counted, Key, Locale, Message};

/// Where a broken rule is, in the words of the file it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A field of the event at `index` (from 0, in file order), as a JSON path below the
    /// event: `venue.lat`, `organizations[2]`.
    Event {
        index: usize,
        id: String,
        field: String,
    },
    /// A record outside the events (`organizations[3].id`), or the file as a whole.
    File(String),
    /// A cell of a table, numbered as spreadsheet programs number rows (the header is row 1).
    Cell { row: usize, column: String },
    /// A row of a table as a whole, numbered as [`Place::Cell`]'s.
    Row(usize),
}

/// One broken rule: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: Message,
}

impl Problem {
    /// The problem in `locale`: where, what is wrong.
    pub fn describe(&self, locale: Locale) -> String {
        let message = self.message.text(locale);
        match &self.place {
            Place::Event { id, field, .. } => locale.fill(
                Key::ProblemInEvent,
                &[("id", id), ("field", field), ("message", &message)],
            ),
            Place::File(field) => locale.fill(
                Key::ProblemInFile,
                &[("field", field), ("message", &message)],
            ),
            Place::Cell { row, column } => locale.fill(
                Key::ProblemInCell,
                &[
                    ("row", &row.to_string()),
                    ("column", column),
                    ("message", &message),
                ],
            ),
            Place::Row(row) => locale.fill(
                Key::ProblemInRow,
                &[("row", &row.to_string()), ("message", &message)],
            ),
        }
    }

    /// The field (JSON path) or column the problem is in (none for a whole row).
    pub fn field(&self) -> &str {
        match &self.place {
            Place::Event { field, .. } | Place::File(field) => field,
            Place::Cell { column, .. } => column,
            Place::Row(_) => "",
        }
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
    /// The file could not be read at all (not found, not reachable), said in any language.
    Unreadable(Message),
    /// Problems already put in words: the lines in each language of [`Locale::ALL`], in that
    /// order. A workbook's problems are told so, each with its sheet, by the worker module
    /// (the page's module then carries none of the code that found them).
    Told(Vec<Vec<String>>),
}

impl DatasetError {
    /// What is wrong, one line per problem, in `locale`: as the page lists it and as
    /// `atlas-check` prints it.
    pub fn lines(&self, locale: Locale) -> Vec<String> {
        match self {
            DatasetError::Json {
                line,
                column,
                message,
            } => vec![locale.fill(
                Key::DatasetJsonAt,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("message", message),
                ],
            )],
            DatasetError::Invalid(problems) => {
                problems.iter().map(|p| p.describe(locale)).collect()
            }
            DatasetError::Unreadable(message) => vec![message.text(locale)],
            DatasetError::Told(lines) => {
                let at = Locale::ALL.iter().position(|&l| l == locale).unwrap_or(0);
                lines.get(at).cloned().unwrap_or_default()
            }
        }
    }
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
                let found = Locale::En.count(Counted::ProblemsFound, problems.len());
                write!(f, "The dataset has {found}:")?;
                for problem in problems {
                    write!(f, "\n- {problem}")?;
                }
                Ok(())
            }
            DatasetError::Told(_) => f.write_str(&self.lines(Locale::En).join("\n")),
        }
    }
}

impl std::error::Error for DatasetError {}
