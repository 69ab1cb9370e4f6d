//! "Map | Network": which view takes the main region, kept in the URL (`view=network`).

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let language = expect_context::<Language>();
    let store = expect_context::<ViewStore>();
    let network = move || store.state().with(|s| s.network.is_some());
    view! {
        <span class="segmented" role="group" aria-label=language.t(Key::ViewSwitch)>
            <button
                class="button button--quiet"
                aria-pressed=move || (!network()).to_string()
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.network = None)
            >
                {language.t(Key::ViewMap)}
            </button>
            <button
                class="button button--quiet"
                aria-pressed=move || network().to_string()
                on:click=move |_| store.change(HistoryEntry::Step, |s| {
                    s.network.get_or_insert_default();
                })
            >
                {language.t(Key::ViewNetwork)}
            </button>
        </span>
    }
}
