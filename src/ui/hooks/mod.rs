//! Reactive helpers shared by several regions, one per file in the manner of leptos-use.

mod use_element_width;
mod use_pan_zoom;

pub use use_element_width::use_element_width;
pub use use_pan_zoom::{
    locate_in_pixels, use_pan_zoom, Movable, UsePanZoomOptions, UsePanZoomReturn,
};
