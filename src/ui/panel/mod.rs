//! The panel showing the selected event, with its neighbours, link and calendar entry.

mod calendar_button;
mod copy_link_button;
mod event_details;
mod event_not_found;
mod event_panel;
mod event_participants;
mod event_relations;
mod event_source;
mod event_stepper;
mod event_topics;
mod panel_heading;
mod sheet_handle;

pub use event_panel::EventPanel;
