//! "Export N events": the filtered events as a calendar, a spreadsheet or map data.

use leptos::prelude::*;

use crate::domain::export::Format;
use crate::domain::i18n::Key;
use crate::ui::download::save_events;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

#[component]
pub fn ExportMenu() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let status = RwSignal::new(String::new());
    let title = move || {
        let locale = language.get();
        let count = locale.number(filtered.with(|s| s.events.len()));
        locale.fill(Key::Export, &[("count", &count)])
    };
    let buttons = Format::ALL
        .into_iter()
        .map(|format| {
            let dataset = dataset.clone();
            let export = move |_| {
                let locale = language.get_untracked();
                let saved = filtered
                    .with_untracked(|s| save_events(format, &dataset, &s.events, locale, store));
                status.set(match saved {
                    Some(file) => locale.fill(Key::ExportDone, &[("file", &file)]),
                    None => locale.text(Key::ExportFailed).to_string(),
                });
            };
            view! {
                <button
                    class="button button--quiet"
                    data-format=format.extension()
                    prop:disabled=move || filtered.with(|s| s.events.is_empty())
                    on:click=export
                >
                    {language.t(format.label())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="export" role="group" aria-labelledby="export-title" aria-describedby="export-hint">
            <span class="export__title" id="export-title">{title}</span>
            <span class="visually-hidden" id="export-hint">{language.t(Key::ExportHint)}</span>
            {buttons}
            <p class="export__status" role="status">{move || status.get()}</p>
        </div>
    }
}
