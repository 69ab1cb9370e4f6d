//! "Export N events": one menu button above the list whose entries ([`ExportEntry::ALL`]) save
//! the filtered events as a calendar, a spreadsheet or map data, open the embed dialog, or
//! print the view.

use leptos::prelude::*;

use crate::domain::export::menu::{menu_label, ExportEntry};
use crate::domain::i18n::Key;
use crate::ui::download::save_events;
use crate::ui::embed::EmbedRequest;
use crate::ui::i18n::Language;
use crate::ui::print::{print_view, PrintState};
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;
use crate::ui::widgets::{MenuButton, MenuItem};

#[component]
pub fn ExportMenu() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let status = RwSignal::new(String::new());
    let no_events = Signal::derive(move || filtered.with(|s| s.events.is_empty()));
    let label =
        Signal::derive(move || menu_label(language.get(), filtered.with(|s| s.events.len())));
    let items = ExportEntry::ALL
        .into_iter()
        .map(|entry| {
            let dataset = dataset.clone();
            let on_select = Callback::new(move |()| {
                let locale = language.get_untracked();
                let saved = match entry {
                    ExportEntry::Events(format) => filtered.with_untracked(|s| {
                        save_events(format, &dataset, &s.events, locale, store)
                    }),
                    // The dialog and the printout speak for themselves.
                    ExportEntry::Embed => {
                        if let Some(request) = use_context::<EmbedRequest>() {
                            request.open("#export-menu-button");
                        }
                        return;
                    }
                    ExportEntry::Print => {
                        if let Some(state) = use_context::<PrintState>() {
                            print_view(state);
                        }
                        return;
                    }
                };
                status.set(match saved {
                    Some(file) => locale.fill(Key::ExportDone, &[("file", &file)]),
                    None => locale.text(Key::ExportFailed).to_string(),
                });
            });
            MenuItem {
                name: entry.name(),
                label: Signal::derive(move || language.text(entry.label()).to_string()),
                disabled: Signal::derive(move || !entry.works_without_events() && no_events.get()),
                on_select,
            }
        })
        .collect();
    let all_need_events = ExportEntry::ALL
        .iter()
        .all(|entry| !entry.works_without_events());
    view! {
        <div class="export">
            <MenuButton
                id="export-menu"
                label=label
                described_by="export-hint"
                disabled=Signal::derive(move || all_need_events && no_events.get())
                items=items
            />
            <span class="visually-hidden" id="export-hint">{language.t(Key::ExportHint)}</span>
            <p class="export__status" role="status">{move || status.get()}</p>
        </div>
    }
}
