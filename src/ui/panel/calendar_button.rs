//! "Add to calendar": the selected event as an `.ics` file of its own.

use leptos::prelude::*;

use crate::domain::export::Format;
use crate::domain::i18n::Key;
use crate::ui::download::save_events;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn CalendarButton() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let status = RwSignal::new(String::new());
    let add = move |_| {
        let locale = language.get_untracked();
        let selected_id = store.state().with_untracked(|s| s.selected_id.clone());
        let Some(position) = selected_id.and_then(|id| dataset.event_position(&id)) else {
            return;
        };
        status.set(
            match save_events(Format::Ics, &dataset, &[position], locale, store) {
                Some(file) => locale.fill(Key::ExportDone, &[("file", &file)]),
                None => locale.text(Key::ExportFailed).to_string(),
            },
        );
    };
    view! {
        <div class="calendar-button">
            <button class="button" on:click=add>{language.t(Key::AddToCalendar)}</button>
            <p class="copy-link__status" role="status">{move || status.get()}</p>
        </div>
    }
}
