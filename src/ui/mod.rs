//! Leptos components, one per file, grouped by the region of the screen they draw, plus the
//! two modules that touch browser APIs for them: [`url`] and [`country_name`].

pub mod country_name;
pub mod element_geometry;
pub mod event_link;
pub mod filters;
pub mod list;
pub mod map;
pub mod panel;
pub mod shell;
pub mod timeline;
pub mod url;
