//! The event list: the filtered events by date, each a link that selects it everywhere. It is
//! the accessible view of what the map and the timeline draw.

use leptos::prelude::*;

use crate::domain::filter::Filters;
use crate::domain::i18n::Key;
use crate::ui::state::AtlasState;

use crate::domain::virtual_list::visible_rows;
use crate::ui::i18n::Language;
use crate::ui::list::event_row::{EventRow, ListedEvent};
use crate::ui::list::export_menu::ExportMenu;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Longer lists render only the rows in view.
const WINDOW_FROM: usize = 300;
/// Rows rendered above and below the viewport.
const OVERSCAN: usize = 8;

#[component]
pub fn EventList() -> impl IntoView {
    let filtered = AtlasState::expect().filtered;
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let newest_first = RwSignal::new(true);

    // Windowing: the viewport's scroll position and size, and the measured row height.
    let viewport: NodeRef<leptos::html::Div> = NodeRef::new();
    let scroll_top = RwSignal::new(0.0);
    let viewport_height = RwSignal::new(600.0);
    let row_height = RwSignal::new(76.0);
    let count = move || filtered.with(|s| s.events.len());
    let windowed = move || count() > WINDOW_FROM;
    let measure = move || {
        if let Some(element) = viewport.get_untracked() {
            viewport_height.set(element.client_height() as f64);
            if let Some(row) = element.query_selector(".event-row").ok().flatten() {
                let height = row.get_bounding_client_rect().height();
                if height > 0.0 {
                    row_height.set(height);
                }
            }
        }
    };
    // A new filter starts the list from the top.
    Effect::new(move |_| {
        filtered.track();
        // Setting scrollTop forces a layout, so only when the list is scrolled.
        if scroll_top.get_untracked() != 0.0 {
            if let Some(element) = viewport.get_untracked() {
                element.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    // Only a windowed list needs the row and viewport heights, and they change only when the
    // list becomes windowed or the window is resized: measuring forces a layout.
    let windowing = Memo::new(move |_| windowed());
    Effect::new(move |_| {
        if windowing.get() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // The rows shown, computed once per change for the rows, their numbers and the padding.
    let range = Memo::new(move |_| {
        if windowed() {
            visible_rows(
                scroll_top.get(),
                viewport_height.get(),
                row_height.get(),
                count(),
                OVERSCAN,
            )
        } else {
            0..count()
        }
    });
    // Keyed by event and language: a row stays while its event is listed (a filter that
    // keeps it, scrolling a long list) and only rows that enter are built; its place in the
    // list follows from its index among the rows shown.
    let rows = move || {
        let range = range.get();
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
    let first_number = Memo::new(move |_| range.with(|r| r.start + 1));
    let total = Memo::new(move |_| count());
    // Space for the rows not rendered, so the scrollbar matches the whole list.
    let padding = move |above: bool| {
        let range = range.get();
        let rows = if above {
            range.start
        } else {
            count() - range.end
        };
        format!("{:.0}px", rows as f64 * row_height.get())
    };
    let empty = move || count() == 0;

    view! {
        <section class="region region--list" data-region="list" aria-labelledby="list-title">
            <div class="region__bar">
                <h2 class="region__title" id="list-title">
                    {language.t(Key::EventsTitle)} " "
                    <span class="region__count">{move || language.get().number(count())}</span>
                </h2>
                <div class="list-order" role="group" aria-label=language.t(Key::ListOrder)>
                    <button
                        class="button button--quiet"
                        aria-pressed=move || newest_first.get().to_string()
                        on:click=move |_| newest_first.set(true)
                    >
                        {language.t(Key::NewestFirst)}
                    </button>
                    <button
                        class="button button--quiet"
                        aria-pressed=move || (!newest_first.get()).to_string()
                        on:click=move |_| newest_first.set(false)
                    >
                        {language.t(Key::OldestFirst)}
                    </button>
                </div>
            </div>
            <ExportMenu />
            <p class="event-list__empty" hidden=move || !empty()>
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
                class:event-list__viewport--windowed=windowed
                node_ref=viewport
                on:scroll=move |_| {
                    if let Some(element) = viewport.get_untracked() {
                        scroll_top.set(element.scroll_top() as f64);
                    }
                }
            >
                <ol
                    class="event-list"
                    id="event-list"
                    tabindex="-1"
                    style:padding-top=move || padding(true)
                    style:padding-bottom=move || padding(false)
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
