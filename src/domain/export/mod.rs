//! The filtered events as files people take elsewhere: iCalendar ([`ics`]), CSV ([`csv`])
//! and GeoJSON ([`geojson`]), each entry with the event's deep link; the cooperation network
//! as GEXF and GraphML ([`network`]); and the entries of the list's "Export" menu ([`menu`]).

pub mod csv;
pub mod geojson;
pub mod ics;
pub mod menu;
pub mod network;

use crate::domain::dataset::Dataset;
use crate::domain::date::Precision;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::present::{organization_short, Pick};

/// What every export needs besides the events: the language of texts, and how to link back.
pub struct ExportContext<'a> {
    pub dataset: &'a Dataset,
    pub locale: Locale,
    /// The deep link of an event id (absolute, so it works from a calendar or a spreadsheet).
    pub link: &'a dyn Fn(&str) -> String,
}

impl ExportContext<'_> {
    /// The event's topic names in the export's language.
    fn topic_names(&self, event: &Event) -> Vec<String> {
        event
            .topics
            .iter()
            .filter_map(|id| self.dataset.topic(id))
            .map(|t| self.locale.pick(&t.name).text.to_string())
            .collect()
    }

    /// The event's organizations: short name where there is one, else the name.
    fn organization_names(&self, event: &Event) -> Vec<String> {
        event
            .organizations
            .iter()
            .filter_map(|id| self.dataset.organization(id))
            .map(|o| organization_short(o, self.locale).to_string())
            .collect()
    }
}

/// A file format the events can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Ics,
    Csv,
    GeoJson,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Ics, Format::Csv, Format::GeoJson];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Ics => "ics",
            Format::Csv => "csv",
            Format::GeoJson => "geojson",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Ics => "text/calendar;charset=utf-8",
            Format::Csv => "text/csv;charset=utf-8",
            Format::GeoJson => "application/geo+json",
        }
    }

    /// The interface text naming the format.
    pub fn label(self) -> Key {
        match self {
            Format::Ics => Key::ExportIcs,
            Format::Csv => Key::ExportCsv,
            Format::GeoJson => Key::ExportGeoJson,
        }
    }

    /// The file's contents for `events` (positions in the dataset); `stamp` is the UTC time
    /// of export as iCalendar writes it.
    pub fn render(self, context: &ExportContext<'_>, events: &[usize], stamp: &str) -> String {
        match self {
            Format::Ics => ics::calendar(context, events, stamp),
            Format::Csv => csv::table(context, events),
            Format::GeoJson => geojson::collection(context, events),
        }
    }
}

/// Runs `test` with an export context over the bundled dataset in `locale`, linking to
/// `https://atlas.example/?event=ID`, and the positions of all its events.
#[cfg(test)]
fn with_bundled<T>(locale: Locale, test: impl FnOnce(&ExportContext<'_>, &[usize]) -> T) -> T {
    let dataset = Dataset::from_json(crate::BUNDLED_DATASET_JSON).unwrap();
    let link = |id: &str| format!("https://atlas.example/?event={id}");
    let context = ExportContext {
        dataset: &dataset,
        locale,
        link: &link,
    };
    let all: Vec<usize> = (0..dataset.events().len()).collect();
    test(&context, &all)
}

/// The precision word used in every format: `day`, `month` or `year`.
pub fn precision_name(event: &Event) -> &'static str {
    match event.span.start.precision() {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

/// The file name for an export of `count` events: `cooperation-atlas-25-events.ics`.
pub fn file_name(count: usize, extension: &str) -> String {
    format!("cooperation-atlas-{count}-events.{extension}")
}
