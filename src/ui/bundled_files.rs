//! Fetches the data files the atlas ships beside its code ([`crate::domain::bundled`]) before
//! the app starts: all at once, and, through the page's preload links, while the wasm itself
//! downloads. A file that cannot be fetched is named where it is missed (the bundled events
//! by the dataset's message); the rest of the atlas still starts.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::domain::address::PagePath;
use crate::domain::bundled::{self, BundledFiles};
use crate::domain::i18n::{Key, Message};

/// Fetches every file from the site's folder (also from an event's page) and installs them.
pub async fn fetch_and_install() {
    let window = gloo::utils::window();
    let pathname = window.location().pathname().unwrap_or_default();
    let site = PagePath::parse(&pathname).site;
    let paths = [
        bundled::WORLD_PATHS_FILE,
        bundled::COUNTRY_NAMES_FILE,
        bundled::EVENTS_FILE,
    ];
    // Every request starts before the first answer is awaited.
    let requests =
        paths.map(|path| JsFuture::from(window.fetch_with_str(&format!("{site}{path}"))));
    let mut files = BundledFiles::default();
    for (path, request) in paths.into_iter().zip(requests) {
        match text(request, path).await {
            Ok(text) => match path {
                bundled::WORLD_PATHS_FILE => files.world_paths = text,
                bundled::COUNTRY_NAMES_FILE => files.country_names = text,
                _ => files.events = text,
            },
            Err(message) => {
                gloo::console::error!(format!("{path} could not be fetched: {message:?}"));
                files.failed.push((path, message));
            }
        }
    }
    bundled::install(files);
}

/// The text of the answer to `request` (for the file at `path`), or why there is none.
async fn text(request: JsFuture, path: &str) -> Result<String, Message> {
    let failed = |key, status: &str| Message::new(key, &[("name", path), ("status", status)]);
    let response: Response = request
        .await
        .map_err(|_| failed(Key::FetchFailed, ""))?
        .dyn_into()
        .map_err(|_| failed(Key::FetchNoResponse, ""))?;
    if !response.ok() {
        let status = format!("{} {}", response.status(), response.status_text());
        return Err(failed(Key::FetchStatus, status.trim()));
    }
    let body = response.text().map_err(|_| failed(Key::FetchNotText, ""))?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| failed(Key::FetchNotText, ""))
}
