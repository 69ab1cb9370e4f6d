//! What the page says while a dataset is on its way: the path asked for, a progress bar with
//! the megabytes read, then "checking every event".

use leptos::prelude::*;

use crate::domain::i18n::{split_at, Key};
use crate::ui::dataset_source::Loading;
use crate::ui::i18n::Language;

fn megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1e6)
}

#[component]
pub fn LoadingStatus(
    /// The loading state; shown only while it is neither ready nor failed.
    loading: Loading,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let status = move || {
        let locale = language.get();
        match &loading {
            Loading::Waiting(path) => {
                let (before, after) = split_at(locale.text(Key::Loading), "name");
                view! { <p>{before}<code>{path.clone()}</code>{after}</p> }.into_any()
            }
            Loading::Reading {
                name,
                loaded,
                total,
            } => {
                let (read, size) = (megabytes(*loaded), total.map(megabytes).unwrap_or_default());
                let key = if total.is_some() {
                    Key::Reading
                } else {
                    Key::ReadingSize
                };
                let text = locale.fill(key, &[("name", name), ("loaded", &read), ("total", &size)]);
                // Without a known size the bar is indeterminate.
                let (value, max) = match total {
                    Some(total) => (Some(*loaded), *total),
                    None => (None, 1.0),
                };
                view! {
                    <p>{text.clone()}</p>
                    <progress class="dataset-loading__progress" max=max value=value aria-label=text />
                }
                .into_any()
            }
            Loading::Checking { name, bytes } => {
                let text = locale.fill(
                    Key::Checking,
                    &[("name", name), ("total", &megabytes(*bytes))],
                );
                view! { <p>{text}</p> }.into_any()
            }
            Loading::Failed(..) | Loading::Ready(..) => ().into_any(),
        }
    };
    view! { <div class="dataset-loading" role="status">{status}</div> }
}
