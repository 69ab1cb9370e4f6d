//! The date window on the timeline: the chosen one as a band, and the one being brushed.

use leptos::prelude::*;

use crate::domain::camera::DRAG_THRESHOLD_PX;
use crate::domain::date::DayRange;
use crate::ui::timeline::timeline_state::TimelineState;
use crate::ui::url::ViewStore;

#[component]
pub fn TimelineWindow(
    /// The chart's height in pixels.
    height: Signal<f64>,
    /// The brush being dragged across the axis: from and to, in pixels.
    brush: ReadSignal<Option<(f64, f64)>>,
) -> impl IntoView {
    let timeline = TimelineState::expect();
    let store = expect_context::<ViewStore>();
    let chosen = move || {
        let window = store.state().with(|s| s.filters.window);
        if window.is_unbounded() {
            return None;
        }
        let width = timeline.size.with(|s| s.0);
        let DayRange { first, last } = window.days();
        let x0 = if first == i64::MIN {
            0.0
        } else {
            timeline.x(first as f64).max(0.0)
        };
        let x1 = if last == i64::MAX {
            width
        } else {
            timeline.x(last as f64 + 1.0).min(width)
        };
        (x1 > x0).then(|| {
            view! { <rect class="timeline__window" x=x0 y=0 width=x1 - x0 height=height.get() /> }
        })
    };
    let brushing = move || {
        let (from, to) = brush.get()?;
        ((to - from).abs() > DRAG_THRESHOLD_PX).then(|| {
            let (x0, x1) = (from.min(to), from.max(to));
            view! { <rect class="timeline__brush" x=x0 y=0 width=x1 - x0 height=height.get() /> }
        })
    };
    view! {
        {chosen}
        {brushing}
    }
}
