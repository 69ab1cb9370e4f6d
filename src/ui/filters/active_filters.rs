//! The live result count, the active filters as removable chips, and "clear all".

use leptos::prelude::*;

use crate::domain::filter::{ActiveFilter, Filters};
use crate::domain::i18n::{split_at, Counted, Key, Locale};
use crate::domain::present::{active_filter_kind, active_filter_value};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let total = dataset.events().len();
    // The number shown is emphasised wherever the language puts it.
    let count = move || {
        let locale = language.get();
        // `{shown}` stays in the template, to be split at.
        let template = locale.count_with(Counted::ResultCount, total, &[("shown", "{shown}")]);
        let (before, after) = split_at(&template, "shown");
        let shown = locale.number(filtered.with(|s| s.events.len()));
        view! { {before.to_string()} <strong>{shown}</strong> {after.to_string()} }
    };
    let filters = Memo::new(move |_| store.state().with(|s| s.filters.clone()));

    // Keyed by the filter and the language, so a removed chip's neighbours stay put.
    let chips = move || {
        let locale = language.get();
        filters.with(|f| {
            f.active()
                .into_iter()
                .map(|f| (f, locale))
                .collect::<Vec<_>>()
        })
    };
    let chip = move |(filter, locale): (ActiveFilter, Locale)| {
        let value = active_filter_value(&dataset, &filter, locale);
        let kind = active_filter_kind(&filter);
        view! {
            <li>
                <button
                    class="chip"
                    on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.remove(&filter))
                >
                    <span class="visually-hidden">{locale.text(Key::RemoveFilter)} " "</span>
                    <span class="chip__kind">{locale.text(kind)}</span>
                    <span class="chip__label">{value}</span>
                    <span class="chip__remove" aria-hidden="true">"×"</span>
                </button>
            </li>
        }
    };

    view! {
        <div class="active-filters">
            <p class="active-filters__count" id="result-count" aria-live="polite" aria-atomic="true">
                {count}
            </p>
            <ul class="active-filters__chips" aria-label=language.t(Key::ActiveFilters)>
                <For each=chips key=|chip| chip.clone() children=chip />
            </ul>
            <button
                class="button button--quiet"
                hidden=move || filters.with(Filters::is_empty)
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters = Filters::default())
            >
                {language.t(Key::ClearAllFilters)}
            </button>
        </div>
    }
}
