//! The world map region.
pub mod map_region;
