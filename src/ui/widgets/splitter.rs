//! A bar between two stacked parts of the screen that a person drags, or moves with the arrow
//! keys, to share the height between them (the map above, the timeline below). It is a
//! focusable `separator` whose value is the upper part's share, as ARIA describes it.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::Key;
use crate::ui::element_geometry::capture_pointer;
use crate::ui::i18n::Language;

/// How far one press of an arrow key moves the bar, as a share of the height.
const KEY_STEP: f64 = 0.05;

#[component]
pub fn Splitter(
    /// The share of the container's height the part below takes; the bar sets it.
    lower: RwSignal<f64>,
    /// The least and the most the part below may take.
    min: f64,
    max: f64,
    /// The bar's accessible name.
    label: Key,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let set = move |share: f64| lower.set(share.clamp(min, max));
    // Where a drag started: the pointer's height and the share then. The bar follows the
    // pointer by how far it moved, as a share of the box the bar divides.
    let drag = StoredValue::new(None::<(f64, f64)>);
    let dragging = RwSignal::new(false);
    let follow = move |ev: &PointerEvent| {
        let Some((from_y, from_share)) = drag.get_value() else {
            return;
        };
        let height = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|bar| divided_height(&bar));
        if let Some(height) = height {
            set(from_share + (from_y - f64::from(ev.client_y())) / height);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let share = lower.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowUp" => share + KEY_STEP,
            "ArrowDown" => share - KEY_STEP,
            "Home" => max,
            "End" => min,
            _ => return,
        };
        ev.prevent_default();
        set(next);
    };
    view! {
        <div
            class="splitter"
            class:splitter--dragging=dragging
            role="separator"
            tabindex="0"
            aria-orientation="horizontal"
            aria-label=language.t(label)
            aria-valuemin=move || format!("{:.0}", (1.0 - max) * 100.0)
            aria-valuemax=move || format!("{:.0}", (1.0 - min) * 100.0)
            aria-valuenow=move || format!("{:.0}", (1.0 - lower.get()) * 100.0)
            on:keydown=on_key
            on:pointerdown=move |ev| {
                capture_pointer(&ev);
                drag.set_value(Some((f64::from(ev.client_y()), lower.get_untracked())));
                dragging.set(true);
            }
            on:pointermove=move |ev| follow(&ev)
            on:pointerup=move |_| {
                drag.set_value(None);
                dragging.set(false);
            }
            on:pointercancel=move |_| {
                drag.set_value(None);
                dragging.set(false);
            }
        >
            <span class="splitter__grip" aria-hidden="true"></span>
        </div>
    }
}

/// The height of the box the bar divides: its parent's, or the parent's parent's where the
/// parent only groups (`display: contents` has no box).
fn divided_height(bar: &web_sys::Element) -> Option<f64> {
    let mut container = bar.parent_element();
    while let Some(element) = container {
        let height = element.get_bounding_client_rect().height();
        if height > 0.0 {
            return Some(height);
        }
        container = element.parent_element();
    }
    None
}
