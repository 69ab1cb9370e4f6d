//! Counts per period when more events are in view than marks can show; a click zooms to one.

use leptos::prelude::*;

use crate::domain::time::scale::TimeScale;
use crate::ui::timeline::timeline_state::{
    TimelineLayout, TimelineState, AXIS_HEIGHT, BIN_ROWS, ROW_HEIGHT,
};

#[component]
pub fn TimelineBins() -> impl IntoView {
    let timeline = TimelineState::expect();
    let bins = move || {
        let TimelineLayout::Bins(bins) = timeline.layout.get() else {
            return None;
        };
        let scale = timeline.camera.get().camera;
        let most = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
        let room = BIN_ROWS as f64 * ROW_HEIGHT;
        let drawn = bins
            .into_iter()
            .filter(|b| b.count > 0)
            .map(|bin| {
                let x0 = scale.x(bin.first_day as f64);
                let x1 = scale.x(bin.last_day as f64 + 1.0);
                let h = (f64::from(bin.count) / f64::from(most) * room).max(2.0);
                let zoom_to = TimeScale::fit(bin.first_day, bin.last_day, scale.width, 0.1);
                view! {
                    <g class="timeline__bin" data-count=bin.count on:click=move |_| timeline.camera.update(|m| m.move_to(zoom_to))>
                        <rect x=x0 + 1.0 y=AXIS_HEIGHT + room - h width=(x1 - x0 - 2.0).max(1.0) height=h />
                        <text x=(x0 + x1) / 2.0 y=AXIS_HEIGHT + room - h - 3.0>{bin.count}</text>
                    </g>
                }
            })
            .collect_view();
        Some(drawn)
    };
    view! { <g class="timeline__bins">{bins}</g> }
}
