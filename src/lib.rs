//! Cooperation Atlas: an offline map and timeline of international science-and-technology
//! cooperation events, built with Leptos for the browser.
//!
//! [`domain`] holds every rule as plain Rust (tested natively); [`ui`] holds thin Leptos
//! components that read signals and render; [`app`] wires the two together.

pub mod app;
pub mod domain;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;

/// The bundled dataset, for native code (tests, tools, the page writer); the browser fetches it
/// beside the wasm (see [`domain::bundled`]).
#[cfg(not(target_arch = "wasm32"))]
pub const BUNDLED_DATASET_JSON: &str = include_str!("../assets/data/events.json");
