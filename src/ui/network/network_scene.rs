//! What the network drawing derives from the shared state, once per change: which nodes light
//! up, which the selected event holds, each node's name and shown name, where every disc is on
//! screen and which names fit; and, per network, one signal per disc and per link.

use leptos::prelude::*;

use crate::domain::network::graph::Network;
use crate::domain::network::labels::{label_spots, LabelSpot, LABEL_FONT_PX};
use crate::domain::present::{fit_text, node_name};
use crate::ui::fan_out::fan_out;
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;
use crate::ui::state::AtlasState;

/// Links drawn at most (the heaviest); the rest are in the table and the exports.
pub const MAX_DRAWN_EDGES: usize = 600;
/// The widest a name under a disc may be; longer ones are cut with an ellipsis.
const LABEL_ROOM_PX: f64 = 150.0;

/// Where and how a disc is drawn, in drawing pixels.
#[derive(Clone, PartialEq)]
pub struct Disc {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// Where its name is written, if anywhere.
    pub label: Option<LabelSpot>,
    /// Hovered, or a partner of the hovered node.
    pub lit: bool,
    pub dim: bool,
}

/// Where a link is drawn, and whether it is lit.
#[derive(Clone, PartialEq)]
pub struct Link {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub lit: bool,
}

/// Every disc's centre and radius in drawing pixels, parallel to the network's nodes.
#[derive(Clone, PartialEq)]
struct OnScreen {
    centres: Vec<(f64, f64)>,
    radii: Vec<f64>,
}

#[derive(Clone, Copy)]
pub struct NetworkScene {
    /// Per node: hovered, or a partner of the hovered node.
    lit: Memo<Vec<bool>>,
    /// The organizations (or countries) that took part in the selected event.
    pub selected_keys: Memo<Vec<String>>,
    /// Each node's name, once per network and language: link titles read it.
    pub names: Memo<Vec<String>>,
    /// Each node's name as drawn, cut to its room.
    pub shown_names: Memo<Vec<String>>,
    /// Every disc's centre and radius in drawing pixels, once per layout or camera change.
    on_screen: Memo<OnScreen>,
    /// Per node: where its name fits among the others, if anywhere.
    named: Memo<Vec<Option<LabelSpot>>>,
    state: NetworkState,
}

impl NetworkScene {
    pub fn new(state: NetworkState, atlas: &AtlasState, language: Language) -> NetworkScene {
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
        let selecting = atlas.clone();
        let selected_keys = Memo::new(move |_| {
            let kind = state.kind.get();
            selecting.selected_idx.get().map_or(Vec::new(), |p| {
                kind.members(&selecting.dataset.events()[p]).to_vec()
            })
        });
        let dataset = atlas.dataset.clone();
        let names = Memo::new(move |_| {
            let locale = language.get();
            state.network.with(|n| {
                (0..n.nodes.len())
                    .map(|i| node_name(&dataset, n, i, locale))
                    .collect::<Vec<_>>()
            })
        });
        let shown_names = Memo::new(move |_| {
            names.with(|names| {
                names
                    .iter()
                    .map(|name| {
                        fit_text(name, LABEL_ROOM_PX, LABEL_FONT_PX).unwrap_or(name.clone())
                    })
                    .collect::<Vec<_>>()
            })
        });
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
                    OnScreen { centres, radii }
                })
            })
        });
        let named = Memo::new(move |_| {
            on_screen.with(|s| shown_names.with(|names| label_spots(&s.centres, &s.radii, names)))
        });
        NetworkScene {
            lit,
            selected_keys,
            names,
            shown_names,
            on_screen,
            named,
            state,
        }
    }

    /// One signal per disc of `network`. Thousands of attributes reading the layout and the
    /// camera directly would each subscribe to them, and dropping those subscriptions when the
    /// network changes costs O(n²) (see `fan_out`).
    pub fn discs(&self, network: &Network) -> Vec<ReadSignal<Disc>> {
        let NetworkScene {
            lit,
            on_screen,
            named,
            state,
            ..
        } = *self;
        fan_out(network.nodes.len(), move |i| {
            let ((x, y), r) = on_screen.with(|s| {
                (
                    s.centres.get(i).copied().unwrap_or_default(),
                    s.radii.get(i).copied().unwrap_or_default(),
                )
            });
            let lit = lit.with(|l| l.get(i).copied().unwrap_or(false));
            Disc {
                x,
                y,
                r,
                label: named.with(|l| l.get(i).copied().flatten()),
                lit,
                dim: state.hovered.get().is_some() && !lit,
            }
        })
    }

    /// One signal per drawn link of `network` (the [`MAX_DRAWN_EDGES`] heaviest).
    pub fn links(&self, network: &Network) -> Vec<ReadSignal<Link>> {
        let NetworkScene {
            on_screen, state, ..
        } = *self;
        let drawn: Vec<(usize, usize)> = network
            .edges
            .iter()
            .take(MAX_DRAWN_EDGES)
            .map(|e| (e.a, e.b))
            .collect();
        fan_out(drawn.len(), move |e| {
            let (a, b) = drawn[e];
            let end = |i: usize| on_screen.with(|s| s.centres.get(i).copied().unwrap_or_default());
            Link {
                from: end(a),
                to: end(b),
                lit: state.hovered.get().is_some_and(|h| h == a || h == b),
            }
        })
    }
}
