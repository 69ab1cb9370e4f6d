//! The map region: controls, the map itself and the tray of online and unplaced events.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::map::map_canvas::MapCanvas;
use crate::ui::map::map_controls::MapControls;
use crate::ui::map::map_view::{BaseMap, MapView};
use crate::ui::map::unplaced_tray::UnplacedTray;

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

#[component]
pub fn MapRegion() -> impl IntoView {
    let language = expect_context::<Language>();
    let map = MapView::new();
    provide_context(map);
    // Refit to the filtered venues whenever they change, unless the person moved the map.
    Effect::new(move |_| {
        map.venues.track();
        if !map.moved.get_untracked() {
            map.viewport.set(map.fitted());
        }
        map.chooser.set(None);
    });
    let canvas = match BaseMap::build(now_ms) {
        Ok(base) => view! { <MapCanvas base=Arc::new(base) /> }.into_any(),
        Err(message) => view! {
            <p class="map__error" role="alert">
                {move || language.get().fill(Key::MapFailed, &[("reason", &message)])}
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="region region--map" aria-labelledby="map-title">
            <div class="map-region__bar">
                <h2 class="region__title" id="map-title">{language.t(Key::MapTitle)}</h2>
                <MapControls />
            </div>
            <div class="map-region__body">
                {canvas}
                <UnplacedTray />
            </div>
        </section>
    }
}
