//! Counts per period when more events are in view than marks can show; a click zooms to one.

use leptos::prelude::*;

use crate::domain::date::DayRange;
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
        let axis = timeline.axis.get();
        let most = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
        let room = BIN_ROWS as f64 * ROW_HEIGHT;
        let drawn = bins
            .into_iter()
            .filter(|b| b.count > 0)
            .map(|bin| {
                let x0 = axis.x(&scale, bin.first_day as f64);
                let x1 = axis.x(&scale, bin.last_day as f64 + 1.0);
                let h = (f64::from(bin.count) / f64::from(most) * room).max(2.0);
                let days = DayRange {
                    first: bin.first_day,
                    last: bin.last_day,
                };
                view! {
                    <g class="timeline__bin" data-count=bin.count on:click=move |_| timeline.zoom_to(days)>
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
