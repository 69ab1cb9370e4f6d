//! A link to one event: a real `<a href>` with the event's deep link (so it opens in a new
//! tab and copies with the browser's menu) that selects the event in place on a plain click.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ui::focus::focus_after_render;
use crate::ui::url::{HistoryEntry, ViewStore};

/// Moves keyboard focus to the event panel's title once it has rendered.
pub fn focus_panel_title() {
    focus_after_render("#panel-event-title");
}

#[component]
pub fn EventLink(
    /// The event's id.
    id: String,
    /// Class of the `<a>`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let target = id.clone();
    let link = move || {
        store.state().with(|s| {
            let mut state = s.clone();
            state.selected_id = Some(target.clone());
            // From an embedded atlas, a link opened in a tab of its own opens the full atlas.
            state.embed = false;
            store.href(&state)
        })
    };
    let on_click = move |ev: MouseEvent| {
        // Let the browser handle new-tab and download clicks.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        store.change(HistoryEntry::Step, |s| s.selected_id = Some(id.clone()));
        focus_panel_title();
    };
    view! {
        <a class=class href=link on:click=on_click>
            {children()}
        </a>
    }
}
