//! "Copy link": puts the address of the current view on the clipboard and says so.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::ui::url::ViewStore;

#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let address = store.current_address();
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&address);
            let message = match JsFuture::from(promise).await {
                Ok(_) => "Link copied to the clipboard.".to_string(),
                Err(_) => format!("Could not reach the clipboard. Copy this link: {address}"),
            };
            status.set(message);
        });
    };
    view! {
        <div class="copy-link">
            <button class="button" on:click=copy>"Copy link"</button>
            <p class="copy-link__status" role="status">{move || status.get()}</p>
        </div>
    }
}
