//! The list that opens on a venue with several events, to choose one.

use leptos::prelude::*;

use crate::domain::geo::viewport::VIEW_WIDTH;
use crate::domain::i18n::Key;
use crate::domain::present::{date_span, Pick};
use crate::ui::element_geometry::target_within;
use crate::ui::event_link::EventLink;
use crate::ui::focus::{focus_after_render, use_focus_return};
use crate::ui::i18n::Language;
use crate::ui::map::map_state::MapState;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

#[component]
pub fn VenueChooser() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let map = MapState::expect();
    let language = expect_context::<Language>();
    use_focus_return(".map__chooser", move || map.chooser.with(Option::is_some));
    // Focus the first choice when the list opens.
    Effect::new(move |_| {
        if map.chooser.get().is_some() {
            focus_after_render(".map__chooser a");
        }
    });
    move || {
        let venue_index = map.chooser.get()?;
        let locale = language.get();
        let venues = map.venues.get();
        let venue = venues.placed.get(venue_index)?;
        let (centre, view_height) = map
            .camera
            .with(|m| (m.camera.to_view(venue.position), m.camera.height));
        // Set through the CSSOM: the CSP forbids inline style attributes.
        let left = format!("{:.2}%", (centre.x / VIEW_WIDTH * 100.0).clamp(0.0, 70.0));
        let top = format!("{:.2}%", (centre.y / view_height * 100.0).clamp(0.0, 60.0));
        let choices = venue
            .events
            .iter()
            .rev()
            .map(|&i| {
                let event = &dataset.events()[i];
                let (id, title, when) = (
                    event.id.clone(),
                    shown_text(locale.pick(&event.title), locale),
                    date_span(&event.span, locale),
                );
                view! {
                    <li>
                        <EventLink id>
                            <span class="map__chooser-date">{when}</span>
                            " "
                            {title}
                        </EventLink>
                    </li>
                }
            })
            .collect_view();
        let label = locale.fill(Key::EventsIn, &[("place", locale.pick(&venue.label).text)]);
        let aria_label = label.clone();
        Some(view! {
            <div
                class="map__chooser"
                style:left=left
                style:top=top
                role="dialog"
                aria-label=aria_label
                on:click=move |ev| {
                    if target_within(&ev, "a") {
                        map.chooser.set(None);
                    }
                }
            >
                <div class="map__chooser-bar">
                    <p class="map__chooser-title">{label}</p>
                    <button class="button button--quiet" on:click=move |_| map.chooser.set(None)>
                        {locale.text(Key::Close)}
                    </button>
                </div>
                <ul class="map__chooser-list">{choices}</ul>
            </div>
        })
    }
}
