//! "Copy link": puts the address of the current view on the clipboard and says so.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::ViewStore;

#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let address = store.current_address();
        let locale = language.get_untracked();
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&address);
            let message = match JsFuture::from(promise).await {
                Ok(_) => locale.text(Key::LinkCopied).to_string(),
                Err(_) => locale.fill(Key::ClipboardFailed, &[("address", &address)]),
            };
            status.set(message);
        });
    };
    view! {
        <div class="copy-link">
            <button class="button" on:click=copy>{language.t(Key::CopyLink)}</button>
            <p class="copy-link__status" role="status">{move || status.get()}</p>
        </div>
    }
}
