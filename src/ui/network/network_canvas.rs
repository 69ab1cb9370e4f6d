//! The network drawing: links, then discs, then their names, in one SVG that drag, wheel,
//! pinch and keys move (through `use_pan_zoom`). Elements are made once per network; their
//! places follow the layout and the camera attribute by attribute (see [`NetworkScene`]).

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::network::labels::LABEL_FONT_PX;
use crate::domain::network::legend::Legend;
use crate::domain::present::text_width;
use crate::ui::hooks::{locate_in_pixels, use_element_size, use_pan_zoom, UsePanZoomOptions};
use crate::ui::i18n::Language;
use crate::ui::network::network_links::NetworkLinks;
use crate::ui::network::network_node::NetworkNode;
use crate::ui::network::network_scene::NetworkScene;
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

/// What a press on the drawing leaves alone.
const ON_TOP: &str = ".network__node, .network__edge";

#[component]
pub fn NetworkCanvas() -> impl IntoView {
    let state = NetworkState::expect();
    let language = expect_context::<Language>();
    let scene = NetworkScene::new(state, &AtlasState::expect(), language);
    let frame: NodeRef<leptos::html::Div> = NodeRef::new();
    use_element_size(frame, move |width, height| state.resize(width, height));
    let gestures = use_pan_zoom(
        state.camera,
        Callback::new(move |()| state.fit()),
        UsePanZoomOptions {
            locate: locate_in_pixels,
            arrows_pan: true,
            leave_to: Some(ON_TOP),
        },
    );
    let drawing = move || {
        let network = state.network.get();
        // Names in labels and titles follow the language (the drawing is made again).
        let locale = language.get();
        let neighbours = network.neighbours();
        let legend = Legend::of(&network);
        let discs = scene.discs(&network);
        let links = scene.links(&network);
        let nodes = discs
            .iter()
            .enumerate()
            .map(|(node, &disc)| {
                view! {
                    <NetworkNode
                        network=network.clone()
                        node
                        partners=neighbours[node].len()
                        colour=legend.colour(network.nodes[node].country.as_deref())
                        disc
                        scene
                        gestures
                        locale
                    />
                }
            })
            .collect_view();
        // Names in their own layer, outside the nodes: a node's accessible name is its full
        // name, which a cut short label would contradict.
        let names = discs
            .into_iter()
            .enumerate()
            .map(|(node, disc)| {
                let name = scene
                    .shown_names
                    .with_untracked(|n| n.get(node).cloned().unwrap_or_default());
                // The room the placement gave the name (tests check the places it left out).
                let room = format!("{:.1}", text_width(&name, LABEL_FONT_PX));
                view! {
                    <text
                        class="network__label"
                        data-room=room
                        x=move || disc.with(|d| d.label.map_or(d.x, |l| l.x))
                        y=move || disc.with(|d| d.label.map_or(d.y, |l| l.y))
                        text-anchor=move || disc.with(|d| d.label.map_or("middle", |l| l.anchor.css()))
                        visibility=move || if disc.with(|d| d.label.is_some()) { "visible" } else { "hidden" }
                        class:network__label--dim=move || disc.with(|d| d.dim)
                    >
                        {name}
                    </text>
                }
            })
            .collect_view();
        view! {
            <NetworkLinks network=network.clone() links scene gestures locale />
            <g class="network__nodes">{nodes}</g>
            <g class="network__labels" aria-hidden="true">{names}</g>
        }
    };
    view! {
        <div
            class="network"
            node_ref=frame
            tabindex="0"
            role="group"
            aria-label=language.t(Key::NetworkDescription)
            data-settle-ms=move || state.settle_ms.get().map(|ms| format!("{ms:.0}"))
            data-layout-ms=move || state.settle_ms.get().map(|_| format!("{:.0}", state.layout_ms.get_value()))
            data-layout=move || state.settle_ms.get().map(|_| state.layouts())
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    state.open_edge.set(None);
                } else {
                    gestures.on_key.run(ev);
                }
            }
        >
            <svg
                class="network__svg"
                on:pointerdown=move |ev| gestures.on_pointer_down.run(ev)
                on:pointermove=move |ev| gestures.on_pointer_move.run(ev)
                on:pointerup=move |ev| gestures.on_pointer_up.run(ev)
                on:pointercancel=move |ev| gestures.on_pointer_up.run(ev)
                on:wheel=move |ev| gestures.on_wheel.run(ev)
            >
                {drawing}
            </svg>
            {move || state.network.with(|n| n.edges.is_empty()).then(|| view! {
                <p class="network__empty">{language.t(Key::NetworkEmpty)}</p>
            })}
        </div>
    }
}
