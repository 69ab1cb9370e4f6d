//! The map drawing: sea, land, cooperation lines and markers in one SVG, with drag, wheel,
//! pinch and keys to move around (through `use_pan_zoom`), and the tooltip and chooser over it.

use std::sync::Arc;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::domain::geo::base_map::BaseMap;
use crate::domain::geo::viewport::VIEW_WIDTH;
use crate::domain::i18n::Key;
use crate::domain::plane::Point;
use crate::ui::element_geometry::{pointer_in_element, target_within};
use crate::ui::hooks::{use_element_size, use_pan_zoom, UsePanZoomOptions};
use crate::ui::i18n::Language;
use crate::ui::map::map_arcs::MapArcs;
use crate::ui::map::map_land::MapLand;
use crate::ui::map::map_markers::MapMarkers;
use crate::ui::map::map_state::MapState;
use crate::ui::map::venue_chooser::VenueChooser;
use crate::ui::map::venue_tooltip::VenueTooltip;

/// What a press on the map leaves alone: it is theirs, not a drag's.
const ON_TOP: &str = ".map__marker, .map__chooser";

/// The pointer's position in view units, and view units per CSS pixel (the view box has the
/// drawn map's proportions, so one scale serves both axes).
fn locate_in_view(ev: &MouseEvent) -> Option<(Point, f64)> {
    let p = pointer_in_element(ev)?;
    let units_per_pixel = VIEW_WIDTH / p.width;
    Some((
        Point {
            x: p.x * units_per_pixel,
            y: p.y * units_per_pixel,
        },
        units_per_pixel,
    ))
}

#[component]
pub fn MapCanvas(
    /// The decoded base map.
    base: Arc<BaseMap>,
) -> impl IntoView {
    let map = MapState::expect();
    let build_ms = format!("{:.1}", base.build_ms);
    let language = expect_context::<Language>();

    // The view box takes the drawn map's proportions, so the map fills its box; markers and
    // cluster radii stay in pixels whatever the drawn size.
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    use_element_size(frame, move |width, height| map.resize(width, height));

    let gestures = use_pan_zoom(
        map.camera,
        Callback::new(move |()| map.fit_to_events()),
        UsePanZoomOptions {
            locate: locate_in_view,
            arrows_pan: true,
            leave_to: Some(ON_TOP),
        },
    );

    view! {
        <div
            class="map"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=language.t(Key::MapDescription)
            aria-describedby="map-keys"
            data-build-ms=build_ms
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    map.chooser.set(None);
                } else {
                    gestures.on_key.run(ev);
                }
            }
        >
            <svg
                class="map__svg"
                viewBox=move || map.camera.with(|m| format!("0 0 {VIEW_WIDTH} {:.2}", m.camera.height))
                on:pointerdown=move |ev| {
                    if !target_within(&ev, ON_TOP) {
                        map.chooser.set(None);
                    }
                    gestures.on_pointer_down.run(ev)
                }
                on:pointermove=move |ev| gestures.on_pointer_move.run(ev)
                on:pointerup=move |ev| gestures.on_pointer_up.run(ev)
                on:pointercancel=move |ev| gestures.on_pointer_up.run(ev)
                on:wheel=move |ev| gestures.on_wheel.run(ev)
            >
                <rect class="map__sea" width=VIEW_WIDTH height=move || map.camera.with(|m| m.camera.height) />
                <MapLand base=base.clone() />
                <MapArcs base />
                <MapMarkers />
            </svg>
            <VenueTooltip />
            <VenueChooser />
            <p class="map__keys" id="map-keys">{language.t(Key::MapKeys)}</p>
        </div>
    }
}
