//! The panel showing one selected event.
pub mod event_panel;
