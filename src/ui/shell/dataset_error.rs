//! The message shown in place of the atlas when the dataset cannot be loaded.

use leptos::prelude::*;

use crate::domain::dataset::DatasetError;
use crate::ui::url::bundled_dataset_href;

#[component]
pub fn DatasetErrorPanel(
    /// What went wrong, shown in full so whoever maintains the data can fix it.
    error: DatasetError,
    /// The requested dataset, when it was not the bundled one.
    source: Option<String>,
) -> impl IntoView {
    let details = match &error {
        DatasetError::Json {
            line,
            column,
            message,
        } => {
            vec![format!("Line {line}, column {column}: {message}")]
        }
        DatasetError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
        DatasetError::Unreadable(message) => vec![message.clone()],
    };
    let title = match &source {
        Some(path) => format!("The dataset {path} could not be loaded"),
        None => "The dataset could not be loaded".to_string(),
    };
    view! {
        <section class="dataset-error" role="alert" aria-labelledby="dataset-error-title">
            <h2 id="dataset-error-title">{title}</h2>
            <p>"The atlas needs a valid dataset to show events. Here is what is wrong with it:"</p>
            <ul class="dataset-error__problems">
                {details.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            {source.map(|_| view! {
                <p><a href=bundled_dataset_href()>"Open the atlas with its bundled dataset instead"</a></p>
            })}
        </section>
    }
}
