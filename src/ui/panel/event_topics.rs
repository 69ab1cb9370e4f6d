//! An event's topics as chips that filter on click (and un-filter on a second click).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::domain::model::{Event, Facet};
use crate::domain::present::Pick;
use crate::ui::panel::panel_heading::PanelHeading;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventTopics(event: Arc<Event>, locale: Locale) -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let chips = event
        .topics
        .iter()
        .filter_map(|id| dataset.topic(id))
        .map(|t| {
            let id = t.id.clone();
            let active_id = id.clone();
            let active = move || store.state().with(|s| s.filters.is_chosen(Facet::Topic, &active_id));
            view! {
                <li>
                    <button
                        class="tag"
                        aria-pressed=move || active().to_string()
                        title=locale.text(Key::TopicChipTitle)
                        on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.toggle(Facet::Topic, &id))
                    >
                        {shown_text(locale.pick(&t.name), locale)}
                    </button>
                </li>
            }
        })
        .collect_view();
    (!event.topics.is_empty()).then(|| {
        view! {
            <PanelHeading text=locale.text(Key::Topics) />
            <ul class="panel__tags">{chips}</ul>
        }
    })
}
