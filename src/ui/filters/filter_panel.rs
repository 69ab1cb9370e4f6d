//! The filter sidebar: search, facets for country, organization, topic and mode, and dates.
//! On a phone it is a drawer, opened from the button above the map.

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::filter::{Facet, FacetCounts};
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Mode;
use crate::domain::present::{self, organization_full, Pick};
use crate::ui::filters::active_filters::ActiveFilters;
use crate::ui::filters::date_window::DateWindow;
use crate::ui::filters::facet_list::{FacetList, FacetOption};
use crate::ui::filters::filters_rail_toggle::FiltersRailToggle;
use crate::ui::filters::search_box::SearchBox;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

fn sorted_by_label(mut options: Vec<FacetOption>, locale: Locale) -> Vec<FacetOption> {
    // Chinese labels sort by code point, which keeps equal leading characters together.
    if locale.is_chinese() {
        options.sort_by(|a, b| a.label.cmp(&b.label));
    } else {
        options.sort_by_cached_key(|o| o.label.to_lowercase());
    }
    options
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let AtlasState {
        dataset,
        filtered,
        filter_drawer,
        filters_collapsed,
        ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();

    // Memos, not derived signals: every checkbox row reads these, and a memo computes once
    // per change instead of once per read.
    let chosen = move |facet: Facet| {
        Signal::from(Memo::new(move |_| {
            store.state().with(|s| s.filters.values(facet).clone())
        }))
    };
    let counts = move |of: fn(&FacetCounts) -> Vec<u32>| {
        Signal::from(Memo::new(move |_| filtered.with(|s| of(&s.counts))))
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

    // The lists are built once per language: their rows stay put while counts change.
    let facets = move || {
        let locale = language.get();
        let option = |position: usize, key: &str, label: String| FacetOption {
            position,
            key: key.to_string(),
            label,
        };
        let countries = dataset
            .countries()
            .iter()
            .enumerate()
            .map(|(i, code)| option(i, code, country_name(code, locale).to_string()))
            .collect();
        let organizations = dataset
            .organizations()
            .iter()
            .enumerate()
            .map(|(i, o)| option(i, &o.id, organization_full(o, locale)))
            .collect();
        let topics = dataset
            .topics()
            .iter()
            .enumerate()
            .map(|(i, t)| option(i, &t.id, locale.pick(&t.name).text.to_string()))
            .collect();
        let modes = Mode::ALL
            .iter()
            .enumerate()
            .map(|(i, m)| option(i, m.key(), locale.text(present::mode(*m)).to_string()))
            .collect();
        view! {
            <FacetList
                legend=Key::Country
                hint=Key::CountryHint
                options=sorted_by_label(countries, locale)
                counts=counts(|c| c.countries.clone())
                chosen=chosen(Facet::Country)
                on_toggle=toggle(Facet::Country)
            />
            <FacetList
                legend=Key::Organization
                options=sorted_by_label(organizations, locale)
                counts=counts(|c| c.organizations.clone())
                chosen=chosen(Facet::Organization)
                on_toggle=toggle(Facet::Organization)
                search_label=Key::FindOrganization
            />
            <FacetList
                legend=Key::Topic
                options=sorted_by_label(topics, locale)
                counts=counts(|c| c.topics.clone())
                chosen=chosen(Facet::Topic)
                on_toggle=toggle(Facet::Topic)
            />
            <FacetList
                legend=Key::Mode
                options=modes
                counts=counts(|c| c.modes.to_vec())
                chosen=chosen_modes
                on_toggle=toggle_mode
            />
        }
    };
    let shown = move || {
        let locale = language.get();
        let count = locale.number(filtered.with(|s| s.events.len()));
        locale.fill(Key::CloseFilters, &[("shown", &count)])
    };

    view! {
        <aside
            class="region region--filters"
            data-region="filters"
            class:region--filters-open=move || filter_drawer.get()
            class:region--filters-collapsed=move || filters_collapsed.get()
            id="filters"
            aria-labelledby="filters-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" && filter_drawer.get_untracked() {
                    filter_drawer.set(false);
                }
            }
        >
            <div class="filters__bar">
                <h2 class="region__title" id="filters-title" tabindex="-1">
                    {language.t(Key::FiltersTitle)}
                </h2>
                <button class="button filters__done" on:click=move |_| filter_drawer.set(false)>
                    {shown}
                </button>
                <FiltersRailToggle />
            </div>
            <div class="filters__body" id="filters-body" hidden=move || filters_collapsed.get()>
                <SearchBox />
                <ActiveFilters />
                {facets}
                <DateWindow />
            </div>
        </aside>
    }
}
