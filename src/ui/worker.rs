//! The page's side of the worker module (`src/bin/atlas_worker.rs`): [`ask`] starts the
//! worker the first time a feature needs it (so its module is fetched only then), sends the
//! request with a number (as the list of strings of [`ToWorker::to_wire`]), and resolves when
//! the answer with that number comes back. Requests
//! made before the worker says it is ready are held and sent then. If the worker cannot be
//! loaded or fails, every waiting request gets `None`, and the next one starts a new worker.

use std::cell::RefCell;

use futures_channel::oneshot;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::domain::worker_protocol::{Answer, FromWorker, Request, ToWorker};
use crate::ui::url::site_folder;

/// The script trunk writes to start the worker module (`data-loader-shim`), in the site's
/// folder.
const WORKER_SCRIPT: &str = "atlas-worker_loader.js";

struct Client {
    worker: Worker,
    /// Whether the worker has said it listens.
    ready: bool,
    /// Messages sent before it was ready, with the bytes to transfer.
    held: Vec<(Array, Array)>,
    /// Who waits for the answer to each request (a few at most: a list is searched).
    waiting: Vec<(u32, oneshot::Sender<Option<Answer>>)>,
    next_id: u32,
    /// The worker's listeners, kept as long as it is.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Asks the worker to do `request`, with `bytes` transferred to it (they leave the page's
/// memory); `None` when the worker could not be started or failed before answering.
pub async fn ask(request: Request, bytes: Option<Uint8Array>) -> Option<Answer> {
    let (sender, receiver) = oneshot::channel();
    let sent = CLIENT.with(|client| {
        let mut client = client.borrow_mut();
        if client.is_none() {
            *client = start();
        }
        let client = client.as_mut()?;
        let id = client.next_id;
        client.next_id += 1;
        client.waiting.push((id, sender));
        let wire: Array = ToWorker { id, request }
            .to_wire()
            .into_iter()
            .map(JsValue::from)
            .collect();
        let message = Array::of2(&wire, &bytes.clone().map_or(JsValue::UNDEFINED, Into::into));
        let transfer = match bytes {
            Some(bytes) => Array::of1(&bytes.buffer()),
            None => Array::new(),
        };
        if client.ready {
            let _ = client
                .worker
                .post_message_with_transfer(&message, &transfer);
        } else {
            client.held.push((message, transfer));
        }
        Some(())
    });
    sent?;
    receiver.await.ok().flatten()
}

/// Starts the worker and listens to it.
fn start() -> Option<Client> {
    let url = format!("{}{WORKER_SCRIPT}", site_folder());
    let worker = Worker::new(&url).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let wire: Option<Vec<String>> = Array::from(&event.data())
            .iter()
            .map(|field| field.as_string())
            .collect();
        let message = wire.and_then(FromWorker::from_wire);
        CLIENT.with(|client| {
            let mut client = client.borrow_mut();
            let Some(client) = client.as_mut() else {
                return;
            };
            match message {
                Some(FromWorker::Ready) => {
                    client.ready = true;
                    for (message, transfer) in client.held.drain(..) {
                        let _ = client
                            .worker
                            .post_message_with_transfer(&message, &transfer);
                    }
                }
                Some(FromWorker::Answer(id, answer)) => {
                    if let Some(at) = client.waiting.iter().position(|(w, _)| *w == id) {
                        let _ = client.waiting.swap_remove(at).1.send(Some(answer));
                    }
                }
                None => {}
            }
        });
    });
    // A script that does not load, or a worker that fails: every request waiting is answered
    // with nothing, and the next one starts a new worker.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
        let failed = CLIENT.with(|client| client.borrow_mut().take());
        if let Some(mut failed) = failed {
            failed.worker.terminate();
            for (_, waiting) in failed.waiting.drain(..) {
                let _ = waiting.send(None);
            }
            // Not dropped here: this listener is one of the client's.
            wasm_bindgen_futures::spawn_local(async move { drop(failed) });
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Client {
        worker,
        ready: false,
        held: Vec::new(),
        waiting: Vec::new(),
        next_id: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}
