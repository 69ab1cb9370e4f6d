//! The drawn size of an element, reported once it is laid out and again whenever it changes.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_size` with the element's drawn width and height once it is laid out and whenever it
/// changes (window resized, a neighbouring region opened). A `ResizeObserver` reports sizes
/// after the browser's own layout, so measuring never forces an extra one.
pub fn use_element_size(element: NodeRef<Div>, on_size: impl Fn(f64, f64) + 'static) {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let (width, height) = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .map_or((0.0, 0.0), |entry| {
                let rect = entry.content_rect();
                (rect.width(), rect.height())
            });
        if width > 0.0 {
            on_size(width, height);
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
