//! Moving keyboard focus to an element that the current change is about to render (a panel's
//! title, a drawer, a list just opened, a node drawn anew).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` once the next frame has rendered. SVG
/// elements have `focus()` as HTML ones do, so the element is called as an `HtmlElement`.
pub fn focus_after_render(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || {
        if let Some(element) = document().query_selector(&selector).ok().flatten() {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}
