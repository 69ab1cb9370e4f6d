//! Every label a person reads that is made from the data, one file per job: which language of
//! a dataset text to show ([`language`]), dates with their precision ([`dates`]), places and
//! modes ([`places`]), organizations and network nodes ([`organizations`]), facet values and
//! chips ([`facets`]), map markers ([`markers`]), how wide a text is drawn ([`measure`]), and
//! the whole view on one line ([`view_words`]).
//! The data types know nothing of words and [`crate::domain::i18n`] knows nothing of data
//! types; this module imports both, and nothing it imports imports it.

pub mod dates;
pub mod facets;
pub mod language;
pub mod markers;
pub mod measure;
pub mod organizations;
pub mod places;
pub mod view_words;

pub use dates::{calendar_span_note, date_span, precision_note, tick_label, MONTH_NAMES};
pub use facets::{active_filter_kind, active_filter_value, facet_name, facet_value};
pub use language::{text_lang, Pick, Shown};
pub use markers::{marker_count, marker_label};
pub use measure::{fit_text, text_width};
pub use organizations::{
    node_full_name, node_name, organization_full, organization_short, organizations_brief,
};
pub use places::{city, countries, mode, mode_long, place, where_line};
pub use view_words::{dates_line, event_count, view_title, window_words};
