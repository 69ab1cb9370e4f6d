//! Getting a dataset into the atlas: compiled in, fetched from this site (`data=`), or read
//! from a file the person picked or dropped, in JSON, as a CSV table or as an Excel workbook
//! (read by the worker module, then checked here like a table). Files are read as a
//! stream, so the page can show how much has arrived. The pieces stay in the browser's memory
//! until `dataset::open` reads them, so a large file is never copied whole into the app's; a
//! table in a Windows code page keeps them, to be read again in another if the person asks.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::bundled;
use crate::domain::dataset::workbook::is_workbook;
use crate::domain::dataset::{
    self, Checking, Dataset, DatasetError, Decoding, Indexing, LegacyEncoding, LegacyReading,
    Opened, Parsed, Reading,
};
use crate::domain::i18n::{Key, Message};
use crate::domain::model::{Organization, Topic};
use crate::domain::worker_protocol::{Answer, Request};
use crate::ui::arrived_file::{read_stream, ArrivedFile};
use crate::ui::text_decoder::decode_in_browser;
use crate::ui::url::ViewStore;
use crate::ui::worker;

/// Where the app stands with its dataset.
#[derive(Clone)]
pub enum Loading {
    /// Asked for the dataset at this path; nothing has arrived yet.
    Waiting(String),
    /// Bytes arriving: how many so far, of how many if known.
    Reading {
        name: String,
        loaded: f64,
        total: Option<f64>,
    },
    /// Every byte is in; parsing and checking the events.
    Checking { name: String, bytes: f64 },
    /// What went wrong, the dataset asked for when it was not the bundled one, and the table
    /// when it was read in a Windows code page.
    Failed(DatasetError, Option<String>, Option<TableInCodePage>),
    /// The dataset, what was set aside while reading it (a table's unknown columns), and the
    /// table when it was read in a Windows code page.
    Ready(Arc<Dataset>, Vec<Message>, Option<TableInCodePage>),
}

impl Loading {
    fn from_result(
        result: Result<Opened, DatasetError>,
        source: Option<String>,
        table: Option<TableInCodePage>,
    ) -> Loading {
        match result {
            Ok(opened) => {
                let notices = match (&source, opened.ignored_columns.is_empty()) {
                    (Some(name), false) => vec![Message::new(
                        Key::ColumnsIgnored,
                        &[
                            ("name", name),
                            ("columns", &opened.ignored_columns.join(", ")),
                        ],
                    )],
                    _ => Vec::new(),
                };
                Loading::Ready(Arc::new(opened.dataset), notices, table)
            }
            Err(error) => Loading::Failed(error, source, table),
        }
    }
}

/// A table read in a Windows code page: what it was read as and could be read as, and its
/// bytes, still in the browser's memory, to read it again in another.
#[derive(Clone)]
pub struct TableInCodePage {
    pub decoded_as: LegacyReading,
    /// As messages name it.
    name: String,
    file: ArrivedFile,
    /// Picked or dropped, rather than named by `data=`.
    from_file: bool,
    loading: RwSignal<Loading>,
    store: ViewStore,
}

impl TableInCodePage {
    /// The notice naming the code page it was read in.
    pub fn notice(&self) -> Message {
        self.decoded_as.notice(&self.name)
    }

    /// Reads the same bytes again in `encoding`, replacing the dataset (or the error).
    pub fn read_as(&self, encoding: LegacyEncoding) {
        let source = Source {
            name: self.name.clone(),
            from_file: self.from_file,
            loading: self.loading,
            store: self.store,
        };
        spawn_local(source.read(Arrival::Again(self.file.clone(), encoding)));
    }
}

/// The bundled dataset (fetched beside the wasm), checked like any other.
pub fn bundled() -> Loading {
    let opened = match bundled::failure(bundled::EVENTS_FILE) {
        Some(why) => Err(DatasetError::Unreadable(why.clone())),
        None => Dataset::from_json(&bundled::files().events),
    };
    let opened = opened.map(|dataset| Opened {
        dataset,
        ignored_columns: Vec::new(),
    });
    Loading::from_result(opened, None, None)
}

/// Lets the browser paint (a status message) before a long piece of work.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Where a dataset file comes from, and where its reading is shown.
struct Source {
    /// As messages name it.
    name: String,
    /// Picked or dropped, rather than named by `data=`.
    from_file: bool,
    loading: RwSignal<Loading>,
    store: ViewStore,
}

/// What there is to read: a stream (its size, if known, and what to say if it fails), or a
/// table that has arrived, to read again in a code page.
enum Arrival {
    Stream {
        stream: Option<web_sys::ReadableStream>,
        total: Option<f64>,
        unreadable: DatasetError,
    },
    Again(ArrivedFile, LegacyEncoding),
}

impl Source {
    /// Streams the file in with progress, reads it as JSON or as a table, checks it and shows
    /// the result; a file, which has no address, also clears the view.
    async fn read(self, arrival: Arrival) {
        let (name, loading) = (self.name.clone(), self.loading);
        let arrived = match arrival {
            Arrival::Again(file, encoding) => Ok((file, Some(encoding))),
            Arrival::Stream {
                stream,
                total,
                unreadable,
            } => {
                let reading = |loaded| Loading::Reading {
                    name: name.clone(),
                    loaded,
                    total,
                };
                loading.set(reading(0.0));
                let file = match stream {
                    Some(stream) => {
                        let progress = |loaded| loading.set(reading(loaded));
                        read_stream(stream, total, progress).await.ok()
                    }
                    None => None,
                };
                file.map(|file| (file, None)).ok_or(unreadable)
            }
        };
        let loaded = match arrived {
            Ok((file, chosen)) => {
                loading.set(Loading::Checking {
                    name: name.clone(),
                    bytes: file.size as f64,
                });
                yield_to_browser().await;
                if is_workbook(&name, &file.start()) {
                    let result = read_workbook(&file, &name).await;
                    return self.show(Loading::from_result(result, Some(name), None));
                }
                // A table names organizations and topics; those of the bundled dataset are
                // matched.
                let known = Dataset::from_json(&bundled::files().events).ok();
                let known = known
                    .as_ref()
                    .map_or((&[][..], &[][..]), |k| (k.organizations(), k.topics()));
                let decoding = Decoding {
                    decoder: &decode_in_browser,
                    chosen,
                };
                let Reading { result, decoded_as } =
                    read_in_slices(file.reader(), file.size, &name, known, decoding).await;
                // Only a table in a code page keeps its pieces, to be read again.
                let table = decoded_as.map(|decoded_as| TableInCodePage {
                    decoded_as,
                    name: name.clone(),
                    file,
                    from_file: self.from_file,
                    loading,
                    store: self.store,
                });
                Loading::from_result(result, Some(name), table)
            }
            Err(unreadable) => Loading::Failed(unreadable, Some(name), None),
        };
        self.show(loaded);
    }

    /// Shows what reading gave; a file, which has no address, also clears the view.
    fn show(self, loaded: Loading) {
        if self.from_file {
            self.store.opened_file(&self.name);
        }
        self.loading.set(loaded);
    }
}

/// [`dataset::open`] in its stages, a slice of events per task, the page painting and
/// answering between them (a table is read in one go: tables are small).
async fn read_in_slices(
    file: impl std::io::Read,
    size: usize,
    name: &str,
    known: (&[Organization], &[Topic]),
    decoding: Decoding<'_>,
) -> Reading {
    let raw = match dataset::parse(file, size, name, known, decoding) {
        Ok(Parsed::Table(reading)) => return *reading,
        Ok(Parsed::Json(raw)) => raw,
        Ok(Parsed::Large(mut slices)) => {
            let mut more = Ok(true);
            while matches!(more, Ok(true)) {
                more = slices.read(SLICE);
                yield_to_browser().await;
            }
            match more.and_then(|_| slices.finish()) {
                Ok(raw) => raw,
                Err(error) => return Err(error).into(),
            }
        }
        Err(error) => return Err(error).into(),
    };
    yield_to_browser().await;
    let mut checking = Checking::new(raw);
    yield_to_browser().await;
    while checking.step(SLICE) {
        yield_to_browser().await;
    }
    let checked = match checking.finish() {
        Ok(checked) => checked,
        Err(error) => return Err(error).into(),
    };
    yield_to_browser().await;
    let mut indexing = Indexing::new(checked);
    yield_to_browser().await;
    while indexing.step(SLICE) {
        yield_to_browser().await;
    }
    let dataset = indexing.finish();
    // The atlas is drawn in a task of its own.
    yield_to_browser().await;
    Ok(Opened {
        dataset,
        ignored_columns: Vec::new(),
    })
    .into()
}

/// Events read, checked or indexed between two chances for the page to paint and answer:
/// about 50–100 ms of work at 100 000 events.
const SLICE: usize = 2_000;

/// Has the worker module open the workbook `file` as a dataset.
async fn read_workbook(file: &ArrivedFile, name: &str) -> Result<Opened, DatasetError> {
    let request = Request::OpenWorkbook {
        name: name.to_string(),
        known: bundled::files().events.clone(),
    };
    let answer = worker::ask(request, Some(file.joined())).await;
    answer.and_then(Answer::opened).unwrap_or_else(|| {
        Err(DatasetError::Unreadable(Message::new(
            Key::WorkerFailed,
            &[("name", name)],
        )))
    })
}

/// Fetches the dataset at `url` on this site (the CSP refuses any other origin), named `path`
/// in messages, as the link wrote it.
pub async fn fetch_dataset(
    path: String,
    url: String,
    loading: RwSignal<Loading>,
    store: ViewStore,
) {
    let unreadable = |key: Key, status: &str| {
        DatasetError::Unreadable(Message::new(
            key,
            &[("name", path.as_str()), ("status", status)],
        ))
    };
    let response = async {
        let response = JsFuture::from(window().fetch_with_str(&url))
            .await
            .map_err(|_| unreadable(Key::FetchFailed, ""))?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| unreadable(Key::FetchNoResponse, ""))?;
        if !response.ok() {
            let status = format!("{} {}", response.status(), response.status_text());
            return Err(unreadable(Key::FetchStatus, status.trim()));
        }
        Ok(response)
    }
    .await;
    match response {
        Ok(response) => {
            let total = response
                .headers()
                .get("content-length")
                .ok()
                .flatten()
                .and_then(|length| length.parse::<u64>().ok())
                .map(|length| length as f64);
            let source = Source {
                name: path.clone(),
                from_file: false,
                loading,
                store,
            };
            let arrival = Arrival::Stream {
                stream: response.body(),
                total,
                unreadable: unreadable(Key::FetchNotText, ""),
            };
            source.read(arrival).await;
        }
        Err(error) => loading.set(Loading::Failed(error, Some(path.clone()), None)),
    }
}

/// Reads and checks a dataset file the person picked or dropped. It replaces the atlas and
/// the view (a file has no address to share).
pub async fn read_dataset_file(file: web_sys::File, loading: RwSignal<Loading>, store: ViewStore) {
    let name = file.name();
    let unreadable = DatasetError::Unreadable(Message::new(
        Key::FileUnreadable,
        &[("name", name.as_str())],
    ));
    let source = Source {
        name,
        from_file: true,
        loading,
        store,
    };
    let arrival = Arrival::Stream {
        stream: Some(file.stream()),
        total: Some(file.size()),
        unreadable,
    };
    source.read(arrival).await;
}
