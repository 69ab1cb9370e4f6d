//! Leptos components, one per file, grouped by the region of the screen they draw (shell,
//! filters, map, network, timeline, list, panel) or the way a view is published (embed,
//! picture, print), the shared state ([`state`]), and the
//! modules that touch browser APIs for them: [`url`] (the address and history), [`i18n`] (the
//! language in effect), [`dataset_source`] (fetching and reading files), [`download`] (saving
//! files), [`focus`] and [`worker`] (the worker module, started on first use).

pub mod arrived_file;
pub mod bundled_files;
pub mod dataset_source;
pub mod download;
pub mod element_geometry;
pub mod embed;
pub mod event_link;
pub mod fan_out;
pub mod filters;
pub mod focus;
pub mod hooks;
pub mod i18n;
pub mod list;
pub mod map;
pub mod network;
pub mod panel;
pub mod picture;
pub mod print;
pub mod shell;
pub mod shown_text;
pub mod state;
pub mod text_decoder;
pub mod timeline;
pub mod url;
pub mod widgets;
pub mod worker;
