//! The event list: the filtered events by date, each a link that selects it everywhere. It is
//! the accessible view of what the map and the timeline draw.

use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents};
use crate::domain::dataset::Dataset;
use crate::domain::filter::Filters;
use crate::domain::model::{Event, Mode};
use crate::ui::event_link::EventLink;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Where an event took place, as the list shows it.
pub fn place_label(event: &Event) -> String {
    match (&event.venue, event.mode) {
        (Some(venue), _) => venue.city.clone(),
        (None, Mode::Online) => "Online".into(),
        (None, _) => "Place not given".into(),
    }
}

/// The first few organizations of an event, short names first, with how many more there are.
fn organizations_label(dataset: &Dataset, event: &Event) -> String {
    const SHOWN: usize = 3;
    let names: Vec<String> = event
        .organizations
        .iter()
        .filter_map(|o| dataset.organization(o))
        .map(|o| o.abbr.clone().unwrap_or_else(|| o.name.en.clone()))
        .collect();
    let more = names.len().saturating_sub(SHOWN);
    let shown = names.into_iter().take(SHOWN).collect::<Vec<_>>().join(", ");
    if more > 0 {
        format!("{shown} +{more} more")
    } else {
        shown
    }
}

#[component]
pub fn EventList() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let FilteredEvents(selection) = expect_context::<FilteredEvents>();
    let store = expect_context::<ViewStore>();
    let selected = Memo::new(move |_| store.state().with(|s| s.selected.clone()));

    let rows = move || {
        selection.with(|s| {
            s.events
                .iter()
                .rev()
                .map(|&i| {
                    let event = &dataset.events()[i];
                    let id = event.id.clone();
                    let is_selected = move || selected.with(|s| s.as_deref() == Some(id.as_str()));
                    let organizations = organizations_label(&dataset, event);
                    let (date, title, place) = (event.span.label_en(), event.title.en.clone(), place_label(event));
                    view! {
                        <li class="event-row" class:event-row--selected=is_selected data-event-id=event.id.clone()>
                            <EventLink id=event.id.clone() class="event-row__link">
                                <span class="event-row__date">{date}</span>
                                <span class="event-row__title">{title}</span>
                                <span class="event-row__place">{place}</span>
                                <span class="event-row__organizations">{organizations}</span>
                            </EventLink>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || selection.with(|s| s.events.is_empty());

    view! {
        <section class="region region--list" aria-labelledby="list-title">
            <h2 class="region__title" id="list-title">
                "Events " <span class="region__count">{move || selection.with(|s| s.events.len())}</span>
            </h2>
            <p class="event-list__empty" hidden=move || !empty()>
                "No events match these filters. "
                <button
                    class="button button--quiet"
                    on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters = Filters::default())
                >
                    "Clear all filters"
                </button>
            </p>
            <ol class="event-list" id="event-list" tabindex="-1">{rows}</ol>
        </section>
    }
}
