//! The timeline region: the adaptive time axis, one mark per event in rows (or counts per bin
//! when they crowd), the date window and its brush, tooltips, and keyboard stepping.

mod play_controls;
mod timeline_axis;
mod timeline_bins;
mod timeline_brush;
mod timeline_chart;
mod timeline_cursor;
mod timeline_legend;
mod timeline_marks;
mod timeline_region;
mod timeline_state;
mod timeline_tooltip;
mod timeline_window;

pub use timeline_region::TimelineRegion;
