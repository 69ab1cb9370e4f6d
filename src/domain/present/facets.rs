//! Facets and their values in words, as the filter lists and the active filters' chips show
//! them.

use crate::domain::country::country_name;
use crate::domain::dataset::Dataset;
use crate::domain::date::DateSpan;
use crate::domain::filter::ActiveFilter;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::{Facet, Mode};
use crate::domain::present::{date_span, mode, organization_full, Pick};

/// A facet's name, as its list's title and its chips say it ("Country").
pub fn facet_name(facet: Facet) -> Key {
    match facet {
        Facet::Country => Key::Country,
        Facet::Organization => Key::Organization,
        Facet::Topic => Key::Topic,
        Facet::Mode => Key::Mode,
    }
}

/// A facet value by its key, as the facet's list and its chip name it: the country's name,
/// the organization's name with its short name, the topic's name, the mode. A key the dataset
/// does not know is shown as it is.
pub fn facet_value(dataset: &Dataset, facet: Facet, key: &str, locale: Locale) -> String {
    match facet {
        Facet::Country => country_name(key, locale).to_string(),
        Facet::Organization => dataset
            .organization(key)
            .map_or_else(|| key.to_string(), |o| organization_full(o, locale)),
        Facet::Topic => dataset.topic(key).map_or_else(
            || key.to_string(),
            |t| locale.pick(&t.name).text.to_string(),
        ),
        Facet::Mode => Mode::from_key(key)
            .map_or_else(|| key.to_string(), |m| locale.text(mode(m)).to_string()),
    }
}

/// What kind of filter a chip removes ("Country", "From").
pub fn active_filter_kind(filter: &ActiveFilter) -> Key {
    match filter {
        ActiveFilter::Value(facet, _) => facet_name(*facet),
        ActiveFilter::From(_) => Key::From,
        ActiveFilter::To(_) => Key::To,
        ActiveFilter::Text(_) => Key::SearchChip,
    }
}

/// A chip's value: the facet value's name, the date at its precision, the search in quotes.
pub fn active_filter_value(dataset: &Dataset, filter: &ActiveFilter, locale: Locale) -> String {
    match filter {
        ActiveFilter::Value(facet, key) => facet_value(dataset, *facet, key, locale),
        ActiveFilter::From(d) | ActiveFilter::To(d) => date_span(
            &DateSpan {
                start: *d,
                end: None,
            },
            locale,
        ),
        ActiveFilter::Text(text) => format!("“{text}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::PartialDate;
    use crate::BUNDLED_DATASET_JSON;

    #[test]
    fn chips_name_their_filter_in_each_language() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let value = |f: ActiveFilter, locale| active_filter_value(&dataset, &f, locale);
        let chosen = |facet, key: &str| ActiveFilter::Value(facet, key.into());
        assert_eq!(value(chosen(Facet::Country, "FR"), Locale::En), "France");
        assert_eq!(value(chosen(Facet::Country, "FR"), Locale::ZhHans), "法国");
        let from = ActiveFilter::From(PartialDate::parse("2021-07").unwrap());
        assert_eq!(value(from.clone(), Locale::En), "July 2021");
        assert_eq!(value(from.clone(), Locale::ZhHant), "2021年7月");
        assert_eq!(active_filter_kind(&from), Key::From);
        assert_eq!(
            active_filter_kind(&chosen(Facet::Mode, "online")),
            Key::Mode
        );
        assert_eq!(value(chosen(Facet::Mode, "online"), Locale::ZhHans), "线上");
        assert!(value(chosen(Facet::Organization, "cas"), Locale::En).contains("CAS"));
        let unknown = chosen(Facet::Topic, "no-such-topic");
        assert_eq!(value(unknown, Locale::En), "no-such-topic");
    }
}
