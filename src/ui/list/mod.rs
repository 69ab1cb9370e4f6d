//! The list of events below the timeline.
pub mod event_list;
