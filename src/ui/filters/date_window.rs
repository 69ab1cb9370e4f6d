//! The date window: from one month to another; events overlapping it are kept.

use leptos::prelude::*;

use crate::domain::date::PartialDate;
use crate::domain::filter::TimeWindow;
use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

/// The `YYYY-MM` value a month input shows for one end of the window.
fn month_value(date: Option<PartialDate>, default_month: u8) -> String {
    date.map(|d| format!("{:04}-{:02}", d.year, d.month.unwrap_or(default_month)))
        .unwrap_or_default()
}

#[component]
pub fn DateWindow() -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let window = Memo::new(move |_| store.state().with(|s| s.filters.window));
    let set = move |apply: fn(&mut TimeWindow, Option<PartialDate>), value: String| {
        // An empty or partly typed value clears that end rather than guessing.
        let date = PartialDate::parse(&value).ok();
        store.change(HistoryEntry::Step, |s| apply(&mut s.filters.window, date));
    };
    view! {
        <fieldset class="facet facet--dates">
            <legend class="facet__legend">{language.t(Key::Dates)}</legend>
            <p class="facet__hint">{language.t(Key::DatesHint)}</p>
            <div class="date-window">
                <label class="date-window__field">
                    <span>{language.t(Key::From)}</span>
                    <input
                        type="month"
                        class="date-window__input"
                        prop:value=move || month_value(window.get().from, 1)
                        on:change=move |ev| set(|w, d| w.from = d, event_target_value(&ev))
                    />
                </label>
                <label class="date-window__field">
                    <span>{language.t(Key::To)}</span>
                    <input
                        type="month"
                        class="date-window__input"
                        prop:value=move || month_value(window.get().to, 12)
                        on:change=move |ev| set(|w, d| w.to = d, event_target_value(&ev))
                    />
                </label>
            </div>
        </fieldset>
    }
}
