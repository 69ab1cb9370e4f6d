//! The timeline region: a zoomable time axis of the filtered events, with brushing.

pub mod timeline_chart;
pub mod timeline_controls;
pub mod timeline_region;
pub mod timeline_tooltip;
pub mod timeline_view;
