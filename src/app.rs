//! The root component: loads the dataset once, derives the filtered events from the view
//! state, and lays out the screen regions.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::dataset::{Dataset, DatasetError};
use crate::domain::filter::{apply, Filters, Selection, TimeWindow};
use crate::domain::i18n::{split_at, Key, Locale};
use crate::ui::filters::filter_panel::{FilterDrawer, FilterPanel};
use crate::ui::filters::filters_button::FiltersButton;
use crate::ui::i18n::Language;
use crate::ui::list::event_list::EventList;
use crate::ui::map::map_region::MapRegion;
use crate::ui::panel::event_panel::EventPanel;
use crate::ui::shell::dataset_error::DatasetErrorPanel;
use crate::ui::shell::dataset_file_picker::DatasetFilePicker;
use crate::ui::shell::language_switch::LanguageSwitch;
use crate::ui::shell::site_header::SiteHeader;
use crate::ui::shell::url_notices::UrlNotices;
use crate::ui::timeline::timeline_region::TimelineRegion;
use crate::ui::url::ViewStore;
use crate::BUNDLED_DATASET_JSON;

/// The loaded dataset, shared with every region through context.
#[derive(Clone)]
pub struct AtlasDataset(pub Arc<Dataset>);

/// The events the current filters keep, with the facet counts; shared through context.
#[derive(Clone, Copy)]
pub struct FilteredEvents(pub Memo<Selection>);

/// The selected event's position in the dataset (none when nothing, or an unknown id, is
/// selected); shared through context.
#[derive(Clone, Copy)]
pub struct SelectedEvent(pub Memo<Option<usize>>);

/// The events every filter but the date window keeps: the timeline draws these, dimming the
/// ones outside the window, so a window can be seen and moved in context.
#[derive(Clone, Copy)]
pub struct EventsAroundWindow(pub Memo<Vec<usize>>);

/// Where the app stands with its dataset.
#[derive(Clone)]
enum Loading {
    /// Fetching the dataset at this path.
    Fetching(String),
    /// Reading or checking (`stage`) a picked file.
    File {
        name: String,
        megabytes: String,
        stage: Key,
    },
    Failed(DatasetError, Option<String>),
    Ready(Arc<Dataset>),
}

/// Fetches a dataset from this site (the CSP refuses any other origin).
async fn fetch_dataset(path: String, locale: Locale) -> Result<Dataset, DatasetError> {
    let unreadable = |key: Key, status: &str| {
        DatasetError::Unreadable(locale.fill(key, &[("name", &path), ("status", status)]))
    };
    let response = JsFuture::from(window().fetch_with_str(&path))
        .await
        .map_err(|_| unreadable(Key::FetchFailed, ""))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| unreadable(Key::FetchNoResponse, ""))?;
    if !response.ok() {
        let status = format!("{} {}", response.status(), response.status_text());
        return Err(unreadable(Key::FetchStatus, status.trim()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| unreadable(Key::FetchNotText, ""))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| unreadable(Key::FetchNotText, ""))?;
    Dataset::from_json_bytes(bytes_of(&buffer))
}

/// The bytes of an `ArrayBuffer`, copied into wasm memory once. (Passing the file as a JS
/// string instead would first reserve three bytes per character to transcode it.)
fn bytes_of(buffer: &wasm_bindgen::JsValue) -> Vec<u8> {
    js_sys::Uint8Array::new(buffer).to_vec()
}

/// Lets the browser paint (a status message) before a long piece of work.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Reads and checks a dataset file the person picked or dropped.
async fn read_dataset_file(
    file: web_sys::File,
    loading: RwSignal<Loading>,
    store: ViewStore,
    locale: Locale,
) {
    let name = file.name();
    let megabytes = format!("{:.1}", file.size() / 1e6);
    let stage = |stage: Key| Loading::File {
        name: name.clone(),
        megabytes: megabytes.clone(),
        stage,
    };
    loading.set(stage(Key::FileReading));
    yield_to_browser().await;
    let buffer = JsFuture::from(file.array_buffer()).await.ok();
    let result = match buffer {
        Some(buffer) => {
            let bytes = bytes_of(&buffer);
            drop(buffer);
            loading.set(stage(Key::FileChecking));
            yield_to_browser().await;
            Dataset::from_json_bytes(bytes)
        }
        None => Err(DatasetError::Unreadable(
            locale.fill(Key::FileUnreadable, &[("name", &name)]),
        )),
    };
    store.start_over();
    loading.set(match result {
        Ok(dataset) => Loading::Ready(Arc::new(dataset)),
        Err(error) => Loading::Failed(error, Some(name)),
    });
}

#[component]
pub fn App() -> impl IntoView {
    let store = ViewStore::from_location();
    provide_context(store);
    let language = Language::provide(store);
    // The bundled dataset is compiled in; another one named by `data=` is fetched.
    let requested = store.state().with_untracked(|s| s.dataset.clone());
    let loading = RwSignal::new(Loading::Fetching(requested.clone().unwrap_or_default()));
    match requested {
        None => loading.set(match Dataset::from_json(BUNDLED_DATASET_JSON) {
            Ok(dataset) => Loading::Ready(Arc::new(dataset)),
            Err(error) => Loading::Failed(error, None),
        }),
        Some(path) => spawn_local(async move {
            let result = fetch_dataset(path.clone(), language.get_untracked()).await;
            loading.set(match result {
                Ok(dataset) => Loading::Ready(Arc::new(dataset)),
                Err(error) => Loading::Failed(error, Some(path)),
            });
        }),
    }
    let open_file = Callback::new(move |file: web_sys::File| {
        spawn_local(read_dataset_file(
            file,
            loading,
            store,
            language.get_untracked(),
        ))
    });
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
    let body = move || match loading.get() {
        Loading::Fetching(path) => {
            let (before, after) = split_at(language.text(Key::Loading), "name");
            view! { <p class="dataset-loading" role="status">{before}<code>{path}</code>{after}</p> }
                .into_any()
        }
        Loading::File {
            name,
            megabytes,
            stage,
        } => {
            let text = language
                .get()
                .fill(stage, &[("name", &name), ("size", &megabytes)]);
            view! { <p class="dataset-loading" role="status">{text}</p> }.into_any()
        }
        Loading::Failed(error, source) => view! { <DatasetErrorPanel error source /> }.into_any(),
        Loading::Ready(dataset) => view! { <AtlasLayout dataset /> }.into_any(),
    };
    // The skip link comes first in the tab order, before the header's controls.
    view! {
        <a class="skip-link" href="#event-list">{language.t(Key::SkipToList)}</a>
        <SiteHeader>
            <LanguageSwitch />
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
    let store = expect_context::<ViewStore>();
    store.attach(dataset.clone());
    let language = expect_context::<Language>();
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
    provide_context(FilterDrawer(RwSignal::new(false)));
    provide_context(FilteredEvents(selection));
    provide_context(EventsAroundWindow(around_window));
    let finding = dataset.clone();
    provide_context(SelectedEvent(Memo::new(move |_| {
        store.state().with(|s| {
            s.selected
                .as_deref()
                .and_then(|id| finding.event_position(id))
        })
    })));
    Effect::new(move |_| {
        let selected = store.state().with(|s| s.selected.clone());
        let locale = language.get();
        let product = locale.text(Key::Product);
        let title = match selected.as_deref().map(|id| dataset.event(id)) {
            Some(Some(event)) => format!("{} – {product}", locale.pick(&event.title).text),
            Some(None) => format!("{} – {product}", locale.text(Key::EventNotFoundTitle)),
            None => product.to_string(),
        };
        document().set_title(&title);
    });
    view! {
        <UrlNotices />
        <div class="atlas">
            <FilterPanel />
            <main class="atlas__main" id="main">
                <FiltersButton />
                <MapRegion />
                <TimelineRegion />
                <EventList />
            </main>
            <EventPanel />
        </div>
    }
}
