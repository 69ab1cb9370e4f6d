//! The data files the atlas ships beside its code: the base map's paths, the country names and
//! the bundled events. Native builds (tests, the page writer) compile them in; the browser
//! fetches them beside the wasm, in parallel with it and cached apart from it (so a data update
//! does not download the code again), and hands them over once before the app starts
//! ([`install`], from `ui::bundled_files`).

use std::sync::OnceLock;

use crate::domain::i18n::Message;

/// The files, by their path under the site's folder, as the build copies them into `dist/`.
pub const WORLD_PATHS_FILE: &str = "data/countries-110m.paths.tsv";
pub const COUNTRY_NAMES_FILE: &str = "data/country-names.tsv";
pub const EVENTS_FILE: &str = "data/events.json";

/// What the files hold (empty where one could not be fetched).
#[derive(Debug, Default)]
pub struct BundledFiles {
    /// The base map projected: one line per country, `code  anchor-x  anchor-y  path`,
    /// tab-separated, in world units (`-` for a country without a code).
    pub world_paths: String,
    /// Code, English, Simplified and Traditional Chinese names, tab-separated, one code a line.
    pub country_names: String,
    /// The bundled dataset's JSON.
    pub events: String,
    /// The files that could not be fetched, each with what went wrong.
    pub failed: Vec<(&'static str, Message)>,
}

static FILES: OnceLock<BundledFiles> = OnceLock::new();

/// Hands over the fetched files; only the first call counts.
pub fn install(files: BundledFiles) {
    let _ = FILES.set(files);
}

/// The files: compiled in natively, as installed in the browser (empty before that).
pub fn files() -> &'static BundledFiles {
    FILES.get_or_init(compiled)
}

#[cfg(not(target_arch = "wasm32"))]
fn compiled() -> BundledFiles {
    BundledFiles {
        world_paths: include_str!("../../assets/map/countries-110m.paths.tsv").into(),
        country_names: include_str!("../../assets/data/country-names.tsv").into(),
        events: include_str!("../../assets/data/events.json").into(),
        failed: Vec::new(),
    }
}

#[cfg(target_arch = "wasm32")]
fn compiled() -> BundledFiles {
    BundledFiles::default()
}

/// Why the file at `path` is missing, if it could not be fetched.
pub fn failure(path: &str) -> Option<&'static Message> {
    files()
        .failed
        .iter()
        .find(|(failed, _)| *failed == path)
        .map(|(_, why)| why)
}
