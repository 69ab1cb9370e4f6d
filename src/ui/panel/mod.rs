//! The panel showing the selected event, with its neighbours, link and calendar entry.

mod calendar_button;
mod copy_link_button;
mod event_details;
mod event_not_found;
mod event_panel;
mod event_stepper;

pub use event_panel::EventPanel;
