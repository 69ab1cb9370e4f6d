//! The worker module: the page's second wasm module, built by trunk beside the first
//! (`data-type="worker"` in `index.html`) and started by the page as a Web Worker the first
//! time a feature needs it (`src/ui/worker.rs`). It listens for [`ToWorker`] messages, does
//! the job ([`work`]) and posts a [`FromWorker`] answer; it first says it is ready. Whatever
//! only it calls (the workbook reader, `calamine`) is left out of the page's module.
//!
//! Natively there is no worker: the binary only says so.

#[cfg(target_arch = "wasm32")]
use cooperation_atlas::domain::worker_protocol::{work, FromWorker, ToWorker};

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    // Each message is [a ToWorker's strings, the file's bytes or nothing].
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message: js_sys::Array = event.data().unchecked_into();
        let wire: Option<Vec<String>> = js_sys::Array::from(&message.get(0))
            .iter()
            .map(|field| field.as_string())
            .collect();
        let Some(to_worker) = wire.and_then(ToWorker::from_wire) else {
            return;
        };
        let bytes = message
            .get(1)
            .dyn_into::<js_sys::Uint8Array>()
            .ok()
            .map(|bytes| bytes.to_vec());
        let answer = FromWorker::Answer(to_worker.id, work(to_worker.request, bytes));
        let _ = answering.post_message(&strings(answer.to_wire()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&strings(FromWorker::Ready.to_wire()));
}

/// A list of strings as the array that travels.
#[cfg(target_arch = "wasm32")]
fn strings(wire: Vec<String>) -> js_sys::Array {
    wire.into_iter().map(wasm_bindgen::JsValue::from).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("atlas-worker runs only in the browser, as the page's Web Worker (see README).");
    std::process::exit(2);
}
