//! The world map region: land, venue markers and clusters, arcs, and the unplaced tray.

pub mod map_canvas;
pub mod map_controls;
pub mod map_region;
pub mod map_view;
pub mod unplaced_tray;
pub mod venue_chooser;
pub mod venue_marker;
pub mod venue_tooltip;
