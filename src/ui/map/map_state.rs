//! The map's state, shared with its parts through context: the camera, the arcs toggle, and
//! what is derived from the filtered events (venues, clusters at the current zoom), the open
//! chooser and tooltip, and the drawn scale.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::camera::Movable;
use crate::domain::dataset::Dataset;
use crate::domain::geo::cluster::marker_radius;
use crate::domain::geo::cluster::{cluster, splitting_viewport, Cluster, Weighted};
use crate::domain::geo::venues::{group_by_venue, VenuesOnMap};
use crate::domain::geo::viewport::{Room, Viewport, VIEW_WIDTH};
use crate::domain::plane::{Bounds, Point};
use crate::ui::event_link::focus_panel_title;
use crate::ui::hooks::refit_unless_moved;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Fitting to events never zooms in further than this: about 30° of longitude across, so a
/// single venue shows its country and neighbours, not a few jagged 1:110m coastline segments.
pub const FIT_MAX_ZOOM: f64 = 12.0;

/// What floats over the map and hides markers under it: the toolbar (over its top on wider
/// screens), the closed tray of online and unplaced events, and a phone's event sheet.
const COVERING: [&str; 3] = [
    "[data-region=\"map\"] .region__bar",
    ".tray > summary",
    ".region--panel.region--panel-open",
];

/// The parts of the map the [`COVERING`] controls hide, in view units. Read from the layout
/// when the map is fitted (after a filter change, a resize, "Fit"), not on every frame.
fn covering_controls(units_per_pixel: f64) -> Vec<Bounds> {
    let Some(map) = document().query_selector(".map").ok().flatten() else {
        return Vec::new();
    };
    let frame = map.get_bounding_client_rect();
    COVERING
        .iter()
        .filter_map(|selector| document().query_selector(selector).ok().flatten())
        .filter_map(|control| {
            let r = control.get_bounding_client_rect();
            let (left, top) = (r.left().max(frame.left()), r.top().max(frame.top()));
            let (right, bottom) = (r.right().min(frame.right()), r.bottom().min(frame.bottom()));
            (right > left && bottom > top).then(|| Bounds {
                min: Point {
                    x: (left - frame.left()) * units_per_pixel,
                    y: (top - frame.top()) * units_per_pixel,
                },
                max: Point {
                    x: (right - frame.left()) * units_per_pixel,
                    y: (bottom - frame.top()) * units_per_pixel,
                },
            })
        })
        .collect()
}

#[derive(Clone, Copy)]
pub struct MapState {
    /// What part of the world is shown; moving it stops filter changes from refitting it.
    pub camera: RwSignal<Movable<Viewport>>,
    pub show_arcs: RwSignal<bool>,
    /// The filtered events by venue, and those with none.
    pub venues: Memo<Arc<VenuesOnMap>>,
    /// Markers at the current zoom.
    pub clusters: Memo<Vec<Cluster>>,
    /// The venue (index into `venues.placed`) whose events are listed for choosing.
    pub chooser: RwSignal<Option<usize>>,
    /// The marker whose tooltip is shown.
    pub tooltip: RwSignal<Option<Cluster>>,
    /// CSS pixels per view unit, measured from the drawn map; markers keep their pixel size.
    pub pixels_per_unit: RwSignal<f64>,
}

impl MapState {
    /// The map's state over the shared atlas state; provided to the map's parts.
    pub fn provide(atlas: &AtlasState) -> MapState {
        let (dataset, filtered) = (atlas.dataset.clone(), atlas.filtered);
        let camera = RwSignal::new(Movable::new(Viewport::world()));
        let pixels_per_unit = RwSignal::new(1.0);
        let venues =
            Memo::new(move |_| Arc::new(filtered.with(|s| group_by_venue(&dataset, &s.events))));
        let clusters = Memo::new(move |_| {
            let weighted: Vec<Weighted> = venues.with(|v| {
                v.placed
                    .iter()
                    .map(|g| Weighted {
                        position: g.position,
                        weight: g.events.len() as u32,
                    })
                    .collect()
            });
            let scale = pixels_per_unit.get();
            camera.with(|m| cluster(&weighted, &m.camera, scale))
        });
        let map = MapState {
            camera,
            show_arcs: RwSignal::new(true),
            venues,
            clusters,
            chooser: RwSignal::new(None),
            tooltip: RwSignal::new(None),
            pixels_per_unit,
        };
        provide_context(map);
        map
    }

    pub fn expect() -> MapState {
        expect_context::<MapState>()
    }

    /// The view that shows every filtered venue (the whole world when there is none), each
    /// clear of the controls floating over the map.
    pub fn fitted(&self) -> Viewport {
        let height = self.camera.with_untracked(|m| m.camera.height);
        let units_per_pixel = 1.0 / self.pixels_per_unit.get_untracked().max(1e-6);
        let room = Room {
            padding: 60.0,
            // The largest marker's radius and its cluster ring, in view units.
            margin: (marker_radius(u32::MAX) + 6.0) * units_per_pixel,
            min_zoom: 0.0,
            max_zoom: FIT_MAX_ZOOM,
        };
        let covered = covering_controls(units_per_pixel);
        self.venues.with_untracked(|v| {
            let points: Vec<Point> = v.placed.iter().map(|g| g.position).collect();
            Viewport::fit_clear_of(height, &points, room, &covered)
                .unwrap_or_else(|| Viewport::world().with_height(height))
        })
    }

    /// Takes the drawn map's size in CSS pixels: the view box follows its proportions, and
    /// an unmoved map is fitted again to the new shape.
    pub fn resize(&self, width: f64, height: f64) {
        let view_height = (VIEW_WIDTH * height / width).max(1.0);
        self.pixels_per_unit.set(width / VIEW_WIDTH);
        let camera = self.camera.get_untracked().camera;
        if (camera.height - view_height).abs() > 0.5 {
            self.camera
                .update(|m| m.camera = camera.with_height(view_height));
            refit_unless_moved(self.camera, self.fitted());
        }
    }

    /// What a click or Enter on the marker of `cluster` (holding `events`, positions in
    /// `dataset`) does: a cluster zooms in until it splits, a place's only event opens, and a
    /// place with several lists them to choose from.
    pub fn open_marker(
        &self,
        cluster: &Cluster,
        events: &[usize],
        dataset: &Dataset,
        store: ViewStore,
    ) {
        let members = &cluster.members;
        if members.len() > 1 {
            let positions: Vec<_> = self
                .venues
                .with_untracked(|v| members.iter().map(|&m| v.placed[m].position).collect());
            let current = self.camera.get_untracked().camera;
            let scale = self.pixels_per_unit.get_untracked();
            if let Some(viewport) = splitting_viewport(&positions, &current, scale) {
                self.camera.update(|m| m.move_to(viewport));
            }
        } else if let [only] = events {
            let id = dataset.events()[*only].id.clone();
            store.change(HistoryEntry::Step, |s| s.selected_id = Some(id));
            focus_panel_title();
        } else {
            self.chooser.set(Some(members[0]));
        }
    }

    /// Shows every filtered venue and forgets that the person moved the map.
    pub fn fit_to_events(&self) {
        let fitted = self.fitted();
        self.camera.update(|m| m.reset_to(fitted));
        self.chooser.set(None);
    }
}
