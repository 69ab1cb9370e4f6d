//! The only code that reads or writes the page's URL.
//!
//! The view state lives in the page's address: a bundled event's own page (`events/<id>/`,
//! written by the build) with the rest of the view as its query, or the main page's query
//! (`?event=…&country=…`). Both are real files, so a link works from any static host, at the
//! root or under a sub-path, with no server-side fallback (see [`crate::domain::address`]).
//! Components read the state through a [`ViewStore`] and change it with
//! [`ViewStore::change`], which also writes the history. The router's query map is not used:
//! on a sub-path it loses the path (see README).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::address::PagePath;
use crate::domain::dataset::Dataset;
use crate::domain::dataset_origin::DatasetOrigin;
use crate::domain::i18n::Key;
use crate::domain::publish::embed::full_view;
use crate::domain::view_state::{Notice, ViewState};

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
    /// Arrow-key steps of a date window's field.
    DateSteps,
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
    /// Where the shown dataset came from; only the bundled one's events have pages of their own.
    origin: RwSignal<DatasetOrigin>,
    /// The site's folder and the main page's name, from the address the page was opened at.
    page: StoredValue<PagePath>,
}

fn location_query() -> String {
    window().location().search().unwrap_or_default()
}

fn location_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// The site's folder (`/` or `/atlas/`), from any of its pages: where the build put the files
/// fetched beside the wasm before the app (and so the view store) starts, and those loaded on
/// first use, such as the worker module.
pub fn site_folder() -> String {
    PagePath::parse(&location_path()).site
}

fn read(dataset: Option<&Dataset>, origin: &DatasetOrigin) -> (ViewState, Vec<Notice>) {
    let (state, mut notices) = PagePath::parse(&location_path()).view_state(&location_query());
    // A link made with a file names it; the file itself stays where it was opened.
    if let Some(name) = &state.file_name {
        if origin.file_name() != Some(name.as_str()) {
            notices.push(Notice {
                parameter: "file".into(),
                value: name.clone(),
                reason: Key::NoticeFileNotCarried,
            });
        }
    }
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
        let (state, notices) = read(None, &DatasetOrigin::Bundled);
        let store = ViewStore {
            origin: RwSignal::new(DatasetOrigin::loaded_by(&state)),
            state: RwSignal::new(state),
            notices: RwSignal::new(notices),
            in_burst: StoredValue::new(None),
            dataset: StoredValue::new(None),
            page: StoredValue::new(PagePath::parse(&location_path())),
        };
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let origin = store.origin.get_untracked();
            let (state, notices) = store.dataset.with_value(|d| read(d.as_deref(), &origin));
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

    /// Takes a dataset opened from the file `name`. The address then names the file (`file=`),
    /// since it cannot carry it. A view made with the same file (a link, or the page reloaded)
    /// is kept, to be checked against it; any other view is forgotten, as its filters name
    /// another dataset's values. The language stays.
    pub fn opened_file(&self, name: &str) {
        let same_file = self
            .state
            .with_untracked(|s| s.dataset.is_none() && s.file_name.as_deref() == Some(name));
        if !same_file {
            let language = self.state.with_untracked(|s| s.language);
            self.state.set(ViewState {
                language,
                file_name: Some(name.to_string()),
                ..ViewState::default()
            });
        }
        self.notices.set(Vec::new());
        self.dataset.set_value(None);
        self.origin.set(DatasetOrigin::File(name.to_string()));
        self.write_history(false);
    }

    /// Where the shown dataset came from.
    pub fn origin(&self) -> ReadSignal<DatasetOrigin> {
        self.origin.read_only()
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
        let mut next = self.state.get_untracked();
        change(&mut next);
        if self.state.with_untracked(|state| *state == next) {
            return;
        }
        self.state.set(next);
        let burst = match entry {
            HistoryEntry::Burst(kind) => Some(kind),
            HistoryEntry::Step => None,
        };
        let in_place = burst.is_some() && self.in_burst.get_value() == burst;
        self.in_burst.set_value(burst);
        self.write_history(!in_place);
    }

    /// The path and query of `state`: the event's own page for an event of the bundled
    /// dataset, else this page with the event in the query.
    pub fn href(&self, state: &ViewState) -> String {
        let pages =
            self.origin.with_untracked(|o| *o == DatasetOrigin::Bundled) && state.dataset.is_none();
        let has_page = |id: &str| {
            pages
                && self
                    .dataset
                    .with_value(|d| d.as_ref().is_some_and(|d| d.event(id).is_some()))
        };
        self.page.with_value(|page| page.href(state, has_page))
    }

    /// A path on this site as the browser should fetch it: a relative one is taken from the
    /// site's folder, not from the event page the app may be on.
    pub fn on_site(&self, path: &str) -> String {
        match path.starts_with('/') {
            true => path.to_string(),
            false => self.page.with_value(|page| format!("{}{path}", page.site)),
        }
    }

    fn write_history(&self, new_entry: bool) {
        let (url, embedded) = self.state.with_untracked(|s| (self.href(s), s.embed));
        let current = format!("{}{}", location_path(), location_query());
        // In another site's frame, a step would become a step of that page's Back button:
        // the frame's address is only ever replaced.
        if new_entry && url != current && !embedded {
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
        let store = *self;
        let origin = window().location().origin().unwrap_or_default();
        let (dataset, file_name, language) = self
            .state
            .with_untracked(|s| (s.dataset.clone(), s.file_name.clone(), s.language));
        move |id| {
            let state = ViewState {
                dataset: dataset.clone(),
                file_name: file_name.clone(),
                selected_id: Some(id.to_string()),
                language,
                ..ViewState::default()
            };
            format!("{origin}{}", store.href(&state))
        }
    }

    /// The full address of the current view, for copying. In an embedded atlas, the full
    /// atlas's address of the same view (a copied link should not lead to the compact frame).
    pub fn current_address(&self) -> String {
        match self.state.with_untracked(|s| s.embed) {
            true => self.absolute(&self.state.with_untracked(full_view)),
            false => window().location().href().unwrap_or_default(),
        }
    }

    /// The absolute address of `state` on this site: for links that leave the page (an embed
    /// snippet, a picture's credit, a printout).
    pub fn absolute(&self, state: &ViewState) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", self.href(state))
    }
}
