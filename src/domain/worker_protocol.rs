//! What the page and its worker module (`src/bin/atlas_worker.rs`) say to each other: one
//! request and one answer per job, matched by a number the page gives each request. Both sides
//! use these types, so a change to the protocol is a change to both. Messages travel as JSON
//! text through `postMessage`; a file's bytes travel beside the text as a transferred
//! `Uint8Array`, never through JSON.

use serde::{Deserialize, Serialize};

use crate::domain::dataset::workbook::{self, Sheet, WorkbookError};

/// A job for the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Read the workbook whose bytes travel beside the request into the sheet to read.
    ReadWorkbook,
}

/// The worker's answer to one [`Request`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Sheet(Sheet),
    WorkbookUnreadable(WorkbookError),
    /// The worker could not read the message it was sent (a page and a worker from different
    /// builds).
    NotUnderstood,
}

/// A message from the page to the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToWorker {
    pub id: u32,
    pub request: Request,
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker's module has started and listens: requests sent before are held by the page
    /// until then, since a worker drops messages that arrive before it listens.
    Ready,
    Answer {
        id: u32,
        answer: Answer,
    },
}

/// What the worker does for `request`, with the bytes that came beside it. Only the worker
/// module calls this (natively, the tests): the code of every job stays out of the page's
/// module.
pub fn work(request: Request, bytes: Option<Vec<u8>>) -> Answer {
    match (request, bytes) {
        (Request::ReadWorkbook, Some(bytes)) => match workbook::sheet_of(bytes) {
            Ok(sheet) => Answer::Sheet(sheet),
            Err(error) => Answer::WorkbookUnreadable(error),
        },
        (Request::ReadWorkbook, None) => Answer::NotUnderstood,
    }
}

impl ToWorker {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<ToWorker> {
        serde_json::from_slice(text.as_bytes()).ok()
    }
}

impl FromWorker {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<FromWorker> {
        serde_json::from_slice(text.as_bytes()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_back_as_sent() {
        let request = ToWorker {
            id: 7,
            request: Request::ReadWorkbook,
        };
        assert_eq!(ToWorker::from_json(&request.to_json()), Some(request));
        let sheet = Sheet {
            name: "events".into(),
            first_row: 1,
            rows: vec![
                vec!["id".into(), "title_en".into()],
                vec!["a".into(), "\"A\"".into()],
            ],
        };
        for message in [
            FromWorker::Ready,
            FromWorker::Answer {
                id: 7,
                answer: Answer::Sheet(sheet),
            },
            FromWorker::Answer {
                id: 8,
                answer: Answer::WorkbookUnreadable(WorkbookError::NoSheet),
            },
        ] {
            assert_eq!(FromWorker::from_json(&message.to_json()), Some(message));
        }
    }

    #[test]
    fn a_message_from_another_build_is_not_read() {
        assert_eq!(FromWorker::from_json("{\"Other\":1}"), None);
        assert_eq!(ToWorker::from_json("not json"), None);
    }
}
