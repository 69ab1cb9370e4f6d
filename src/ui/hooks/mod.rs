//! Reactive helpers shared by several regions, one per file in the manner of leptos-use.

mod use_element_size;
mod use_pan_zoom;

pub use use_element_size::use_element_size;
pub use use_pan_zoom::{
    locate_in_pixels, refit_unless_moved, use_pan_zoom, zoom_by, UsePanZoomOptions,
    UsePanZoomReturn,
};
