//! Where a pointer is: its position within the element listening to it, whether it is over
//! an element matching a selector, and pointer capture. Shared by the map and the timeline.

use leptos::ev::MouseEvent;
use wasm_bindgen::JsCast;

/// A pointer position in CSS pixels from the top-left of the listening element, with that
/// element's size.
#[derive(Clone, Copy, Debug)]
pub struct PointerInElement {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

pub fn pointer_in_element(ev: &MouseEvent) -> Option<PointerInElement> {
    let element = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let rect = element.get_bounding_client_rect();
    (rect.width() > 0.0 && rect.height() > 0.0).then(|| PointerInElement {
        x: f64::from(ev.client_x()) - rect.left(),
        y: f64::from(ev.client_y()) - rect.top(),
        width: rect.width(),
        height: rect.height(),
    })
}

/// Whether the event happened on an element matching `selector` or inside one.
pub fn target_within(ev: &web_sys::Event, selector: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(selector).ok().flatten())
        .is_some()
}

/// Captures the pointer for the listening element, so a drag continues outside it.
pub fn capture_pointer(ev: &leptos::ev::PointerEvent) {
    if let Some(element) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = element.set_pointer_capture(ev.pointer_id());
    }
}
