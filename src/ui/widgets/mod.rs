//! Small components shared by several regions: zoom controls, the Map | Network switch, a menu
//! button.

mod menu_button;
mod view_switch;
mod zoom_controls;

pub use menu_button::{MenuButton, MenuItem};
pub use view_switch::ViewSwitch;
pub use zoom_controls::ZoomControls;
