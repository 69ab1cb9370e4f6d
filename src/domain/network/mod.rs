//! The cooperation network: who took part in events with whom ([`graph`]), where each node is
//! drawn ([`layout`]), which names fit ([`labels`]), the colours and their legend ([`legend`]) and
//! the camera that shows it ([`camera`]).

pub mod camera;
pub mod graph;
pub mod labels;
pub mod layout;
pub mod legend;
