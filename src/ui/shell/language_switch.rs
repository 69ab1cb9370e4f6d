//! The language switch: English, 简体中文, 繁體中文. The choice goes into the URL (`lang=`), so
//! a shared link opens in the sender's language. From 721 px wide it is three buttons; on a
//! phone, where three buttons do not fit beside the title, the same choice is one native
//! `<select>` (the stylesheet shows one or the other, so only one is ever in the page's
//! accessibility tree).

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let choose =
        move |locale: Locale| store.change(HistoryEntry::Step, |s| s.language = Some(locale));
    let buttons = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <button
                    class="button button--quiet language-switch__button"
                    lang=locale.tag()
                    aria-pressed=move || (language.get() == locale).to_string()
                    on:click=move |_| choose(locale)
                >
                    {locale.autonym()}
                </button>
            }
        })
        .collect_view();
    let options = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <option
                    value=locale.tag()
                    lang=locale.tag()
                    prop:selected=move || language.get() == locale
                >
                    {locale.autonym()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch">
            <div
                class="language-switch__buttons"
                role="group"
                aria-label=language.t(Key::LanguageSwitch)
            >
                {buttons}
            </div>
            <select
                class="language-switch__select"
                aria-label=language.t(Key::LanguageSwitch)
                on:change=move |ev| {
                    if let Some(locale) = Locale::from_tag(&event_target_value(&ev)) {
                        choose(locale);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
