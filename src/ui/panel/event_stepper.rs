//! Earlier / later: the neighbouring events in time within the current filter.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::present::Pick;
use crate::ui::event_link::focus_panel_title;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Which way to step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Earlier,
    Later,
}

/// The id of the event one step away from the selected one, if there is one.
pub fn neighbour(step: Step) -> Option<String> {
    let AtlasState {
        dataset,
        filtered,
        selected_idx,
        ..
    } = AtlasState::expect();
    let position = selected_idx.get()?;
    let (earlier, later) = filtered.with(|s| s.neighbours(position));
    let target = if step == Step::Earlier {
        earlier
    } else {
        later
    }?;
    Some(dataset.events()[target].id.clone())
}

/// Selects the neighbouring event, if any, and keeps focus in the panel.
pub fn go(store: ViewStore, id: Option<String>) {
    if let Some(id) = id {
        store.change(HistoryEntry::Step, |s| s.selected_id = Some(id));
        focus_panel_title();
    }
}

#[component]
pub fn EventStepper() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let earlier = Memo::new(move |_| neighbour(Step::Earlier));
    let later = Memo::new(move |_| neighbour(Step::Later));
    let label = move |key: Key, id: Option<String>| {
        let locale = language.get();
        let title = id
            .and_then(|id| {
                dataset
                    .event(&id)
                    .map(|e| locale.pick(&e.title).text.to_string())
            })
            .unwrap_or_else(|| locale.text(Key::NoNeighbour).to_string());
        locale.fill(key, &[("title", &title)])
    };
    let label_earlier = label.clone();
    view! {
        <nav class="event-stepper" aria-label=language.t(Key::NeighbouringEvents)>
            <button
                class="button button--quiet"
                prop:disabled=move || earlier.with(Option::is_none)
                aria-label=move || label_earlier(Key::EarlierEvent, earlier.get())
                on:click=move |_| go(store, earlier.get_untracked())
            >
                {language.t(Key::Earlier)}
            </button>
            <button
                class="button button--quiet"
                prop:disabled=move || later.with(Option::is_none)
                aria-label=move || label(Key::LaterEvent, later.get())
                on:click=move |_| go(store, later.get_untracked())
            >
                {language.t(Key::Later)}
            </button>
        </nav>
    }
}
