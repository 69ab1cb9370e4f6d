//! The timeline's state, shared with its parts through context: the visible time scale, the
//! keyboard cursor, the hovered event, and the layout derived from them (rows of marks, or
//! bins when marks crowd).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::camera::Movable;
use crate::domain::dataset::Dataset;
use crate::domain::date::DayRange;
use crate::domain::time::bins::{bin, Bin};
use crate::domain::time::rows::{stack, Mark, Placed, Spacing};
use crate::domain::time::scale::TimeScale;
use crate::domain::time::ticks::unit_for;
use crate::ui::state::AtlasState;

/// Smallest width of a mark, in pixels (a one-day event at a decade's zoom).
pub const MARK_MIN_WIDTH: f64 = 10.0;
/// Above this many events in view, the timeline draws counts per bin.
pub const MAX_MARKS: usize = 400;
/// Height of the time axis strip, in pixels.
pub const AXIS_HEIGHT: f64 = 30.0;
/// Height of one row of marks, in pixels.
pub const ROW_HEIGHT: f64 = 18.0;
/// Rows the bins are drawn over.
pub const BIN_ROWS: usize = 4;
/// Room kept after each mark for its title, widest first: the first that needs no more than
/// [`MAX_LABELLED_ROWS`] rows is used; with none, titles show where there happens to be room.
pub const LABEL_ROOMS: [f64; 3] = [170.0, 120.0, 80.0];
pub const MAX_LABELLED_ROWS: usize = 9;
/// Font size of the titles on the timeline, in pixels.
pub const LABEL_FONT_PX: f64 = 11.0;

/// What the timeline draws at the current zoom.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineLayout {
    Marks(Vec<Placed>),
    Bins(Vec<Bin>),
}

impl TimelineLayout {
    /// How many rows of marks (or of bins) there are.
    pub fn rows(&self) -> usize {
        match self {
            TimelineLayout::Marks(marks) => marks.iter().map(|m| m.row + 1).max().unwrap_or(1),
            TimelineLayout::Bins(_) => BIN_ROWS,
        }
    }

    /// Where `event` is drawn, if it has a mark.
    pub fn mark_of(&self, event: usize) -> Option<Placed> {
        match self {
            TimelineLayout::Marks(marks) => marks.iter().find(|m| m.event == event).copied(),
            TimelineLayout::Bins(_) => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct TimelineState {
    /// The visible days; moving them stops filter changes from refitting them.
    pub camera: RwSignal<Movable<TimeScale>>,
    /// The event the arrow keys have reached (a position in the dataset).
    pub cursor: RwSignal<Option<usize>>,
    pub hovered: RwSignal<Option<usize>>,
    /// Whether the timeline has keyboard focus (the cursor's tooltip shows only then).
    pub focused: RwSignal<bool>,
    pub layout: Memo<TimelineLayout>,
    /// The first and last day of the events drawn (all filters but the window), if any: what
    /// fitting shows and what playing steps across.
    pub span: Memo<Option<(i64, i64)>>,
    dataset: StoredValue<Arc<Dataset>>,
}

impl TimelineState {
    /// The timeline's state over the shared atlas state; provided to the timeline's parts.
    pub fn provide(atlas: &AtlasState) -> TimelineState {
        let (dataset, events) = (atlas.dataset.clone(), atlas.around_window);
        let stored = StoredValue::new(dataset.clone());
        let spanning = dataset.clone();
        let span = Memo::new(move |_| {
            let days = spanning.day_ranges();
            events.with(|events| {
                let first = events.iter().map(|&i| days[i].first).min()?;
                let last = events.iter().map(|&i| days[i].last).max()?;
                Some((first, last))
            })
        });
        let camera = RwSignal::new(Movable::new(TimeScale {
            start: 0.0,
            end: 365.0,
            width: 800.0,
        }));
        let layout = Memo::new(move |_| {
            let scale = camera.with(|m| m.camera);
            events.with(|events| {
                let days = dataset.day_ranges();
                let in_view: Vec<usize> = events
                    .iter()
                    .copied()
                    .filter(|&i| scale.shows(days[i].first, days[i].last))
                    .collect();
                if in_view.len() > MAX_MARKS {
                    let unit = unit_for(&scale, 24.0);
                    return TimelineLayout::Bins(bin(
                        in_view.iter().map(|&i| days[i].first),
                        unit,
                        &scale,
                    ));
                }
                let marks: Vec<Mark> = in_view
                    .iter()
                    .map(|&i| Mark {
                        event: i,
                        first_day: days[i].first,
                        last_day: days[i].last,
                        parent: dataset.events()[i]
                            .parent
                            .as_deref()
                            .and_then(|p| dataset.event_position(p)),
                    })
                    .collect();
                let spacing = |label_room| Spacing {
                    min_width: MARK_MIN_WIDTH,
                    gap: 3.0,
                    label_room,
                };
                let labelled = LABEL_ROOMS
                    .iter()
                    .map(|&room| stack(&marks, &scale, spacing(room)))
                    .find(|placed| placed.iter().all(|p| p.row < MAX_LABELLED_ROWS));
                TimelineLayout::Marks(
                    labelled.unwrap_or_else(|| stack(&marks, &scale, spacing(0.0))),
                )
            })
        });
        let timeline = TimelineState {
            camera,
            cursor: RwSignal::new(None),
            hovered: RwSignal::new(None),
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

    /// The scale that shows every event around the window.
    pub fn fitted(&self) -> TimeScale {
        let scale = self.camera.get_untracked().camera;
        match self.span.get_untracked() {
            Some((first, last)) => TimeScale::fit(first, last, scale.width, 0.03),
            None => scale,
        }
    }

    pub fn fit(&self) {
        let fitted = self.fitted();
        self.camera.update(|m| m.reset_to(fitted));
    }

    /// Brings `event` into view (centred, same zoom) if it is not.
    pub fn reveal(&self, event: usize) {
        let DayRange { first, last } = self.dataset.with_value(|d| d.day_ranges()[event]);
        let scale = self.camera.get_untracked().camera;
        if !scale.shows(first, last) {
            let middle = (first + last) as f64 / 2.0;
            self.camera.update(|m| m.camera = scale.centred_on(middle));
        }
    }
}
