//! The panel showing one selected event.
pub mod calendar_button;
pub mod copy_link_button;
pub mod event_details;
pub mod event_not_found;
pub mod event_panel;
pub mod event_stepper;
