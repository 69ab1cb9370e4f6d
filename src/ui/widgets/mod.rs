//! Small components shared by several regions.

mod view_switch;
mod zoom_controls;

pub use view_switch::ViewSwitch;
pub use zoom_controls::ZoomControls;
