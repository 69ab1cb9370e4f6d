//! A small notice listing what was ignored in the address the page was opened with.

use leptos::prelude::*;

use crate::ui::url::ViewStore;

#[component]
pub fn UrlNotices() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let notices = store.notices();
    move || {
        let notices = notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="url-notice" role="status">
                    <p class="url-notice__text">"Some parts of this link were ignored:"</p>
                    <ul class="url-notice__list">
                        {notices.iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}
                    </ul>
                    <button class="button button--quiet" on:click=move |_| store.dismiss_notices()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
