//! Saving a file the atlas made (an export, the CSV template, a picture) through the browser's download, from a Blob URL:
//! nothing leaves the page.

use wasm_bindgen::JsCast;

use crate::domain::dataset::Dataset;
use crate::domain::export::{file_name, ExportContext, Format};
use crate::domain::i18n::Locale;
use crate::ui::url::ViewStore;

/// Exports `events` (positions in `dataset`) as `format` and offers the file; returns its
/// name, or `None` when the browser could not make the file.
pub fn save_events(
    format: Format,
    dataset: &Dataset,
    events: &[usize],
    locale: Locale,
    store: ViewStore,
) -> Option<String> {
    let link = store.event_addresses();
    let context = ExportContext {
        dataset,
        locale,
        link: &link,
    };
    let contents = format.render(&context, events, &utc_stamp());
    let name = match events {
        [one] => format!("{}.{}", dataset.events()[*one].id, format.extension()),
        _ => file_name(events.len(), format.extension()),
    };
    save_file(&name, format.mime(), &contents)?;
    Some(name)
}

/// Offers `contents` as a file named `name` of type `mime`.
pub fn save_file(name: &str, mime: &str, contents: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    save_blob(name, &blob)
}

/// Offers `blob` (a picture, a file already made) as a file named `name`.
pub fn save_blob(name: &str, blob: &web_sys::Blob) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let document = leptos::prelude::document();
    let anchor = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The download has its own copy; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The current UTC time as iCalendar writes it: `YYYYMMDDTHHMMSSZ`.
fn utc_stamp() -> String {
    let iso = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    // 2026-11-21T12:34:56.789Z → 20261121T123456Z
    let digits: String = iso
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    format!("{digits}Z")
}
