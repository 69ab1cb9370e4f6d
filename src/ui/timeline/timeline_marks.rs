//! One mark per event in view: a dot for a day, a bar for a range, a hatched span for a date
//! known only to its month or year, dimmed when outside the date window.

use leptos::prelude::*;

use crate::domain::present::{date_span, fit_text, Pick};
use crate::domain::time::mark_kind::MarkKind;
use crate::domain::time::rows::Placed;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_state::{
    span_title_offset, TimelineLayout, TimelineState, AXIS_HEIGHT, LABELLED_ROW_HEIGHT,
    LABEL_FONT_PX, ROW_HEIGHT, SPAN_DATE_INSET,
};

#[component]
pub fn TimelineMarks(
    /// Selects an event (a click that did not end a drag).
    on_select: Callback<usize>,
) -> impl IntoView {
    let timeline = TimelineState::expect();
    let marks = move || match timeline.layout.get() {
        TimelineLayout::Marks { placed, .. } => placed,
        TimelineLayout::Bins(_) => Vec::new(),
    };
    let row_height = Memo::new(move |_| {
        timeline.layout.with(|l| match l {
            TimelineLayout::Marks { row_height, .. } => *row_height,
            TimelineLayout::Bins(_) => ROW_HEIGHT,
        })
    });
    // Keyed by event: a mark whose event stays in view is kept and moved (a filter refits
    // the timeline, so most marks move on every change); only marks that enter are built.
    view! {
        <g class="timeline__marks">
            <ForEnumerate
                each=marks
                key=|mark: &Placed| mark.event
                children=move |index, mark: Placed| {
                    // Where the mark is now: its entry in the layout, found by its index.
                    let placed = Memo::new(move |last: Option<&Placed>| {
                        let now = timeline.layout.with(|layout| match layout {
                            TimelineLayout::Marks { placed, .. } => placed.get(index.get()).copied(),
                            TimelineLayout::Bins(_) => None,
                        });
                        // Between the layout's change and the index's, the entry may be
                        // another event's (or none, as the mark is taken out): keep the last.
                        now.filter(|p| p.event == mark.event)
                            .or(last.copied())
                            .unwrap_or(mark)
                    });
                    view! { <TimelineMark event=mark.event placed row_height on_select /> }
                }
            />
        </g>
    }
}

#[component]
fn TimelineMark(
    /// The event's position in the dataset.
    event: usize,
    /// Where the mark is drawn.
    placed: Memo<Placed>,
    /// The height of a row of marks, in pixels.
    row_height: Memo<f64>,
    on_select: Callback<usize>,
) -> impl IntoView {
    let atlas = AtlasState::expect();
    let AtlasState {
        dataset,
        filtered,
        selected_idx,
        ..
    } = atlas.clone();
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    let position = event;
    let event = &dataset.events()[position];
    let kind = MarkKind::of(&event.span);
    let span = event.span;
    let label = move || date_span(&span, language.get());
    // The middle of the mark's row, its left end and its width.
    let y = move || {
        let h = row_height.get();
        AXIS_HEIGHT + placed.get().row as f64 * h + h / 2.0
    };
    // Marks shrink with their rows.
    let size = move || (row_height.get() / ROW_HEIGHT).min(1.0);
    let x0 = move || placed.get().x0;
    let width = move || placed.with(|p| p.x1 - p.x0);
    // A span shows its date inside where its title is written inside too, or where the date
    // alone fits.
    let date_inside = move || {
        let p = placed.get();
        (p.label_x > p.x0 && p.label_x < p.x1) || width() > span_title_offset(&span, language.get())
    };
    let shape = match kind {
        MarkKind::Span => view! {
            <rect class="timeline__span" x=x0 y=move || y() - 7.0 * size() width=width height=move || 14.0 * size() rx=2 />
            {move || (date_inside() && row_height.get() >= LABELLED_ROW_HEIGHT).then(|| view! {
                <text class="timeline__span-label" x=move || x0() + SPAN_DATE_INSET y=move || y() + 4.0>
                    {label}
                </text>
            })}
        }
        .into_any(),
        MarkKind::Point => view! {
            <circle
                class="timeline__point"
                cx=move || placed.with(|p| (p.x0 + p.x1) / 2.0)
                cy=y
                r=move || 5.0 * size()
            />
        }
        .into_any(),
        MarkKind::Bar => view! {
            <rect class="timeline__bar" x=x0 y=move || y() - 5.0 * size() width=width height=move || 10.0 * size() rx=3 />
        }
        .into_any(),
    };
    let highlighted = atlas.is_highlighted(position);
    let (enter, leave) = (atlas.clone(), atlas);
    // The title beside the mark (or inside a wide span), cut to the room before the next mark
    // and the chart's edge.
    let title = event.title.clone();
    let label_x = move || placed.get().label_x;
    let inside = move || placed.with(|p| p.label_x > p.x0 && p.label_x < p.x1);
    let title_text = move || {
        if row_height.get() < LABELLED_ROW_HEIGHT {
            return None;
        }
        let locale = language.get();
        let shown = locale.pick(&title);
        let chart_width = timeline.size.with(|s| s.0);
        let room = placed.get().room.min(chart_width - label_x());
        fit_text(shown.text, room, LABEL_FONT_PX).map(|text| (text, shown.lang))
    };
    let title_label = move || {
        let (text, lang) = title_text()?;
        Some(view! {
            <text class="timeline__label" class:timeline__label--inside=inside x=label_x y=move || y() + 4.0 lang=lang>{text}</text>
        })
    };
    let outside = Memo::new(move |_| filtered.with(|s| s.events.binary_search(&position).is_err()));
    view! {
        <g
            class="timeline__mark"
            class:timeline__mark--outside=outside
            class:timeline__mark--selected=move || selected_idx.get() == Some(position)
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
