//! The root component: loads the dataset once, derives the filtered events from the view
//! state, and lays out the screen regions.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::dataset::Dataset;
use crate::domain::filter::{apply, Filters, Selection, TimeWindow};
use crate::domain::i18n::Key;
use crate::ui::dataset_source::{bundled, fetch_dataset, read_dataset_file, Loading};
use crate::ui::filters::filter_panel::{FilterDrawer, FilterPanel};
use crate::ui::filters::filters_button::FiltersButton;
use crate::ui::i18n::Language;
use crate::ui::list::event_list::EventList;
use crate::ui::map::map_region::MapRegion;
use crate::ui::panel::event_panel::EventPanel;
use crate::ui::shell::dataset_error::DatasetErrorPanel;
use crate::ui::shell::dataset_file_picker::DatasetFilePicker;
use crate::ui::shell::language_switch::LanguageSwitch;
use crate::ui::shell::loading_status::LoadingStatus;
use crate::ui::shell::site_header::SiteHeader;
use crate::ui::shell::url_notices::UrlNotices;
use crate::ui::timeline::timeline_region::TimelineRegion;
use crate::ui::url::ViewStore;

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

#[component]
pub fn App() -> impl IntoView {
    let store = ViewStore::from_location();
    provide_context(store);
    let language = Language::provide(store);
    // The bundled dataset is compiled in; another one named by `data=` is fetched.
    let requested = store.state().with_untracked(|s| s.dataset.clone());
    let loading = RwSignal::new(match &requested {
        None => bundled(),
        Some(path) => Loading::Waiting(path.clone()),
    });
    if let Some(path) = requested {
        spawn_local(fetch_dataset(path, loading, language.get_untracked()));
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
        Loading::Failed(error, source) => view! { <DatasetErrorPanel error source /> }.into_any(),
        Loading::Ready(dataset) => view! { <AtlasLayout dataset /> }.into_any(),
        loading => view! { <LoadingStatus loading /> }.into_any(),
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
