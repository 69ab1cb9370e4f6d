//! Printing the view: [`PrintState`] follows the browser's print (its own menu, Ctrl+P, or the
//! Export menu's "Print…" through [`print_view`]); while it prints, [`PrintTitle`] heads the
//! page and [`PrintedEvents`] lists the filtered events in full (the list on screen may render
//! only the rows in view). What is printed and how is in the stylesheet's `@media print`.

mod print_title;
mod printed_events;

pub use print_title::PrintTitle;
pub use printed_events::PrintedEvents;

use leptos::prelude::*;

/// Whether the page is being printed; shared through context.
#[derive(Clone, Copy)]
pub struct PrintState {
    pub printing: RwSignal<bool>,
}

impl PrintState {
    /// Follows the browser's `beforeprint` and `afterprint` and provides the state. The
    /// printout is rendered in the microtasks after `beforeprint`, before the browser lays the
    /// pages out.
    pub fn provide() -> PrintState {
        let printing = RwSignal::new(false);
        let before = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
        let after = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
        let state = PrintState { printing };
        provide_context(state);
        state
    }
}

/// Opens the browser's print dialog once the printout has rendered: called from a click, the
/// `beforeprint` that `print()` sends runs inside it, too early for the page to change.
pub fn print_view(state: PrintState) {
    state.printing.set(true);
    request_animation_frame(move || {
        let _ = window().print();
    });
}
