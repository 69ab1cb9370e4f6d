//! The text search box: titles, summaries, organizations, people and places, in any script.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::{Burst, HistoryEntry, ViewStore};

#[component]
pub fn SearchBox() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let text = Memo::new(move |_| store.state().with(|s| s.filters.text.clone()));
    view! {
        <div class="search-box">
            <label class="search-box__label" for="search-events">{language.t(Key::SearchEvents)}</label>
            <input
                id="search-events"
                type="search"
                class="search-box__input"
                placeholder=language.t(Key::SearchPlaceholder)
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    store.change(HistoryEntry::Burst(Burst::Typing), |s| s.filters.text = value);
                }
            />
        </div>
    }
}
