//! "Excel template": the CSV template's columns and example rows as a workbook, dates as date
//! cells. The build copies the file, written by a spreadsheet writer in the native tests
//! (`tests/workbook.rs`), beside the page, so the page carries no workbook writer.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::url::site_folder;

/// The workbook template's name, in the site's folder.
const WORKBOOK_TEMPLATE: &str = "cooperation-atlas-template.xlsx";

#[component]
pub fn WorkbookTemplateLink() -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <a
            class="button button--quiet"
            href=format!("{}{WORKBOOK_TEMPLATE}", site_folder())
            download=WORKBOOK_TEMPLATE
            aria-describedby="template-hint"
        >
            {language.t(Key::DownloadWorkbookTemplate)}
        </a>
    }
}
