//! Getting a dataset into the atlas: compiled in, fetched from this site (`data=`), or read
//! from a file the person picked or dropped, in JSON or as a CSV table. Files are read as a
//! stream, so the page can show how much has arrived. The pieces stay in the browser's memory
//! until `dataset::open` reads them, so a large file is never copied whole into the app's.

use std::sync::Arc;

use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::dataset::{self, Checking, Dataset, DatasetError, Indexing, Opened, Parsed};
use crate::domain::i18n::{Key, Message};
use crate::ui::url::ViewStore;
use crate::BUNDLED_DATASET_JSON;

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
    /// What went wrong, and the dataset asked for when it was not the bundled one.
    Failed(DatasetError, Option<String>),
    /// The dataset, and what was set aside while reading it (a table's unknown columns).
    Ready(Arc<Dataset>, Vec<Message>),
}

impl Loading {
    fn from_result(result: Result<Opened, DatasetError>, source: Option<String>) -> Loading {
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
                Loading::Ready(Arc::new(opened.dataset), notices)
            }
            Err(error) => Loading::Failed(error, source),
        }
    }
}

/// The bundled dataset, checked like any other.
pub fn bundled() -> Loading {
    let opened = Dataset::from_json(BUNDLED_DATASET_JSON).map(|dataset| Opened {
        dataset,
        ignored_columns: Vec::new(),
    });
    Loading::from_result(opened, None)
}

/// Lets the browser paint (a status message) before a long piece of work.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// A file as it arrived: its pieces, still in the browser's memory, read in order.
struct Pieces {
    pieces: std::vec::IntoIter<Uint8Array>,
    /// The piece being read, and how much of it has been.
    current: Option<(Uint8Array, u32)>,
}

impl std::io::Read for Pieces {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if let Some((piece, at)) = &mut self.current {
                let n = (piece.length() - *at).min(buffer.len() as u32);
                if n > 0 || buffer.is_empty() {
                    piece
                        .subarray(*at, *at + n)
                        .copy_to(&mut buffer[..n as usize]);
                    *at += n;
                    return Ok(n as usize);
                }
            }
            match self.pieces.next() {
                Some(piece) => self.current = Some((piece, 0)),
                None => return Ok(0),
            }
        }
    }
}

/// Reads `stream` to its end, reporting each whole percent (or megabyte, when the size is
/// unknown) that arrives; the pieces and how many bytes they hold.
async fn read_stream(
    stream: web_sys::ReadableStream,
    total: Option<f64>,
    progress: impl Fn(f64),
) -> Result<(Pieces, usize), JsValue> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut pieces = Vec::new();
    let mut loaded = 0;
    let step = total.map_or(1e6, |t| (t / 100.0).max(1.0));
    let mut reported = 0.0;
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if Reflect::get(&chunk, &JsValue::from_str("done"))?.is_truthy() {
            let pieces = Pieces {
                pieces: pieces.into_iter(),
                current: None,
            };
            return Ok((pieces, loaded));
        }
        let piece = Uint8Array::new(&Reflect::get(&chunk, &JsValue::from_str("value"))?);
        loaded += piece.length() as usize;
        pieces.push(piece);
        if loaded as f64 - reported >= step {
            reported = loaded as f64;
            progress(reported);
        }
    }
}

/// Streams `stream` in with progress, then reads it as JSON or as a table and checks it.
async fn receive(
    name: String,
    stream: Option<web_sys::ReadableStream>,
    total: Option<f64>,
    unreadable: DatasetError,
    loading: RwSignal<Loading>,
) -> Result<Opened, DatasetError> {
    let reading = |loaded| Loading::Reading {
        name: name.clone(),
        loaded,
        total,
    };
    loading.set(reading(0.0));
    let stream = stream.ok_or_else(|| unreadable.clone())?;
    let (pieces, size) = read_stream(stream, total, |loaded| loading.set(reading(loaded)))
        .await
        .map_err(|_| unreadable)?;
    loading.set(Loading::Checking {
        name: name.clone(),
        bytes: size as f64,
    });
    yield_to_browser().await;
    // A table names organizations and topics; those of the bundled dataset are matched.
    let known = Dataset::from_json(BUNDLED_DATASET_JSON).ok();
    let known = known
        .as_ref()
        .map_or((&[][..], &[][..]), |k| (k.organizations(), k.topics()));
    // A slice of events per task, the page painting and answering between them.
    let raw = match dataset::parse(pieces, size, &name, known)? {
        Parsed::Table(opened) => return Ok(*opened),
        Parsed::Json(raw) => raw,
        Parsed::Large(mut slices) => {
            while slices.read(SLICE)? {
                yield_to_browser().await;
            }
            slices.finish()?
        }
    };
    yield_to_browser().await;
    let mut checking = Checking::new(raw);
    yield_to_browser().await;
    while checking.step(SLICE) {
        yield_to_browser().await;
    }
    let checked = checking.finish()?;
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
}

/// Events read, checked or indexed between two chances for the page to paint and answer:
/// about 50–100 ms of work at 100 000 events.
const SLICE: usize = 2_000;

/// Fetches the dataset at `url` on this site (the CSP refuses any other origin), named `path`
/// in messages, as the link wrote it.
pub async fn fetch_dataset(path: String, url: String, loading: RwSignal<Loading>) {
    let unreadable = |key: Key, status: &str| {
        DatasetError::Unreadable(Message::new(
            key,
            &[("name", path.as_str()), ("status", status)],
        ))
    };
    let result = async {
        let response = JsFuture::from(window().fetch_with_str(&url))
            .await
            .map_err(|_| unreadable(Key::FetchFailed, ""))?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| unreadable(Key::FetchNoResponse, ""))?;
        if !response.ok() {
            let status = format!("{} {}", response.status(), response.status_text());
            return Err(unreadable(Key::FetchStatus, status.trim()));
        }
        let total = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|length| length.parse::<u64>().ok())
            .map(|length| length as f64);
        let failed = unreadable(Key::FetchNotText, "");
        receive(path.clone(), response.body(), total, failed, loading).await
    }
    .await;
    loading.set(Loading::from_result(result, Some(path)));
}

/// Reads and checks a dataset file the person picked or dropped. It replaces the atlas and
/// the view (a file has no address to share).
pub async fn read_dataset_file(file: web_sys::File, loading: RwSignal<Loading>, store: ViewStore) {
    let name = file.name();
    let unreadable = DatasetError::Unreadable(Message::new(
        Key::FileUnreadable,
        &[("name", name.as_str())],
    ));
    let result = receive(
        name.clone(),
        Some(file.stream()),
        Some(file.size()),
        unreadable,
        loading,
    )
    .await;
    store.opened_file(&name);
    loading.set(Loading::from_result(result, Some(name)));
}
