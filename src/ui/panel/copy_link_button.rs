//! "Copy link": puts the address of the current view on the clipboard and says so. For a
//! dataset opened from a file it says too that the link cannot carry the file, and which file
//! to send along.

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
    let file_note = RwSignal::new(None::<String>);
    let copy = move |_| {
        let address = store.current_address();
        let locale = language.get_untracked();
        let file = store
            .origin()
            .with_untracked(|o| o.file_name().map(str::to_string));
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&address);
            let message = match JsFuture::from(promise).await {
                Ok(_) => locale.text(Key::LinkCopied).to_string(),
                Err(_) => locale.fill(Key::ClipboardFailed, &[("address", &address)]),
            };
            status.set(message);
            file_note.set(file.map(|name| locale.fill(Key::FileLinkNote, &[("name", &name)])));
        });
    };
    view! {
        <div class="copy-link">
            <button class="button" on:click=copy>{language.t(Key::CopyLink)}</button>
            <p class="copy-link__status" role="status">
                {move || status.get()}
                {move || file_note.get().map(|note| view! { <span class="copy-link__note">{note}</span> })}
            </p>
        </div>
    }
}
