//! A notice of what was set aside while reading the dataset (a table's unknown columns),
//! until dismissed.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Message};
use crate::ui::i18n::Language;

#[component]
pub fn DatasetNotices(
    /// Each thing set aside, said in the reader's language.
    notices: Vec<Message>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let shown = RwSignal::new(!notices.is_empty());
    move || {
        shown.get().then(|| {
            let locale = language.get();
            view! {
                <div class="url-notice url-notice--row" role="status">
                    <div>
                        {notices.iter().map(|n| view! { <p class="url-notice__text">{n.text(locale)}</p> }).collect_view()}
                    </div>
                    <button class="button button--quiet" on:click=move |_| shown.set(false)>
                        {locale.text(Key::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}
