//! One disc of the network: its colour by country, its accessible name, and what hovering,
//! focusing, clicking and Enter do (light up its partners and events, filter by it).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::{Counted, Key, Locale};
use crate::domain::network::graph::{Network, NodeKind};
use crate::domain::network::legend::Colour;
use crate::domain::present::node_full_name;
use crate::ui::focus::focus_after_render;
use crate::ui::hooks::UsePanZoomReturn;
use crate::ui::network::network_scene::{Disc, NetworkScene};
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

#[component]
pub fn NetworkNode(
    /// The network the node belongs to.
    network: Arc<Network>,
    /// The node's position in it.
    node: usize,
    /// How many partners the node has.
    partners: usize,
    /// Its colour, as the legend names it.
    colour: Colour,
    /// Where and how it is drawn.
    disc: ReadSignal<Disc>,
    scene: NetworkScene,
    /// The drawing's gestures: a click that ends a drag is no click.
    gestures: UsePanZoomReturn,
    locale: Locale,
) -> impl IntoView {
    let state = NetworkState::expect();
    let atlas = AtlasState::expect();
    let drawn = &network.nodes[node];
    let key = drawn.key.clone();
    let colour = colour.class();
    let country = drawn.country.as_deref().map_or_else(
        || locale.text(Key::CountryUnknown).to_string(),
        |c| country_name(c, locale).to_string(),
    );
    let name = node_full_name(&atlas.dataset, &network, node, locale);
    let events = locale.count(Counted::Events, drawn.events as usize);
    let partners = locale.count(Counted::Partners, partners);
    // A country node is named by its country already: "China: 25 events", not "China (China)".
    let label = match network.kind {
        NodeKind::Country => locale.fill(
            Key::NodeLabelCountry,
            &[
                ("name", &name),
                ("events", &events),
                ("partners", &partners),
            ],
        ),
        NodeKind::Organization => locale.fill(
            Key::NodeLabel,
            &[
                ("name", &name),
                ("country", &country),
                ("events", &events),
                ("partners", &partners),
            ],
        ),
    };
    // The node's events light up in the list and on the timeline.
    let events_of = {
        let atlas = atlas.clone();
        let key = key.clone();
        move || {
            let kind = state.kind.get_untracked();
            atlas.filtered.with_untracked(|f| {
                let mut events: Vec<usize> = f
                    .events
                    .iter()
                    .copied()
                    .filter(|&p| kind.members(&atlas.dataset.events()[p]).contains(&key))
                    .collect();
                events.sort_unstable();
                events
            })
        }
    };
    let highlighted = atlas.highlighted;
    let enter = move || {
        state.hovered.set(Some(node));
        highlighted.set(events_of());
    };
    let leave = move || {
        state.hovered.set(None);
        highlighted.set(Vec::new());
    };
    let focus = enter.clone();
    let selected_key = key.clone();
    let focus_key = key.clone();
    view! {
        <g
            class=format!("network__node {colour}")
            class:network__node--lit=move || disc.with(|d| d.lit)
            class:network__node--dim=move || disc.with(|d| d.dim)
            class:network__node--selected=move || scene.selected_keys.with(|k| k.contains(&selected_key))
            tabindex="0"
            role="button"
            aria-label=label
            data-key=key
            on:pointerenter=move |_| enter()
            on:pointerleave=move |_| leave()
            on:focus=move |_| focus()
            on:blur=move |_| leave()
            on:click=move |_| if !gestures.dragged() { state.toggle_filter(node) }
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    state.toggle_filter(node);
                    // The drawing is made anew for the filtered network; the focus stays on
                    // this node when it is still in it.
                    focus_after_render(format!(".network__node[data-key=\"{focus_key}\"]"));
                }
            }
        >
            <circle
                cx=move || disc.with(|d| d.x)
                cy=move || disc.with(|d| d.y)
                r=move || disc.with(|d| d.r)
            />
        </g>
    }
}
