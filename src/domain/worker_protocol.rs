//! What the page and its worker module (`src/bin/atlas_worker.rs`) say to each other: one
//! request and one answer per job, matched by a number the page gives each request. Both sides
//! use these types, so a change to the protocol is a change to both.
//!
//! A message travels through `postMessage` as a list of strings ([`ToWorker::to_wire`],
//! [`FromWorker::from_wire`]: a kind, the number, then the fields), which the browser copies
//! as it is; a file's bytes travel beside it as a transferred `Uint8Array`. The answers carry
//! what the page's module already reads (a dataset in the JSON format that serde reads, lines
//! of text), so the page needs no decoder of its own: it carries little more than the code
//! that sends and matches messages.

use crate::domain::dataset::{self, Dataset, DatasetError, Opened};
use crate::domain::i18n::Locale;

/// A job for the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Open the workbook `name` whose bytes travel beside the request as a dataset (see
    /// [`dataset::open_workbook`]), its organizations and topics matched to those of `known`
    /// (the bundled dataset's JSON, which the page has fetched), as the page does for a CSV
    /// table.
    OpenWorkbook { name: String, known: String },
}

/// The worker's answer to one [`Request`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The dataset in the JSON format ([`Dataset::to_json`]), and the columns not read.
    Dataset {
        json: String,
        ignored_columns: Vec<String>,
    },
    /// What is wrong, one line per problem in each language of [`Locale::ALL`].
    Told(Vec<Vec<String>>),
    /// The worker could not read the message it was sent (a page and a worker from different
    /// builds).
    NotUnderstood,
}

/// A message from the page to the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToWorker {
    pub id: u32,
    pub request: Request,
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FromWorker {
    /// The worker's module has started and listens: requests sent before are held by the page
    /// until then, since a worker drops messages that arrive before it listens.
    Ready,
    /// The answer to the request with this number.
    Answer(u32, Answer),
}

/// What the worker does for `request`, with the bytes that came beside it. Only the worker
/// module calls this (natively, the tests): the code of every job stays out of the page's
/// module.
pub fn work(request: Request, bytes: Option<Vec<u8>>) -> Answer {
    match (request, bytes) {
        (Request::OpenWorkbook { name, known }, Some(bytes)) => {
            let known = Dataset::from_json(&known).ok();
            let known = known
                .as_ref()
                .map_or((&[][..], &[][..]), |k| (k.organizations(), k.topics()));
            match dataset::open_workbook(bytes, &name, known).result {
                Ok(opened) => Answer::Dataset {
                    json: opened.dataset.to_json(),
                    ignored_columns: opened.ignored_columns,
                },
                Err(error) => Answer::Told(Locale::ALL.map(|l| error.lines(l)).to_vec()),
            }
        }
        (Request::OpenWorkbook { .. }, None) => Answer::NotUnderstood,
    }
}

impl Answer {
    /// The dataset or the error the answer gives, as the page shows it; `None` when the
    /// worker did not understand the request.
    pub fn opened(self) -> Option<Result<Opened, DatasetError>> {
        match self {
            Answer::Dataset {
                json,
                ignored_columns,
            } => Some(Dataset::from_json(&json).map(|dataset| Opened {
                dataset,
                ignored_columns,
            })),
            Answer::Told(lines) => Some(Err(DatasetError::Told(lines))),
            Answer::NotUnderstood => None,
        }
    }
}

impl ToWorker {
    /// The message as the list of strings that travels.
    pub fn to_wire(&self) -> Vec<String> {
        match &self.request {
            Request::OpenWorkbook { name, known } => vec![
                "open-workbook".into(),
                self.id.to_string(),
                name.clone(),
                known.clone(),
            ],
        }
    }

    /// The message a list of strings holds; `None` for one this build does not know.
    pub fn from_wire(wire: Vec<String>) -> Option<ToWorker> {
        let mut fields = wire.into_iter();
        let kind = fields.next()?;
        let id = fields.next()?.parse().ok()?;
        let request = match kind.as_str() {
            "open-workbook" => Request::OpenWorkbook {
                name: fields.next()?,
                known: fields.next()?,
            },
            _ => return None,
        };
        Some(ToWorker { id, request })
    }
}

impl FromWorker {
    /// The message as the list of strings that travels: a problem's lines go as the number of
    /// lines and the lines, once per language.
    pub fn to_wire(&self) -> Vec<String> {
        let (id, answer) = match self {
            FromWorker::Ready => return vec!["ready".into()],
            FromWorker::Answer(id, answer) => (id.to_string(), answer),
        };
        match answer {
            Answer::Dataset {
                json,
                ignored_columns,
            } => [
                vec!["dataset".into(), id, json.clone()],
                ignored_columns.clone(),
            ]
            .concat(),
            Answer::Told(lines) => {
                let mut wire = vec!["told".into(), id];
                for in_language in lines {
                    wire.push(in_language.len().to_string());
                    wire.extend(in_language.iter().cloned());
                }
                wire
            }
            Answer::NotUnderstood => vec!["not-understood".into(), id],
        }
    }

    /// The message a list of strings holds; `None` for one this build does not know.
    pub fn from_wire(wire: Vec<String>) -> Option<FromWorker> {
        let mut fields = wire.into_iter();
        let kind = fields.next()?;
        if kind == "ready" {
            return Some(FromWorker::Ready);
        }
        let id = fields.next()?.parse().ok()?;
        let answer = match kind.as_str() {
            "dataset" => Answer::Dataset {
                json: fields.next()?,
                ignored_columns: fields.collect(),
            },
            "told" => {
                let mut lines = Vec::new();
                while let Some(count) = fields.next() {
                    let count = count.parse().ok()?;
                    let in_language: Vec<String> = fields.by_ref().take(count).collect();
                    if in_language.len() != count {
                        return None;
                    }
                    lines.push(in_language);
                }
                Answer::Told(lines)
            }
            "not-understood" => Answer::NotUnderstood,
            _ => return None,
        };
        Some(FromWorker::Answer(id, answer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_back_as_sent() {
        let request = ToWorker {
            id: 7,
            request: Request::OpenWorkbook {
                name: "visits.xlsx".into(),
                known: "{\"events\": []}".into(),
            },
        };
        assert_eq!(ToWorker::from_wire(request.to_wire()), Some(request));
        let told = vec![
            vec!["row 2: \"x\"".into(), "row 3".into()],
            vec!["第 2 行".into(), "第 3 行".into()],
            vec![],
        ];
        for message in [
            FromWorker::Ready,
            FromWorker::Answer(
                7,
                Answer::Dataset {
                    json: "{\"events\": []}".into(),
                    ignored_columns: vec!["notes".into(), "2".into()],
                },
            ),
            FromWorker::Answer(8, Answer::Told(told)),
            FromWorker::Answer(9, Answer::NotUnderstood),
        ] {
            assert_eq!(FromWorker::from_wire(message.to_wire()), Some(message));
        }
    }

    #[test]
    fn a_message_from_another_build_is_not_read() {
        let wire = |fields: &[&str]| fields.iter().map(|f| f.to_string()).collect();
        assert_eq!(FromWorker::from_wire(wire(&["other", "1"])), None);
        assert_eq!(
            FromWorker::from_wire(wire(&["told", "1", "3", "only one"])),
            None
        );
        assert_eq!(FromWorker::from_wire(wire(&["dataset", "x", "{}"])), None);
        assert_eq!(
            ToWorker::from_wire(wire(&["open-workbook", "1", "a.xlsx"])),
            None
        );
        assert_eq!(ToWorker::from_wire(Vec::new()), None);
    }

    #[test]
    fn problems_told_by_the_worker_are_shown_in_the_language_in_effect() {
        let answer = Answer::Told(vec![
            vec!["en".into()],
            vec!["zh-Hans".into()],
            vec!["zh-Hant".into()],
        ]);
        let error = answer.opened().unwrap().unwrap_err();
        assert_eq!(error.lines(Locale::ZhHant), ["zh-Hant"]);
        assert_eq!(error.lines(Locale::En), ["en"]);
    }
}
