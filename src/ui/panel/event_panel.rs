//! The event panel: the selected event, "not found" for an unknown id, or a prompt.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::focus::use_focus_return;
use crate::ui::i18n::Language;
use crate::ui::panel::event_details::EventDetails;
use crate::ui::panel::event_not_found::EventNotFound;
use crate::ui::panel::event_stepper::{go, neighbour, Step};
use crate::ui::panel::sheet_handle::{opening_share, SheetHandle};
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventPanel() -> impl IntoView {
    let AtlasState {
        dataset,
        sheet_share,
        ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let selected_id = Memo::new(move |_| store.state().with(|s| s.selected_id.clone()));
    let close = move || store.change(HistoryEntry::Step, |s| s.selected_id = None);
    // Closed, the panel gives focus back to the row, marker or timeline that opened it.
    use_focus_return(".region--panel", move || selected_id.with(Option::is_some));
    // On a phone the panel is a sheet, opened down to the map's lower edge.
    Effect::new(move |was_open: Option<bool>| {
        let open = selected_id.with(Option::is_some);
        if open && !was_open.unwrap_or(false) {
            sheet_share.set(opening_share());
        }
        open
    });
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
            style:--sheet-share=move || format!("{:.1}vh", sheet_share.get() * 100.0)
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
            {move || selected_id.with(Option::is_some).then(|| view! { <SheetHandle /> })}
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
