//! The network's links: a line per drawn link, thicker for more shared events, titled with the
//! two names and the count; a click lists the events the two share.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{Counted, Locale};
use crate::domain::network::graph::Network;
use crate::ui::hooks::UsePanZoomReturn;
use crate::ui::network::network_scene::{Link, NetworkScene};
use crate::ui::network::network_state::NetworkState;

#[component]
pub fn NetworkLinks(
    network: Arc<Network>,
    /// One signal per drawn link, in the network's order of links.
    links: Vec<ReadSignal<Link>>,
    scene: NetworkScene,
    /// The drawing's gestures: a click that ends a drag is no click.
    gestures: UsePanZoomReturn,
    locale: Locale,
) -> impl IntoView {
    let state = NetworkState::expect();
    let lines = network
        .edges
        .iter()
        .zip(links)
        .enumerate()
        .map(|(e, (edge, link))| {
            let (a, b) = (edge.a, edge.b);
            let width = 1.0 + 1.6 * (edge.weight() as f64).ln();
            let label = scene.names.with_untracked(|n| {
                locale.count_with(
                    Counted::EdgeLabel,
                    edge.weight(),
                    &[("a", &n[a]), ("b", &n[b])],
                )
            });
            view! {
                <line
                    class="network__edge"
                    class:network__edge--lit=move || link.with(|l| l.lit)
                    x1=move || link.with(|l| l.from.0) y1=move || link.with(|l| l.from.1)
                    x2=move || link.with(|l| l.to.0) y2=move || link.with(|l| l.to.1)
                    stroke-width=width
                    data-a=network.nodes[a].key.clone()
                    data-b=network.nodes[b].key.clone()
                    on:click=move |_| if !gestures.dragged() { state.open_edge.set(Some(e)) }
                >
                    <title>{label}</title>
                </line>
            }
        })
        .collect_view();
    view! { <g class="network__edges">{lines}</g> }
}
