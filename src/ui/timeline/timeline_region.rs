//! The timeline region: filtered events along a zoomable time axis.

use leptos::prelude::*;

#[component]
pub fn TimelineRegion() -> impl IntoView {
    view! {
        <section class="region region--timeline" aria-labelledby="timeline-title">
            <h2 class="region__title" id="timeline-title">"Timeline"</h2>
            <div class="region__canvas region__canvas--timeline">
                <p class="region__placeholder">"The zoomable timeline comes here."</p>
            </div>
        </section>
    }
}
