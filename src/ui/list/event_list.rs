//! The event list: every event by date, the accessible view of what map and timeline draw.

use leptos::prelude::*;

use crate::app::AtlasDataset;

#[component]
pub fn EventList() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let rows = dataset
        .events()
        .iter()
        .rev()
        .map(|event| {
            let place = event
                .venue
                .as_ref()
                .map(|v| v.city.clone())
                .unwrap_or_else(|| {
                    if event.mode == crate::domain::model::Mode::Online {
                        "Online".into()
                    } else {
                        "Place not given".into()
                    }
                });
            view! {
                <li class="event-row" data-event-id=event.id.clone()>
                    <span class="event-row__date">{event.span.label_en()}</span>
                    <span class="event-row__title">{event.title.en.clone()}</span>
                    <span class="event-row__place">{place}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="region region--list" aria-labelledby="list-title">
            <h2 class="region__title" id="list-title">
                "Events " <span class="region__count">{dataset.events().len()}</span>
            </h2>
            <ol class="event-list">{rows}</ol>
        </section>
    }
}
