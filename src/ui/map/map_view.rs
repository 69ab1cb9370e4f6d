//! The map's shared state: the viewport, whether the person has moved it, the arcs toggle,
//! and what is derived from the filtered events (venues, clusters). Shared through context.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{AtlasDataset, FilteredEvents};
use crate::domain::geo::cluster::{cluster, Cluster, Weighted};
use crate::domain::geo::projection::{rings_path, Point};
use crate::domain::geo::topojson::{decode, CountryShape};
use crate::domain::geo::venues::{group_by_venue, VenueGroup};
use crate::domain::geo::viewport::{Bounds, Viewport};

/// The bundled Natural Earth 1:110m countries (world-atlas 2.0.2).
pub const WORLD_MAP_JSON: &str = include_str!("../../../assets/map/countries-110m.json");

/// Markers closer than this many CSS pixels merge into a cluster.
pub const CLUSTER_RADIUS_PX: f64 = 26.0;
/// Fitting to events never zooms in further than this (about a region's width).
pub const FIT_MAX_ZOOM: f64 = 30.0;

/// One country of the base map, ready to draw.
#[derive(Clone, Debug)]
pub struct LandShape {
    pub code: Option<&'static str>,
    /// SVG path data in world units.
    pub path: String,
}

/// The decoded base map, built once.
pub struct BaseMap {
    pub land: Vec<LandShape>,
    /// Representative point of each country (world units), for arcs.
    pub anchors: HashMap<&'static str, Point>,
    /// Milliseconds spent decoding the TopoJSON and building the paths.
    pub build_ms: f64,
}

impl BaseMap {
    pub fn build(now: impl Fn() -> f64) -> Result<BaseMap, String> {
        let start = now();
        let shapes: Vec<CountryShape> = decode(WORLD_MAP_JSON).map_err(|e| e.0)?;
        let land = shapes
            .iter()
            .map(|s| LandShape {
                code: s.code,
                path: rings_path(&s.rings),
            })
            .collect();
        let anchors = shapes
            .iter()
            .filter_map(|s| Some((s.code?, s.anchor)))
            .collect();
        Ok(BaseMap {
            land,
            anchors,
            build_ms: now() - start,
        })
    }
}

/// The map's state, shared with its parts.
#[derive(Clone, Copy)]
pub struct MapView {
    pub viewport: RwSignal<Viewport>,
    /// Set when the person pans or zooms; filter changes then no longer refit the map.
    pub moved: RwSignal<bool>,
    pub show_arcs: RwSignal<bool>,
    /// Venues of the filtered events, and the filtered events with no venue.
    pub venues: Memo<Arc<(Vec<VenueGroup>, Vec<usize>)>>,
    /// Markers at the current zoom.
    pub clusters: Memo<Vec<Cluster>>,
    /// The venue (index into `venues`) whose events are listed for choosing.
    pub chooser: RwSignal<Option<usize>>,
    /// The marker (index into `clusters`) whose tooltip is shown.
    pub tooltip: RwSignal<Option<usize>>,
    /// CSS pixels per view unit, measured from the drawn map; markers keep their pixel size.
    pub pixels_per_unit: RwSignal<f64>,
}

impl MapView {
    pub fn new() -> MapView {
        let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
        let FilteredEvents(selection) = expect_context::<FilteredEvents>();
        let viewport = RwSignal::new(Viewport::world());
        let pixels_per_unit = RwSignal::new(1.0);
        let venues =
            Memo::new(move |_| Arc::new(selection.with(|s| group_by_venue(&dataset, &s.events))));
        let clusters = Memo::new(move |_| {
            let weighted: Vec<Weighted> = venues.with(|v| {
                v.0.iter()
                    .map(|g| Weighted {
                        position: g.position,
                        weight: g.events.len() as u32,
                    })
                    .collect()
            });
            let radius = CLUSTER_RADIUS_PX / pixels_per_unit.get();
            viewport.with(|view| cluster(&weighted, view, radius))
        });
        MapView {
            viewport,
            moved: RwSignal::new(false),
            show_arcs: RwSignal::new(true),
            venues,
            clusters,
            chooser: RwSignal::new(None),
            tooltip: RwSignal::new(None),
            pixels_per_unit,
        }
    }

    /// The view that shows every filtered venue (the whole world when there is none).
    pub fn fitted(&self) -> Viewport {
        self.venues.with_untracked(|v| {
            Bounds::around(v.0.iter().map(|g| g.position))
                .map(|b| Viewport::fit(b, 60.0, 0.0, FIT_MAX_ZOOM))
                .unwrap_or_else(Viewport::world)
        })
    }

    /// Shows every filtered venue and forgets that the person moved the map.
    pub fn fit_to_events(&self) {
        self.viewport.set(self.fitted());
        self.moved.set(false);
        self.chooser.set(None);
    }

    /// A pan or zoom by the person.
    pub fn move_to(&self, viewport: Viewport) {
        self.viewport.set(viewport);
        self.moved.set(true);
        self.tooltip.set(None);
    }
}

impl Default for MapView {
    fn default() -> Self {
        MapView::new()
    }
}
