//! What the panel says when a link names an event the dataset does not have.

use leptos::prelude::*;

use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventNotFound(
    /// The id the link asked for.
    id: String,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    view! {
        <div class="event-not-found" role="alert">
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">"Event not found"</h3>
            <p>
                "No event in this dataset has the id “" <code>{id}</code>
                "”. The link may be mistyped, or the event may have been renamed."
            </p>
            <button
                class="button"
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.selected = None)
            >
                "Show all events"
            </button>
        </div>
    }
}
