//! The cooperation network in the map's place: organizations (or countries) and the events
//! they share, laid out by force, linked to the filters, the timeline and the list.

mod network_canvas;
mod network_exports;
mod network_legend;
mod network_links;
mod network_node;
mod network_region;
mod network_scene;
mod network_state;
mod network_table;
mod shared_events;

pub use network_region::NetworkRegion;
