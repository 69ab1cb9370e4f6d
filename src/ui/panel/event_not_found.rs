//! What the panel says when a link names an event the dataset does not have: that the link
//! was made with a file that is not open (and which), or that the id is not in this dataset.

use leptos::prelude::*;

use crate::domain::dataset_origin::MissingEvent;
use crate::domain::i18n::{split_at, Key};
use crate::ui::i18n::Language;
use crate::ui::url::{HistoryEntry, ViewStore};

#[component]
pub fn EventNotFound(
    /// The id the link asked for.
    id: String,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let missing = Memo::new(move |_| {
        let origin = store.origin().get();
        store.state().with(|s| MissingEvent::of(s, &origin))
    });
    // The message with the id cut out, to be shown as code between its two parts.
    let text = move || {
        let locale = language.get();
        let template = match missing.get() {
            MissingEvent::InFile(name) => locale.fill(
                Key::NotFoundOtherDataset,
                &[("name", &name), ("id", "{id}")],
            ),
            MissingEvent::NotInDataset => locale.text(Key::NotFoundText).to_string(),
        };
        let (before, after) = split_at(&template, "id");
        (before.to_string(), after.to_string())
    };
    let (before, after) = (move || text().0, move || text().1);
    // Back to every event of the dataset shown; a file the link named is not that dataset.
    let show_all = move |_| {
        let other_file = matches!(missing.get_untracked(), MissingEvent::InFile(_));
        store.change(HistoryEntry::Step, |s| {
            s.selected_id = None;
            if other_file {
                s.file_name = None;
            }
        })
    };
    view! {
        <div class="event-not-found" role="alert">
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">
                {language.t(Key::EventNotFoundTitle)}
            </h3>
            <p>{before} <code>{id}</code> {after}</p>
            <button class="button" on:click=show_all>
                {language.t(Key::ShowAllEvents)}
            </button>
        </div>
    }
}
