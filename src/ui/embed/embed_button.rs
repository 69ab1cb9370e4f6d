//! "Embed…" beside "Copy link": opens the dialog with the snippet for this view.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::embed::EmbedRequest;
use crate::ui::i18n::Language;

#[component]
pub fn EmbedButton() -> impl IntoView {
    let language = expect_context::<Language>();
    let request = use_context::<EmbedRequest>();
    view! {
        <button
            class="button button--quiet embed-button"
            id="embed-button"
            aria-haspopup="dialog"
            hidden=request.is_none()
            on:click=move |_| {
                if let Some(request) = request {
                    request.open("#embed-button");
                }
            }
        >
            {language.t(Key::Embed)}
        </button>
    }
}
