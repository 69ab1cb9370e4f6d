//! "Open dataset file": a file the person picks (JSON, or a CSV or tab-separated table)
//! replaces the dataset (the page also accepts a file dropped anywhere on it; see `app.rs`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;

#[component]
pub fn DatasetFilePicker(
    /// Called with the file picked.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|files| files.get(0))
        {
            on_file.run(file);
        }
        // Picking the same file again should load it again.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    view! {
        <label class="button button--quiet file-picker">
            {language.t(Key::OpenDatasetFile)}
            <input
                class="visually-hidden"
                type="file"
                accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="file-picker-hint"
                on:change=on_change
            />
            <span class="visually-hidden" id="file-picker-hint">
                {language.t(Key::FilePickerHint)}
            </span>
        </label>
    }
}
