//! The base map: the bundled Natural Earth countries as SVG paths, with a representative point
//! per country for the cooperation lines.
//!
//! The paths are projected once, when the map file is updated, not in every browser: the app
//! reads them from `countries-110m.paths.tsv` (fetched beside the wasm, see
//! [`crate::domain::bundled`]), which [`paths_file`] writes from the TopoJSON
//! and a test keeps equal to it. Reading them takes well under a millisecond, where decoding
//! and projecting the TopoJSON took 30–90 ms of each cold start; the file is also smaller
//! (26 KB gzipped, the TopoJSON 38 KB).

use std::collections::HashMap;

use crate::domain::bundled;
use crate::domain::geo::projection::rings_path;
use crate::domain::geo::topojson::CountryShape;
use crate::domain::plane::Point;

/// The bundled Natural Earth 1:110m countries (world-atlas 2.0.2), as published (native only:
/// the page writer draws from it, a test checks the paths file against it).
#[cfg(not(target_arch = "wasm32"))]
pub const WORLD_MAP_JSON: &str = include_str!("../../../assets/map/countries-110m.json");

/// One country of the base map, ready to draw.
#[derive(Clone, Debug)]
pub struct LandShape {
    pub code: Option<&'static str>,
    /// SVG path data in world units.
    pub path: &'static str,
}

/// The base map, read once.
pub struct BaseMap {
    pub land: Vec<LandShape>,
    /// Representative point of each country (world units), for arcs.
    pub anchors: HashMap<&'static str, Point>,
    /// Milliseconds spent reading the paths.
    pub build_ms: f64,
}

impl BaseMap {
    pub fn build(now: impl Fn() -> f64) -> Result<BaseMap, String> {
        let start = now();
        let mut land = Vec::new();
        let mut anchors = HashMap::new();
        for (n, line) in bundled::files().world_paths.lines().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            let [code, x, y, path] = fields[..] else {
                return Err(format!("world map line {}: not 4 fields", n + 1));
            };
            let code = (code != "-").then_some(code);
            if let Some(code) = code {
                let anchor = x.parse().ok().zip(y.parse().ok());
                let (x, y) = anchor.ok_or(format!("world map line {}: no anchor", n + 1))?;
                anchors.insert(code, Point { x, y });
            }
            land.push(LandShape { code, path });
        }
        Ok(BaseMap {
            land,
            anchors,
            build_ms: now() - start,
        })
    }
}

/// The contents of the paths file ([`bundled::WORLD_PATHS_FILE`]) for `shapes` (decoded from [`WORLD_MAP_JSON`]).
pub fn paths_file(shapes: &[CountryShape]) -> String {
    shapes
        .iter()
        .map(|shape| {
            format!(
                "{}\t{:.1}\t{:.1}\t{}\n",
                shape.code.unwrap_or("-"),
                shape.anchor.x,
                shape.anchor.y,
                rings_path(&shape.rings)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::topojson::decode;

    /// Fails when the TopoJSON or the projection changed and the paths file was not written
    /// again: `UPDATE_WORLD_PATHS=1 cargo test --lib base_map` writes it.
    #[test]
    fn the_paths_file_is_the_world_map_projected() {
        let written = paths_file(&decode(WORLD_MAP_JSON).unwrap());
        if std::env::var_os("UPDATE_WORLD_PATHS").is_some() {
            let file = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/map/countries-110m.paths.tsv"
            );
            std::fs::write(file, &written).unwrap();
        }
        assert!(
            bundled::files().world_paths == written,
            "countries-110m.paths.tsv is out of date"
        );
    }

    #[test]
    fn every_country_reads_back_with_its_anchor() {
        let map = BaseMap::build(|| 0.0).unwrap();
        assert_eq!(map.land.len(), 176);
        let france = map.land.iter().find(|l| l.code == Some("FR")).unwrap();
        assert!(france.path.starts_with('M') && france.path.ends_with('z'));
        let anchor = map.anchors["FR"];
        let (lon, lat) = crate::domain::geo::projection::unproject(anchor);
        assert!(
            (-5.0..8.0).contains(&lon) && (42.0..51.0).contains(&lat),
            "{lon},{lat}"
        );
        assert!(map
            .land
            .iter()
            .filter_map(|l| l.code)
            .all(|c| map.anchors.contains_key(c)));
    }
}
