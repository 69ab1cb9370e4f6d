//! The map region: its toolbar, the map itself and the tray of online and unplaced events.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::geo::base_map::BaseMap;
use crate::domain::i18n::Key;
use crate::domain::publish::picture::PictureRegion;
use crate::ui::hooks::{refit_unless_moved, zoom_by};
use crate::ui::i18n::Language;
use crate::ui::map::map_canvas::MapCanvas;
use crate::ui::map::map_state::MapState;
use crate::ui::map::unplaced_tray::UnplacedTray;
use crate::ui::picture::PictureMenu;
use crate::ui::state::AtlasState;
use crate::ui::widgets::{RegionBar, ViewSwitch, ZoomControls};

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

#[component]
pub fn MapRegion() -> impl IntoView {
    let language = expect_context::<Language>();
    let map = MapState::provide(&AtlasState::expect());
    // Refit to the filtered venues whenever they change, unless the person moved the map.
    Effect::new(move |_| {
        map.venues.track();
        refit_unless_moved(map.camera, map.fitted());
        map.chooser.set(None);
    });
    // A moved map hides the tooltip: its marker may have gone.
    Effect::new(move |_| {
        map.camera.track();
        map.tooltip.set(None);
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
        <section class="region region--map" data-region="map" aria-labelledby="map-title">
            <RegionBar title=Key::MapTitle title_id="map-title">
                <ZoomControls
                    label=Key::MapControls
                    zoom_in=Key::ZoomIn
                    zoom_out=Key::ZoomOut
                    fit=Key::FitToEvents
                    on_zoom=Callback::new(move |factor| zoom_by(map.camera, factor))
                    on_fit=Callback::new(move |()| map.fit_to_events())
                >
                    <label class="map__lines-toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || map.show_arcs.get()
                            on:change=move |_| map.show_arcs.update(|on| *on = !*on)
                        />
                        {language.t(Key::CooperationLines)}
                    </label>
                    <ViewSwitch />
                    <PictureMenu region=PictureRegion::Map />
                </ZoomControls>
            </RegionBar>
            <div class="map__body">
                {canvas}
                <UnplacedTray />
            </div>
        </section>
    }
}
