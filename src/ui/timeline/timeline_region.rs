//! The timeline region: its controls and the chart.

use leptos::prelude::*;

use crate::ui::timeline::timeline_chart::TimelineChart;
use crate::ui::timeline::timeline_controls::TimelineControls;
use crate::ui::timeline::timeline_view::TimelineView;

#[component]
pub fn TimelineRegion() -> impl IntoView {
    provide_context(TimelineView::new());
    view! {
        <section class="region region--timeline" aria-labelledby="timeline-title">
            <div class="map-region__bar">
                <h2 class="region__title" id="timeline-title">"Timeline"</h2>
                <TimelineControls />
            </div>
            <TimelineChart />
            <p class="timeline__legend">
                <span class="legend legend--point">"one day"</span>
                <span class="legend legend--bar">"several days"</span>
                <span class="legend legend--span">"known only to the month or year"</span>
                " · Drag across the dates to choose a window."
            </p>
        </section>
    }
}
