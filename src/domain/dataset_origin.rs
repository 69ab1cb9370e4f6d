//! Where the shown dataset came from (compiled in, an address on this site, or a file the
//! person opened), what the header calls it, and what a link made with it can carry: the
//! address of a `data=` dataset, but only the name of a file (`file=`), never the file.

use crate::domain::i18n::{Key, Locale};
use crate::domain::view_state::ViewState;

/// The dataset the atlas shows, by where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetOrigin {
    /// Compiled into the app.
    Bundled,
    /// Fetched from this site, at the path a link's `data=` names.
    Address(String),
    /// Read from a file the person picked or dropped, by its name.
    File(String),
}

impl DatasetOrigin {
    /// The dataset a link loads: its `data=` address, else the bundled one. A `file=` name
    /// loads nothing: the file stays on the device it was opened on.
    pub fn loaded_by(state: &ViewState) -> DatasetOrigin {
        match &state.dataset {
            Some(path) => DatasetOrigin::Address(path.clone()),
            None => DatasetOrigin::Bundled,
        }
    }

    /// The dataset's name as the header shows it.
    pub fn name(&self, locale: Locale) -> String {
        match self {
            DatasetOrigin::Bundled => locale.text(Key::DatasetBundled).to_string(),
            DatasetOrigin::Address(path) => locale.fill(Key::DatasetAddress, &[("name", path)]),
            DatasetOrigin::File(name) => locale.fill(Key::DatasetFile, &[("name", name)]),
        }
    }

    /// The file a link cannot carry, when the dataset is one.
    pub fn file_name(&self) -> Option<&str> {
        match self {
            DatasetOrigin::File(name) => Some(name),
            _ => None,
        }
    }
}

/// Why the event a link names is not in the shown dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingEvent {
    /// The link was made with a dataset opened from this file, which is not the one shown.
    InFile(String),
    /// The link names the dataset shown: the id is mistyped, or the event was renamed.
    NotInDataset,
}

impl MissingEvent {
    /// Why `state`'s selected event is missing from the dataset `shown`.
    pub fn of(state: &ViewState, shown: &DatasetOrigin) -> MissingEvent {
        match &state.file_name {
            Some(name) if shown.file_name() != Some(name) => MissingEvent::InFile(name.clone()),
            _ => MissingEvent::NotInDataset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::view_state::parse_query;

    fn state(query: &str) -> ViewState {
        parse_query(query).0
    }

    #[test]
    fn a_link_loads_its_address_or_the_bundled_dataset_never_a_file() {
        assert_eq!(
            DatasetOrigin::loaded_by(&state("data=d%2Fx.json&event=a")),
            DatasetOrigin::Address("d/x.json".into())
        );
        assert_eq!(
            DatasetOrigin::loaded_by(&state("file=x.csv&event=a")),
            DatasetOrigin::Bundled
        );
    }

    #[test]
    fn an_event_of_a_file_not_shown_is_of_another_dataset() {
        let link = state("file=visits.csv&event=2024-05-26-visit");
        assert_eq!(
            MissingEvent::of(&link, &DatasetOrigin::Bundled),
            MissingEvent::InFile("visits.csv".into())
        );
        assert_eq!(
            MissingEvent::of(&link, &DatasetOrigin::File("other.csv".into())),
            MissingEvent::InFile("visits.csv".into())
        );
        // The same file is open: the event is not in it.
        assert_eq!(
            MissingEvent::of(&link, &DatasetOrigin::File("visits.csv".into())),
            MissingEvent::NotInDataset
        );
        // A link without a file names the dataset it loads.
        assert_eq!(
            MissingEvent::of(&state("event=x"), &DatasetOrigin::Bundled),
            MissingEvent::NotInDataset
        );
    }

    #[test]
    fn the_header_names_each_kind_in_every_language() {
        for locale in Locale::ALL {
            for origin in [
                DatasetOrigin::Address("data/x.json".into()),
                DatasetOrigin::File("visits.csv".into()),
            ] {
                let name = origin.name(locale);
                assert!(
                    name.contains("x.json") || name.contains("visits.csv"),
                    "{name}"
                );
            }
            assert!(!DatasetOrigin::Bundled.name(locale).is_empty());
        }
    }
}
