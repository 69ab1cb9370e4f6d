//! The event panel: the selected event, "not found" for an unknown id, or a prompt.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::focus::use_focus_return;
use crate::ui::i18n::Language;
use crate::ui::panel::event_details::EventDetails;
use crate::ui::panel::event_not_found::EventNotFound;
use crate::ui::panel::event_stepper::{go, neighbour, Step};
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventPanel() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let selected_id = Memo::new(move |_| store.state().with(|s| s.selected_id.clone()));
    let close = move || store.change(HistoryEntry::Step, |s| s.selected_id = None);
    // Closed, the panel gives focus back to the row, marker or timeline that opened it.
    use_focus_return(".region--panel", move || selected_id.with(Option::is_some));
    let content = move || match selected_id.get() {
        None => view! {
            <p class="region__placeholder">{language.t(Key::SelectPrompt)}</p>
        }
        .into_any(),
        Some(id) => match dataset.event(&id) {
            Some(event) => view! { <EventDetails event=event.clone() /> }.into_any(),
            None => view! { <EventNotFound id /> }.into_any(),
        },
    };
    view! {
        <aside
            class="region region--panel"
            data-region="panel"
            class:region--panel-open=move || selected_id.with(Option::is_some)
            aria-labelledby="panel-title"
            on:keydown=move |ev| {
                if selected_id.with_untracked(Option::is_none) {
                    return;
                }
                match ev.key().as_str() {
                    "Escape" => close(),
                    "ArrowLeft" => go(store, neighbour(Step::Earlier)),
                    "ArrowRight" => go(store, neighbour(Step::Later)),
                    _ => {}
                }
            }
        >
            <div class="panel__bar">
                <h2 class="region__title" id="panel-title">{language.t(Key::EventTitle)}</h2>
                <button
                    class="button button--quiet"
                    hidden=move || selected_id.with(Option::is_none)
                    on:click=move |_| close()
                >
                    {language.t(Key::Close)}
                </button>
            </div>
            {content}
        </aside>
    }
}
