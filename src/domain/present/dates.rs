//! Dates in words, keeping their precision: a span as a label ("26–31 May 2024",
//! "2024年5月26日–31日"), what a date known only to its month or year means, and the time
//! axis's tick labels.

use crate::domain::date::{civil_from_day_number, DateSpan, PartialDate, Precision};
use crate::domain::i18n::{Key, Locale};
use crate::domain::time::ticks::{Tick, TickUnit};

/// The months in English, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date span in `locale` that keeps its stated precision: "26–31 May 2024", "May 2023",
/// "2020–2021"; "2024年5月26日–31日", "2023年5月", "2020年–2021年".
pub fn date_span(span: &DateSpan, locale: Locale) -> String {
    if locale.is_chinese() {
        date_span_zh(span)
    } else {
        date_span_en(span)
    }
}

fn date_span_en(span: &DateSpan) -> String {
    let month = |m: u8| MONTH_NAMES[m as usize - 1];
    let one = |d: &PartialDate| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month(m), d.year),
        (Some(m), None) => format!("{} {}", month(m), d.year),
        _ => d.year.to_string(),
    };
    let Some(end) = span.end.filter(|e| *e != span.start) else {
        return one(&span.start);
    };
    let (s, e) = (span.start, end);
    match (s.month, s.day, e.month, e.day) {
        (Some(sm), Some(sd), Some(em), Some(ed)) if s.year == e.year && sm == em => {
            format!("{sd}–{ed} {} {}", month(sm), s.year)
        }
        (Some(sm), Some(sd), Some(_), Some(_)) if s.year == e.year => {
            format!("{sd} {} – {}", month(sm), one(&e))
        }
        _ => format!("{}–{}", one(&s), one(&e)),
    }
}

/// Chinese labels write the year first and leave out what the end shares with the start.
fn date_span_zh(span: &DateSpan) -> String {
    let one = |d: &PartialDate| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Some(m), None) => format!("{}年{m}月", d.year),
        _ => format!("{}年", d.year),
    };
    let Some(end) = span.end.filter(|e| *e != span.start) else {
        return one(&span.start);
    };
    let (s, e) = (span.start, end);
    match (s.month, s.day, e.month, e.day) {
        (Some(sm), Some(_), Some(em), Some(ed)) if s.year == e.year && sm == em => {
            format!("{}–{ed}日", one(&s))
        }
        (Some(_), Some(_), Some(em), Some(ed)) if s.year == e.year => {
            format!("{}–{em}月{ed}日", one(&s))
        }
        (Some(_), None, Some(em), None) if s.year == e.year => format!("{}–{em}月", one(&s)),
        _ => format!("{}–{}", one(&s), one(&e)),
    }
}

/// What the panel says of a date known only to its month or year ("known to the month").
pub fn precision_note(precision: Precision) -> Option<Key> {
    match precision {
        Precision::Day => None,
        Precision::Month => Some(Key::KnownToMonth),
        Precision::Year => Some(Key::KnownToYear),
    }
}

/// What a calendar entry says of a date stretched over its whole month or year.
pub fn calendar_span_note(precision: Precision) -> Option<Key> {
    match precision {
        Precision::Day => None,
        Precision::Month => Some(Key::MonthSpanNote),
        Precision::Year => Some(Key::YearSpanNote),
    }
}

/// What a tick on the time axis says: "2024", "Q2 2024", "Jan 2024" or "Mar", "1 Jun
/// 2024" or "26 May"; "2024年", "2024年1月" or "3月", "5月26日". A major tick names its
/// year (its month, for days).
pub fn tick_label(tick: Tick, locale: Locale) -> String {
    let (year, month, day) = civil_from_day_number(tick.day);
    let short_month = &MONTH_NAMES[month as usize - 1][..3];
    let chinese = locale.is_chinese();
    match tick.unit {
        TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year if chinese => format!("{year}年"),
        TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year => year.to_string(),
        TickUnit::Quarter => locale.fill(
            Key::Quarter,
            &[
                ("quarter", &((month - 1) / 3 + 1).to_string()),
                ("year", &year.to_string()),
            ],
        ),
        TickUnit::Month if chinese && tick.major => format!("{year}年{month}月"),
        TickUnit::Month if chinese => format!("{month}月"),
        TickUnit::Month if tick.major => format!("{short_month} {year}"),
        TickUnit::Month => short_month.to_string(),
        TickUnit::Week | TickUnit::Day if chinese && tick.major => {
            format!("{year}年{month}月{day}日")
        }
        TickUnit::Week | TickUnit::Day if chinese => format!("{month}月{day}日"),
        TickUnit::Week | TickUnit::Day if tick.major => format!("{day} {short_month} {year}"),
        TickUnit::Week | TickUnit::Day => format!("{day} {short_month}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::day_number;
    use crate::domain::time::axis::TimeAxis;
    use crate::domain::time::scale::TimeScale;
    use crate::domain::time::ticks::ticks;

    fn span(start: &str, end: Option<&str>) -> DateSpan {
        DateSpan {
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
        }
    }

    #[test]
    fn date_labels_keep_precision() {
        let en = |s, e| date_span(&span(s, e), Locale::En);
        assert_eq!(en("2024-05-26", Some("2024-05-31")), "26–31 May 2024");
        assert_eq!(en("2024-05-30", Some("2024-06-02")), "30 May – 2 June 2024");
        assert_eq!(en("2023-05", None), "May 2023");
        assert_eq!(en("2020", Some("2021")), "2020–2021");
        assert_eq!(en("2021-07-15", None), "15 July 2021");
        assert_eq!(en("2021-07-15", Some("2021-07-15")), "15 July 2021");
    }

    #[test]
    fn chinese_date_labels_put_the_year_first() {
        let zh = |s, e| date_span(&span(s, e), Locale::ZhHans);
        assert_eq!(zh("2024-05-26", Some("2024-05-31")), "2024年5月26日–31日");
        assert_eq!(zh("2024-05-30", Some("2024-06-02")), "2024年5月30日–6月2日");
        assert_eq!(zh("2023-05", None), "2023年5月");
        assert_eq!(zh("2023-05", Some("2023-07")), "2023年5月–7月");
        assert_eq!(zh("2020", Some("2021")), "2020年–2021年");
        assert_eq!(date_span(&span("2023", None), Locale::ZhHant), "2023年");
    }

    #[test]
    fn precision_has_words_only_when_not_a_day() {
        assert_eq!(precision_note(Precision::Day), None);
        assert_eq!(precision_note(Precision::Month), Some(Key::KnownToMonth));
        assert_eq!(calendar_span_note(Precision::Year), Some(Key::YearSpanNote));
    }

    /// The unit, labels and majors of the ticks at least 60 pixels apart when the days
    /// `from..to` are drawn across `width` pixels.
    fn labels(
        from: (i32, u8, u8),
        to: (i32, u8, u8),
        width: f64,
        locale: Locale,
    ) -> (TickUnit, Vec<String>, Vec<bool>) {
        let axis = TimeAxis::linear(
            day_number(from.0, from.1, from.2) as f64,
            day_number(to.0, to.1, to.2) as f64,
            width,
        );
        let ticks = ticks(&axis, &TimeScale::fitted(width), 60.0);
        let labels = ticks.iter().map(|&t| tick_label(t, locale)).collect();
        (
            ticks[0].unit,
            labels,
            ticks.iter().map(|t| t.major).collect(),
        )
    }

    #[test]
    fn tick_labels_read_naturally() {
        let (_, years, _) = labels((2019, 1, 1), (2024, 12, 31), 400.0, Locale::En);
        assert_eq!(years, ["2019", "2020", "2021", "2022", "2023", "2024"]);
        let (unit, months, major) = labels((2023, 11, 15), (2024, 3, 15), 1000.0, Locale::En);
        assert_eq!(unit, TickUnit::Month);
        assert_eq!(months, ["Dec", "Jan 2024", "Feb", "Mar"]);
        assert_eq!(major, [false, true, false, false]);
        let (unit, days, major) = labels((2024, 5, 26), (2024, 6, 2), 1000.0, Locale::En);
        assert_eq!(unit, TickUnit::Day);
        assert_eq!(days[0], "26 May");
        let june = days.iter().position(|l| l == "1 Jun 2024").unwrap();
        assert!(major[june]);
    }

    #[test]
    fn chinese_tick_labels_use_year_month_day_characters() {
        let zh = |from, to, width| labels(from, to, width, Locale::ZhHans).1;
        assert_eq!(
            zh((2019, 1, 1), (2021, 12, 31), 400.0),
            ["2019年", "2020年", "2021年"]
        );
        assert_eq!(
            zh((2023, 11, 15), (2024, 3, 15), 1000.0),
            ["12月", "2024年1月", "2月", "3月"]
        );
        let days = zh((2024, 5, 26), (2024, 6, 2), 1000.0);
        assert_eq!(days[0], "5月26日");
        assert!(days.contains(&"2024年6月1日".to_string()));
    }
}
