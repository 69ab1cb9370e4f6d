//! "Newest first" and "Oldest first": the order of the event list.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;

#[component]
pub fn ListOrder(
    /// Whether the newest events come first; the buttons set it.
    newest_first: RwSignal<bool>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let button = move |newest: bool, label: Key| {
        view! {
            <button
                class="button button--quiet"
                aria-pressed=move || (newest_first.get() == newest).to_string()
                on:click=move |_| newest_first.set(newest)
            >
                {language.t(label)}
            </button>
        }
    };
    view! {
        <div class="list-order" role="group" aria-label=language.t(Key::ListOrder)>
            {button(true, Key::NewestFirst)}
            {button(false, Key::OldestFirst)}
        </div>
    }
}
