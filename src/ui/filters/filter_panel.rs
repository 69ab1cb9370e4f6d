//! The filter sidebar: facets for country, organization, topic, mode, dates and text.

use leptos::prelude::*;

#[component]
pub fn FilterPanel() -> impl IntoView {
    view! {
        <aside class="region region--filters" aria-labelledby="filters-title">
            <h2 class="region__title" id="filters-title">"Filters"</h2>
            <p class="region__placeholder">"Filtering by country, organization and topic comes here."</p>
        </aside>
    }
}
