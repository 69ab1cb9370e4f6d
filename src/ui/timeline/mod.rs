//! The time axis region.
pub mod timeline_region;
