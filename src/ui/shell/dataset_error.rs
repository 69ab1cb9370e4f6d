//! The message shown in place of the atlas when the dataset cannot be loaded.

use leptos::prelude::*;

use crate::domain::dataset::DatasetError;
use crate::domain::i18n::Key;
use crate::domain::view_state::ViewState;
use crate::ui::dataset_source::TableInCodePage;
use crate::ui::i18n::Language;
use crate::ui::shell::DatasetNotices;
use crate::ui::url::ViewStore;

#[component]
pub fn DatasetErrorPanel(
    /// What went wrong, shown in full so whoever maintains the data can fix it.
    error: DatasetError,
    /// The requested dataset, when it was not the bundled one.
    source: Option<String>,
    /// The table, when it was read in a Windows code page: another may read it right.
    table: Option<TableInCodePage>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let store = expect_context::<ViewStore>();
    // Everything is said again when the language changes.
    let details = move || {
        error
            .lines(language.get())
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let named = source.clone();
    let title = move || match &named {
        Some(path) => language
            .get()
            .fill(Key::DatasetFailedNamed, &[("name", path)]),
        None => language.text(Key::DatasetFailed).to_string(),
    };
    // The bundled dataset, in the same language.
    let bundled = move || {
        store.href(&ViewState {
            language: store.state().with(|s| s.language),
            ..ViewState::default()
        })
    };
    view! {
        <section class="dataset-error" role="alert" aria-labelledby="dataset-error-title">
            <h2 id="dataset-error-title">{title}</h2>
            <p>{language.t(Key::DatasetNeedsValid)}</p>
            <ul class="dataset-error__problems">
                {details}
            </ul>
            {table.map(|table| view! { <DatasetNotices notices=Vec::new() table=Some(table) /> })}
            {source.map(|_| view! {
                <p><a href=bundled>{language.t(Key::OpenBundled)}</a></p>
            })}
        </section>
    }
}
