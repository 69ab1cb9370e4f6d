//! The world map region: land, venue markers and clusters, cooperation lines, tooltips, the
//! venue chooser and the tray of online and unplaced events.

mod map_arcs;
mod map_canvas;
mod map_land;
mod map_markers;
mod map_region;
mod map_state;
mod unplaced_tray;
mod venue_chooser;
mod venue_marker;
mod venue_tooltip;

pub use map_region::MapRegion;
