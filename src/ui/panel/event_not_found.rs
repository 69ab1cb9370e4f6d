//! What the panel says when a link names an event the dataset does not have.

use leptos::prelude::*;

use crate::domain::i18n::{split_at, Key};
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventNotFound(
    /// The id the link asked for.
    id: String,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let text = move || split_at(language.text(Key::NotFoundText), "id");
    view! {
        <div class="event-not-found" role="alert">
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">
                {language.t(Key::EventNotFoundTitle)}
            </h3>
            <p>{move || text().0} <code>{id}</code> {move || text().1}</p>
            <button
                class="button"
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.selected_id = None)
            >
                {language.t(Key::ShowAllEvents)}
            </button>
        </div>
    }
}
