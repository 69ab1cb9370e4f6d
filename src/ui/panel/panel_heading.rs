//! A heading of a part of the event panel ("Organizations", "Source").

use leptos::prelude::*;

#[component]
pub fn PanelHeading(text: &'static str) -> impl IntoView {
    view! { <h4 class="panel__heading">{text}</h4> }
}
