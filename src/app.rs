//! The root component: loads the dataset once, derives the filtered events from the view
//! state, and lays out the screen regions.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::dataset::{Dataset, DatasetError};
use crate::domain::filter::{apply, Filters, Selection, TimeWindow};
use crate::ui::filters::filter_panel::FilterPanel;
use crate::ui::list::event_list::EventList;
use crate::ui::map::map_region::MapRegion;
use crate::ui::panel::event_panel::EventPanel;
use crate::ui::shell::dataset_error::DatasetErrorPanel;
use crate::ui::shell::dataset_file_picker::DatasetFilePicker;
use crate::ui::shell::site_header::SiteHeader;
use crate::ui::shell::url_notices::UrlNotices;
use crate::ui::timeline::timeline_region::TimelineRegion;
use crate::ui::url::{clear_address, requested_dataset, ViewStore};
use crate::BUNDLED_DATASET_JSON;

/// The loaded dataset, shared with every region through context.
#[derive(Clone)]
pub struct AtlasDataset(pub Arc<Dataset>);

/// The events the current filters keep, with the facet counts; shared through context.
#[derive(Clone, Copy)]
pub struct FilteredEvents(pub Memo<Selection>);

/// The events every filter but the date window keeps: the timeline draws these, dimming the
/// ones outside the window, so a window can be seen and moved in context.
#[derive(Clone, Copy)]
pub struct EventsAroundWindow(pub Memo<Vec<usize>>);

const PRODUCT: &str = "Cooperation Atlas";

/// Where the app stands with its dataset.
#[derive(Clone)]
enum Loading {
    Pending(String),
    Failed(DatasetError, Option<String>),
    Ready(Arc<Dataset>),
}

/// Fetches a dataset from this site (the CSP refuses any other origin).
async fn fetch_dataset(path: String) -> Result<Dataset, DatasetError> {
    let unreadable = |what: &str| DatasetError::Unreadable(format!("{path}: {what}"));
    let response = JsFuture::from(window().fetch_with_str(&path))
        .await
        .map_err(|_| unreadable("the request failed"))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| unreadable("no response"))?;
    if !response.ok() {
        return Err(unreadable(&format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = JsFuture::from(response.text().map_err(|_| unreadable("unreadable body"))?)
        .await
        .map_err(|_| unreadable("unreadable body"))?
        .as_string()
        .ok_or_else(|| unreadable("the body is not text"))?;
    Dataset::from_json(&text)
}

/// Lets the browser paint (a status message) before a long piece of work.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Reads and checks a dataset file the person picked or dropped.
async fn read_dataset_file(file: web_sys::File, loading: RwSignal<Loading>) {
    let name = file.name();
    let megabytes = file.size() / 1e6;
    loading.set(Loading::Pending(format!(
        "{name} ({megabytes:.1} MB): reading"
    )));
    yield_to_browser().await;
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    let result = match text {
        Some(text) => {
            loading.set(Loading::Pending(format!(
                "{name} ({megabytes:.1} MB): checking every event"
            )));
            yield_to_browser().await;
            Dataset::from_json(&text)
        }
        None => Err(DatasetError::Unreadable(format!(
            "{name}: the file could not be read as text"
        ))),
    };
    // The old address names another dataset and its values.
    clear_address();
    loading.set(match result {
        Ok(dataset) => Loading::Ready(Arc::new(dataset)),
        Err(error) => Loading::Failed(error, Some(name)),
    });
}

#[component]
pub fn App() -> impl IntoView {
    // The bundled dataset is compiled in; another one named by `data=` is fetched.
    let requested = requested_dataset();
    let loading = RwSignal::new(Loading::Pending(requested.clone().unwrap_or_default()));
    match requested {
        None => loading.set(match Dataset::from_json(BUNDLED_DATASET_JSON) {
            Ok(dataset) => Loading::Ready(Arc::new(dataset)),
            Err(error) => Loading::Failed(error, None),
        }),
        Some(path) => spawn_local(async move {
            let result = fetch_dataset(path.clone()).await;
            loading.set(match result {
                Ok(dataset) => Loading::Ready(Arc::new(dataset)),
                Err(error) => Loading::Failed(error, Some(path)),
            });
        }),
    }
    let open_file =
        Callback::new(move |file: web_sys::File| spawn_local(read_dataset_file(file, loading)));
    // A file dropped anywhere on the page opens like a picked one.
    let dragover = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file.run(file);
        }
    });
    on_cleanup(move || {
        dragover.remove();
        drop.remove();
    });
    let body = move || {
        match loading.get() {
        Loading::Pending(path) => view! {
            <p class="dataset-loading" role="status">"Loading the dataset " <code>{path}</code> "…"</p>
        }
        .into_any(),
        Loading::Failed(error, source) => view! { <DatasetErrorPanel error source /> }.into_any(),
        Loading::Ready(dataset) => view! { <AtlasLayout dataset /> }.into_any(),
    }
    };
    view! {
        <SiteHeader>
            <DatasetFilePicker on_file=open_file />
        </SiteHeader>
        {body}
    }
}

#[component]
fn AtlasLayout(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let store = ViewStore::from_location(dataset.clone());
    // Selecting an event changes the state but not the filters: this memo keeps a
    // selection from re-running the filter.
    let filters = Memo::new(move |_| store.state().with(|s| s.filters.clone()));
    let filtering = dataset.clone();
    let selection = Memo::new(move |_| filters.with(|f| apply(&filtering, f)));
    let filtering = dataset.clone();
    let around_window = Memo::new(move |_| {
        filters.with(|f| {
            if f.window.is_open() {
                selection.with(|s| s.events.clone())
            } else {
                let without_window = Filters {
                    window: TimeWindow::default(),
                    ..f.clone()
                };
                apply(&filtering, &without_window).events
            }
        })
    });
    provide_context(AtlasDataset(dataset.clone()));
    provide_context(store);
    provide_context(FilteredEvents(selection));
    provide_context(EventsAroundWindow(around_window));
    Effect::new(move |_| {
        let selected = store.state().with(|s| s.selected.clone());
        let title = match selected.as_deref().map(|id| dataset.event(id)) {
            Some(Some(event)) => format!("{} – {PRODUCT}", event.title.en),
            Some(None) => format!("Event not found – {PRODUCT}"),
            None => PRODUCT.to_string(),
        };
        document().set_title(&title);
    });
    view! {
        <a class="skip-link" href="#event-list">"Skip to the list of events"</a>
        <UrlNotices />
        <div class="atlas">
            <FilterPanel />
            <main class="atlas__main" id="main">
                <MapRegion />
                <TimelineRegion />
                <EventList />
            </main>
            <EventPanel />
        </div>
    }
}
