//! The language switch: English, 简体中文, 繁體中文. The choice goes into the URL (`lang=`), so
//! a shared link opens in the sender's language.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let buttons = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <button
                    class="button button--quiet language-switch__button"
                    lang=locale.tag()
                    aria-pressed=move || (language.get() == locale).to_string()
                    on:click=move |_| store.change(HistoryEntry::Step, |s| s.language = Some(locale))
                >
                    {locale.autonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=language.t(Key::LanguageSwitch)>
            {buttons}
        </div>
    }
}
