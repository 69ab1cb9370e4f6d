//! The timeline drawing: axis, date window, marks or bins in one SVG. Drag across the axis to
//! choose a window; drag below it to pan; wheel or pinch to zoom (through `use_pan_zoom`);
//! with focus, arrow keys step through events and Enter opens one.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

use crate::domain::camera::DRAG_THRESHOLD_PX;
use crate::domain::date::PartialDate;
use crate::domain::filter::step_in_time;
use crate::domain::i18n::Key;
use crate::domain::present::{date_span, Pick};
use crate::ui::element_geometry::{capture_pointer, pointer_in_element};
use crate::ui::hooks::{
    locate_in_pixels, refit_unless_moved, use_element_size, use_pan_zoom, UsePanZoomOptions,
};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_axis::TimelineAxis;
use crate::ui::timeline::timeline_bins::TimelineBins;
use crate::ui::timeline::timeline_marks::TimelineMarks;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT, ROW_HEIGHT};
use crate::ui::timeline::timeline_tooltip::TimelineTooltip;
use crate::ui::timeline::timeline_window::TimelineWindow;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn TimelineChart() -> impl IntoView {
    let atlas = AtlasState::expect();
    let AtlasState {
        dataset,
        around_window,
        selected_idx,
        ..
    } = atlas.clone();
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
    // An event selected elsewhere comes into view and becomes the cursor.
    Effect::new(move |_| {
        if let Some(position) = selected_idx.get() {
            timeline.reveal(position);
            timeline.cursor.set(Some(position));
        }
    });

    // The event the keyboard has reached is highlighted everywhere while the timeline has focus.
    {
        let atlas = atlas.clone();
        Effect::new(move |was_focused: Option<bool>| {
            let focused = timeline.focused.get();
            match timeline.cursor.get() {
                Some(cursor) if focused => atlas.highlight(vec![cursor]),
                _ if was_focused == Some(true) => atlas.highlight(Vec::new()),
                _ => {}
            }
            focused
        });
    }

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
    let select_dataset = dataset.clone();
    let select = Callback::new(move |position: usize| {
        let id = select_dataset.events()[position].id.clone();
        store.change(HistoryEntry::Step, |s| s.selected_id = Some(id));
    });

    // A press on the axis brushes a date window; anywhere else it pans.
    let brush = RwSignal::new(None::<(f64, f64)>);
    let on_pointer_down = move |ev: PointerEvent| match pointer_in_element(&ev) {
        Some(p) if p.y < AXIS_HEIGHT => {
            capture_pointer(&ev);
            brush.set(Some((p.x, p.x)));
        }
        _ => gestures.on_pointer_down.run(ev),
    };
    let on_pointer_move = move |ev: PointerEvent| match brush.get_untracked() {
        Some((from, _)) => {
            if let Some(p) = pointer_in_element(&ev) {
                brush.set(Some((from, p.x)));
            }
        }
        None => gestures.on_pointer_move.run(ev),
    };
    let on_pointer_up = move |ev: PointerEvent| {
        if let Some((from, to)) = brush.get_untracked() {
            brush.set(None);
            if (to - from).abs() > DRAG_THRESHOLD_PX {
                let scale = timeline.camera.get_untracked().camera;
                let first = scale.day(from.min(to)).floor() as i64;
                let last = scale.day(from.max(to)).floor() as i64;
                store.change(HistoryEntry::Step, |s| {
                    s.filters.window.from = Some(PartialDate::of_day(first));
                    s.filters.window.to = Some(PartialDate::of_day(last));
                });
            }
        }
        gestures.on_pointer_up.run(ev);
    };

    // Arrow keys walk through the events in time; the cursor is kept in view.
    let on_key = move |ev: KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowRight" => true,
            "ArrowLeft" => false,
            "Enter" => {
                if let Some(position) = timeline.cursor.get_untracked() {
                    select.run(position);
                }
                return;
            }
            _ => {
                gestures.on_key.run(ev);
                return;
            }
        };
        ev.prevent_default();
        let next = around_window.with_untracked(|events| {
            step_in_time(events, timeline.cursor.get_untracked(), forward)
        });
        if let Some(position) = next {
            timeline.cursor.set(Some(position));
            timeline.reveal(position);
        }
    };
    let announcement = move || {
        timeline.cursor.get().map(|position| {
            let event = &dataset.events()[position];
            let locale = language.get();
            locale.fill(
                Key::TimelineCursor,
                &[
                    ("date", &date_span(&event.span, locale)),
                    ("title", locale.pick(&event.title).text),
                ],
            )
        })
    };

    view! {
        <div
            class="timeline"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=language.t(Key::TimelineDescription)
            on:keydown=on_key
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
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:wheel=move |ev| gestures.on_wheel.run(ev)
            >
                <defs>
                    <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="timeline__hatch-bg" width="6" height="6" />
                        <line class="timeline__hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                <TimelineAxis height />
                <TimelineWindow height brush=brush.read_only() />
                <TimelineMarks on_select=Callback::new(move |position| {
                    // A click that ends a drag is not a click on the mark under it.
                    if !gestures.dragged() {
                        select.run(position);
                    }
                }) />
                <TimelineBins />
            </svg>
            <TimelineTooltip />
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
        </div>
    }
}
