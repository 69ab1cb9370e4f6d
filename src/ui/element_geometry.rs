//! Where things are on screen: a pointer's position within the element listening to it, and
//! the drawn width of an element, kept up to date on resize. Shared by the map and timeline.

use leptos::ev::MouseEvent;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::Closure;
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

/// Calls `on_width` with the element's drawn width once it is laid out and whenever it
/// changes (window resized, a neighbouring region opened). A `ResizeObserver` reports sizes
/// after the browser's own layout, so measuring never forces an extra one.
pub fn watch_width(element: NodeRef<Div>, on_width: impl Fn(f64) + 'static) {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let width = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .map_or(0.0, |entry| entry.content_rect().width());
        if width > 0.0 {
            on_width(width);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    // The observer and its callback live as long as the component.
    let observing = SendWrapper::new((observer.clone(), callback));
    Effect::new(move |_| {
        if let Some(div) = element.get() {
            observer.observe(&div);
        }
    });
    on_cleanup(move || observing.0.disconnect());
}
