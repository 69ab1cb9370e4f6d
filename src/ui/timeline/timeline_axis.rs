//! The time axis: ticks and labels that adapt to the zoom (decades down to days).

use leptos::prelude::*;

use crate::domain::present::tick_label;
use crate::domain::time::ticks::ticks;
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT};

/// Labels at least this many pixels apart.
const TICK_SPACING: f64 = 70.0;

#[component]
pub fn TimelineAxis(
    /// The chart's height in pixels (tick lines run down to it).
    height: Signal<f64>,
) -> impl IntoView {
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    let axis = move || {
        let scale = timeline.camera.get().camera;
        let h = height.get();
        let locale = language.get();
        let (unit, ticks) = ticks(&scale, TICK_SPACING);
        ticks
            .into_iter()
            .map(|tick| {
                let x = scale.x(tick.day as f64);
                view! {
                    <g class="timeline__tick" class:timeline__tick--major=tick.major>
                        <line x1=x x2=x y1=AXIS_HEIGHT - 8.0 y2=h />
                        <text x=x + 3.0 y=AXIS_HEIGHT - 12.0>{tick_label(unit, tick, locale)}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <rect class="timeline__axis-strip" x=0 y=0 width=move || timeline.camera.with(|m| m.camera.width) height=AXIS_HEIGHT />
        <g class="timeline__ticks">{axis}</g>
    }
}
