//! The only code that reads or writes the page's URL.
//!
//! The view state lives in the query string of the page itself (`?event=…&country=…`), so a
//! link works from any static host, at the root or under a sub-path, with no server-side
//! fallback: the host only ever serves `index.html`. Components read the state through a
//! [`ViewStore`] and change it with [`ViewStore::change`], which also writes the history.
//! The router's query map is not used: on a sub-path it loses the path (see README).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::dataset::Dataset;
use crate::domain::view_state::{parse_query, to_query, Notice, ViewState};

/// How a change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A step of its own: Back undoes it (selecting an event, toggling a filter).
    Step,
    /// A burst of changes of one kind: the first makes a step, the following ones of the
    /// same kind update it in place.
    Burst(Burst),
}

/// What a burst of changes is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Burst {
    /// Keystrokes in the search box.
    Typing,
    /// Periods of a playing timeline.
    Playing,
}

/// The view state and what was ignored when reading it from the URL; shared through context.
/// It exists from the start (the language and `data=` are needed before any dataset loads);
/// facet values are checked once a dataset is [attached](ViewStore::attach).
#[derive(Clone, Copy)]
pub struct ViewStore {
    state: RwSignal<ViewState>,
    notices: RwSignal<Vec<Notice>>,
    /// The kind of burst that made the current history entry, if one did.
    in_burst: StoredValue<Option<Burst>>,
    /// The dataset the state's values are checked against, once loaded.
    dataset: StoredValue<Option<Arc<Dataset>>>,
}

fn location_query() -> String {
    window().location().search().unwrap_or_default()
}

fn page_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "./".into())
}

/// The URL of `state` on this page: its path and the canonical query.
pub fn href(state: &ViewState) -> String {
    let query = to_query(state);
    if query.is_empty() {
        page_path()
    } else {
        format!("{}?{query}", page_path())
    }
}

fn read(dataset: Option<&Dataset>) -> (ViewState, Vec<Notice>) {
    let (state, mut notices) = parse_query(&location_query());
    match dataset {
        Some(dataset) => {
            let (state, unknown) = state.resolve(dataset);
            notices.extend(unknown);
            (state, notices)
        }
        None => (state, notices),
    }
}

impl ViewStore {
    /// Reads the state from the current URL and follows Back and Forward.
    pub fn from_location() -> ViewStore {
        let (state, notices) = read(None);
        let store = ViewStore {
            state: RwSignal::new(state),
            notices: RwSignal::new(notices),
            in_burst: StoredValue::new(None),
            dataset: StoredValue::new(None),
        };
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let (state, notices) = store.dataset.with_value(|d| read(d.as_deref()));
            store.state.set(state);
            store.notices.set(notices);
            store.in_burst.set_value(None);
        });
        on_cleanup(move || listener.remove());
        store
    }

    /// Checks the state's values against the loaded dataset (reporting the unknown ones) and
    /// rewrites the URL in canonical form.
    pub fn attach(&self, dataset: Arc<Dataset>) {
        let (state, unknown) = self.state.get_untracked().resolve(&dataset);
        self.dataset.set_value(Some(dataset));
        self.notices.update(|n| n.extend(unknown));
        self.state.set(state);
        self.write_history(false);
    }

    /// Forgets the view for a dataset opened from a file: it has no address, and the old
    /// filters name another dataset's values. The language stays.
    pub fn start_over(&self) {
        let language = self.state.with_untracked(|s| s.language);
        self.state.set(ViewState {
            language,
            ..ViewState::default()
        });
        self.notices.set(Vec::new());
        self.dataset.set_value(None);
        self.write_history(false);
    }

    pub fn state(&self) -> ReadSignal<ViewState> {
        self.state.read_only()
    }

    /// What was ignored in the URL the page was opened with (or navigated back to).
    pub fn notices(&self) -> ReadSignal<Vec<Notice>> {
        self.notices.read_only()
    }

    pub fn dismiss_notices(&self) {
        self.notices.set(Vec::new());
    }

    /// Changes the view and records it in the history as `entry` says.
    pub fn change(&self, entry: HistoryEntry, change: impl FnOnce(&mut ViewState)) {
        let before = self.state.with_untracked(to_query);
        self.state.update(change);
        if self.state.with_untracked(to_query) == before {
            return;
        }
        let burst = match entry {
            HistoryEntry::Burst(kind) => Some(kind),
            HistoryEntry::Step => None,
        };
        let in_place = burst.is_some() && self.in_burst.get_value() == burst;
        self.in_burst.set_value(burst);
        self.write_history(!in_place);
    }

    fn write_history(&self, new_entry: bool) {
        let url = self.state.with_untracked(href);
        let current = format!("{}{}", page_path(), location_query());
        if new_entry && url != current {
            let _ = window()
                .history()
                .and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&url)));
        } else {
            let _ = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
        }
    }

    /// Absolute links to single events of the current dataset, in the current language, for
    /// links that leave the page (exports). The page's address is read once, not per event.
    pub fn event_addresses(&self) -> impl Fn(&str) -> String {
        let page = format!(
            "{}{}",
            window().location().origin().unwrap_or_default(),
            page_path()
        );
        let (dataset, language) = self
            .state
            .with_untracked(|s| (s.dataset.clone(), s.language));
        move |id| {
            let state = ViewState {
                dataset: dataset.clone(),
                selected: Some(id.to_string()),
                language,
                ..ViewState::default()
            };
            format!("{page}?{}", to_query(&state))
        }
    }

    /// The full address of the current view, for copying.
    pub fn current_address(&self) -> String {
        window().location().href().unwrap_or_default()
    }
}
