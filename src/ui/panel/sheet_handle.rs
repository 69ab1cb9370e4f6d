//! The handle at the top of a phone's event sheet: dragged, or moved with the arrow keys, it
//! makes the sheet taller (up to the whole event) or lower (down to a peek at its title),
//! so the map above it shows the event's place. A focusable `separator`, as ARIA describes a
//! bar that resizes; wider screens dock the panel and hide the handle.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::element_geometry::capture_pointer;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;

/// The lowest the sheet goes: its handle, its bar and the start of the title.
pub const PEEK: f64 = 0.2;
/// The tallest: nearly the whole screen, for the whole event.
pub const FULL: f64 = 0.92;
/// How far an arrow key moves the sheet, as a share of the screen.
const KEY_STEP: f64 = 0.1;

/// The share of the screen the sheet opens at: down to the map's lower edge, so the map is
/// wholly in view above it, within the peek and three quarters of the screen.
pub fn opening_share() -> f64 {
    let screen = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let map_bottom = document()
        .query_selector(".map")
        .ok()
        .flatten()
        .map(|map| map.get_bounding_client_rect().bottom());
    match map_bottom {
        Some(bottom) if screen > 0.0 => ((screen - bottom - 8.0) / screen).clamp(PEEK, 0.72),
        _ => 0.5,
    }
}

#[component]
pub fn SheetHandle() -> impl IntoView {
    let language = expect_context::<Language>();
    let share = AtlasState::expect().sheet_share;
    let set = move |value: f64| share.set(value.clamp(PEEK, FULL));
    let dragging = RwSignal::new(false);
    let follow = move |ev: &PointerEvent| {
        if let Some(screen) = window().inner_height().ok().and_then(|h| h.as_f64()) {
            set((screen - f64::from(ev.client_y())) / screen);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let now = share.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowUp" => now + KEY_STEP,
            "ArrowDown" => now - KEY_STEP,
            "Home" => FULL,
            "End" => PEEK,
            _ => return,
        };
        ev.prevent_default();
        // The panel's own keys (Left and Right step through events) stay theirs.
        ev.stop_propagation();
        set(next);
    };
    view! {
        <div
            class="sheet-handle"
            class:sheet-handle--dragging=dragging
            role="separator"
            tabindex="0"
            aria-orientation="horizontal"
            aria-label=language.t(Key::ResizeSheet)
            aria-valuemin=format!("{:.0}", PEEK * 100.0)
            aria-valuemax=format!("{:.0}", FULL * 100.0)
            aria-valuenow=move || format!("{:.0}", share.get() * 100.0)
            on:keydown=on_key
            on:pointerdown=move |ev| {
                capture_pointer(&ev);
                dragging.set(true);
            }
            on:pointermove=move |ev| {
                if dragging.get_untracked() {
                    follow(&ev);
                }
            }
            on:pointerup=move |_| dragging.set(false)
            on:pointercancel=move |_| dragging.set(false)
        >
            <span class="sheet-handle__grip" aria-hidden="true"></span>
        </div>
    }
}
