//! The network drawing: links, then discs with their names, in one SVG that drag, wheel,
//! pinch and keys move (through `use_pan_zoom`). Elements are made once per network; their
//! places follow the layout and the camera attribute by attribute.

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::Key;
use crate::domain::network::labels::{shown_labels, LABEL_FONT_PX};
use crate::domain::present::{fit_text, node_full_name, node_name};
use crate::domain::random::fnv1a;
use crate::ui::fan_out::fan_out;
use crate::ui::focus::focus_after_render;
use crate::ui::hooks::{locate_in_pixels, use_element_size, use_pan_zoom, UsePanZoomOptions};
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

/// Links drawn at most (the heaviest); the rest are in the table and the exports.
pub const MAX_DRAWN_EDGES: usize = 600;
/// Colours for countries, by a hash of the code (see `.network__node--c*` in the stylesheet).
const PALETTE: u32 = 10;

/// The widest a name under a disc may be; longer ones are cut with an ellipsis.
const LABEL_ROOM_PX: f64 = 150.0;

/// What a press on the drawing leaves alone.
const ON_TOP: &str = ".network__node, .network__edge";

/// Where and how a disc is drawn, in drawing pixels.
#[derive(Clone, PartialEq)]
struct Disc {
    x: f64,
    y: f64,
    r: f64,
    /// Whether its name is shown.
    named: bool,
    /// Hovered, or a partner of the hovered node.
    lit: bool,
    dim: bool,
}

/// Where a link is drawn, and whether it is lit.
#[derive(Clone, PartialEq)]
struct Link {
    from: (f64, f64),
    to: (f64, f64),
    lit: bool,
}

#[component]
pub fn NetworkCanvas() -> impl IntoView {
    let state = NetworkState::expect();
    let atlas = AtlasState::expect();
    let language = expect_context::<Language>();
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
    // Each node's neighbours light up with it.
    let lit = Memo::new(move |_| {
        let hovered = state.hovered.get();
        state.network.with(|n| {
            let mut lit = vec![false; n.nodes.len()];
            if let Some(h) = hovered {
                lit[h] = true;
                for (other, _) in n.partners(h) {
                    lit[other] = true;
                }
            }
            lit
        })
    });
    // The selected event's taking part organizations (or countries).
    let selecting = atlas.clone();
    let selected_keys = Memo::new(move |_| {
        let kind = state.kind.get();
        selecting.selected_idx.get().map_or(Vec::new(), |p| {
            kind.members(&selecting.dataset.events()[p]).to_vec()
        })
    });
    // Each node's name, once per network and language: labels, link titles and the label
    // placement read it.
    let naming = atlas.clone();
    let names = Memo::new(move |_| {
        let locale = language.get();
        state.network.with(|n| {
            (0..n.nodes.len())
                .map(|i| node_name(&naming.dataset, n, i, locale))
                .collect::<Vec<_>>()
        })
    });
    let shown_names = Memo::new(move |_| {
        names.with(|names| {
            names
                .iter()
                .map(|name| fit_text(name, LABEL_ROOM_PX, LABEL_FONT_PX).unwrap_or(name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Every disc's centre and radius in drawing pixels, once per layout or camera change.
    let on_screen = Memo::new(move |_| {
        let camera = state.camera.get().camera;
        state.positions.with(|p| {
            state.radii.with(|r| {
                let centres: Vec<(f64, f64)> = p
                    .iter()
                    .map(|&q| {
                        let s = camera.to_screen(q);
                        (s.x, s.y)
                    })
                    .collect();
                let radii: Vec<f64> = r.iter().map(|&r| camera.radius(r)).collect();
                (centres, radii)
            })
        })
    });
    let labels = Memo::new(move |_| {
        on_screen
            .with(|(centres, radii)| shown_names.with(|names| shown_labels(centres, radii, names)))
    });
    let drawing = move || {
        let network = state.network.get();
        // Names in labels and titles follow the language (the drawing is made again).
        let locale = language.get();
        let neighbours = network.neighbours();
        // One signal per disc and per link, fed by one effect each: thousands of attributes
        // reading the layout and the camera directly would each subscribe to them, and
        // dropping those subscriptions when the network changes costs O(n²) (see `fan_out`).
        let discs = fan_out(network.nodes.len(), move |i| {
            let ((x, y), r) = on_screen.with(|(c, r)| {
                (
                    c.get(i).copied().unwrap_or_default(),
                    r.get(i).copied().unwrap_or_default(),
                )
            });
            let lit = lit.with(|l| l.get(i).copied().unwrap_or(false));
            Disc {
                x,
                y,
                r,
                named: labels.with(|l| l.get(i).copied().unwrap_or(false)),
                lit,
                dim: state.hovered.get().is_some() && !lit,
            }
        });
        let drawn_edges: Vec<(usize, usize)> = network
            .edges
            .iter()
            .take(MAX_DRAWN_EDGES)
            .map(|e| (e.a, e.b))
            .collect();
        let links = fan_out(drawn_edges.len(), move |e| {
            let (a, b) = drawn_edges[e];
            let end = |i: usize| on_screen.with(|(c, _)| c.get(i).copied().unwrap_or_default());
            Link {
                from: end(a),
                to: end(b),
                lit: state.hovered.get().is_some_and(|h| h == a || h == b),
            }
        });
        let edges = network
            .edges
            .iter()
            .enumerate()
            .take(MAX_DRAWN_EDGES)
            .map(|(e, edge)| {
                let (a, b) = (edge.a, edge.b);
                let link = links[e];
                let width = 1.0 + 1.6 * (edge.weight() as f64).ln();
                let label = names.with_untracked(|n| {
                    locale.fill(
                        Key::EdgeLabel,
                        &[
                            ("a", &n[a]),
                            ("b", &n[b]),
                            ("count", &locale.number(edge.weight())),
                        ],
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
        let nodes = network
            .nodes
            .iter()
            .enumerate()
            .map(|(i, node)| {
                let key = node.key.clone();
                let colour = node.country.as_deref().map_or("network__node--none".to_string(), |c| {
                    format!("network__node--c{}", fnv1a(c) % PALETTE)
                });
                let country = node
                    .country
                    .as_deref()
                    .map_or(locale.text(Key::CountryUnknown).to_string(), |c| country_name(c, locale).to_string());
                let label = locale.fill(
                    Key::NodeLabel,
                    &[
                        ("name", &node_full_name(&atlas.dataset, &network, i, locale)),
                        ("country", &country),
                        ("events", &locale.number(node.events as usize)),
                        ("partners", &locale.number(neighbours[i].len())),
                    ],
                );
                let selected_key = key.clone();
                let focus_key = key.clone();
                let atlas = atlas.clone();
                let events_of = move || {
                    let kind = state.kind.get_untracked();
                    let key = state.network.with_untracked(|n| n.nodes.get(i).map(|n| n.key.clone()));
                    let Some(key) = key else { return Vec::new() };
                    atlas.filtered.with_untracked(|f| {
                        f.events
                            .iter()
                            .copied()
                            .filter(|&p| kind.members(&atlas.dataset.events()[p]).contains(&key))
                            .collect()
                    })
                };
                let highlighted = atlas.highlighted;
                let enter = move || {
                    state.hovered.set(Some(i));
                    let mut events = events_of();
                    events.sort_unstable();
                    highlighted.set(events);
                };
                let leave = move || {
                    state.hovered.set(None);
                    highlighted.set(Vec::new());
                };
                let focus = enter.clone();
                let disc = discs[i];
                view! {
                    <g
                        class=format!("network__node {colour}")
                        class:network__node--lit=move || disc.with(|d| d.lit)
                        class:network__node--dim=move || disc.with(|d| d.dim)
                        class:network__node--selected=move || selected_keys.with(|k| k.contains(&selected_key))
                        tabindex="0"
                        role="button"
                        aria-label=label
                        data-key=key
                        on:pointerenter=move |_| enter()
                        on:pointerleave=move |_| leave()
                        on:focus=move |_| focus()
                        on:blur=move |_| leave()
                        on:click=move |_| if !gestures.dragged() { state.toggle_filter(i) }
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                ev.stop_propagation();
                                state.toggle_filter(i);
                                // The drawing is made anew for the filtered network; the focus
                                // stays on this node when it is still in it.
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
            })
            .collect_view();
        // Names in their own layer, outside the nodes: a node's accessible name is its full
        // name, which a cut short label would contradict.
        let labels = (0..network.nodes.len())
            .map(|i| {
                let name = shown_names.with_untracked(|n| n.get(i).cloned().unwrap_or_default());
                let disc = discs[i];
                view! {
                    <text
                        class="network__label"
                        x=move || disc.with(|d| d.x)
                        y=move || disc.with(|d| d.y + d.r + 13.0)
                        visibility=move || if disc.with(|d| d.named) { "visible" } else { "hidden" }
                        class:network__label--dim=move || disc.with(|d| d.dim)
                    >
                        {name}
                    </text>
                }
            })
            .collect_view();
        view! {
            <g class="network__edges">{edges}</g>
            <g class="network__nodes">{nodes}</g>
            <g class="network__labels" aria-hidden="true">{labels}</g>
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
