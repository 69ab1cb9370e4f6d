//! The message shown in place of the atlas when the dataset cannot be loaded.

use leptos::prelude::*;

use crate::domain::dataset::DatasetError;

#[component]
pub fn DatasetErrorPanel(
    /// What went wrong, shown in full so whoever maintains the data can fix it.
    error: DatasetError,
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
    };
    view! {
        <section class="dataset-error" role="alert" aria-labelledby="dataset-error-title">
            <h2 id="dataset-error-title">"The dataset could not be loaded"</h2>
            <p>"The atlas needs a valid dataset to show events. Here is what is wrong with it:"</p>
            <ul class="dataset-error__problems">
                {details.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </section>
    }
}
