//! One facet as a group of checkboxes, each with the number of events it would give.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::search::{fold, SearchQuery};
use crate::ui::fan_out::fan_out;
use crate::ui::i18n::Language;

/// What one row shows besides its label.
#[derive(Clone, Debug, PartialEq)]
struct RowState {
    count: u32,
    checked: bool,
    /// Filtered out by the list's own search box.
    hidden: bool,
}

/// One value of a facet, as listed.
#[derive(Clone, Debug)]
pub struct FacetOption {
    /// Position of the value in the counts.
    pub position: usize,
    /// The value as stored in the filters (a code, an id or a mode key).
    pub key: String,
    pub label: String,
}

#[component]
pub fn FacetList(
    /// The group's visible title.
    legend: Key,
    /// Every value of the facet, in display order; the list itself never changes.
    options: Vec<FacetOption>,
    /// Events each value would give, by [`FacetOption::position`].
    counts: Signal<Vec<u32>>,
    /// Keys of the chosen values.
    chosen: Signal<BTreeSet<String>>,
    /// Called with a value's key when its checkbox is toggled.
    on_toggle: Callback<String>,
    /// A one-line explanation under the title.
    hint: Option<Key>,
    /// Adds a box that narrows the list (for long lists such as organizations), named so.
    search_label: Option<Key>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let list_query = RwSignal::new(String::new());
    let searchable = search_label.is_some();
    // Rows are created once and only their state is reactive, so keyboard focus stays on a
    // checkbox while counts change around it. Each row reads only its own state signal.
    let folded: Vec<String> = options.iter().map(|o| fold(&o.label)).collect();
    let keyed: Vec<(usize, String)> = options
        .iter()
        .map(|o| (o.position, o.key.clone()))
        .collect();
    let query = Memo::new(move |_| list_query.with(|q| SearchQuery::new(q)));
    let states = fan_out(options.len(), move |row| {
        let (position, key) = &keyed[row];
        RowState {
            count: counts.with(|c| c.get(*position).copied().unwrap_or(0)),
            checked: chosen.with(|c| c.contains(key)),
            hidden: !query.with(|q| q.matches(&folded[row])),
        }
    });
    let rows = options
        .into_iter()
        .zip(states)
        .map(|(option, state)| {
            let FacetOption { key, label, .. } = option;
            let count = move || state.with(|s| s.count);
            let checked = move || state.with(|s| s.checked);
            view! {
                <li class="facet__option" hidden=move || state.with(|s| s.hidden)>
                    <label class="facet__label" class:facet__label--empty=move || count() == 0>
                        <input
                            type="checkbox"
                            class="facet__checkbox"
                            prop:checked=checked
                            prop:disabled=move || count() == 0 && !checked()
                            on:change=move |_| on_toggle.run(key.clone())
                        />
                        <span class="facet__name">{label}</span>
                        <span class="facet__count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend class="facet__legend">{language.t(legend)}</legend>
            {hint.map(|hint| view! { <p class="facet__hint">{language.t(hint)}</p> })}
            {search_label.map(|label| view! {
                <input
                    type="search"
                    class="facet__search"
                    placeholder=language.t(label)
                    aria-label=language.t(label)
                    prop:value=move || list_query.get()
                    on:input=move |ev| list_query.set(event_target_value(&ev))
                />
            })}
            <ul class="facet__options" class:facet__options--scroll=searchable>{rows}</ul>
        </fieldset>
    }
}
