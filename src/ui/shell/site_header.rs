//! The page header: product name, the dataset shown, what the atlas is for, and the header
//! controls.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::shell::dataset_name::DatasetName;

#[component]
pub fn SiteHeader(
    /// Controls shown at the header's end (language switch, dataset file picker).
    children: Children,
) -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <header class="site-header">
            <div class="site-header__text">
                <h1 class="site-header__title">{language.t(Key::Product)}</h1>
                <DatasetName />
                <p class="site-header__tagline">{language.t(Key::Tagline)}</p>
            </div>
            <div class="site-header__actions">{children()}</div>
        </header>
    }
}
