//! The filter sidebar: search, facets for country, organization, topic and mode, and dates.
//! On a phone it is a drawer, opened from the button above the map.

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::i18n::{Counted, Key, Locale};
use crate::domain::model::{Facet, Mode};
use crate::domain::pinyin::name_order_key;
use crate::domain::present::{facet_name, facet_value};
use crate::ui::filters::active_filters::ActiveFilters;
use crate::ui::filters::date_window::DateWindow;
use crate::ui::filters::facet_list::{FacetList, FacetOption};
use crate::ui::filters::filters_rail_toggle::FiltersRailToggle;
use crate::ui::filters::search_box::SearchBox;
use crate::ui::focus::use_focus_return;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Every value of `facet` with its label in `locale`, in the order the list shows them:
/// countries, organizations and topics by label (in Chinese by pinyin), modes in their own order.
fn facet_options(dataset: &Dataset, facet: Facet, locale: Locale) -> Vec<FacetOption> {
    let keys: Vec<&str> = match facet {
        Facet::Country => dataset.countries().iter().map(String::as_str).collect(),
        Facet::Organization => dataset
            .organizations()
            .iter()
            .map(|o| o.id.as_str())
            .collect(),
        Facet::Topic => dataset.topics().iter().map(|t| t.id.as_str()).collect(),
        Facet::Mode => Mode::ALL.iter().map(|m| m.key()).collect(),
    };
    let mut options: Vec<FacetOption> = keys
        .into_iter()
        .enumerate()
        .map(|(position, key)| FacetOption {
            position,
            key: key.to_string(),
            label: facet_value(dataset, facet, key, locale),
        })
        .collect();
    match facet {
        Facet::Mode => {}
        // Chinese labels by pinyin, Latin ones among them by their letters.
        _ => options.sort_by_cached_key(|o| name_order_key(&o.label, locale)),
    }
    options
}

/// A facet's hint under its title, and the label of the box that narrows its list, if any.
fn facet_extras(facet: Facet) -> (Option<Key>, Option<Key>) {
    match facet {
        Facet::Country => (Some(Key::CountryHint), None),
        Facet::Organization => (None, Some(Key::FindOrganization)),
        Facet::Topic | Facet::Mode => (None, None),
    }
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
    use_focus_return("#filters", move || filter_drawer.get());

    // The lists are built once per language: their rows stay put while counts change. The
    // chosen values and the counts are memos, not derived signals: every checkbox row reads
    // them, and a memo computes once per change instead of once per read.
    let facets = move || {
        let locale = language.get();
        Facet::ALL
            .into_iter()
            .map(|facet| {
                let chosen = Memo::new(move |_| {
                    store.state().with(|s| {
                        s.filters
                            .chosen(facet)
                            .into_iter()
                            .map(str::to_string)
                            .collect()
                    })
                });
                let counts = Memo::new(move |_| filtered.with(|s| s.counts.of(facet).to_vec()));
                let on_toggle = Callback::new(move |key: String| {
                    store.change(HistoryEntry::Step, |s| s.filters.toggle(facet, &key))
                });
                let (hint, search_label) = facet_extras(facet);
                view! {
                    <FacetList
                        legend=facet_name(facet)
                        hint
                        search_label
                        options=facet_options(&dataset, facet, locale)
                        counts=Signal::from(counts)
                        chosen=Signal::from(chosen)
                        on_toggle
                    />
                }
            })
            .collect_view()
    };
    let shown = move || {
        let locale = language.get();
        locale.count(Counted::CloseFilters, filtered.with(|s| s.events.len()))
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
