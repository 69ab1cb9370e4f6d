//! The header's line naming the dataset shown: bundled, a file by its name, or the address a
//! link's `data=` gave; with a link back to the bundled dataset when it is another one.

use leptos::prelude::*;

use crate::domain::dataset_origin::DatasetOrigin;
use crate::domain::i18n::Key;
use crate::domain::view_state::ViewState;
use crate::ui::i18n::Language;
use crate::ui::url::ViewStore;

#[component]
pub fn DatasetName() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let origin = store.origin();
    // The bundled dataset in the same language: a page of its own, so a file's events are
    // left behind whole.
    let bundled = move || {
        store.href(&ViewState {
            language: store.state().with(|s| s.language),
            ..ViewState::default()
        })
    };
    view! {
        <p class="dataset-name" data-origin=move || match origin.get() {
            DatasetOrigin::Bundled => "bundled",
            DatasetOrigin::Address(_) => "address",
            DatasetOrigin::File(_) => "file",
        }>
            <span class="dataset-name__label">{language.t(Key::DatasetLabel)} ": "</span>
            <span class="dataset-name__value">{move || origin.get().name(language.get())}</span>
            {move || (origin.get() != DatasetOrigin::Bundled).then(|| view! {
                " "
                <a class="dataset-name__back" href=bundled>{language.t(Key::BackToBundled)}</a>
            })}
        </p>
    }
}
