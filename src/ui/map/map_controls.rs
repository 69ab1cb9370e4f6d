//! Zoom in, zoom out, fit to the filtered events, and the cooperation-lines toggle.

use leptos::prelude::*;

use crate::domain::geo::projection::Point;
use crate::domain::geo::viewport::{VIEW_HEIGHT, VIEW_WIDTH};
use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::map::map_view::MapView;

/// How much one press of + or − zooms.
pub const ZOOM_STEP: f64 = 1.6;

/// Zooms around the middle of the view.
pub fn zoom_centre(map: MapView, factor: f64) {
    let centre = Point {
        x: VIEW_WIDTH / 2.0,
        y: VIEW_HEIGHT / 2.0,
    };
    map.move_to(map.viewport.get_untracked().zoom_at(centre, factor));
}

#[component]
pub fn MapControls() -> impl IntoView {
    let map = expect_context::<MapView>();
    let language = expect_context::<Language>();
    view! {
        <div class="map-controls" role="toolbar" aria-label=language.t(Key::MapControls)>
            <button class="button button--quiet map-controls__zoom" aria-label=language.t(Key::ZoomIn) on:click=move |_| zoom_centre(map, ZOOM_STEP)>
                "+"
            </button>
            <button class="button button--quiet map-controls__zoom" aria-label=language.t(Key::ZoomOut) on:click=move |_| zoom_centre(map, 1.0 / ZOOM_STEP)>
                "−"
            </button>
            <button class="button button--quiet" on:click=move |_| map.fit_to_events()>
                {language.t(Key::FitToEvents)}
            </button>
            <label class="map-controls__toggle">
                <input
                    type="checkbox"
                    prop:checked=move || map.show_arcs.get()
                    on:change=move |_| map.show_arcs.update(|on| *on = !*on)
                />
                {language.t(Key::CooperationLines)}
            </label>
        </div>
    }
}
