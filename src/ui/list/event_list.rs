//! The event list: the filtered events by date, each a link that selects it everywhere. It is
//! the accessible view of what the map and the timeline draw.

use leptos::prelude::*;

use crate::domain::filter::Filters;
use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::list::event_row::{EventRow, ListedEvent};
use crate::ui::list::export_menu::ExportMenu;
use crate::ui::list::list_order::ListOrder;
use crate::ui::list::list_window::use_list_window;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventList() -> impl IntoView {
    let filtered = AtlasState::expect().filtered;
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let newest_first = RwSignal::new(true);
    let viewport: NodeRef<leptos::html::Div> = NodeRef::new();
    let window = use_list_window(viewport, filtered);
    let count = move || filtered.with(|s| s.events.len());

    // Keyed by event and language: a row stays while its event is listed (a filter that
    // keeps it, scrolling a long list) and only rows that enter are built; its place in the
    // list follows from its index among the rows shown.
    let rows = move || {
        let range = window.range.get();
        let newest = newest_first.get();
        let locale = language.get();
        filtered.with(|s| {
            let total = s.events.len();
            range
                .map(|k| ListedEvent {
                    event: if newest {
                        s.events[total - 1 - k]
                    } else {
                        s.events[k]
                    },
                    locale,
                })
                .collect::<Vec<_>>()
        })
    };
    let first_number = Memo::new(move |_| window.range.with(|r| r.start + 1));
    let total = Memo::new(move |_| count());

    view! {
        <section class="region region--list" data-region="list" aria-labelledby="list-title">
            <div class="region__bar">
                <h2 class="region__title" id="list-title">
                    {language.t(Key::EventsTitle)} " "
                    <span class="region__count">{move || language.get().number(count())}</span>
                </h2>
                <ListOrder newest_first />
            </div>
            <ExportMenu />
            <p class="event-list__empty" hidden=move || count() != 0>
                {language.t(Key::NoEventsMatch)} " "
                <button
                    class="button button--quiet"
                    on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters = Filters::default())
                >
                    {language.t(Key::ClearAllFilters)}
                </button>
            </p>
            <div
                class="event-list__viewport"
                class:event-list__viewport--windowed=move || window.windowed.get()
                node_ref=viewport
                on:scroll=move |_| window.scrolled()
            >
                <ol
                    class="event-list"
                    id="event-list"
                    tabindex="-1"
                    style:padding-top=move || window.padding(true)
                    style:padding-bottom=move || window.padding(false)
                >
                    <ForEnumerate
                        each=rows
                        key=|row| *row
                        children=move |index, row| {
                            let number = Signal::derive(move || first_number.get() + index.get());
                            view! { <EventRow row number of=total /> }
                        }
                    />
                </ol>
            </div>
        </section>
    }
}
