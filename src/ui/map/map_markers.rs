//! The venue markers at the current zoom, keyed so that a pan or zoom that keeps a marker
//! keeps its element (each marker follows the camera itself).

use leptos::prelude::*;

use crate::domain::geo::cluster::Cluster;
use crate::ui::map::map_state::MapState;
use crate::ui::map::venue_marker::VenueMarker;

/// A key that changes whenever what a marker shows changes: its place, its venues and their
/// events (FNV-1a over them).
fn marker_key(cluster: &Cluster, events: impl Iterator<Item = usize>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |n: u64| {
        hash ^= n;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    add(cluster.position.x.to_bits());
    add(cluster.position.y.to_bits());
    cluster.members.iter().for_each(|&m| add(m as u64));
    events.for_each(|e| add(e as u64));
    hash
}

#[component]
pub fn MapMarkers() -> impl IntoView {
    let map = MapState::expect();
    let keyed = move || {
        let venues = map.venues.get();
        map.clusters.with(|clusters| {
            clusters
                .iter()
                .map(|c| (marker_key(c, venues.events_of(&c.members)), c.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <g class="map__markers" data-count=move || map.clusters.with(Vec::len)>
            <For each=keyed key=|(key, _)| *key let((_, cluster))>
                <VenueMarker cluster />
            </For>
        </g>
    }
}
