//! The base map: the bundled Natural Earth countries decoded once into SVG paths, with a
//! representative point per country for the cooperation lines.

use std::collections::HashMap;

use crate::domain::geo::projection::{rings_path, Point};
use crate::domain::geo::topojson::{decode, CountryShape};

/// The bundled Natural Earth 1:110m countries (world-atlas 2.0.2).
pub const WORLD_MAP_JSON: &str = include_str!("../../../assets/map/countries-110m.json");

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
