//! The event panel: everything the dataset says about the selected event.

use leptos::prelude::*;

#[component]
pub fn EventPanel() -> impl IntoView {
    view! {
        <aside class="region region--panel" aria-labelledby="panel-title">
            <h2 class="region__title" id="panel-title">"Event"</h2>
            <p class="region__placeholder">"Select an event to see who met, where, when and about what."</p>
        </aside>
    }
}
