//! "CSV template": saves a table with the columns the atlas reads and two example rows, to
//! fill in a spreadsheet program and open again.

use leptos::prelude::*;

use crate::domain::export::csv::{template, TEMPLATE_FILE_NAME};
use crate::domain::export::Format;
use crate::domain::i18n::Key;
use crate::ui::download::save_file;
use crate::ui::i18n::Language;

#[component]
pub fn TemplateButton() -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <button
            class="button button--quiet"
            type="button"
            aria-describedby="template-hint"
            on:click=move |_| {
                let _ = save_file(TEMPLATE_FILE_NAME, Format::Csv.mime(), &template());
            }
        >
            {language.t(Key::DownloadTemplate)}
            <span class="visually-hidden" id="template-hint">{language.t(Key::TemplateHint)}</span>
        </button>
    }
}
