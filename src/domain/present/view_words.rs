//! The view in words, on one line: what the filters keep, when, and how many ("France · 2024 ·
//! 15 events"). The embedded atlas's title bar, the pictures' title line and the printout's
//! heading all say it this way, so a reader sees the same words wherever the view goes.

use crate::domain::dataset::Dataset;
use crate::domain::date::{DateSpan, PartialDate};
use crate::domain::filter::{Filters, TimeWindow};
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Facet;
use crate::domain::present::{date_span, facet_value};

/// Between the parts of the line.
pub const SEPARATOR: &str = " · ";

/// The view in one line: each facet's chosen values (alternatives joined by "or"), the search
/// in quotes, the date window (or, without one, the years the `events` cover), and how many
/// events there are. `events` are positions in `dataset`, in date order.
pub fn view_title(
    dataset: &Dataset,
    filters: &Filters,
    events: &[usize],
    locale: Locale,
) -> String {
    let mut parts: Vec<String> = Facet::ALL
        .into_iter()
        .filter_map(|facet| {
            let values: Vec<String> = filters
                .chosen(facet)
                .into_iter()
                .map(|key| facet_value(dataset, facet, key, locale))
                .collect();
            (!values.is_empty()).then(|| values.join(locale.text(Key::ViewOr)))
        })
        .collect();
    let text = filters.text.trim();
    if !text.is_empty() {
        parts.push(format!("“{text}”"));
    }
    parts.extend(window_words(&filters.window, locale).or_else(|| years(dataset, events, locale)));
    parts.push(event_count(events.len(), locale));
    parts.join(SEPARATOR)
}

/// The date window in words ("July 2021–December 2021", "from 2021", "until May 2024"), or
/// `None` when it is unbounded.
pub fn window_words(window: &TimeWindow, locale: Locale) -> Option<String> {
    let one = |date: PartialDate| {
        date_span(
            &DateSpan {
                start: date,
                end: None,
            },
            locale,
        )
    };
    match (window.from, window.to) {
        (Some(from), Some(to)) => Some(date_span(
            &DateSpan {
                start: from,
                end: Some(to),
            },
            locale,
        )),
        (Some(from), None) => Some(locale.fill(Key::WindowFrom, &[("date", &one(from))])),
        (None, Some(to)) => Some(locale.fill(Key::WindowUntil, &[("date", &one(to))])),
        (None, None) => None,
    }
}

/// The line of a picture or a printout that says which dates it shows: the window, or "all"
/// with the years the events cover.
pub fn dates_line(
    dataset: &Dataset,
    window: &TimeWindow,
    events: &[usize],
    locale: Locale,
) -> String {
    let dates = window_words(window, locale).unwrap_or_else(|| {
        let years = years(dataset, events, locale).unwrap_or_default();
        locale.fill(Key::PictureAllDates, &[("years", &years)])
    });
    locale.fill(Key::PictureDates, &[("dates", &dates)])
}

/// "15 events", "1 event", "15 个活动".
pub fn event_count(n_events: usize, locale: Locale) -> String {
    match n_events {
        1 => locale.text(Key::ViewOneEvent).to_string(),
        n => locale.fill(Key::ViewEventCount, &[("count", &locale.number(n))]),
    }
}

/// The years from the first event's start to the last one's end ("2019–2024", "2024"), or
/// `None` for no events.
fn years(dataset: &Dataset, events: &[usize], locale: Locale) -> Option<String> {
    let all = dataset.events();
    let first = events.iter().map(|&i| all[i].span.start.year).min()?;
    let last = events
        .iter()
        .map(|&i| all[i].span.end.unwrap_or(all[i].span.start).year)
        .max()?;
    let year = |year: i32| PartialDate {
        year,
        month: None,
        day: None,
    };
    Some(date_span(
        &DateSpan {
            start: year(first),
            end: Some(year(last)),
        },
        locale,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::filter::apply;
    use crate::BUNDLED_DATASET_JSON;

    fn bundled() -> Dataset {
        Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
    }

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    /// The title of `filters` over the bundled dataset, with the events they keep.
    fn title(dataset: &Dataset, filters: &Filters, locale: Locale) -> (String, usize) {
        let events = apply(dataset, filters).events;
        (view_title(dataset, filters, &events, locale), events.len())
    }

    #[test]
    fn a_country_and_a_year_read_as_the_issue_writes_them() {
        let dataset = bundled();
        let mut filters = Filters::default();
        filters.countries.insert("FR".into());
        filters.window = TimeWindow {
            from: Some(date("2024")),
            to: Some(date("2024")),
        };
        let (en, n) = title(&dataset, &filters, Locale::En);
        assert!(n > 1, "the bundled data has French events in 2024");
        assert_eq!(en, format!("France · 2024 · {n} events"));
        let (zh, _) = title(&dataset, &filters, Locale::ZhHans);
        assert_eq!(zh, format!("法国 · 2024年 · {n} 个活动"));
    }

    #[test]
    fn alternatives_are_joined_by_or_and_the_search_is_quoted() {
        let dataset = bundled();
        let mut filters = Filters::default();
        filters
            .countries
            .extend(["CN".to_string(), "FR".to_string()]);
        filters.text = "  cnrs ".into();
        let (en, n) = title(&dataset, &filters, Locale::En);
        assert!(en.starts_with("China or France · “cnrs” · "), "{en}");
        assert!(en.ends_with(&event_count(n, Locale::En)), "{en}");
        let (zh, _) = title(&dataset, &filters, Locale::ZhHant);
        assert!(zh.starts_with("中國或法國 · “cnrs” · "), "{zh}");
    }

    #[test]
    fn without_a_window_the_line_gives_the_years_the_events_cover() {
        let dataset = bundled();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let first = dataset.events()[0].span.start.year;
        let last = dataset
            .events()
            .iter()
            .map(|e| e.span.end.unwrap_or(e.span.start).year)
            .max()
            .unwrap();
        let (en, _) = title(&dataset, &Filters::default(), Locale::En);
        assert_eq!(en, format!("{first}–{last} · {} events", all.len()));
        assert_eq!(
            dates_line(&dataset, &TimeWindow::default(), &all, Locale::En),
            format!("Dates: all ({first}–{last})")
        );
        // No events: only the count.
        assert_eq!(
            view_title(&dataset, &Filters::default(), &[], Locale::En),
            "0 events"
        );
    }

    #[test]
    fn windows_open_at_one_end_say_so() {
        let from = TimeWindow {
            from: Some(date("2021-07")),
            to: None,
        };
        assert_eq!(window_words(&from, Locale::En).unwrap(), "from July 2021");
        assert_eq!(window_words(&from, Locale::ZhHans).unwrap(), "2021年7月起");
        let until = TimeWindow {
            from: None,
            to: Some(date("2024-05-31")),
        };
        assert_eq!(
            window_words(&until, Locale::En).unwrap(),
            "until 31 May 2024"
        );
        let both = TimeWindow {
            from: Some(date("2021-07")),
            to: Some(date("2021-12")),
        };
        assert_eq!(
            window_words(&both, Locale::En).unwrap(),
            "July 2021–December 2021"
        );
        assert_eq!(window_words(&TimeWindow::default(), Locale::En), None);
        assert_eq!(event_count(1, Locale::En), "1 event");
        assert_eq!(event_count(12_345, Locale::ZhHans), "12,345 个活动");
    }
}
