//! The live result count, the active filters as removable chips, and "clear all".

use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents};
use crate::domain::date::DateSpan;
use crate::domain::filter::{Facet, Filters};
use crate::domain::model::Mode;
use crate::ui::country_name::country_name;
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
    let total = dataset.events().len();
    let shown = move || selection.with(|s| s.events.len());
    let filters = Memo::new(move |_| store.state().with(|s| s.filters.clone()));

    let chips = move || {
        let filters = filters.get();
        let mut chips: Vec<(String, String, Removal)> = Vec::new();
        for code in &filters.countries {
            chips.push((
                "Country".into(),
                country_name(code),
                Removal::Value(Facet::Country, code.clone()),
            ));
        }
        for id in &filters.organizations {
            let label = dataset
                .organization(id)
                .map(|o| o.abbr.clone().unwrap_or_else(|| o.name.en.clone()))
                .unwrap_or_else(|| id.clone());
            chips.push((
                "Organization".into(),
                label,
                Removal::Value(Facet::Organization, id.clone()),
            ));
        }
        for id in &filters.topics {
            let label = dataset
                .topic(id)
                .map(|t| t.name.en.clone())
                .unwrap_or_else(|| id.clone());
            chips.push((
                "Topic".into(),
                label,
                Removal::Value(Facet::Topic, id.clone()),
            ));
        }
        for mode in &filters.modes {
            chips.push(("Mode".into(), mode.label_en().into(), Removal::Mode(*mode)));
        }
        let label = |date| {
            DateSpan {
                start: date,
                end: None,
            }
            .label_en()
        };
        if let Some(from) = filters.window.from {
            chips.push(("From".into(), label(from), Removal::From));
        }
        if let Some(to) = filters.window.to {
            chips.push(("To".into(), label(to), Removal::To));
        }
        if !filters.text.trim().is_empty() {
            chips.push((
                "Search".into(),
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
                            <span class="visually-hidden">"Remove filter "</span>
                            <span class="chip__kind">{kind}</span>
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
                <strong>{shown}</strong>" of "{total}" events"
            </p>
            <ul class="active-filters__chips" aria-label="Active filters">{chips}</ul>
            <button
                class="button button--quiet"
                hidden=move || filters.with(Filters::is_empty)
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters = Filters::default())
            >
                "Clear all filters"
            </button>
        </div>
    }
}
