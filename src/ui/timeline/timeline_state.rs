//! The timeline's state, shared with its parts through context: the chart's size, the axis
//! (periods and breaks, or true scale) built from the events drawn, the camera over it, the
//! keyboard cursor, the hovered event and the day under the pointer, and the layout derived
//! from them (rows of marks with room for titles, or bins when marks crowd).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::camera::Movable;
use crate::domain::dataset::Dataset;
use crate::domain::date::{DateSpan, DayRange};
use crate::domain::i18n::Locale;
use crate::domain::present::{date_span, text_width, Pick};
use crate::domain::time::axis::{AxisOptions, TimeAxis};
use crate::domain::time::bins::{bin, Bin};
use crate::domain::time::mark_kind::MarkKind;
use crate::domain::time::rows::{rows, stack_within, Mark, Placed};
use crate::domain::time::scale::TimeScale;
use crate::domain::time::ticks::unit_for;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

/// Smallest width of a mark, in pixels (a one-day event at a decade's zoom).
pub const MARK_MIN_WIDTH: f64 = 10.0;
/// Above this many events in view, the timeline draws counts per bin.
pub const MAX_MARKS: usize = 400;
/// Height of the time axis strip, in pixels.
pub const AXIS_HEIGHT: f64 = 30.0;
/// Height of one row of marks, in pixels, and the least it shrinks to so every row fits.
pub const ROW_HEIGHT: f64 = 18.0;
pub const MIN_ROW_HEIGHT: f64 = 9.0;
/// Rows shorter than this carry no titles.
pub const LABELLED_ROW_HEIGHT: f64 = 14.0;
/// Pixels below the last row.
pub const BOTTOM_PADDING: f64 = 6.0;
/// Rows the bins are drawn over.
pub const BIN_ROWS: usize = 4;
/// Font size of the titles on the timeline, in pixels.
pub const LABEL_FONT_PX: f64 = 11.0;
/// Pixels a break takes on the axis at the fitted zoom: a little of the chart's width, enough
/// to see, never much.
fn break_width(width: f64) -> f64 {
    (width * 0.06).clamp(24.0, 46.0)
}
/// Pixels before the first period.
const LEFT_MARGIN_PX: f64 = 12.0;

/// The pixels kept free after the last period at the fitted zoom, where the last titles are
/// written: enough for a dozen characters, more on wider charts, up to a title's usual width.
fn right_margin(width: f64) -> f64 {
    (width * 0.16).clamp(100.0, 150.0).min(width * 0.3)
}

/// What the timeline draws at the current zoom.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineLayout {
    /// Marks in rows of `row_height` pixels.
    Marks {
        placed: Vec<Placed>,
        row_height: f64,
    },
    Bins(Vec<Bin>),
}

impl TimelineLayout {
    /// How many pixels the rows of marks (or the bins) take below the axis.
    pub fn rows_height(&self) -> f64 {
        match self {
            TimelineLayout::Marks { placed, row_height } => rows(placed) as f64 * row_height,
            TimelineLayout::Bins(_) => BIN_ROWS as f64 * ROW_HEIGHT,
        }
    }

    /// Where `event` is drawn, if it has a mark, and the rows' height.
    pub fn mark_of(&self, event: usize) -> Option<(Placed, f64)> {
        match self {
            TimelineLayout::Marks { placed, row_height } => placed
                .iter()
                .find(|m| m.event == event)
                .map(|&m| (m, *row_height)),
            TimelineLayout::Bins(_) => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct TimelineState {
    /// The chart's size in CSS pixels, as laid out.
    pub size: RwSignal<(f64, f64)>,
    /// Where each day is drawn, from the events around the date window.
    pub axis: Memo<Arc<TimeAxis>>,
    /// The visible stretch of the axis; moving it stops filter changes from refitting it.
    pub camera: RwSignal<Movable<TimeScale>>,
    /// The event the arrow keys have reached (a position in the dataset).
    pub cursor: RwSignal<Option<usize>>,
    pub hovered: RwSignal<Option<usize>>,
    /// The day under the pointer, while it is over the chart.
    pub pointer_day: RwSignal<Option<f64>>,
    /// Whether the timeline has keyboard focus (the cursor's tooltip shows only then).
    pub focused: RwSignal<bool>,
    pub layout: Memo<TimelineLayout>,
    /// The first and last day of the events drawn (all filters but the window), if any: what
    /// playing steps across.
    pub span: Memo<Option<DayRange>>,
    dataset: StoredValue<Arc<Dataset>>,
}

impl TimelineState {
    /// The timeline's state over the shared atlas state; provided to the timeline's parts.
    pub fn provide(atlas: &AtlasState) -> TimelineState {
        let (dataset, events) = (atlas.dataset.clone(), atlas.around_window);
        let store = expect_context::<ViewStore>();
        let language = expect_context::<Language>();
        let stored = StoredValue::new(dataset.clone());
        let spanning = dataset.clone();
        let span = Memo::new(move |_| {
            let days = spanning.day_ranges();
            events.with(|events| {
                let first = events.iter().map(|&i| days[i].first).min()?;
                let last = events.iter().map(|&i| days[i].last).max()?;
                Some(DayRange { first, last })
            })
        });
        let size = RwSignal::new((800.0, 200.0));
        let width = Memo::new(move |_| size.get().0);
        let true_scale = Memo::new(move |_| store.state().with(|s| s.true_scale));
        let building = dataset.clone();
        let axis = Memo::new(move |_| {
            let days = building.day_ranges();
            let ranges: Vec<DayRange> = events.with(|e| e.iter().map(|&i| days[i]).collect());
            let width = width.get();
            Arc::new(TimeAxis::build(
                &ranges,
                AxisOptions {
                    width,
                    margins: (LEFT_MARGIN_PX, right_margin(width)),
                    break_width: break_width(width),
                    true_scale: true_scale.get(),
                },
            ))
        });
        let camera = RwSignal::new(Movable::new(TimeScale::fitted(800.0)));
        follow_axis(axis, camera, width);
        let layout = Memo::new(move |_| {
            let scale = camera.with(|m| m.camera);
            let height = size.with(|s| s.1);
            let locale = language.get();
            axis.with(|axis| {
                events.with(|events| {
                    let days = dataset.day_ranges();
                    let in_view: Vec<usize> = events
                        .iter()
                        .copied()
                        .filter(|&i| {
                            let (start, end) = axis_range(axis, days[i]);
                            scale.shows(start, end)
                        })
                        .collect();
                    if in_view.len() > MAX_MARKS {
                        let shown = axis.days_in_view(&scale);
                        let per_day = scale.width / (shown.1 - shown.0).max(1.0);
                        let unit = unit_for(per_day, 24.0);
                        let firsts = in_view.iter().map(|&i| days[i].first);
                        return TimelineLayout::Bins(bin(firsts, unit, shown));
                    }
                    let marks: Vec<Mark> = in_view
                        .iter()
                        .map(|&i| {
                            let event = &dataset.events()[i];
                            let title = locale.pick(&event.title).text;
                            let (start, end) = axis_range(axis, days[i]);
                            let kind = MarkKind::of(&event.span);
                            // A one-day dot is drawn at its day's middle, and its title follows
                            // the dot, not the day's end (zoomed in, a day is wider than a dot).
                            let (start, end) = match kind {
                                MarkKind::Point => ((start + end) / 2.0, (start + end) / 2.0),
                                _ => (start, end),
                            };
                            Mark {
                                event: i,
                                start,
                                end,
                                label: text_width(title, LABEL_FONT_PX),
                                readable: readable_width(title),
                                inside: (kind == MarkKind::Span)
                                    .then(|| span_title_offset(&event.span, locale)),
                                parent: event
                                    .parent
                                    .as_deref()
                                    .and_then(|p| dataset.event_position(p)),
                            }
                        })
                        .collect();
                    let room = (height - AXIS_HEIGHT - BOTTOM_PADDING).max(ROW_HEIGHT);
                    let max_rows = (room / ROW_HEIGHT).floor() as usize;
                    let placed = stack_within(&marks, &scale, MARK_MIN_WIDTH, 3.0, max_rows);
                    // Rows shrink (down to a least height) rather than leave marks out of sight.
                    let row_height =
                        (room / rows(&placed) as f64).clamp(MIN_ROW_HEIGHT, ROW_HEIGHT);
                    TimelineLayout::Marks { placed, row_height }
                })
            })
        });
        let timeline = TimelineState {
            size,
            axis,
            camera,
            cursor: RwSignal::new(None),
            hovered: RwSignal::new(None),
            pointer_day: RwSignal::new(None),
            focused: RwSignal::new(false),
            layout,
            span,
            dataset: stored,
        };
        provide_context(timeline);
        timeline
    }

    pub fn expect() -> TimelineState {
        expect_context::<TimelineState>()
    }

    /// The whole axis, and forgets that the person moved the view.
    pub fn fit(&self) {
        let fitted = TimeScale::fitted(self.size.get_untracked().0);
        self.camera.update(|m| m.reset_to(fitted));
    }

    /// Where `day` is drawn now, in pixels from the chart's left.
    pub fn x(&self, day: f64) -> f64 {
        let scale = self.camera.with(|m| m.camera);
        self.axis.with(|axis| axis.x(&scale, day))
    }

    /// The days from `first` to the end of `last` in view, zoomed to show them with a margin.
    pub fn zoom_to(&self, days: DayRange) {
        let scale = self.camera.get_untracked().camera;
        let (start, end) = self.axis.with_untracked(|axis| axis_range(axis, days));
        let zoomed = TimeScale::around(start, end, scale.width, 0.1);
        self.camera.update(|m| m.move_to(zoomed));
    }

    /// Brings `event` into view (centred, same zoom) if it is not.
    pub fn reveal(&self, event: usize) {
        let days = self.dataset.with_value(|d| d.day_ranges()[event]);
        let (start, end) = self.axis.with_untracked(|axis| axis_range(axis, days));
        let scale = self.camera.get_untracked().camera;
        if !scale.shows(start, end) {
            let middle = (start + end) / 2.0;
            self.camera.update(|m| m.camera = scale.centred_on(middle));
        }
    }
}

/// Characters of a title that are enough to read it: the timeline tries to show at least
/// these of every title.
pub const READABLE_CHARS: usize = 12;

/// Pixels a title needs to be read: its first [`READABLE_CHARS`] characters and "…".
fn readable_width(title: &str) -> f64 {
    let start: String = title.chars().take(READABLE_CHARS).collect();
    text_width(&start, LABEL_FONT_PX) + text_width("…", LABEL_FONT_PX)
}

/// Where a hatched span's title starts inside it: after its date ("June 2024").
pub fn span_title_offset(span: &DateSpan, locale: Locale) -> f64 {
    SPAN_DATE_INSET + text_width(&date_span(span, locale), LABEL_FONT_PX) + 8.0
}

/// Pixels between a span's left end and its date.
pub const SPAN_DATE_INSET: f64 = 4.0;

/// The axis units of a day range: from its first day's start to its last day's end.
pub fn axis_range(axis: &TimeAxis, days: DayRange) -> (f64, f64) {
    (
        axis.unit(days.first as f64),
        axis.unit(days.last as f64 + 1.0),
    )
}

/// Keeps the camera on the same days when the axis changes (new events drawn, a new width,
/// true scale switched): an unmoved camera shows the whole new axis; a moved one the same days
/// as before, at the new width.
fn follow_axis(axis: Memo<Arc<TimeAxis>>, camera: RwSignal<Movable<TimeScale>>, width: Memo<f64>) {
    Effect::new(move |previous: Option<Arc<TimeAxis>>| {
        let axis = axis.get();
        let width = width.get_untracked();
        camera.update(|m| match &previous {
            Some(old) if m.moved => {
                let (first, end) = old.days_in_view(&m.camera);
                m.camera = TimeScale {
                    start: axis.unit(first),
                    end: axis.unit(end),
                    width,
                };
            }
            _ => m.camera = TimeScale::fitted(width),
        });
        axis
    });
}
