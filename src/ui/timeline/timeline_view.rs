//! The timeline's shared state: the visible time scale, the keyboard cursor, the hovered
//! event, and the layout derived from them (rows of marks, or bins when marks crowd).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{AtlasDataset, EventsAroundWindow};
use crate::domain::dataset::Dataset;
use crate::domain::time::bins::{bin, Bin};
use crate::domain::time::rows::{stack, Mark, Placed};
use crate::domain::time::scale::TimeScale;
use crate::domain::time::ticks::unit_for;

/// Smallest width of a mark, in pixels (a one-day event at a decade's zoom).
pub const MARK_MIN_WIDTH: f64 = 10.0;
/// Above this many events in view, the timeline draws counts per bin.
pub const MAX_MARKS: usize = 400;

/// What the timeline draws at the current zoom.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineLayout {
    Marks(Vec<Placed>),
    Bins(Vec<Bin>),
}

#[derive(Clone, Copy)]
pub struct TimelineView {
    pub scale: RwSignal<TimeScale>,
    /// Set when the person zooms or pans; filter changes then keep their view.
    pub moved: RwSignal<bool>,
    /// The event the arrow keys have reached (a position in the dataset).
    pub cursor: RwSignal<Option<usize>>,
    pub hovered: RwSignal<Option<usize>>,
    /// Whether the timeline has keyboard focus (the cursor's tooltip shows only then).
    pub focused: RwSignal<bool>,
    pub layout: Memo<TimelineLayout>,
    /// The events drawn (all filters but the window), and the dataset they index.
    events: Memo<Vec<usize>>,
    dataset: StoredValue<Arc<Dataset>>,
}

impl TimelineView {
    pub fn new() -> TimelineView {
        let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
        let EventsAroundWindow(events) = expect_context::<EventsAroundWindow>();
        let stored = StoredValue::new(dataset.clone());
        let scale = RwSignal::new(TimeScale {
            start: 0.0,
            end: 365.0,
            width: 800.0,
        });
        let layout = Memo::new(move |_| {
            let scale = scale.get();
            events.with(|events| {
                let facets = dataset.facets();
                let in_view: Vec<usize> = events
                    .iter()
                    .copied()
                    .filter(|&i| scale.shows(facets[i].first_day, facets[i].last_day))
                    .collect();
                if in_view.len() > MAX_MARKS {
                    let unit = unit_for(&scale, 24.0);
                    return TimelineLayout::Bins(bin(
                        in_view.iter().map(|&i| facets[i].first_day),
                        unit,
                        &scale,
                    ));
                }
                let marks: Vec<Mark> = in_view
                    .iter()
                    .map(|&i| Mark {
                        event: i,
                        first_day: facets[i].first_day,
                        last_day: facets[i].last_day,
                        parent: dataset.events()[i]
                            .parent
                            .as_deref()
                            .and_then(|p| dataset.event_position(p)),
                    })
                    .collect();
                TimelineLayout::Marks(stack(&marks, &scale, MARK_MIN_WIDTH, 3.0))
            })
        });
        TimelineView {
            scale,
            moved: RwSignal::new(false),
            cursor: RwSignal::new(None),
            hovered: RwSignal::new(None),
            focused: RwSignal::new(false),
            layout,
            events,
            dataset: stored,
        }
    }

    /// The scale that shows every event around the window.
    pub fn fitted(&self) -> TimeScale {
        let width = self.scale.get_untracked().width;
        let dataset = self.dataset.get_value();
        self.events.with_untracked(|events| {
            let facets = dataset.facets();
            let first = events.iter().map(|&i| facets[i].first_day).min();
            let last = events.iter().map(|&i| facets[i].last_day).max();
            match (first, last) {
                (Some(first), Some(last)) => TimeScale::fit(first, last, width, 0.03),
                _ => self.scale.get_untracked(),
            }
        })
    }

    pub fn fit(&self) {
        self.scale.set(self.fitted());
        self.moved.set(false);
    }

    /// A zoom or pan by the person.
    pub fn move_to(&self, scale: TimeScale) {
        self.scale.set(scale);
        self.moved.set(true);
    }
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView::new()
    }
}
