//! The button that opens the filter drawer on phones, with how many filters are active.

use leptos::prelude::*;

use crate::domain::i18n::Counted;
use crate::ui::focus::focus_after_render;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn FiltersButton() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let filter_drawer = AtlasState::expect().filter_drawer;
    let active = move || store.state().with(|s| s.filters.active_count());
    let open_drawer = move |_| {
        filter_drawer.set(true);
        // Focus moves into the drawer, to its title.
        focus_after_render("#filters-title");
    };
    view! {
        <button
            class="button filters-button"
            aria-controls="filters"
            aria-expanded=move || filter_drawer.get().to_string()
            on:click=open_drawer
        >
            {move || language.get().count(Counted::ShowFilters, active())}
        </button>
    }
}
