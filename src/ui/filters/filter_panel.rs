//! The filter sidebar: search, facets for country, organization, topic and mode, and dates.

use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents};
use crate::domain::filter::{Facet, FacetCounts};
use crate::domain::model::Mode;
use crate::ui::country_name::country_name;
use crate::ui::filters::active_filters::ActiveFilters;
use crate::ui::filters::date_window::DateWindow;
use crate::ui::filters::facet_list::{FacetList, FacetOption};
use crate::ui::filters::search_box::SearchBox;
use crate::ui::url::{HistoryEntry, ViewStore};

fn sorted_by_label(mut options: Vec<FacetOption>) -> Vec<FacetOption> {
    options.sort_by_cached_key(|o| o.label.to_lowercase());
    options
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let FilteredEvents(selection) = expect_context::<FilteredEvents>();
    let store = expect_context::<ViewStore>();

    let option = |position: usize, key: &str, label: String| FacetOption {
        position,
        key: key.to_string(),
        label,
    };
    let countries = sorted_by_label(
        dataset
            .countries()
            .iter()
            .enumerate()
            .map(|(i, code)| option(i, code, country_name(code)))
            .collect(),
    );
    let organizations = sorted_by_label(
        dataset
            .organizations()
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let label = match &o.abbr {
                    Some(abbr) => format!("{} ({abbr})", o.name.en),
                    None => o.name.en.clone(),
                };
                option(i, &o.id, label)
            })
            .collect(),
    );
    let topics = sorted_by_label(
        dataset
            .topics()
            .iter()
            .enumerate()
            .map(|(i, t)| option(i, &t.id, t.name.en.clone()))
            .collect(),
    );
    let modes = Mode::ALL
        .iter()
        .enumerate()
        .map(|(i, m)| option(i, m.key(), m.label_en().to_string()))
        .collect();

    // Memos, not derived signals: every checkbox row reads these, and a memo computes once
    // per change instead of once per read.
    let chosen = move |facet: Facet| {
        Signal::from(Memo::new(move |_| {
            store.state().with(|s| s.filters.values(facet).clone())
        }))
    };
    let counts = move |of: fn(&FacetCounts) -> Vec<u32>| {
        Signal::from(Memo::new(move |_| selection.with(|s| of(&s.counts))))
    };
    let toggle = move |facet: Facet| {
        Callback::new(move |key: String| {
            store.change(HistoryEntry::Step, |s| s.filters.toggle(facet, &key))
        })
    };
    let chosen_modes = Signal::from(Memo::new(move |_| {
        store.state().with(|s| {
            s.filters
                .modes
                .iter()
                .map(|m| m.key().to_string())
                .collect()
        })
    }));
    let toggle_mode = Callback::new(move |key: String| {
        if let Some(mode) = Mode::from_key(&key) {
            store.change(HistoryEntry::Step, |s| s.filters.toggle_mode(mode));
        }
    });

    view! {
        <aside class="region region--filters" aria-labelledby="filters-title">
            <h2 class="region__title" id="filters-title">"Filters"</h2>
            <SearchBox />
            <ActiveFilters />
            <FacetList
                legend="Country"
                hint="Matches events held in the country or in which it took part."
                options=countries
                counts=counts(|c| c.countries.clone())
                chosen=chosen(Facet::Country)
                on_toggle=toggle(Facet::Country)
            />
            <FacetList
                legend="Organization"
                options=organizations
                counts=counts(|c| c.organizations.clone())
                chosen=chosen(Facet::Organization)
                on_toggle=toggle(Facet::Organization)
                searchable=true
            />
            <FacetList
                legend="Topic"
                options=topics
                counts=counts(|c| c.topics.clone())
                chosen=chosen(Facet::Topic)
                on_toggle=toggle(Facet::Topic)
            />
            <FacetList
                legend="Mode"
                options=modes
                counts=counts(|c| c.modes.to_vec())
                chosen=chosen_modes
                on_toggle=toggle_mode
            />
            <DateWindow />
        </aside>
    }
}
