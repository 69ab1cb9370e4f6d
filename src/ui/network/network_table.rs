//! The network as a table, for screen readers and for people who prefer one: each node with
//! its country, its events and its partners (with the events they share), sortable; a name
//! filters by it, a partner lists the shared events. Rows are made only while it is open. A
//! row names its organization in full, as the filters and the panel do ("欧洲材料研究学会
//! (E-MRS)"); partners keep the short names of the drawing.

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::Key;
use crate::domain::pinyin::name_order_key;
use crate::domain::present::{facet_value, node_name};
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Events,
}

#[component]
pub fn NetworkTable() -> impl IntoView {
    let state = NetworkState::expect();
    let atlas = AtlasState::expect();
    let language = expect_context::<Language>();
    let open = RwSignal::new(false);
    let sort = RwSignal::new(Column::Events);
    let rows = move || {
        if !open.get() {
            return None;
        }
        let locale = language.get();
        let network = state.network.get();
        let mut order: Vec<usize> = (0..network.nodes.len()).collect();
        let names: Vec<String> = order
            .iter()
            .map(|&i| node_name(&atlas.dataset, &network, i, locale))
            .collect();
        // Rows name organizations in full, as the filters do.
        let row_names: Vec<String> = network
            .nodes
            .iter()
            .map(|node| facet_value(&atlas.dataset, network.kind.facet(), &node.key, locale))
            .collect();
        if sort.get() == Column::Name {
            order.sort_by_cached_key(|&i| name_order_key(&row_names[i], locale));
        }
        let rows = order
            .into_iter()
            .map(|i| {
                let node = &network.nodes[i];
                let partners = network
                    .partners(i)
                    .map(|(other, e)| {
                        let text = format!("{} ({})", names[other], network.edges[e].weight());
                        view! {
                            <li>
                                <button class="button button--link" on:click=move |_| state.open_edge.set(Some(e))>
                                    {text}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                let country = node.country.as_deref().map(|c| country_name(c, locale).to_string()).unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">
                            <button class="button button--link" on:click=move |_| state.toggle_filter(i)>
                                {row_names[i].clone()}
                            </button>
                        </th>
                        <td>{country}</td>
                        <td class="network-table__number">{node.events}</td>
                        <td><ul class="network-table__partners">{partners}</ul></td>
                    </tr>
                }
            })
            .collect_view();
        Some(rows)
    };
    let header = move |column: Column, key: Key| {
        let locale = language.get();
        let name = locale.text(key);
        view! {
            <th scope="col" aria-sort=move || if sort.get() == column { if column == Column::Events { "descending" } else { "ascending" } } else { "none" }>
                <button
                    class="button button--link"
                    aria-label=locale.fill(Key::SortBy, &[("column", name)])
                    on:click=move |_| sort.set(column)
                >
                    {name}
                </button>
            </th>
        }
    };
    view! {
        <details class="network-table" on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            let details = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            open.set(details.is_some_and(|d| d.open()));
        }>
            <summary>{language.t(Key::NetworkTable)}</summary>
            <table>
                <thead>
                    <tr>
                        {move || header(Column::Name, Key::ColumnName)}
                        <th scope="col">{language.t(Key::Countries)}</th>
                        {move || header(Column::Events, Key::ColumnEvents)}
                        <th scope="col">{language.t(Key::ColumnPartners)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
