//! The time axis: ticks and labels that adapt to the zoom (decades down to days) in each
//! period, the breaks between periods with how long they are, and the date under the pointer.

use leptos::prelude::*;

use crate::domain::date::{DateSpan, PartialDate};
use crate::domain::i18n::{Key, Locale};
use crate::domain::present::{date_span, text_width, tick_label};
use crate::domain::time::axis::Break;
use crate::domain::time::ticks::ticks;
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT};

/// Labels at least this many pixels apart.
pub const TICK_SPACING: f64 = 70.0;
/// Font size of tick labels, in pixels.
const TICK_FONT_PX: f64 = 12.0;
/// How much wider a major tick's bold label is than the measure of regular text.
const BOLD_WIDER: f64 = 1.15;
/// Font size of a break's length, in pixels.
const BREAK_FONT_PX: f64 = 11.0;

/// A break's length in words: "7 months", "4 years", "1个月"; `short`: "7 mo", "4 yr".
fn gap_length(gap: &Break, locale: Locale, short: bool) -> String {
    let months = gap.months().max(1);
    let (count, key) = match (months, short) {
        (1, false) => return locale.text(Key::GapMonth).to_string(),
        (m, false) if m < 24 => (m, Key::GapMonths),
        (m, true) if m < 24 => (m, Key::GapMonthsShort),
        (m, false) => (m / 12, Key::GapYears),
        (m, true) => (m / 12, Key::GapYearsShort),
    };
    locale.fill(key, &[("count", &count.to_string())])
}

/// A break's length as written on the axis: in full where it fits over the break (with a
/// little to spare), else short.
fn gap_label(gap: &Break, locale: Locale, drawn_px: f64) -> String {
    let long = gap_length(gap, locale, false);
    if text_width(&long, BREAK_FONT_PX) <= drawn_px + 16.0 {
        long
    } else {
        gap_length(gap, locale, true)
    }
}

/// A day as a label at day precision.
fn day_label(day: i64, locale: Locale) -> String {
    let span = DateSpan {
        start: PartialDate::of_day(day),
        end: None,
    };
    date_span(&span, locale)
}

#[component]
pub fn TimelineAxis(
    /// The chart's height in pixels (tick lines and breaks run down to it).
    height: Signal<f64>,
) -> impl IntoView {
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    // Each break as drawn: its pixels, and its length in words centred over it.
    let breaks = move || {
        let scale = timeline.camera.get().camera;
        let locale = language.get();
        let h = height.get();
        timeline.axis.with(|axis| {
            axis.breaks()
                .iter()
                .map(|gap| {
                    let (x0, x1) = (scale.x(gap.start), scale.x(gap.end));
                    let length = gap_label(gap, locale, x1 - x0);
                    let title = locale.fill(
                        Key::GapTitle,
                        &[
                            ("length", &gap_length(gap, locale, false)),
                            ("from", &day_label(gap.empty_from, locale)),
                            ("to", &day_label(gap.empty_to - 1, locale)),
                        ],
                    );
                    let middle = (x0 + x1) / 2.0;
                    // The cut marks at the band's edges only where the length fits between
                    // them; on a narrow break they would strike through it.
                    let marks = x1 - x0 >= text_width(&length, BREAK_FONT_PX) + 24.0;
                    view! {
                        <g class="timeline__break" data-months=gap.months()>
                            <title>{title}</title>
                            <rect class="timeline__break-band" x=x0 y=0 width=(x1 - x0).max(0.0) height=h />
                            {marks.then(|| view! {
                                <path class="timeline__break-mark" d=format!("M{:.1} {AXIS_HEIGHT} l4 -8 M{:.1} {AXIS_HEIGHT} l4 -8", x0 + 4.0, x1 - 8.0) />
                            })}
                            <text class="timeline__break-label" x=middle y=AXIS_HEIGHT - 16.0>"⋯"</text>
                            <text class="timeline__break-label" x=middle y=AXIS_HEIGHT - 5.0>{length}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    // Ticks, their labels kept whole: none cut at the chart's edges or run into a break.
    let axis_ticks = move || {
        let scale = timeline.camera.get().camera;
        let locale = language.get();
        let h = height.get();
        timeline.axis.with(|axis| {
            let blocked: Vec<(f64, f64)> = axis
                .breaks()
                .iter()
                .map(|gap| {
                    let (x0, x1) = (scale.x(gap.start), scale.x(gap.end));
                    let label = gap_label(gap, locale, x1 - x0);
                    let middle = (x0 + x1) / 2.0;
                    let half = text_width(&label, BREAK_FONT_PX) / 2.0 + 6.0;
                    (middle - half, middle + half)
                })
                .collect();
            // Where the last written label ends: a label that would run into it is left out.
            let mut written_to = f64::NEG_INFINITY;
            ticks(axis, &scale, TICK_SPACING)
                .into_iter()
                .map(|tick| {
                    let label = tick_label(tick, locale);
                    let bold = if tick.major { BOLD_WIDER } else { 1.0 };
                    let width = text_width(&label, TICK_FONT_PX) * bold;
                    let (from, to) = (tick.x + 3.0, tick.x + 3.0 + width);
                    let whole = from >= 0.0
                        && to <= scale.width
                        && from > written_to + 4.0
                        && blocked.iter().all(|&(a, b)| to < a || from > b);
                    if whole {
                        written_to = to;
                    }
                    view! {
                        <g class="timeline__tick" class:timeline__tick--major=tick.major>
                            <line x1=tick.x x2=tick.x y1=AXIS_HEIGHT - 8.0 y2=h />
                            {whole.then(|| view! { <text x=from y=AXIS_HEIGHT - 12.0>{label}</text> })}
                        </g>
                    }
                })
                .collect_view()
        })
    };
    // The date under the pointer, so what is drawn where can be read on either side of a break.
    let pointer = move || {
        let day = timeline.pointer_day.get()?;
        let x = timeline.x(day);
        let width = timeline.size.with(|s| s.0);
        let label = day_label(day.floor() as i64, language.get());
        let half = text_width(&label, 11.0) / 2.0 + 4.0;
        let at = x.clamp(half, (width - half).max(half));
        Some(view! {
            <g class="timeline__pointer" aria-hidden="true">
                <line x1=x x2=x y1=0 y2=AXIS_HEIGHT />
                <rect x=at - half y=2 width=2.0 * half height=14 rx=3 />
                <text class="timeline__pointer-date" x=at y=13>{label}</text>
            </g>
        })
    };
    view! {
        <rect class="timeline__axis-strip" x=0 y=0 width=move || timeline.size.with(|s| s.0) height=AXIS_HEIGHT />
        <g class="timeline__breaks">{breaks}</g>
        <g class="timeline__ticks">{axis_ticks}</g>
        {pointer}
    }
}
