//! The map region: venues of the filtered events on an offline world map.

use leptos::prelude::*;

#[component]
pub fn MapRegion() -> impl IntoView {
    view! {
        <section class="region region--map" aria-labelledby="map-title">
            <h2 class="region__title" id="map-title">"Map"</h2>
            <div class="region__canvas region__canvas--map">
                <p class="region__placeholder">"The offline world map comes here."</p>
            </div>
        </section>
    }
}
