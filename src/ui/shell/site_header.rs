//! The page header: product name and what the atlas is for.

use leptos::prelude::*;

#[component]
pub fn SiteHeader(
    /// Controls shown at the header's end (the dataset file picker).
    children: Children,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__text">
                <h1 class="site-header__title">"Cooperation Atlas"</h1>
                <p class="site-header__tagline">
                    "Who met whom, where, when and about what: international science-and-technology cooperation on a map and a timeline."
                </p>
            </div>
            <div class="site-header__actions">{children()}</div>
        </header>
    }
}
