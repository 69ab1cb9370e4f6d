//! The map drawing: land, shaded participating countries, arcs and venue markers, with drag,
//! wheel, pinch and keyboard to move around.

use std::sync::Arc;

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents, SelectedEvent};
use crate::domain::geo::arc::arc_path;
use crate::domain::geo::projection::{project, Point};
use crate::domain::geo::viewport::{VIEW_HEIGHT, VIEW_WIDTH};
use crate::domain::i18n::Key;
use crate::ui::element_geometry::{
    capture_pointer, pointer_in_element, target_within, watch_width,
};
use crate::ui::fan_out::fan_out;
use crate::ui::i18n::Language;
use crate::ui::map::map_controls::{zoom_centre, ZOOM_STEP};
use crate::ui::map::map_view::{BaseMap, MapView};
use crate::ui::map::venue_chooser::VenueChooser;
use crate::ui::map::venue_marker::VenueMarker;
use crate::ui::map::venue_tooltip::VenueTooltip;

/// View units per arrow-key press.
const PAN_STEP: f64 = 80.0;

/// The pointer's position in view units.
fn view_point(ev: &MouseEvent) -> Option<Point> {
    let p = pointer_in_element(ev)?;
    Some(Point {
        x: p.x * VIEW_WIDTH / p.width,
        y: p.y * VIEW_HEIGHT / p.height,
    })
}

fn distance(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

#[component]
pub fn MapCanvas(
    /// The decoded base map.
    base: Arc<BaseMap>,
) -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let FilteredEvents(selection) = expect_context::<FilteredEvents>();
    let map = expect_context::<MapView>();
    let SelectedEvent(selected) = expect_context::<SelectedEvent>();
    let language = expect_context::<Language>();

    // The selected event's countries, or those of every filtered event when none is selected,
    // as a table over the dataset's country positions (precomputed per event, venue included).
    let shaded = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let facets = dataset.facets();
            let mut table = vec![false; dataset.countries().len()];
            let mut mark = |i: usize| {
                facets[i]
                    .countries()
                    .iter()
                    .for_each(|&c| table[c as usize] = true)
            };
            match selected.get() {
                Some(i) => mark(i),
                None => selection.with(|s| s.events.iter().for_each(|&i| mark(i))),
            }
            table
        })
    };

    // Each country reads its own "shaded" flag (see `fan_out`).
    let positions: Vec<Option<usize>> = base
        .land
        .iter()
        .map(|shape| shape.code.and_then(|c| dataset.country_position(c)))
        .collect();
    let shading = fan_out(positions.len(), move |k| {
        positions[k].is_some_and(|p| shaded.with(|s| s[p]))
    });
    let land = base
        .land
        .iter()
        .zip(shading)
        .map(|(shape, active)| {
            view! { <path class="map__country" class:map__country--shaded=active data-code=shape.code d=shape.path.clone() /> }
        })
        .collect_view();

    let anchors = base.clone();
    let arcs = move || {
        if !map.show_arcs.get() {
            return Vec::new();
        }
        let Some(event) = selected.get().map(|i| &dataset.events()[i]) else {
            return Vec::new();
        };
        let Some(venue) = &event.venue else {
            return Vec::new();
        };
        let viewport = map.viewport.get();
        let from = viewport.to_view(project(venue.lon, venue.lat));
        event
            .countries
            .iter()
            .filter(|c| **c != venue.country)
            .filter_map(|c| anchors.anchors.get(c.as_str()).map(|a| (c.clone(), *a)))
            .map(|(code, anchor)| {
                let path = arc_path(from, viewport.to_view(anchor));
                view! { <path class="map__arc" d=path data-country=code /> }
            })
            .collect::<Vec<_>>()
    };

    // Markers and cluster radii stay in pixels whatever the drawn width.
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    watch_width(frame, move |width| {
        map.pixels_per_unit.set(width / VIEW_WIDTH)
    });

    let markers = move || {
        map.pixels_per_unit.track();
        // Markers name their events in the interface language.
        language.get();
        let clusters = map.clusters.get();
        // Each marker reads its own "holds the selected event" flag (see `fan_out`).
        let events: Vec<Vec<usize>> = map.venues.with_untracked(|v| {
            clusters
                .iter()
                .map(|c| {
                    c.members
                        .iter()
                        .flat_map(|&m| v.0[m].events.iter().copied())
                        .collect()
                })
                .collect()
        });
        let holds_selected = fan_out(clusters.len(), move |k| {
            selected.get().is_some_and(|p| events[k].contains(&p))
        });
        clusters
            .into_iter()
            .zip(holds_selected)
            .enumerate()
            .map(|(index, (cluster, selected))| view! { <VenueMarker index cluster selected /> })
            .collect_view()
    };

    // Pointers currently down on the map, for dragging and pinching.
    let pointers: StoredValue<Vec<(i32, Point)>> = StoredValue::new(Vec::new());
    let on_pointer_down = move |ev: PointerEvent| {
        if target_within(&ev, ".map__marker, .map__chooser") {
            return;
        }
        map.chooser.set(None);
        if let Some(point) = view_point(&ev) {
            capture_pointer(&ev);
            pointers.update_value(|p| p.push((ev.pointer_id(), point)));
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let Some(point) = view_point(&ev) else { return };
        let id = ev.pointer_id();
        let before = pointers.get_value();
        let Some(slot) = before.iter().position(|(p, _)| *p == id) else {
            return;
        };
        let mut after = before.clone();
        after[slot].1 = point;
        let viewport = map.viewport.get_untracked();
        let moved = match (before.as_slice(), after.as_slice()) {
            ([(_, a)], [(_, b)]) => viewport.pan(b.x - a.x, b.y - a.y),
            ([(_, a0), (_, a1), ..], [(_, b0), (_, b1), ..]) => {
                // Pinch: zoom by the change in finger distance around their midpoint, then
                // follow the midpoint.
                let (mid_a, mid_b) = (
                    Point {
                        x: (a0.x + a1.x) / 2.0,
                        y: (a0.y + a1.y) / 2.0,
                    },
                    Point {
                        x: (b0.x + b1.x) / 2.0,
                        y: (b0.y + b1.y) / 2.0,
                    },
                );
                let factor = distance(*b0, *b1) / distance(*a0, *a1).max(1.0);
                viewport
                    .zoom_at(mid_a, factor)
                    .pan(mid_b.x - mid_a.x, mid_b.y - mid_a.y)
            }
            _ => return,
        };
        pointers.set_value(after);
        map.move_to(moved);
    };
    let on_pointer_up = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|p| p.retain(|(q, _)| *q != id));
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        let Some(point) = view_point(&ev) else { return };
        // Lines (Firefox) or pixels (the rest); one notch zooms about 1.2×.
        let per_unit = if ev.delta_mode() == 1 { 0.06 } else { 0.0018 };
        let factor = (-ev.delta_y() * per_unit).exp();
        map.move_to(map.viewport.get_untracked().zoom_at(point, factor));
    };
    let on_key = move |ev: KeyboardEvent| {
        let viewport = map.viewport.get_untracked();
        match ev.key().as_str() {
            "ArrowLeft" => map.move_to(viewport.pan(PAN_STEP, 0.0)),
            "ArrowRight" => map.move_to(viewport.pan(-PAN_STEP, 0.0)),
            "ArrowUp" => map.move_to(viewport.pan(0.0, PAN_STEP)),
            "ArrowDown" => map.move_to(viewport.pan(0.0, -PAN_STEP)),
            "+" | "=" => zoom_centre(map, ZOOM_STEP),
            "-" | "_" => zoom_centre(map, 1.0 / ZOOM_STEP),
            "0" => map.fit_to_events(),
            "Escape" => map.chooser.set(None),
            _ => return,
        }
        ev.prevent_default();
    };

    view! {
        <div
            class="map"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=language.t(Key::MapDescription)
            aria-describedby="map-keys"
            data-build-ms=format!("{:.1}", base.build_ms)
            on:keydown=on_key
        >
            <svg
                class="map__svg"
                viewBox=format!("0 0 {VIEW_WIDTH} {VIEW_HEIGHT}")
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:wheel=on_wheel
            >
                <rect class="map__sea" width=VIEW_WIDTH height=VIEW_HEIGHT />
                <g class="map__land" transform=move || map.viewport.with(|v| v.transform())>{land}</g>
                <g class="map__arcs">{arcs}</g>
                <g class="map__markers">{markers}</g>
            </svg>
            <VenueTooltip />
            <VenueChooser />
            <p class="map__keys" id="map-keys">{language.t(Key::MapKeys)}</p>
        </div>
    }
}
