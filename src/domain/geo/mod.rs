//! Geography for the map: decoding the bundled TopoJSON world, the Web Mercator projection,
//! the visible viewport, venue clustering and cooperation arcs. Pure: no web APIs.

pub mod arc;
pub mod base_map;
pub mod cluster;
pub mod projection;
pub mod topojson;
pub mod venues;
pub mod viewport;
