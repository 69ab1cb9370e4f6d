//! The timeline drawing: axis, date window, marks or bins in one SVG, fitted to its width and
//! to the events. Drag across the axis to choose a window ([`use_timeline_brush`]); drag
//! below it to pan; wheel or pinch to zoom (through `use_pan_zoom`); with focus, arrow keys
//! step through events and Enter opens one ([`use_timeline_cursor`]).

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::element_geometry::pointer_in_element;
use crate::ui::hooks::{locate_in_pixels, use_element_size, use_pan_zoom, UsePanZoomOptions};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_axis::TimelineAxis;
use crate::ui::timeline::timeline_bins::TimelineBins;
use crate::ui::timeline::timeline_brush::use_timeline_brush;
use crate::ui::timeline::timeline_cursor::use_timeline_cursor;
use crate::ui::timeline::timeline_marks::TimelineMarks;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT, BOTTOM_PADDING};
use crate::ui::timeline::timeline_tooltip::TimelineTooltip;
use crate::ui::timeline::timeline_window::TimelineWindow;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn TimelineChart() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();

    // The axis is built for the chart's size (its rows fill the height), and the camera
    // follows the axis (see `TimelineState`).
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    use_element_size(frame, move |width, height| {
        let (w, h) = timeline.size.get_untracked();
        if (width - w).abs() > 0.5 || (height - h).abs() > 0.5 {
            timeline.size.set((width, height));
        }
    });
    // As tall as the strip, or taller (and scrolled) when even the least row height cannot
    // fit every row.
    let needed = Memo::new(move |_| timeline.layout.with(|l| l.rows_height()));
    let height = Signal::derive(move || {
        let shown = timeline.size.with(|s| s.1);
        (AXIS_HEIGHT + needed.get() + BOTTOM_PADDING).max(shown)
    });

    let gestures = use_pan_zoom(
        timeline.camera,
        Callback::new(move |()| timeline.fit()),
        UsePanZoomOptions {
            locate: locate_in_pixels,
            arrows_pan: false,
            leave_to: None,
        },
    );
    let select = Callback::new(move |position: usize| {
        let id = dataset.events()[position].id.clone();
        store.change(HistoryEntry::Step, |s| s.selected_id = Some(id));
    });
    let brush = use_timeline_brush(gestures);
    let cursor = use_timeline_cursor(select, gestures);

    view! {
        <div
            class="timeline"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=language.t(Key::TimelineDescription)
            on:keydown=move |ev| cursor.on_key.run(ev)
            data-start=move || timeline.camera.with(|m| format!("{:.3}", m.camera.start))
            data-end=move || timeline.camera.with(|m| format!("{:.3}", m.camera.end))
            data-axis=move || timeline.axis.with(|a| a.knots_text())
            on:focusin=move |_| timeline.focused.set(true)
            on:focusout=move |_| timeline.focused.set(false)
        >
            <svg
                class="timeline__svg"
                width="100%"
                height=height
                viewBox=move || timeline.camera.with(|m| format!("0 0 {:.0} {:.0}", m.camera.width, height.get()))
                on:pointerdown=move |ev| brush.on_pointer_down.run(ev)
                on:pointermove=move |ev| {
                    if let Some(p) = pointer_in_element(&ev) {
                        let scale = timeline.camera.get_untracked().camera;
                        let day = timeline.axis.with_untracked(|a| a.day_at(&scale, p.x));
                        timeline.pointer_day.set(Some(day));
                    }
                    brush.on_pointer_move.run(ev)
                }
                on:pointerleave=move |_| timeline.pointer_day.set(None)
                on:pointerup=move |ev| brush.on_pointer_up.run(ev)
                on:pointercancel=move |ev| brush.on_pointer_up.run(ev)
                on:wheel=move |ev| gestures.on_wheel.run(ev)
            >
                <defs>
                    <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="timeline__hatch-bg" width="6" height="6" />
                        <line class="timeline__hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                <TimelineAxis height />
                <TimelineWindow height brush=brush.brushing />
                <TimelineMarks on_select=Callback::new(move |position| {
                    // A click that ends a drag is not a click on the mark under it.
                    if !gestures.dragged() {
                        select.run(position);
                    }
                }) />
                <TimelineBins />
            </svg>
            <TimelineTooltip />
            <p class="visually-hidden" aria-live="polite">{move || cursor.announcement.get()}</p>
        </div>
    }
}
