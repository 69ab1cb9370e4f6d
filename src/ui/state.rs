//! The state every region of the atlas shares once a dataset is loaded: the dataset, the
//! events the filters keep, the events around the date window, the selected and the highlighted
//! events, and whether the filters are out of the way (the phone's drawer, the collapsed rail). One typed context: [`AtlasState::provide`] at the root,
//! [`AtlasState::expect`] in a region, so a region can be mounted alone with its own state and a
//! new region touches no root file. The URL store and the language are provided before the
//! dataset arrives and live in [`crate::ui::url`] and [`crate::ui::i18n`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::filter::{apply, FilterResult};
use crate::ui::url::ViewStore;

#[derive(Clone)]
pub struct AtlasState {
    /// The loaded dataset; it never changes while the atlas is shown.
    pub dataset: Arc<Dataset>,
    /// The events the current filters keep, with the facet counts.
    pub filtered: Memo<FilterResult>,
    /// The events every filter but the date window keeps: the timeline draws these, dimming
    /// the ones outside the window, so a window can be seen and moved in context.
    pub around_window: Memo<Vec<usize>>,
    /// The selected event's position in the dataset (none when nothing, or an unknown id, is
    /// selected).
    pub selected_idx: Memo<Option<usize>>,
    /// Whether the filter drawer is open (phones only; wider screens always show the filters).
    pub filter_drawer: RwSignal<bool>,
    /// Whether the filters' rail is collapsed to its icon (wider screens), giving the map room.
    pub filters_collapsed: RwSignal<bool>,
    /// The events under the pointer or the keyboard focus anywhere (a list row, a timeline
    /// mark, a map marker's events), sorted: every region marks them.
    pub highlighted: RwSignal<Vec<usize>>,
}

impl AtlasState {
    /// Derives the shared state from `dataset` and the view state in `store`, and provides it
    /// to every component below the caller.
    pub fn provide(dataset: Arc<Dataset>, store: ViewStore) -> AtlasState {
        // Selecting an event changes the state but not the filters: this memo keeps a
        // selection from re-running the filter.
        let filters = Memo::new(move |_| store.state().with(|s| s.filters.clone()));
        let filtering = dataset.clone();
        let filtered = Memo::new(move |_| filters.with(|f| apply(&filtering, f)));
        let around_window = Memo::new(move |_| filtered.with(|s| s.around_window.clone()));
        let finding = dataset.clone();
        let selected_idx = Memo::new(move |_| {
            store.state().with(|s| {
                s.selected_id
                    .as_deref()
                    .and_then(|id| finding.event_position(id))
            })
        });
        let state = AtlasState {
            dataset,
            filtered,
            around_window,
            selected_idx,
            filter_drawer: RwSignal::new(false),
            filters_collapsed: RwSignal::new(false),
            highlighted: RwSignal::new(Vec::new()),
        };
        provide_context(state.clone());
        state
    }

    /// Highlights `events` everywhere (sorted positions), or nothing with an empty list.
    pub fn highlight(&self, mut events: Vec<usize>) {
        events.sort_unstable();
        if self.highlighted.with_untracked(|h| *h != events) {
            self.highlighted.set(events);
        }
    }

    /// Whether `event` is highlighted; re-runs only when its own answer changes.
    pub fn is_highlighted(&self, event: usize) -> Memo<bool> {
        let highlighted = self.highlighted;
        Memo::new(move |_| highlighted.with(|h| h.binary_search(&event).is_ok()))
    }

    /// The shared state provided by an ancestor.
    pub fn expect() -> AtlasState {
        expect_context::<AtlasState>()
    }
}
