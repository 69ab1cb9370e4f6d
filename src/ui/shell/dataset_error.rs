//! The message shown in place of the atlas when the dataset cannot be loaded.

use leptos::prelude::*;

use crate::domain::dataset::DatasetError;
use crate::domain::i18n::Key;
use crate::domain::view_state::ViewState;
use crate::ui::i18n::Language;
use crate::ui::url::{href, ViewStore};

#[component]
pub fn DatasetErrorPanel(
    /// What went wrong, shown in full so whoever maintains the data can fix it.
    error: DatasetError,
    /// The requested dataset, when it was not the bundled one.
    source: Option<String>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let store = expect_context::<ViewStore>();
    let locale = language.get_untracked();
    let details = match &error {
        DatasetError::Json {
            line,
            column,
            message,
        } => {
            let (line, column) = (line.to_string(), column.to_string());
            vec![locale.fill(
                Key::DatasetJsonAt,
                &[("line", &line), ("column", &column), ("message", message)],
            )]
        }
        DatasetError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
        DatasetError::Unreadable(message) => vec![message.clone()],
    };
    let title = match &source {
        Some(path) => locale.fill(Key::DatasetFailedNamed, &[("name", path)]),
        None => locale.text(Key::DatasetFailed).to_string(),
    };
    // The bundled dataset, in the same language.
    let bundled = href(&ViewState {
        language: store.state().with_untracked(|s| s.language),
        ..ViewState::default()
    });
    view! {
        <section class="dataset-error" role="alert" aria-labelledby="dataset-error-title">
            <h2 id="dataset-error-title">{title}</h2>
            <p>{language.t(Key::DatasetNeedsValid)}</p>
            <ul class="dataset-error__problems">
                {details.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            {source.map(|_| view! {
                <p><a href=bundled.clone()>{language.t(Key::OpenBundled)}</a></p>
            })}
        </section>
    }
}
