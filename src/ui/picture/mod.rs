//! "Save picture" in the map's, the network's and the timeline's toolbars ([`PictureMenu`]),
//! and the browser's side of making the picture ([`drawing`]): the drawn SVG cloned with the
//! styles it needs, wrapped in the bands [`crate::domain::publish::picture`] writes, and drawn
//! on a canvas at twice its size for the PNG.

pub mod drawing;
mod picture_menu;

pub use picture_menu::PictureMenu;
