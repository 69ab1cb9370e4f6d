//! One marker: a venue sized by its number of filtered events, or a cluster of venues that
//! would overlap at this zoom, showing its count.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::app::AtlasDataset;
use crate::domain::geo::cluster::Cluster;
use crate::domain::geo::viewport::{Bounds, Viewport, MAX_ZOOM};
use crate::domain::i18n::Key;
use crate::ui::event_link::focus_panel_title;
use crate::ui::i18n::Language;
use crate::ui::map::map_view::{MapView, CLUSTER_RADIUS_PX};
use crate::ui::url::{HistoryEntry, ViewStore};

/// Marker radius in CSS pixels: grows with the square root of the count, within bounds.
pub fn marker_radius(weight: u32) -> f64 {
    (6.0 + 3.0 * f64::from(weight).sqrt()).min(20.0)
}

#[component]
pub fn VenueMarker(
    /// Position of the marker among the clusters (for the tooltip).
    index: usize,
    /// The venues this marker stands for.
    cluster: Cluster,
    /// Whether one of its events is the selected one.
    selected: ReadSignal<bool>,
) -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let store = expect_context::<ViewStore>();
    let map = expect_context::<MapView>();
    let locale = expect_context::<Language>().get_untracked();
    let venues = map.venues.get_untracked();
    let centre = map.viewport.with_untracked(|v| v.to_view(cluster.position));
    let radius = marker_radius(cluster.weight);
    let is_cluster = cluster.members.len() > 1;
    let events: Vec<usize> = cluster
        .members
        .iter()
        .flat_map(|&m| venues.0[m].events.iter().copied())
        .collect();
    let places: Vec<String> = cluster
        .members
        .iter()
        .map(|&m| locale.pick(&venues.0[m].label).text.to_string())
        .collect();
    // Starts with the count the marker shows, so its name contains its visible text.
    let count = locale.number(cluster.weight as usize);
    let label = if is_cluster {
        locale.fill(
            Key::MarkerCluster,
            &[
                ("count", &count),
                ("places", &places.len().to_string()),
                ("names", &places.join(locale.list_separator())),
            ],
        )
    } else if cluster.weight == 1 {
        let title = locale.pick(&dataset.events()[events[0]].title).text;
        locale.fill(Key::MarkerOne, &[("place", &places[0]), ("title", title)])
    } else {
        locale.fill(Key::MarkerMany, &[("count", &count), ("place", &places[0])])
    };
    let members = cluster.members.clone();

    let activate = move || {
        if is_cluster {
            // Zoom in just far enough for the farthest members to separate (at least double).
            let positions: Vec<_> = members.iter().map(|&m| venues.0[m].position).collect();
            let spread = positions
                .iter()
                .flat_map(|a| positions.iter().map(move |b| (a.x - b.x).hypot(a.y - b.y)))
                .fold(0.0_f64, f64::max);
            if let Some(bounds) = Bounds::around(positions) {
                let current = map.viewport.get_untracked().zoom;
                let separating = 1.5 * CLUSTER_RADIUS_PX
                    / (map.pixels_per_unit.get_untracked() * spread.max(1e-6));
                let zoom = separating.max(current * 2.0).min(MAX_ZOOM);
                map.move_to(Viewport::fit(bounds, 0.0, zoom, zoom));
            }
        } else if events.len() == 1 {
            let id = dataset.events()[events[0]].id.clone();
            store.change(HistoryEntry::Step, |s| s.selected = Some(id));
            focus_panel_title();
        } else {
            map.chooser.set(Some(members[0]));
        }
    };
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
            class:map__marker--selected=selected
            role="button"
            tabindex="0"
            aria-label=label
            data-places=places.join("|")
            transform=format!("translate({:.1} {:.1}) scale({:.4})", centre.x, centre.y, 1.0 / map.pixels_per_unit.get_untracked())
            on:click=move |_| activate()
            on:keydown=on_key
            on:mouseenter=move |_| map.tooltip.set(Some(index))
            on:mouseleave=move |_| map.tooltip.set(None)
            on:focus=move |_| map.tooltip.set(Some(index))
            on:blur=move |_| map.tooltip.set(None)
        >
            // An invisible disc at least 44 px across, so a finger finds the marker.
            <circle class="map__marker-hit" r=radius.max(22.0) />
            {is_cluster.then(|| view! { <circle class="map__marker-halo" r=radius + 4.0 /> })}
            <circle class="map__marker-dot" r=radius />
            <text class="map__marker-count" dy="0.35em">{cluster.weight}</text>
        </g>
    }
}
