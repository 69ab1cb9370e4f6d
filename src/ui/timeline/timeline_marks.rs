//! One mark per event in view: a dot for a day, a bar for a range, a hatched span for a date
//! known only to its month or year, dimmed when outside the date window.

use leptos::prelude::*;

use crate::domain::present::{date_span, fit_text, Pick};
use crate::domain::time::rows::{MarkKind, Placed};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_state::{
    TimelineLayout, TimelineState, AXIS_HEIGHT, LABEL_FONT_PX, ROW_HEIGHT,
};

/// Spans narrower than this show no date label inside.
const SPAN_LABEL_MIN_WIDTH: f64 = 64.0;

#[component]
pub fn TimelineMarks(
    /// Selects an event (a click that did not end a drag).
    on_select: Callback<usize>,
) -> impl IntoView {
    let timeline = TimelineState::expect();
    let marks = move || match timeline.layout.get() {
        TimelineLayout::Marks(placed) => placed,
        TimelineLayout::Bins(_) => Vec::new(),
    };
    // Keyed by event and place: a mark that moves is redrawn, one that stays is kept.
    let key = |m: &Placed| {
        (
            m.event,
            m.row,
            m.x0.to_bits(),
            m.x1.to_bits(),
            m.room.to_bits(),
        )
    };
    view! {
        <g class="timeline__marks">
            <For each=marks key=key let(mark)>
                <TimelineMark mark on_select />
            </For>
        </g>
    }
}

#[component]
fn TimelineMark(
    /// Where the mark is drawn.
    mark: Placed,
    on_select: Callback<usize>,
) -> impl IntoView {
    let atlas = AtlasState::expect();
    let AtlasState {
        dataset,
        filtered,
        selected,
        ..
    } = atlas.clone();
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    let position = mark.event;
    let event = &dataset.events()[position];
    let kind = MarkKind::of(&event.span);
    let span = event.span;
    let label = move || date_span(&span, language.get());
    let y = AXIS_HEIGHT + mark.row as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
    let width = mark.x1 - mark.x0;
    let shape = match kind {
        MarkKind::Span => view! {
            <rect class="timeline__span" x=mark.x0 y=y - 7.0 width=width height=14 rx=2 />
            {(width > SPAN_LABEL_MIN_WIDTH).then(|| view! {
                <text class="timeline__span-label" x=mark.x0 + 4.0 y=y + 4.0>{label}</text>
            })}
        }
        .into_any(),
        MarkKind::Point => view! {
            <circle class="timeline__point" cx=(mark.x0 + mark.x1) / 2.0 cy=y r=5 />
        }
        .into_any(),
        MarkKind::Bar => view! {
            <rect class="timeline__bar" x=mark.x0 y=y - 5.0 width=width height=10 rx=3 />
        }
        .into_any(),
    };
    let highlighted = atlas.is_highlighted(position);
    let (enter, leave) = (atlas.clone(), atlas);
    // The title beside the mark, cut to the room before the next mark and the chart's edge.
    // The width is read untracked: a new width moves every mark, which replaces this one.
    let title = event.title.clone();
    let label_x = mark.x1 + 4.0;
    let chart_width = timeline.view.camera.with_untracked(|s| s.width);
    let title_label = move || {
        let locale = language.get();
        let shown = locale.pick(&title);
        let room = mark.room.min(chart_width - label_x) - 4.0;
        let text = fit_text(shown.text, room, LABEL_FONT_PX)?;
        Some(view! {
            <text class="timeline__label" x=label_x y=y + 4.0 lang=shown.lang>{text}</text>
        })
    };
    let outside = Memo::new(move |_| filtered.with(|s| s.events.binary_search(&position).is_err()));
    view! {
        <g
            class="timeline__mark"
            class:timeline__mark--outside=outside
            class:timeline__mark--selected=move || selected.get() == Some(position)
            class:timeline__mark--cursor=move || timeline.cursor.get() == Some(position)
            class:timeline__mark--highlighted=highlighted
            data-event-id=event.id.clone()
            data-kind=kind.name()
            data-label=label
            on:mouseenter=move |_| {
                timeline.hovered.set(Some(position));
                enter.highlight(vec![position]);
            }
            on:mouseleave=move |_| {
                timeline.hovered.set(None);
                leave.highlight(Vec::new());
            }
            on:click=move |_| on_select.run(position)
        >
            {shape}
            {title_label}
        </g>
    }
}
