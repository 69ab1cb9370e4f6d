//! Collapses the filters' rail to an icon and back (wider screens; phones use the drawer).
//! Collapsed, the icon says how many filters are active, and the map takes the room.

use leptos::prelude::*;

use crate::domain::i18n::{Counted, Key};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn FiltersRailToggle() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let collapsed = AtlasState::expect().filters_collapsed;
    let active = move || store.state().with(|s| s.filters.active_count());
    let label = move || {
        let locale = language.get();
        if collapsed.get() {
            locale.count(Counted::ShowFilters, active())
        } else {
            locale.text(Key::CollapseFilters).to_string()
        }
    };
    view! {
        <button
            class="button button--quiet filters__rail-toggle"
            aria-controls="filters-body"
            aria-expanded=move || (!collapsed.get()).to_string()
            aria-label=label
            title=label
            on:click=move |_| collapsed.update(|c| *c = !*c)
        >
            // A funnel; collapsed, with the number of active filters beside it.
            <svg class="filters__icon" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M1 2h14l-5.5 6.5V14l-3-1.5V8.5z" />
            </svg>
            <span class="filters__rail-count" aria-hidden="true" hidden=move || !collapsed.get() || active() == 0>
                {active}
            </span>
            <span aria-hidden="true" hidden=move || collapsed.get()>"«"</span>
        </button>
    }
}
