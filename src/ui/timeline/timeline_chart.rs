//! The timeline drawing: the adaptive time axis, one mark per event in rows (points, bars,
//! faint spans for month- or year-precision dates) or counts per bin when they crowd, the date
//! window, and the brush. Drag the axis to choose a window; drag below it to pan; wheel or
//! pinch to zoom; with focus, arrow keys step through events and Enter opens one.

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use crate::app::{AtlasDataset, EventsAroundWindow, FilteredEvents, SelectedEvent};
use crate::domain::date::{civil_from_day_number, PartialDate, Precision};
use crate::domain::i18n::Key;
use crate::domain::time::scale::TimeScale;
use crate::domain::time::ticks::ticks;
use crate::ui::element_geometry::{capture_pointer, pointer_in_element, watch_width};
use crate::ui::fan_out::fan_out;
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_controls::{zoom_middle, ZOOM_STEP};
use crate::ui::timeline::timeline_tooltip::{TimelineTooltip, AXIS_HEIGHT, ROW_HEIGHT};
use crate::ui::timeline::timeline_view::{TimelineLayout, TimelineView};
use crate::ui::url::{HistoryEntry, ViewStore};

/// Labels at least this many pixels apart.
const TICK_SPACING: f64 = 70.0;
/// A drag shorter than this is a click.
const DRAG_THRESHOLD: f64 = 4.0;

fn day_date(day: i64) -> PartialDate {
    let (year, month, day) = civil_from_day_number(day);
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// What a pointer held down on the chart is doing.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    Idle,
    /// Dragging across the axis from this x.
    Brushing {
        from: f64,
        to: f64,
    },
    /// Two fingers down: zooming by their distance around their midpoint.
    Pinching,
    /// Panning; `moved` once past the drag threshold.
    Panning {
        last: f64,
        start: f64,
        moved: bool,
    },
}

/// How one mark stands to the filters, the selection and the keyboard cursor.
#[derive(Clone, Copy, Debug, PartialEq)]
struct MarkFlags {
    /// Kept by every filter but the date window (drawn dimmed).
    outside: bool,
    selected: bool,
    cursor: bool,
}

#[component]
pub fn TimelineChart() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let FilteredEvents(selection) = expect_context::<FilteredEvents>();
    let EventsAroundWindow(around) = expect_context::<EventsAroundWindow>();
    let store = expect_context::<ViewStore>();
    let timeline = expect_context::<TimelineView>();
    let language = expect_context::<Language>();

    let SelectedEvent(selected) = expect_context::<SelectedEvent>();

    // The scale is in pixels: follow the drawn width, refitting unless the person moved it.
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    watch_width(frame, move |width| {
        if (width - timeline.scale.get_untracked().width).abs() > 0.5 {
            timeline.scale.update(|s| *s = s.with_width(width));
            if !timeline.moved.get_untracked() {
                timeline.fit();
            }
        }
    });

    // Fit to the events on load and after filter changes, unless the person moved the view.
    Effect::new(move |_| {
        around.track();
        if !timeline.moved.get_untracked() {
            timeline.fit();
        }
    });
    // An event selected elsewhere comes into view and becomes the cursor.
    {
        let dataset = dataset.clone();
        Effect::new(move |_| {
            if let Some(position) = selected.get() {
                let facets = &dataset.facets()[position];
                let scale = timeline.scale.get_untracked();
                if !scale.shows(facets.first_day, facets.last_day) {
                    timeline
                        .scale
                        .set(scale.centred_on((facets.first_day + facets.last_day) as f64 / 2.0));
                }
                timeline.cursor.set(Some(position));
            }
        });
    }

    let rows = Memo::new(move |_| {
        timeline.layout.with(|l| match l {
            TimelineLayout::Marks(marks) => marks.iter().map(|m| m.row + 1).max().unwrap_or(1),
            TimelineLayout::Bins(_) => 4,
        })
    });
    let height = move || AXIS_HEIGHT + rows.get() as f64 * ROW_HEIGHT + 10.0;

    let axis = move || {
        let scale = timeline.scale.get();
        let h = height();
        let (_, ticks) = ticks(&scale, TICK_SPACING, language.get());
        ticks
            .into_iter()
            .map(|tick| {
                let x = scale.x(tick.day as f64);
                view! {
                    <g class="timeline__tick" class:timeline__tick--major=tick.major>
                        <line x1=x x2=x y1=AXIS_HEIGHT - 8.0 y2=h />
                        <text x=x + 3.0 y=AXIS_HEIGHT - 12.0>{tick.label}</text>
                    </g>
                }
            })
            .collect_view()
    };

    let window_band = move || {
        let window = store.state().with(|s| s.filters.window);
        if window.is_open() {
            return None;
        }
        let scale = timeline.scale.get();
        let (first, last) = window.days();
        let x0 = if first == i64::MIN {
            0.0
        } else {
            scale.x(first as f64).max(0.0)
        };
        let x1 = if last == i64::MAX {
            scale.width
        } else {
            scale.x(last as f64 + 1.0).min(scale.width)
        };
        (x1 > x0).then(
            || view! { <rect class="timeline__window" x=x0 y=0 width=x1 - x0 height=height() /> },
        )
    };

    let gesture = RwSignal::new(Gesture::Idle);
    let brush_band = move || match gesture.get() {
        Gesture::Brushing { from, to } if (to - from).abs() > DRAG_THRESHOLD => {
            let (x0, x1) = (from.min(to), from.max(to));
            Some(view! { <rect class="timeline__brush" x=x0 y=0 width=x1 - x0 height=height() /> })
        }
        _ => None,
    };

    let select_dataset = dataset.clone();
    let select = Callback::new(move |position: usize| {
        let id = select_dataset.events()[position].id.clone();
        store.change(HistoryEntry::Step, |s| s.selected = Some(id));
    });

    let marks_dataset = dataset.clone();
    let marks = move || {
        let scale = timeline.scale.get();
        let locale = language.get();
        match timeline.layout.get() {
            TimelineLayout::Marks(placed) => {
                // Each mark reads its own flags (see `fan_out`), not the selection itself.
                let positions: Vec<usize> = placed.iter().map(|m| m.event).collect();
                let flags = fan_out(placed.len(), move |k| {
                    let position = positions[k];
                    MarkFlags {
                        outside: selection.with(|s| s.events.binary_search(&position).is_err()),
                        selected: selected.get() == Some(position),
                        cursor: timeline.cursor.get() == Some(position),
                    }
                });
                placed
                .into_iter()
                .zip(flags)
                .map(|(mark, flags)| {
                    let event = &marks_dataset.events()[mark.event];
                    let position = mark.event;
                    let y = AXIS_HEIGHT + mark.row as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
                    let uncertain = event.span.start.precision() != Precision::Day;
                    let single_day = event.end_text.is_none() && !uncertain;
                    let width = mark.x1 - mark.x0;
                    let label = event.span.label(locale);
                    let shape = if uncertain {
                        let text = (width > 64.0).then(|| {
                            view! { <text class="timeline__span-label" x=mark.x0 + 4.0 y=y + 4.0>{label.clone()}</text> }
                        });
                        view! {
                            <rect class="timeline__span" x=mark.x0 y=y - 7.0 width=width height=14 rx=2 />
                            {text}
                        }
                        .into_any()
                    } else if single_day {
                        view! { <circle class="timeline__point" cx=(mark.x0 + mark.x1) / 2.0 cy=y r=5 /> }.into_any()
                    } else {
                        view! { <rect class="timeline__bar" x=mark.x0 y=y - 5.0 width=width height=10 rx=3 /> }.into_any()
                    };
                    let kind = if uncertain { "span" } else if single_day { "point" } else { "bar" };
                    view! {
                        <g
                            class="timeline__mark"
                            class:timeline__mark--outside=move || flags.with(|f| f.outside)
                            class:timeline__mark--selected=move || flags.with(|f| f.selected)
                            class:timeline__mark--cursor=move || flags.with(|f| f.cursor)
                            data-event-id=event.id.clone()
                            data-kind=kind
                            data-label=label
                            on:mouseenter=move |_| timeline.hovered.set(Some(position))
                            on:mouseleave=move |_| timeline.hovered.set(None)
                            on:click=move |_| {
                                if !matches!(gesture.get_untracked(), Gesture::Panning { moved: true, .. }) {
                                    select.run(position);
                                }
                            }
                        >
                            {shape}
                        </g>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
            }
            TimelineLayout::Bins(bins) => {
                let most = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
                let room = rows.get() as f64 * ROW_HEIGHT;
                bins.into_iter()
                    .filter(|b| b.count > 0)
                    .map(|bin| {
                        let x0 = scale.x(bin.first_day as f64);
                        let x1 = scale.x(bin.last_day as f64 + 1.0);
                        let h = (f64::from(bin.count) / f64::from(most) * room).max(2.0);
                        let zoom_to = TimeScale::fit(bin.first_day, bin.last_day, scale.width, 0.1);
                        view! {
                            <g class="timeline__bin" data-count=bin.count on:click=move |_| timeline.move_to(zoom_to)>
                                <rect x=x0 + 1.0 y=AXIS_HEIGHT + room - h width=(x1 - x0 - 2.0).max(1.0) height=h />
                                <text x=(x0 + x1) / 2.0 y=AXIS_HEIGHT + room - h - 3.0>{bin.count}</text>
                            </g>
                        }
                    })
                    .collect_view()
                    .into_any()
            }
        }
    };

    let pointer_x = |ev: &PointerEvent| pointer_in_element(ev).map(|p| (p.x, p.y));
    // Pointers down on the chart (id, x), for pinching.
    let pointers: StoredValue<Vec<(i32, f64)>> = StoredValue::new(Vec::new());
    let on_pointer_down = move |ev: PointerEvent| {
        let Some((x, y)) = pointer_x(&ev) else { return };
        capture_pointer(&ev);
        pointers.update_value(|p| p.push((ev.pointer_id(), x)));
        gesture.set(if pointers.with_value(Vec::len) >= 2 {
            Gesture::Pinching
        } else if y < AXIS_HEIGHT {
            Gesture::Brushing { from: x, to: x }
        } else {
            Gesture::Panning {
                last: x,
                start: x,
                moved: false,
            }
        });
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let Some((x, _)) = pointer_x(&ev) else { return };
        let before = pointers.get_value();
        let Some(slot) = before.iter().position(|(id, _)| *id == ev.pointer_id()) else {
            return;
        };
        let mut after = before.clone();
        after[slot].1 = x;
        pointers.set_value(after.clone());
        match gesture.get_untracked() {
            Gesture::Pinching if before.len() >= 2 => {
                let (a0, a1, b0, b1) = (before[0].1, before[1].1, after[0].1, after[1].1);
                let factor = (b1 - b0).abs() / (a1 - a0).abs().max(1.0);
                let (mid_a, mid_b) = ((a0 + a1) / 2.0, (b0 + b1) / 2.0);
                let scale = timeline.scale.get_untracked();
                timeline.move_to(scale.zoom_at(mid_a, factor).pan(mid_b - mid_a));
            }
            Gesture::Brushing { from, .. } => gesture.set(Gesture::Brushing { from, to: x }),
            Gesture::Panning { last, start, moved } => {
                let moved = moved || (x - start).abs() > DRAG_THRESHOLD;
                if moved {
                    timeline.move_to(timeline.scale.get_untracked().pan(x - last));
                }
                gesture.set(Gesture::Panning {
                    last: x,
                    start,
                    moved,
                });
            }
            Gesture::Idle | Gesture::Pinching => {}
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        pointers.update_value(|p| p.retain(|(id, _)| *id != ev.pointer_id()));
        if let Gesture::Brushing { from, to } = gesture.get_untracked() {
            if (to - from).abs() > DRAG_THRESHOLD {
                let scale = timeline.scale.get_untracked();
                let first = scale.day(from.min(to)).floor() as i64;
                let last = scale.day(from.max(to)).floor() as i64;
                store.change(HistoryEntry::Step, |s| {
                    s.filters.window.from = Some(day_date(first));
                    s.filters.window.to = Some(day_date(last));
                });
            }
        }
        // Keep a finished pan visible to the click that follows it, then forget it.
        let finished = gesture.get_untracked();
        request_animation_frame(move || {
            if gesture.get_untracked() == finished {
                gesture.set(Gesture::Idle);
            }
        });
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        let scale = timeline.scale.get_untracked();
        let Some(pointer) = pointer_in_element(&ev) else {
            return;
        };
        let x = pointer.x;
        let per_unit = if ev.delta_mode() == 1 { 0.06 } else { 0.0018 };
        if ev.delta_x().abs() > ev.delta_y().abs() {
            timeline
                .move_to(scale.pan(-ev.delta_x() * if ev.delta_mode() == 1 { 20.0 } else { 1.0 }));
        } else {
            timeline.move_to(scale.zoom_at(x, (-ev.delta_y() * per_unit).exp()));
        }
    };

    // Arrow keys walk through the events in time; the cursor is kept in view.
    let step_dataset = dataset.clone();
    let step = move |forward: bool| {
        let events = around.get_untracked();
        if events.is_empty() {
            return;
        }
        let earlier = |i: usize| i.checked_sub(1).map(|p| events[p]);
        let next = match timeline
            .cursor
            .get_untracked()
            .map(|c| events.binary_search(&c))
        {
            None => events.first().copied(),
            Some(Ok(i)) if forward => events.get(i + 1).copied(),
            Some(Err(i)) if forward => events.get(i).copied(),
            Some(Ok(i) | Err(i)) => earlier(i),
        };
        if let Some(position) = next {
            timeline.cursor.set(Some(position));
            let facets = &step_dataset.facets()[position];
            let scale = timeline.scale.get_untracked();
            if !scale.shows(facets.first_day, facets.last_day) {
                timeline
                    .move_to(scale.centred_on((facets.first_day + facets.last_day) as f64 / 2.0));
            }
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        match ev.key().as_str() {
            "ArrowRight" => step(true),
            "ArrowLeft" => step(false),
            "Enter" => {
                if let Some(position) = timeline.cursor.get_untracked() {
                    select.run(position);
                }
            }
            "+" | "=" => zoom_middle(timeline, ZOOM_STEP),
            "-" | "_" => zoom_middle(timeline, 1.0 / ZOOM_STEP),
            "0" => timeline.fit(),
            _ => return,
        }
        ev.prevent_default();
    };
    let announce_dataset = dataset.clone();
    let announcement = move || {
        timeline.cursor.get().map(|position| {
            let event = &announce_dataset.events()[position];
            let locale = language.get();
            locale.fill(
                Key::TimelineCursor,
                &[
                    ("date", &event.span.label(locale)),
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
            data-start=move || timeline.scale.with(|s| format!("{:.3}", s.start))
            data-end=move || timeline.scale.with(|s| format!("{:.3}", s.end))
            on:focusin=move |_| timeline.focused.set(true)
            on:focusout=move |_| timeline.focused.set(false)
        >
            <svg
                class="timeline__svg"
                width="100%"
                height=height
                viewBox=move || timeline.scale.with(|s| format!("0 0 {:.0} {:.0}", s.width, height()))
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:wheel=on_wheel
            >
                <defs>
                    <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="timeline__hatch-bg" width="6" height="6" />
                        <line class="timeline__hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                <rect class="timeline__axis-strip" x=0 y=0 width=move || timeline.scale.with(|s| s.width) height=AXIS_HEIGHT />
                {window_band}
                <g class="timeline__ticks">{axis}</g>
                <g class="timeline__marks">{marks}</g>
                {brush_band}
            </svg>
            <TimelineTooltip />
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
        </div>
    }
}
