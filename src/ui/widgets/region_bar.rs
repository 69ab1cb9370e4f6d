//! The bar along the top of a screen region: its title (which names the region for screen
//! readers, by `id`) and its controls.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;

#[component]
pub fn RegionBar(
    /// The region's title.
    title: Key,
    /// The title's id, which the region's `aria-labelledby` names.
    title_id: &'static str,
    /// The region's controls, after the title.
    children: Children,
) -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <div class="region__bar">
            <h2 class="region__title" id=title_id>{language.t(title)}</h2>
            {children()}
        </div>
    }
}
