//! What the network's parts share: the network of the filtered events, where its nodes are
//! (laid out a few ticks per animation frame, so a large network never holds the page), the
//! camera, and which node is hovered and which link is open.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::camera::Movable;
use crate::domain::network::camera::NetworkCamera;
use crate::domain::network::graph::{Network, NodeKind};
use crate::domain::network::layout::Simulation;
use crate::domain::view_state::ViewState;
use crate::ui::hooks::refit_unless_moved;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Milliseconds of layout per animation frame, so the page keeps answering.
const FRAME_BUDGET_MS: f64 = 12.0;
/// How often an unsettled layout is drawn: redrawing every frame would cost more than the
/// layout itself.
const DRAW_EVERY_MS: f64 = 300.0;
/// The height of the toolbar floating over the drawing's top (wider screens), and of the
/// table and export controls over its bottom (on phones the exports move to the top).
const TOOLBAR_PX: f64 = 52.0;
const BOTTOM_CONTROLS_PX: f64 = 44.0;

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

#[derive(Clone, Copy)]
pub struct NetworkState {
    pub kind: Memo<NodeKind>,
    pub network: Memo<Arc<Network>>,
    /// Node positions in layout units, parallel to the network's nodes.
    pub positions: RwSignal<Arc<Vec<(f64, f64)>>>,
    pub radii: RwSignal<Arc<Vec<f64>>>,
    pub camera: RwSignal<Movable<NetworkCamera>>,
    /// The node under the pointer or the keyboard focus.
    pub hovered: RwSignal<Option<usize>>,
    /// The link whose shared events are listed.
    pub open_edge: RwSignal<Option<usize>>,
    /// Milliseconds from the last change of the network to its settled layout.
    pub settle_ms: RwSignal<Option<f64>>,
    /// Of those, the milliseconds spent computing the layout.
    pub layout_ms: StoredValue<f64>,
    simulation: StoredValue<Option<Simulation>>,
    /// Where each node was last drawn, by key: the next layout starts there.
    placed: StoredValue<HashMap<String, (f64, f64)>>,
    generation: StoredValue<u64>,
}

impl NetworkState {
    pub fn provide(atlas: &AtlasState) -> NetworkState {
        let store = expect_context::<ViewStore>();
        let kind = Memo::new(move |_| store.state().with(|s| s.network.unwrap_or_default()));
        let dataset = atlas.dataset.clone();
        let filtered = atlas.filtered;
        let network = Memo::new(move |_| {
            let kind = kind.get();
            filtered.with(|f| Arc::new(Network::build(&dataset, &f.events, kind)))
        });
        let state = NetworkState {
            kind,
            network,
            positions: RwSignal::new(Arc::new(Vec::new())),
            radii: RwSignal::new(Arc::new(Vec::new())),
            camera: RwSignal::new(Movable::new(NetworkCamera::fit(
                &[],
                &[],
                600.0,
                400.0,
                (0.0, 0.0),
            ))),
            hovered: RwSignal::new(None),
            open_edge: RwSignal::new(None),
            settle_ms: RwSignal::new(None),
            layout_ms: StoredValue::new(0.0),
            simulation: StoredValue::new(None),
            placed: StoredValue::new(HashMap::new()),
            generation: StoredValue::new(0),
        };
        Effect::new(move |_| {
            let network = network.get();
            state.hovered.set(None);
            state.open_edge.set(None);
            let simulation = Simulation::new(&network, &state.placed.get_value());
            state.radii.set(Arc::new(simulation.radii().to_vec()));
            state.simulation.set_value(Some(simulation));
            state.generation.update_value(|g| *g += 1);
            state.settle_ms.set(None);
            state.layout_ms.set_value(0.0);
            let now = now_ms();
            state.advance(state.generation.get_value(), now, now);
        });
        provide_context(state);
        state
    }

    /// How many layouts have started since the region opened (one per change of network).
    pub fn layouts(&self) -> u64 {
        self.generation.get_value()
    }

    pub fn expect() -> NetworkState {
        expect_context::<NetworkState>()
    }

    /// Runs layout steps for a frame's budget, draws them when settled (or when the last
    /// drawing is `DRAW_EVERY_MS` old), and asks for the next frame until settled; a newer
    /// layout (`generation`) stops an older one.
    fn advance(self, generation: u64, started: f64, drawn: f64) {
        // A newer layout, or the region gone (switched to the map), stops this one.
        if self.generation.try_get_value() != Some(generation) {
            return;
        }
        let frame_start = now_ms();
        let Some(settled) = self
            .simulation
            .try_update_value(|s| {
                s.as_mut().map(|s| loop {
                    if s.run(3) || now_ms() - frame_start > FRAME_BUDGET_MS {
                        break s.is_settled();
                    }
                })
            })
            .flatten()
        else {
            return;
        };
        let now = now_ms();
        self.layout_ms.update_value(|ms| *ms += now - frame_start);
        let draw = settled || now - drawn > DRAW_EVERY_MS;
        if draw {
            let positions = self
                .simulation
                .with_value(|s| s.as_ref().map(|s| s.positions().to_vec()))
                .unwrap_or_default();
            self.positions.set(Arc::new(positions));
            refit_unless_moved(self.camera, self.fitted());
        }
        let drawn = if draw { now } else { drawn };
        if settled {
            let placed = self.network.with_untracked(|n| {
                self.simulation
                    .with_value(|s| s.as_ref().map(|s| s.placed(n)))
                    .unwrap_or_default()
            });
            self.placed.set_value(placed);
            self.settle_ms.set(Some(now_ms() - started));
        } else {
            request_animation_frame(move || self.advance(generation, started, drawn));
        }
    }

    /// The view that shows every node in the drawing's current size.
    pub fn fitted(&self) -> NetworkCamera {
        let camera = self.camera.get_untracked().camera;
        self.positions.with_untracked(|p| {
            self.radii.with_untracked(|r| {
                // Phones put the toolbar above the drawing and the exports in its top corner.
                let top = if camera.width > 500.0 {
                    TOOLBAR_PX
                } else {
                    BOTTOM_CONTROLS_PX
                };
                let insets = (top, BOTTOM_CONTROLS_PX);
                NetworkCamera::fit(p, r, camera.width, camera.height, insets)
            })
        })
    }

    pub fn fit(&self) {
        let fitted = self.fitted();
        self.camera.update(|m| m.reset_to(fitted));
    }

    /// The drawing was laid out at `width`×`height` pixels.
    pub fn resize(&self, width: f64, height: f64) {
        let camera = self.camera.get_untracked().camera;
        let resized = NetworkCamera {
            width,
            height,
            ..camera
        };
        self.camera.update(|m| m.camera = resized);
        refit_unless_moved(self.camera, self.fitted());
    }

    /// Filters by node `i` (its organization or country), or drops that filter when it is on.
    pub fn toggle_filter(&self, i: usize) {
        let Some(key) = self
            .network
            .with_untracked(|n| n.nodes.get(i).map(|n| n.key.clone()))
        else {
            return;
        };
        let facet = self.kind.get_untracked().facet();
        expect_context::<ViewStore>().change(HistoryEntry::Step, |s: &mut ViewState| {
            s.filters.toggle(facet, &key)
        });
    }
}
