//! The cooperation network: who took part in events with whom ([`graph`]), where each node is
//! drawn ([`layout`]) and which names fit ([`labels`]).

pub mod graph;
pub mod labels;
pub mod layout;
pub mod view;
