//! Keyboard focus: moving it to an element the current change is about to render (a panel's
//! title, a drawer, a list just opened, a node drawn anew), and giving it back to whatever
//! opened a part of the page when that part closes ([`use_focus_return`]: the event panel,
//! the map's place chooser, the filter drawer, a dialog).

use std::cell::RefCell;

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

/// What opened a part of the page: the element, and a selector that finds it again should it
/// have been drawn anew meanwhile.
struct Opener {
    /// The part's element, as a selector (`.region--panel`).
    part: &'static str,
    element: web_sys::Element,
    again: Option<String>,
}

thread_local! {
    /// The openers of the parts open now. The page runs on one thread.
    static OPENERS: RefCell<Vec<Opener>> = const { RefCell::new(Vec::new()) };
    /// The element focused last, kept when the page's body takes focus: a part may open as
    /// the control that opened it is taken away (a choice in the chooser).
    static LAST_FOCUSED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Follows focus across the page, once.
fn track_focus() {
    thread_local!(static TRACKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if TRACKING.replace(true) {
        return;
    }
    // Kept for the page's life.
    let _ = window_event_listener(leptos::ev::focusin, |ev| {
        if let Some(element) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            LAST_FOCUSED.set(Some(element));
        }
    });
}

fn is_body(element: &web_sys::Element) -> bool {
    document()
        .body()
        .is_some_and(|body| *element == *body.unchecked_ref::<web_sys::Element>())
}

/// Gives focus back to what opened the part of the page matching `part` (a selector) when it
/// closes: `is_open` says whether it is open. The opener is the element that had focus when
/// the part opened; when that element sat in another part that closes as this one opens (a
/// place's event chosen in the map's chooser), that part's opener is taken instead. Focus is
/// given back only when it is still in the closed part or nowhere (on the page's body): a
/// person who moved it elsewhere keeps it there.
pub fn use_focus_return(part: &'static str, is_open: impl Fn() -> bool + Send + Sync + 'static) {
    track_focus();
    Effect::new(move |was_open: Option<bool>| {
        let open = is_open();
        match (was_open.unwrap_or(false), open) {
            (false, true) => remember(part),
            (true, false) => request_animation_frame(move || give_back(part)),
            _ => {}
        }
        open
    });
    on_cleanup(move || OPENERS.with_borrow_mut(|openers| openers.retain(|o| o.part != part)));
}

fn remember(part: &'static str) {
    let active = document()
        .active_element()
        .filter(|a| !is_body(a))
        .or_else(|| LAST_FOCUSED.with_borrow(Clone::clone));
    let Some(active) = active else {
        return;
    };
    if is_body(&active) || within(&active, part) {
        return;
    }
    OPENERS.with_borrow_mut(|openers| {
        let inherited = openers
            .iter()
            .find(|o| o.part != part && within(&active, o.part))
            .map(|o| (o.element.clone(), o.again.clone()));
        let (element, again) = inherited.unwrap_or_else(|| (active.clone(), selector_of(&active)));
        openers.retain(|o| o.part != part);
        openers.push(Opener {
            part,
            element,
            again,
        });
    });
}

fn give_back(part: &'static str) {
    let Some(opener) = OPENERS.with_borrow_mut(|openers| {
        let at = openers.iter().position(|o| o.part == part)?;
        Some(openers.remove(at))
    }) else {
        return;
    };
    let focus_is_lost = document()
        .active_element()
        .is_none_or(|active| is_body(&active) || within(&active, part));
    if !focus_is_lost {
        return;
    }
    let element = match opener.element.is_connected() {
        true => Some(opener.element),
        false => opener
            .again
            .and_then(|selector| document().query_selector(&selector).ok().flatten()),
    };
    if let Some(element) = element {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Whether `element` is in (or is) the part matching `part`.
fn within(element: &web_sys::Element, part: &str) -> bool {
    element.closest(part).ok().flatten().is_some()
}

/// A selector that finds `element` again if it is drawn anew: by its id, or by the data
/// attribute that names what it shows (an event, a node, a place), within its own kind.
fn selector_of(element: &web_sys::Element) -> Option<String> {
    if !element.id().is_empty() {
        return Some(format!("#{}", element.id()));
    }
    let class = element.class_list().item(0)?;
    ["data-event-id", "data-key", "data-places"]
        .into_iter()
        .find_map(|name| {
            let value = element.get_attribute(name)?;
            Some(format!(
                ".{class}[{name}=\"{}\"]",
                value.replace('\\', "\\\\").replace('"', "\\\"")
            ))
        })
}
