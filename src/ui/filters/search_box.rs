//! The text search box: titles, summaries, organizations, people and places, in any script.

use leptos::prelude::*;

use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn SearchBox() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let text = Memo::new(move |_| store.state().with(|s| s.filters.text.clone()));
    view! {
        <div class="search-box">
            <label class="search-box__label" for="search-events">"Search events"</label>
            <input
                id="search-events"
                type="search"
                class="search-box__input"
                placeholder="Strasbourg, cnrs, 魏炳波…"
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    store.change(HistoryEntry::Typing, |s| s.filters.text = value);
                }
            />
        </div>
    }
}
