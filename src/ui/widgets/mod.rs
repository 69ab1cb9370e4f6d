//! Small components shared by several regions: the region bar, the zoom toolbar, the
//! Map | Network switch, a menu button, the splitter between map and timeline.

mod menu_button;
mod region_bar;
mod splitter;
mod view_switch;
mod zoom_controls;

pub use menu_button::{MenuButton, MenuItem};
pub use region_bar::RegionBar;
pub use splitter::Splitter;
pub use view_switch::ViewSwitch;
pub use zoom_controls::ZoomControls;
