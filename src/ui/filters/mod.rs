//! The filter sidebar: search, facets with live counts, the date window and the active-filter
//! chips; on a phone, a drawer opened from a button above the map.

mod active_filters;
mod date_field;
mod date_window;
mod facet_list;
mod filter_panel;
mod filters_button;
mod filters_rail_toggle;
mod search_box;

pub use filter_panel::FilterPanel;
pub use filters_button::FiltersButton;
