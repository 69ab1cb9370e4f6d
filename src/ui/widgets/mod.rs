//! Small components shared by several regions.

mod zoom_controls;

pub use zoom_controls::ZoomControls;
