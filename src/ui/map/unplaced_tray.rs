//! "Online and unplaced": filtered events with no position on the map. They are listed here
//! and never drawn at a made-up place.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::present::{date_span, place, Pick};
use crate::ui::event_link::EventLink;
use crate::ui::i18n::Language;
use crate::ui::map::map_state::MapState;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// The tray lists at most this many events (the list below has them all).
const LISTED: usize = 100;

#[component]
pub fn UnplacedTray() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let map = MapState::expect();
    let language = expect_context::<Language>();
    // The rows exist only while the strip is open: closed, a filter change rebuilds nothing.
    let open = RwSignal::new(false);
    let items = move || {
        if !open.get() {
            return None;
        }
        let locale = language.get();
        map.venues
            .with(|v| {
                v.unplaced
                    .iter()
                    .rev()
                    .take(LISTED)
                    .map(|&i| {
                        let event = &dataset.events()[i];
                        let (id, title, when, place) = (
                            event.id.clone(),
                            shown_text(locale.pick(&event.title), locale),
                            date_span(&event.span, locale),
                            place(event, locale),
                        );
                        let row_id = id.clone();
                        view! {
                            <li class="tray__item" data-event-id=row_id>
                                <EventLink id class="tray__link">
                                    <span class="tray__title">{title}</span>
                                    <span class="tray__meta">{when} " · " {place}</span>
                                </EventLink>
                            </li>
                        }
                    })
                    .collect_view()
            })
            .into()
    };
    let count = move || map.venues.with(|v| v.unplaced.len());
    view! {
        // A strip on the map's edge with the count; it opens into the list of these events.
        // `tray--empty`: the compact atlas in a frame leaves an empty strip out.
        <details
            class="tray"
            class:tray--empty=move || count() == 0
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary class="tray__title-bar">
                <h3 class="tray__heading" id="tray-title">
                    {language.t(Key::Unplaced)} " " <span class="region__count">{count}</span>
                </h3>
            </summary>
            <p class="tray__empty" hidden=move || count() != 0>{language.t(Key::UnplacedNone)}</p>
            <ul class="tray__list">{items}</ul>
            <p class="tray__empty" hidden=move || count() <= LISTED>
                {move || {
                    let locale = language.get();
                    locale.fill(
                        Key::UnplacedCapped,
                        &[("shown", &LISTED.to_string()), ("total", &locale.number(count()))],
                    )
                }}
            </p>
        </details>
    }
}
