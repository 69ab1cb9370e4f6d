//! The embedded atlas's one line above the map: the filters' button, the view in words, the
//! list's button, and "Open in Cooperation Atlas ↗", which opens the same view in the full
//! atlas in a new tab.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::present::view_title;
use crate::domain::publish::embed::full_view;
use crate::ui::filters::FiltersButton;
use crate::ui::focus::focus_after_render;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn EmbedTitleBar(
    /// Whether the list of events is open over the frame; its button sets it.
    list_open: RwSignal<bool>,
) -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let title = Memo::new(move |_| {
        let locale = language.get();
        store
            .state()
            .with(|s| filtered.with(|f| view_title(&dataset, &s.filters, &f.events, locale)))
    });
    let count = move || language.get().number(filtered.with(|f| f.events.len()));
    let open_href = move || store.state().with(|s| store.href(&full_view(s)));
    let toggle_list = move |_| {
        let open = !list_open.get_untracked();
        list_open.set(open);
        if open {
            // Into the list, on its Close button (Escape closes it too).
            focus_after_render(".embed__list-close");
        }
    };
    view! {
        <header class="embed-bar" data-region="embed-bar">
            <FiltersButton />
            <h1 class="embed-bar__title" id="embed-title" title=move || title.get()>{move || title.get()}</h1>
            <button
                class="button button--quiet embed-bar__events"
                aria-expanded=move || list_open.get().to_string()
                aria-controls="embed-list"
                on:click=toggle_list
            >
                {move || language.get().fill(Key::EmbedEvents, &[("count", &count())])}
            </button>
            <a class="embed-bar__open" href=open_href target="_blank" rel="noopener" data-open-atlas>
                // The short form in a narrow frame; the name says what it opens either way.
                <span class="embed-bar__open-long">{language.t(Key::OpenInAtlas)}</span>
                <span class="embed-bar__open-short">{language.t(Key::OpenShort)}</span>
                <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">" " {language.t(Key::OpensNewTab)}</span>
            </a>
        </header>
    }
}
