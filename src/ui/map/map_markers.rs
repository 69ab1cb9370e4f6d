//! The venue markers at the current zoom, keyed so that a pan or zoom that keeps a marker
//! keeps its element (each marker follows the camera itself).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::geo::cluster::Cluster;
use crate::domain::geo::venues::VenuesOnMap;
use crate::ui::map::map_state::MapState;
use crate::ui::map::venue_marker::VenueMarker;

/// What a marker shows: its venues (indexes into one grouping of the filtered events, told
/// apart by its address: the markers drawn keep their grouping alive, so a new one never
/// reuses it) and its place. A pan keeps the key; a new filter or a new clustering changes it.
type MarkerKey = (usize, Vec<usize>, u64, u64);

fn marker_key(venues: &Arc<VenuesOnMap>, cluster: &Cluster) -> MarkerKey {
    (
        Arc::as_ptr(venues) as usize,
        cluster.members.clone(),
        cluster.position.x.to_bits(),
        cluster.position.y.to_bits(),
    )
}

#[component]
pub fn MapMarkers() -> impl IntoView {
    let map = MapState::expect();
    let keyed = move || {
        let venues = map.venues.get();
        map.clusters.with(|clusters| {
            clusters
                .iter()
                .map(|c| (marker_key(&venues, c), c.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <g class="map__markers">
            <For each=keyed key=|(key, _)| key.clone() let((_, cluster))>
                <VenueMarker cluster />
            </For>
        </g>
    }
}
