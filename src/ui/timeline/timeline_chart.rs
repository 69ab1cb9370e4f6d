//! The timeline drawing: axis, date window, marks or bins in one SVG, fitted to its width and
//! to the events. Drag across the axis to choose a window ([`use_timeline_brush`]); drag
//! below it to pan; wheel or pinch to zoom (through `use_pan_zoom`); with focus, arrow keys
//! step through events and Enter opens one ([`use_timeline_cursor`]).

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::hooks::{
    locate_in_pixels, refit_unless_moved, use_element_size, use_pan_zoom, UsePanZoomOptions,
};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_axis::TimelineAxis;
use crate::ui::timeline::timeline_bins::TimelineBins;
use crate::ui::timeline::timeline_brush::use_timeline_brush;
use crate::ui::timeline::timeline_cursor::use_timeline_cursor;
use crate::ui::timeline::timeline_marks::TimelineMarks;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT, ROW_HEIGHT};
use crate::ui::timeline::timeline_tooltip::TimelineTooltip;
use crate::ui::timeline::timeline_window::TimelineWindow;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn TimelineChart() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let store = expect_context::<ViewStore>();
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();

    // The scale is in pixels: follow the drawn width, refitting unless the person moved it.
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    use_element_size(frame, move |width, _| {
        let scale = timeline.camera.get_untracked().camera;
        if (width - scale.width).abs() > 0.5 {
            timeline
                .camera
                .update(|m| m.camera = scale.with_width(width));
            refit_unless_moved(timeline.camera, timeline.fitted());
        }
    });
    // Fit to the events on load and when their span changes, unless the person moved the view.
    Effect::new(move |_| {
        timeline.span.track();
        refit_unless_moved(timeline.camera, timeline.fitted());
    });

    let rows = Memo::new(move |_| timeline.layout.with(|l| l.rows()));
    let height = Signal::derive(move || AXIS_HEIGHT + rows.get() as f64 * ROW_HEIGHT + 10.0);

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
            on:focusin=move |_| timeline.focused.set(true)
            on:focusout=move |_| timeline.focused.set(false)
        >
            <svg
                class="timeline__svg"
                width="100%"
                height=height
                viewBox=move || timeline.camera.with(|m| format!("0 0 {:.0} {:.0}", m.camera.width, height.get()))
                on:pointerdown=move |ev| brush.on_pointer_down.run(ev)
                on:pointermove=move |ev| brush.on_pointer_move.run(ev)
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
