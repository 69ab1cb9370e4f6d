//! A small notice listing what was ignored in the address the page was opened with.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::ViewStore;

#[component]
pub fn UrlNotices() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let notices = store.notices();
    move || {
        let notices = notices.get();
        let locale = language.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="url-notice" role="status">
                    <p class="url-notice__text">{locale.text(Key::LinkIgnored)}</p>
                    <ul class="url-notice__list">
                        {notices.iter().map(|n| view! { <li>{n.describe(locale)}</li> }).collect_view()}
                    </ul>
                    <button class="button button--quiet" on:click=move |_| store.dismiss_notices()>
                        {locale.text(Key::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}
