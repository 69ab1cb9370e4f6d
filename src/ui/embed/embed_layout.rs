//! The compact atlas shown in another site's frame (`embed=1`): the title bar, then the map
//! (or the network) over the timeline, filling the frame. The filters open as a drawer from
//! their button, the list over the frame from its button, a selected event as a sheet; links
//! that leave the atlas open in a new tab, and the frame never adds to its page's history.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::i18n::{Key, Message};
use crate::domain::present::view_title;
use crate::ui::dataset_source::TableInCodePage;
use crate::ui::embed::{EmbedDialog, EmbedRequest, EmbedTitleBar};
use crate::ui::filters::FilterPanel;
use crate::ui::i18n::Language;
use crate::ui::list::EventList;
use crate::ui::map::MapRegion;
use crate::ui::network::NetworkRegion;
use crate::ui::panel::EventPanel;
use crate::ui::print::PrintState;
use crate::ui::shell::{DatasetNotices, UrlNotices};
use crate::ui::state::AtlasState;
use crate::ui::timeline::TimelineRegion;
use crate::ui::url::ViewStore;

/// Makes every link without a target of its own open in a new tab: in a frame, a link that
/// replaced the frame's page would leave the reader with a full page in a small box.
fn links_open_in_new_tabs() {
    let document = document();
    if let (Some(head), Ok(base)) = (document.head(), document.create_element("base")) {
        let _ = base.set_attribute("target", "_blank");
        let _ = head.append_child(&base);
    }
}

#[component]
pub fn EmbedLayout(
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
    links_open_in_new_tabs();
    let filtered = atlas.filtered;
    Effect::new(move |_| {
        let locale = language.get();
        let words = store
            .state()
            .with(|s| filtered.with(|f| view_title(&dataset, &s.filters, &f.events, locale)));
        document().set_title(&format!("{words} – {}", locale.text(Key::Product)));
    });
    let showing_network = Memo::new(move |_| store.state().with(|s| s.network.is_some()));
    let list_open = RwSignal::new(false);
    let close_list = move || {
        list_open.set(false);
        crate::ui::focus::focus_after_render(".embed-bar__events");
    };
    view! {
        <div class="atlas atlas--embed">
            <EmbedTitleBar list_open />
            <UrlNotices />
            <DatasetNotices notices table />
            <FilterPanel />
            <main class="atlas__main" id="main">
                {move || match showing_network.get() {
                    true => view! { <NetworkRegion /> }.into_any(),
                    false => view! { <MapRegion /> }.into_any(),
                }}
                <TimelineRegion />
            </main>
            <EventPanel />
            <div
                class="embed__list"
                class:embed__list--open=move || list_open.get()
                id="embed-list"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && list_open.get_untracked() {
                        close_list();
                    }
                }
            >
                <button class="button embed__list-close" on:click=move |_| close_list()>
                    {language.t(Key::Close)}
                </button>
                <EventList />
            </div>
            <EmbedDialog />
        </div>
    }
}
