//! Leptos components, one per file, grouped by the region of the screen they draw.

pub mod filters;
pub mod list;
pub mod map;
pub mod panel;
pub mod shell;
pub mod timeline;
