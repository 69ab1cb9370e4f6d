//! Where things are on screen: a pointer's position within the element listening to it, and
//! the drawn width of an element, kept up to date on resize. Shared by the map and timeline.

use leptos::ev::MouseEvent;
use leptos::html::Div;
use leptos::prelude::*;
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

/// Captures the pointer for the listening element, so a drag continues outside it.
pub fn capture_pointer(ev: &leptos::ev::PointerEvent) {
    if let Some(element) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = element.set_pointer_capture(ev.pointer_id());
    }
}

/// Calls `on_width` with the element's drawn width once it is mounted and on every resize.
pub fn watch_width(element: NodeRef<Div>, on_width: impl Fn(f64) + Clone + 'static) {
    let measure = move || {
        if let Some(div) = element.get_untracked() {
            let width = div.get_bounding_client_rect().width();
            if width > 0.0 {
                on_width(width);
            }
        }
    };
    let on_mount = measure.clone();
    Effect::new(move |_| {
        if element.get().is_some() {
            on_mount();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
}
