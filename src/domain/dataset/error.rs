//! What can be wrong with a dataset: each broken rule with its event and field, a JSON
//! syntax error with its place, or a file that could not be read. Every message is a key and
//! values, put in words in the reader's language when shown (and again on a switch).

use std::fmt;

use crate::domain::i18n::{Key, Locale, Message};

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
    /// The file could not be read at all (not found, not reachable), said in any language.
    Unreadable(Message),
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
