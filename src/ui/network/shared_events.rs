//! The events two nodes share, listed when their link is clicked (or chosen in the table),
//! each one a link that selects it.

use leptos::prelude::*;

use crate::domain::i18n::{Counted, Key};
use crate::domain::present::node_name;
use crate::domain::present::{date_span, Pick};
use crate::ui::event_link::EventLink;
use crate::ui::focus::use_focus_return;
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

#[component]
pub fn SharedEvents() -> impl IntoView {
    let state = NetworkState::expect();
    let atlas = AtlasState::expect();
    let language = expect_context::<Language>();
    use_focus_return(".network__shared", move || {
        state.open_edge.with(Option::is_some)
    });
    move || {
        let e = state.open_edge.get()?;
        let locale = language.get();
        let network = state.network.get();
        let edge = network.edges.get(e)?.clone();
        let title = locale.count_with(
            Counted::EdgeLabel,
            edge.weight(),
            &[
                ("a", &node_name(&atlas.dataset, &network, edge.a, locale)),
                ("b", &node_name(&atlas.dataset, &network, edge.b, locale)),
            ],
        );
        let rows = edge
            .events
            .iter()
            .map(|&p| {
                let event = &atlas.dataset.events()[p as usize];
                let title = shown_text(locale.pick(&event.title), locale);
                let when = date_span(&event.span, locale);
                view! {
                    <li>
                        <EventLink id=event.id.clone()>{title}</EventLink>
                        <span class="panel__muted">" · " {when}</span>
                    </li>
                }
            })
            .collect_view();
        let label = title.clone();
        Some(view! {
            <section
                class="network__shared"
                role="dialog"
                aria-label=label
                on:keydown=move |ev| if ev.key() == "Escape" { state.open_edge.set(None) }
            >
                <div class="network__shared-bar">
                    <h3 class="network__shared-title">{title}</h3>
                    <button class="button button--quiet" on:click=move |_| state.open_edge.set(None)>
                        {locale.text(Key::Close)}
                    </button>
                </div>
                <ul class="panel__list">{rows}</ul>
            </section>
        })
    }
}
