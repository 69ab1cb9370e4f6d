//! The filter sidebar.
pub mod filter_panel;
