//! The network's legend: which country each colour stands for (the countries with the most
//! discs, then "other countries" and "country not given"), with how many discs each has. Open
//! on wider screens, a line to open on phones.

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::Key;
use crate::domain::network::legend::{Colour, Legend};
use crate::ui::i18n::Language;
use crate::ui::network::network_state::NetworkState;

/// Narrower than this (a phone), the legend starts closed: the drawing is small.
const OPEN_FROM_PX: f64 = 721.0;

#[component]
pub fn NetworkLegend() -> impl IntoView {
    let state = NetworkState::expect();
    let language = expect_context::<Language>();
    let legend = Memo::new(move |_| state.network.with(|n| Legend::of(n)));
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= OPEN_FROM_PX);
    let entries = move || {
        let locale = language.get();
        legend.with(|legend| {
            legend
                .entries
                .iter()
                .map(|entry| {
                    let name = match (&entry.country, entry.colour) {
                        (Some(code), _) => country_name(code, locale).to_string(),
                        (None, Colour::Others) => {
                            locale.text(Key::OtherCountries).to_string()
                        }
                        (None, _) => locale.text(Key::CountryUnknown).to_string(),
                    };
                    view! {
                        <li class="network-legend__entry">
                            <span class=format!("network-legend__swatch {}", entry.colour.class()) aria-hidden="true"></span>
                            <span class="network-legend__name">{name}</span>
                            <span class="network-legend__count">{locale.number(entry.nodes)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="network-legend" open=wide>
            <summary class="network-legend__title">{language.t(Key::NetworkLegend)}</summary>
            <ul class="network-legend__entries">{entries}</ul>
        </details>
    }
}
