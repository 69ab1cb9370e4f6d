//! The tooltip of the marker under the pointer or with focus: place, event titles and dates.

use leptos::prelude::*;

use crate::domain::geo::viewport::VIEW_WIDTH;
use crate::domain::i18n::Counted;
use crate::domain::present::{date_span, Pick};
use crate::ui::i18n::Language;
use crate::ui::map::map_state::MapState;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// Titles listed before "and N more".
const LISTED: usize = 5;

#[component]
pub fn VenueTooltip() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let map = MapState::expect();
    let language = expect_context::<Language>();
    move || {
        let locale = language.get();
        let cluster = map.tooltip.get()?;
        let venues = map.venues.get();
        let (centre, view_height) = map
            .camera
            .with(|m| (m.camera.to_view(cluster.position), m.camera.height));
        let places: Vec<&str> = cluster
            .members
            .iter()
            .map(|&m| locale.pick(&venues.placed[m].label).text)
            .collect();
        let events: Vec<usize> = venues.events_of(&cluster.members).collect();
        let more = events.len().saturating_sub(LISTED);
        let lines = events
            .iter()
            .rev()
            .take(LISTED)
            .map(|&i| {
                let event = &dataset.events()[i];
                view! {
                    <li>
                        <span class="map-tooltip__date">{date_span(&event.span, locale)}</span>
                        " "
                        {shown_text(locale.pick(&event.title), locale)}
                    </li>
                }
            })
            .collect_view();
        // Shown above the marker, or below it near the top edge.
        let below = centre.y < view_height * 0.35;
        // Set through the CSSOM: the CSP forbids inline style attributes.
        let left = format!("{:.2}%", centre.x / VIEW_WIDTH * 100.0);
        let top = format!("{:.2}%", centre.y / view_height * 100.0);
        Some(view! {
            <div class="map-tooltip" class:map-tooltip--below=below style:left=left style:top=top role="tooltip">
                <p class="map-tooltip__place">{places.join(" · ")}</p>
                <ul class="map-tooltip__events">{lines}</ul>
                {(more > 0).then(|| view! { <p class="map-tooltip__more">{locale.count(Counted::AndMore, more)}</p> })}
            </div>
        })
    }
}
