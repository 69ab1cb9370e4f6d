//! The live result count, the active filters as removable chips, and "clear all".

use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents};
use crate::domain::date::DateSpan;
use crate::domain::filter::{Facet, Filters};
use crate::domain::i18n::{split_at, Key};
use crate::domain::model::Mode;
use crate::ui::country_name::country_name;
use crate::ui::filters::filter_panel::organization_label;
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

/// What removing a chip takes out of the filters.
#[derive(Clone, Debug)]
enum Removal {
    Value(Facet, String),
    Mode(Mode),
    From,
    To,
    Text,
}

impl Removal {
    fn apply(&self, filters: &mut Filters) {
        match self {
            Removal::Value(facet, value) => filters.toggle(*facet, value),
            Removal::Mode(mode) => filters.toggle_mode(*mode),
            Removal::From => filters.window.from = None,
            Removal::To => filters.window.to = None,
            Removal::Text => filters.text.clear(),
        }
    }
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let FilteredEvents(selection) = expect_context::<FilteredEvents>();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let total = dataset.events().len();
    // The number shown is emphasised wherever the language puts it.
    let count = move || {
        let locale = language.get();
        let template = locale.fill(Key::ResultCount, &[("total", &locale.number(total))]);
        let (before, after) = split_at(&template, "shown");
        let shown = locale.number(selection.with(|s| s.events.len()));
        view! { {before.to_string()} <strong>{shown}</strong> {after.to_string()} }
    };
    let filters = Memo::new(move |_| store.state().with(|s| s.filters.clone()));

    let chips = move || {
        let filters = filters.get();
        let locale = language.get();
        let mut chips: Vec<(Key, String, Removal)> = Vec::new();
        for code in &filters.countries {
            chips.push((
                Key::Country,
                country_name(code, locale),
                Removal::Value(Facet::Country, code.clone()),
            ));
        }
        for id in &filters.organizations {
            let label = dataset
                .organization(id)
                .map(|o| organization_label(o, locale))
                .unwrap_or_else(|| id.clone());
            chips.push((
                Key::Organization,
                label,
                Removal::Value(Facet::Organization, id.clone()),
            ));
        }
        for id in &filters.topics {
            let label = dataset
                .topic(id)
                .map(|t| locale.pick(&t.name).text.to_string())
                .unwrap_or_else(|| id.clone());
            chips.push((Key::Topic, label, Removal::Value(Facet::Topic, id.clone())));
        }
        for mode in &filters.modes {
            chips.push((
                Key::Mode,
                locale.text(mode.label()).into(),
                Removal::Mode(*mode),
            ));
        }
        let label = |date| {
            DateSpan {
                start: date,
                end: None,
            }
            .label(locale)
        };
        if let Some(from) = filters.window.from {
            chips.push((Key::From, label(from), Removal::From));
        }
        if let Some(to) = filters.window.to {
            chips.push((Key::To, label(to), Removal::To));
        }
        if !filters.text.trim().is_empty() {
            chips.push((
                Key::SearchChip,
                format!("“{}”", filters.text.trim()),
                Removal::Text,
            ));
        }
        chips
            .into_iter()
            .map(|(kind, label, removal)| {
                view! {
                    <li>
                        <button
                            class="chip"
                            on:click=move |_| store.change(HistoryEntry::Step, |s| removal.apply(&mut s.filters))
                        >
                            <span class="visually-hidden">{locale.text(Key::RemoveFilter)} " "</span>
                            <span class="chip__kind">{locale.text(kind)}</span>
                            <span class="chip__label">{label}</span>
                            <span class="chip__remove" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div class="active-filters">
            <p class="active-filters__count" id="result-count" aria-live="polite" aria-atomic="true">
                {count}
            </p>
            <ul class="active-filters__chips" aria-label=language.t(Key::ActiveFilters)>{chips}</ul>
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
