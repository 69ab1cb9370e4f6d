//! Where the dataset has an event from: the source's quote, its publisher and date, and the
//! document it is in.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Source;
use crate::domain::present::text_lang;
use crate::ui::panel::panel_heading::PanelHeading;

#[component]
pub fn EventSource(source: Source, locale: Locale) -> impl IntoView {
    let published = source
        .published
        .as_deref()
        .map(|d| format!(" · {}", locale.fill(Key::Published, &[("date", d)])));
    let publisher = source
        .publisher
        .unwrap_or_else(|| locale.text(Key::PublisherNotGiven).into());
    let quote_lang = text_lang(&source.quote);
    view! {
        <PanelHeading text=locale.text(Key::Source) />
        <blockquote class="panel__quote" lang=quote_lang>{source.quote}</blockquote>
        <p class="panel__muted">
            {publisher}
            {published}
            " · " <code>{source.document}</code>
        </p>
    }
}
