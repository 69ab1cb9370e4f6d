//! One marker: a venue sized by its number of filtered events, or a cluster of venues that
//! would overlap at this zoom, showing its count. It follows the camera on every pan and zoom.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::domain::geo::cluster::{marker_radius, splitting_view, Cluster};
use crate::domain::present::{marker_label, Pick};
use crate::ui::event_link::focus_panel_title;
use crate::ui::i18n::Language;
use crate::ui::map::map_state::MapState;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn VenueMarker(
    /// The venues this marker stands for.
    cluster: Cluster,
) -> impl IntoView {
    let AtlasState {
        dataset, selected, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let map = MapState::expect();
    let language = expect_context::<Language>();
    let venues = map.venues.get_untracked();
    let radius = marker_radius(cluster.weight);
    let is_cluster = cluster.members.len() > 1;
    let events: Vec<usize> = venues.events_of(&cluster.members).collect();
    let holds_selected = {
        let events = events.clone();
        Memo::new(move |_| selected.get().is_some_and(|p| events.contains(&p)))
    };
    let label = {
        let (dataset, venues, cluster) = (dataset.clone(), venues.clone(), cluster.clone());
        move || marker_label(&dataset, &venues, &cluster, language.get())
    };
    let places = {
        let locale = language.get_untracked();
        let names: Vec<&str> = cluster
            .members
            .iter()
            .map(|&m| locale.pick(&venues.placed[m].label).text)
            .collect();
        names.join("|")
    };
    // Follows the camera; keeps its pixel size whatever the zoom and the drawn width.
    let position = cluster.position;
    let transform = move || {
        let centre = map.view.camera.with(|v| v.to_view(position));
        let scale = 1.0 / map.pixels_per_unit.get();
        format!(
            "translate({:.2} {:.2}) scale({scale:.4})",
            centre.x, centre.y
        )
    };

    let members = cluster.members.clone();
    let activate = move || {
        if is_cluster {
            let positions: Vec<_> = members.iter().map(|&m| venues.placed[m].position).collect();
            let current = map.view.camera.get_untracked();
            if let Some(view) =
                splitting_view(&positions, &current, map.pixels_per_unit.get_untracked())
            {
                map.view.move_to(view);
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
    let (shown, hidden) = (cluster.clone(), cluster.clone());
    let focused = cluster.clone();

    view! {
        <g
            class="map__marker"
            class:map__marker--cluster=is_cluster
            class:map__marker--selected=holds_selected
            role="button"
            tabindex="0"
            aria-label=label
            data-places=places
            transform=transform
            on:click=move |_| activate()
            on:keydown=on_key
            on:mouseenter=move |_| map.tooltip.set(Some(shown.clone()))
            on:mouseleave=move |_| map.tooltip.set(None)
            on:focus=move |_| map.tooltip.set(Some(focused.clone()))
            on:blur=move |_| {
                if map.tooltip.with_untracked(|t| t.as_ref() == Some(&hidden)) {
                    map.tooltip.set(None);
                }
            }
        >
            // An invisible disc at least 44 px across, so a finger finds the marker.
            <circle class="map__marker-hit" r=radius.max(22.0) />
            {is_cluster.then(|| view! { <circle class="map__marker-halo" r=radius + 4.0 /> })}
            <circle class="map__marker-dot" r=radius />
            <text class="map__marker-count" dy="0.35em">{cluster.weight}</text>
        </g>
    }
}
