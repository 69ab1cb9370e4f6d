//! The printout's heading (never shown on screen): the atlas's name, the view in words, its
//! dates and the address that shows it.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::present::{dates_line, view_title};
use crate::domain::publish::embed::full_view;
use crate::ui::i18n::Language;
use crate::ui::print::PrintState;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn PrintTitle() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let printing = expect_context::<PrintState>().printing;
    // Written only for the printout, so a filter change on screen costs nothing here.
    let heading = move || {
        printing.get().then(|| {
            let locale = language.get();
            let (title, dates, address) = store.state().with(|s| {
                filtered.with(|f| {
                    (
                        view_title(&dataset, &s.filters, &f.events, locale),
                        dates_line(&dataset, &s.filters.window, &f.events, locale),
                        store.absolute(&full_view(s)),
                    )
                })
            });
            view! {
                <p class="print-title__product">{locale.text(Key::Product)}</p>
                <h1 class="print-title__view">{title}</h1>
                <p class="print-title__dates">{dates} " · " <span class="print-title__address">{address}</span></p>
            }
        })
    };
    view! { <header class="print-title">{heading}</header> }
}
