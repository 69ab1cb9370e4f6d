//! A dataset text in the reader's language, tagged with the language it is written in, and
//! marked "(in English)" where it stands in for a missing Chinese text.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::domain::present::Shown;

/// The text `locale` chose (see [`Locale::pick`]), as a `<span lang>` plus the fallback mark.
pub fn shown_text(shown: Shown<'_>, locale: Locale) -> impl IntoView + 'static {
    let mark = shown
        .fallback
        .then(|| view! { <span class="fallback-mark">{locale.text(Key::InEnglish)}</span> });
    view! {
        <span lang=shown.lang>{shown.text.to_string()}</span>
        {mark}
    }
}
