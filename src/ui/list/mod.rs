//! The list of events below the timeline.
pub mod event_list;
pub mod export_menu;
