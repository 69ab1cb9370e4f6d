//! One marker: a venue sized by its number of filtered events, or a cluster of venues that
//! would overlap at this zoom, showing its count. It follows the camera on every pan and zoom.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::domain::geo::cluster::{marker_radius, Cluster};
use crate::domain::present::{marker_count, marker_label, Pick};
use crate::ui::i18n::Language;
use crate::ui::map::map_state::MapState;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn VenueMarker(
    /// The venues this marker stands for.
    cluster: Cluster,
) -> impl IntoView {
    let atlas = AtlasState::expect();
    let AtlasState {
        dataset,
        selected_idx,
        ..
    } = atlas.clone();
    let store = expect_context::<ViewStore>();
    let map = MapState::expect();
    let language = expect_context::<Language>();
    let venues = map.venues.get_untracked();
    let (weight, radius) = (cluster.weight, marker_radius(cluster.weight));
    let is_cluster = cluster.members.len() > 1;
    let mut events: Vec<usize> = venues.events_of(&cluster.members).collect();
    events.sort_unstable();
    let holds_selected = {
        let events = events.clone();
        Memo::new(move |_| {
            selected_idx
                .get()
                .is_some_and(|p| events.binary_search(&p).is_ok())
        })
    };
    let highlighted = atlas.highlighted;
    let holds_highlighted = {
        let events = events.clone();
        Memo::new(move |_| highlighted.with(|h| h.iter().any(|e| events.binary_search(e).is_ok())))
    };
    // Pointing at a marker highlights its events on the timeline and in the list.
    let point_at = {
        let (atlas, events, cluster) = (atlas.clone(), events.clone(), cluster.clone());
        move || {
            map.tooltip.set(Some(cluster.clone()));
            atlas.highlight(events.clone());
        }
    };
    let point_away = {
        let cluster = cluster.clone();
        move || {
            if map.tooltip.with_untracked(|t| t.as_ref() == Some(&cluster)) {
                map.tooltip.set(None);
            }
            atlas.highlight(Vec::new());
        }
    };
    let (hover, focus) = (point_at.clone(), point_at);
    let (unhover, blur) = (point_away.clone(), point_away);
    let label = {
        let (dataset, venues, cluster) = (dataset.clone(), venues.clone(), cluster.clone());
        move || marker_label(&dataset, &venues, &cluster, language.get())
    };
    let places = {
        let (venues, members) = (venues.clone(), cluster.members.clone());
        move || {
            let locale = language.get();
            let names: Vec<&str> = members
                .iter()
                .map(|&m| locale.pick(&venues.placed[m].label).text)
                .collect();
            names.join("|")
        }
    };
    // Follows the camera; keeps its pixel size whatever the zoom and the drawn width.
    let position = cluster.position;
    let transform = move || {
        let centre = map.camera.with(|m| m.camera.to_view(position));
        let scale = 1.0 / map.pixels_per_unit.get();
        format!(
            "translate({:.2} {:.2}) scale({scale:.4})",
            centre.x, centre.y
        )
    };

    let activate = move || map.open_marker(&cluster, &events, &dataset, store);
    let activate_key = activate.clone();
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            ev.stop_propagation();
            activate_key();
        }
    };

    view! {
        <g
            class="map__marker"
            class:map__marker--cluster=is_cluster
            class:map__marker--selected=holds_selected
            class:map__marker--highlighted=holds_highlighted
            role="button"
            tabindex="0"
            aria-label=label
            data-places=places
            transform=transform
            on:click=move |_| activate()
            on:keydown=on_key
            on:mouseenter=move |_| hover()
            on:mouseleave=move |_| unhover()
            on:focus=move |_| focus()
            on:blur=move |_| blur()
        >
            // An invisible disc at least 44 px across, so a finger finds the marker.
            <circle class="map__marker-hit" r=radius.max(22.0) />
            {is_cluster.then(|| view! { <circle class="map__marker-halo" r=radius + 4.0 /> })}
            <circle class="map__marker-dot" r=radius />
            <text class="map__marker-count" dy="0.35em">{move || marker_count(weight, language.get())}</text>
        </g>
    }
}
