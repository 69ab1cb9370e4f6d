//! Pure domain logic: no Leptos, no web APIs. Everything here is tested natively.

pub mod address;
pub mod bundled;
pub mod camera;
pub mod country;
pub mod dataset;
pub mod date;
pub mod export;
pub mod filter;
pub mod geo;
pub mod i18n;
pub mod menu;
pub mod model;
pub mod network;
pub mod plane;
pub mod present;
pub mod pronunciation;
pub mod publish;
pub mod random;
pub mod script;
pub mod search;
pub mod synthetic;
pub mod time;
pub mod typed_date;
pub mod view_state;
pub mod virtual_list;
pub mod worker_protocol;
