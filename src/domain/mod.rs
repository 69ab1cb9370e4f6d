//! Pure domain logic: no Leptos, no web APIs. Everything here is tested natively.

pub mod country;
pub mod dataset;
pub mod date;
pub mod model;
pub mod pronunciation;
