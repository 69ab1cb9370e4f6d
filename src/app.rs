//! The root component: loads the dataset once, provides the shared state
//! ([`crate::ui::state`]) and lays out the screen regions. No region imports this module.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::dataset::Dataset;
use crate::domain::i18n::{Key, Message};
use crate::domain::present::Pick;
use crate::ui::dataset_source::{
    bundled, fetch_dataset, read_dataset_file, yield_to_browser, Loading, TableInCodePage,
};
use crate::ui::embed::{EmbedDialog, EmbedLayout, EmbedRequest};
use crate::ui::filters::{FilterPanel, FiltersButton};
use crate::ui::i18n::Language;
use crate::ui::list::EventList;
use crate::ui::map::MapRegion;
use crate::ui::network::NetworkRegion;
use crate::ui::panel::EventPanel;
use crate::ui::print::{PrintState, PrintTitle, PrintedEvents};
use crate::ui::shell::{
    DatasetErrorPanel, DatasetFilePicker, DatasetNotices, LanguageSwitch, LoadingStatus,
    SiteHeader, TemplateButton, UrlNotices, WorkbookTemplateLink,
};
use crate::ui::state::AtlasState;
use crate::ui::timeline::TimelineRegion;
use crate::ui::url::ViewStore;
use crate::ui::widgets::Splitter;

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
        let url = store.on_site(&path);
        spawn_local(fetch_dataset(path, url, loading, store));
    }
    let open_file = Callback::new(move |file: web_sys::File| {
        spawn_local(read_dataset_file(file, loading, store))
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
    // In another site's frame (`embed=1`), the compact atlas with its own title bar.
    let embedded = store.state().with_untracked(|s| s.embed);
    let body = move || match loading.get() {
        Loading::Failed(error, source, table) => {
            view! { <DatasetErrorPanel error source table /> }.into_any()
        }
        Loading::Ready(dataset, notices, table) if embedded => {
            view! { <EmbedLayout dataset notices table /> }.into_any()
        }
        Loading::Ready(dataset, notices, table) => {
            view! { <AtlasLayout dataset notices table /> }.into_any()
        }
        loading => view! { <LoadingStatus loading /> }.into_any(),
    };
    // The skip link comes first in the tab order, before the header's controls.
    let header = (!embedded).then(|| {
        view! {
            <a class="skip-link" href="#event-list">{language.t(Key::SkipToList)}</a>
            <SiteHeader>
                <LanguageSwitch />
                <DatasetFilePicker on_file=open_file />
                <TemplateButton />
                <WorkbookTemplateLink />
            </SiteHeader>
        }
    });
    view! {
        {header}
        {body}
    }
}

/// The timeline's share of the height at first. From 1101 px wide it runs under the map and
/// the list (see the stylesheet), and the map keeps over a third of the window: 30 % of the
/// height on a laptop's 720 px, 36 % from 850 px up. Narrower, the map and the timeline share
/// the middle column.
fn default_timeline_share() -> f64 {
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (width, height) = (size(window().inner_width()), size(window().inner_height()));
    match (width >= 1101.0, height >= 850.0) {
        (true, false) => 0.33,
        (true, true) => 0.35,
        (false, _) => 0.44,
    }
}

/// From this many events the atlas is drawn a region per task (the list, then the filters,
/// the map and the timeline), the page painting and answering between them: at 100 000 events
/// drawing them all at once was one task of 300–600 ms. Smaller datasets are drawn at once.
const DRAWN_IN_STAGES_FROM: usize = 20_000;

/// The regions drawn so far, in the order [`DRAWN_IN_STAGES_FROM`] gives: 0 the list, 1 the
/// filters, 2 the map or network, 3 the timeline (all).
fn drawn_in_stages(events: usize) -> RwSignal<u8> {
    const ALL: u8 = 3;
    let drawn = RwSignal::new(if events >= DRAWN_IN_STAGES_FROM {
        0
    } else {
        ALL
    });
    if drawn.get_untracked() < ALL {
        spawn_local(async move {
            for stage in 1..=ALL {
                yield_to_browser().await;
                // Gone (another dataset opened meanwhile): nothing more to draw.
                if drawn.try_set(stage).is_some() {
                    break;
                }
            }
        });
    }
    drawn
}

#[component]
fn AtlasLayout(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// What was set aside while reading it.
    notices: Vec<Message>,
    /// The table, when it was read in a Windows code page.
    table: Option<TableInCodePage>,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    store.attach(dataset.clone());
    let language = expect_context::<Language>();
    let atlas = AtlasState::provide(dataset.clone(), store);
    EmbedRequest::provide();
    PrintState::provide();
    // Each region is drawn once, when its stage comes (a memo: not again at the next stage).
    let drawn = drawn_in_stages(dataset.events().len());
    let [filters_drawn, map_drawn, timeline_drawn] =
        [1, 2, 3].map(|stage| Memo::new(move |_| drawn.get() >= stage));
    Effect::new(move |_| {
        let selected_id = store.state().with(|s| s.selected_id.clone());
        let locale = language.get();
        let product = locale.text(Key::Product);
        let title = match selected_id.as_deref().map(|id| dataset.event(id)) {
            Some(Some(event)) => format!("{} – {product}", locale.pick(&event.title).text),
            Some(None) => format!("{} – {product}", locale.text(Key::EventNotFoundTitle)),
            None => product.to_string(),
        };
        document().set_title(&title);
    });
    // Only a switch between map and network remounts the region, not every change of view.
    let showing_network = Memo::new(move |_| store.state().with(|s| s.network.is_some()));
    // The timeline's share of the height, which the splitter sets.
    let timeline_share = RwSignal::new(default_timeline_share());
    // A region not drawn yet keeps its place in the layout, empty.
    let waiting = |class: &'static str| view! { <section class=class aria-busy="true"></section> };
    view! {
        <UrlNotices />
        <DatasetNotices notices table />
        <PrintTitle />
        <div
            class="atlas"
            class:atlas--filters-collapsed=move || atlas.filters_collapsed.get()
            style:--timeline-share=move || format!("{:.1}%", timeline_share.get() * 100.0)
        >
            {move || match filters_drawn.get() {
                true => view! { <FilterPanel /> }.into_any(),
                false => waiting("region region--filters").into_any(),
            }}
            <main class="atlas__main" id="main">
                <FiltersButton />
                {move || match (map_drawn.get(), showing_network.get()) {
                    (true, true) => view! { <NetworkRegion /> }.into_any(),
                    (true, false) => view! { <MapRegion /> }.into_any(),
                    (false, _) => waiting("region region--map").into_any(),
                }}
                <Splitter lower=timeline_share min=0.2 max=0.7 label=Key::ResizeTimeline />
                {move || match timeline_drawn.get() {
                    true => view! { <TimelineRegion /> }.into_any(),
                    false => waiting("region region--timeline").into_any(),
                }}
            </main>
            // The list is the side column's home; a selected event's panel docks above it.
            <div class="atlas__side">
                <EventPanel />
                <EventList />
            </div>
        </div>
        <PrintedEvents />
        <EmbedDialog />
    }
}
