//! Cooperation lines: a curve from the selected event's venue to each other country taking
//! part, while the toggle is on.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::geo::arc::arc_path;
use crate::domain::geo::base_map::BaseMap;
use crate::domain::geo::projection::project;
use crate::ui::map::map_state::MapState;
use crate::ui::state::AtlasState;

#[component]
pub fn MapArcs(
    /// The decoded base map (its country anchors).
    base: Arc<BaseMap>,
) -> impl IntoView {
    let AtlasState {
        dataset,
        selected_idx,
        ..
    } = AtlasState::expect();
    let map = MapState::expect();
    let arcs = move || {
        if !map.show_arcs.get() {
            return Vec::new();
        }
        let Some(event) = selected_idx.get().map(|i| &dataset.events()[i]) else {
            return Vec::new();
        };
        let Some(venue) = &event.venue else {
            return Vec::new();
        };
        let camera = map.camera.get().camera;
        let from = camera.to_view(project(venue.lon, venue.lat));
        event
            .countries
            .iter()
            .filter(|c| **c != venue.country)
            .filter_map(|c| base.anchors.get(c.as_str()).map(|a| (c.clone(), *a)))
            .map(|(code, anchor)| {
                let path = arc_path(from, camera.to_view(anchor));
                view! { <path class="map__arc" d=path data-country=code /> }
            })
            .collect::<Vec<_>>()
    };
    view! { <g class="map__arcs">{arcs}</g> }
}
