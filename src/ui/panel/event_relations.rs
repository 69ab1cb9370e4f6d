//! How an event sits among others: the event it is part of, and its own parts with their
//! dates, each a link.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::present::{date_span, Pick};
use crate::ui::event_link::EventLink;
use crate::ui::panel::panel_heading::PanelHeading;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// The event `event` is part of, if any.
#[component]
pub fn EventParent(event: Arc<Event>, locale: Locale) -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let parent = event.parent.as_deref().and_then(|id| dataset.event(id))?;
    let title = shown_text(locale.pick(&parent.title), locale);
    Some(view! {
        <p class="panel__relation">
            {locale.text(Key::PartOf)} " " <EventLink id=parent.id.clone()>{title}</EventLink>
        </p>
    })
}

/// The parts of an event: `parts`, positions in the dataset in date order.
#[component]
pub fn EventParts(parts: Arc<Vec<usize>>, locale: Locale) -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let items = parts
        .iter()
        .map(|&c| &dataset.events()[c])
        .map(|part| {
            let title = shown_text(locale.pick(&part.title), locale);
            view! {
                <li>
                    <EventLink id=part.id.clone()>{title}</EventLink>
                    <span class="panel__muted">" · " {date_span(&part.span, locale)}</span>
                </li>
            }
        })
        .collect_view();
    (!parts.is_empty()).then(|| {
        view! {
            <PanelHeading text=locale.text(Key::PartsOfEvent) />
            <ul class="panel__list">{items}</ul>
        }
    })
}
