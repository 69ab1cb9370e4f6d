//! Brushing a date window on the timeline: a press on the axis strip starts a window, a drag
//! across it sets its ends, and letting go writes the window into the view state (the days
//! are [`brushed_days`]; a press below the axis is the pan-and-zoom gesture's).

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use crate::domain::camera::DRAG_THRESHOLD_PX;
use crate::domain::date::PartialDate;
use crate::domain::time::brush::brushed_days;
use crate::domain::time::ticks::ticks;
use crate::ui::element_geometry::{capture_pointer, pointer_in_element};
use crate::ui::hooks::UsePanZoomReturn;
use crate::ui::timeline::timeline_axis::TICK_SPACING;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT};
use crate::ui::url::{HistoryEntry, ViewStore};

/// The pointer handlers of the timeline's drawing, and the window being brushed.
#[derive(Clone, Copy)]
pub struct TimelineBrush {
    /// The brushed stretch's ends in pixels, while a brush is under way.
    pub brushing: ReadSignal<Option<(f64, f64)>>,
    pub on_pointer_down: Callback<PointerEvent>,
    pub on_pointer_move: Callback<PointerEvent>,
    pub on_pointer_up: Callback<PointerEvent>,
}

/// Brushes on the axis; passes every other press to `gestures`.
pub fn use_timeline_brush(gestures: UsePanZoomReturn) -> TimelineBrush {
    let timeline = TimelineState::expect();
    let store = expect_context::<ViewStore>();
    let brush = RwSignal::new(None::<(f64, f64)>);
    let on_pointer_down = Callback::new(move |ev: PointerEvent| match pointer_in_element(&ev) {
        Some(p) if p.y < AXIS_HEIGHT => {
            capture_pointer(&ev);
            brush.set(Some((p.x, p.x)));
        }
        _ => gestures.on_pointer_down.run(ev),
    });
    let on_pointer_move = Callback::new(move |ev: PointerEvent| match brush.get_untracked() {
        Some((from, _)) => {
            if let Some(p) = pointer_in_element(&ev) {
                brush.set(Some((from, p.x)));
            }
        }
        None => gestures.on_pointer_move.run(ev),
    });
    let on_pointer_up = Callback::new(move |ev: PointerEvent| {
        if let Some((from, to)) = brush.get_untracked() {
            brush.set(None);
            if (to - from).abs() > DRAG_THRESHOLD_PX {
                let scale = timeline.camera.get_untracked().camera;
                let days = timeline.axis.with_untracked(|axis| {
                    let ticks = ticks(axis, &scale, TICK_SPACING);
                    brushed_days(axis, &scale, &ticks, from, to)
                });
                store.change(HistoryEntry::Step, |s| {
                    s.filters.window.from = Some(PartialDate::of_day(days.first));
                    s.filters.window.to = Some(PartialDate::of_day(days.last));
                });
            }
        }
        gestures.on_pointer_up.run(ev);
    });
    TimelineBrush {
        brushing: brush.read_only(),
        on_pointer_down,
        on_pointer_move,
        on_pointer_up,
    }
}
