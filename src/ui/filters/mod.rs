//! The filter sidebar: facets, date window, text search and the active-filter chips.

pub mod active_filters;
pub mod date_window;
pub mod facet_list;
pub mod filter_panel;
pub mod filters_button;
pub mod search_box;
