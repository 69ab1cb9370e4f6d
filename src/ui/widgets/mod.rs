//! Small components shared by several regions: the region bar, the zoom toolbar, the
//! Map | Network switch.

mod region_bar;
mod view_switch;
mod zoom_controls;

pub use region_bar::RegionBar;
pub use view_switch::ViewSwitch;
pub use zoom_controls::ZoomControls;
