//! Tick marks and labels for the time axis, choosing the unit from the zoom: decades, years,
//! quarters, months, weeks or days, so labels never crowd.

use crate::domain::date::{civil_from_day_number, day_number};
use crate::domain::i18n::{Key, Locale};
use crate::domain::present::MONTH_NAMES;
use crate::domain::time::scale::TimeScale;

/// The step between ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Decade,
    FiveYears,
    Year,
    Quarter,
    Month,
    Week,
    Day,
}

impl TickUnit {
    /// Approximate length in days, for choosing a unit.
    fn days(self) -> f64 {
        match self {
            TickUnit::Decade => 3652.5,
            TickUnit::FiveYears => 1826.25,
            TickUnit::Year => 365.25,
            TickUnit::Quarter => 91.3,
            TickUnit::Month => 30.44,
            TickUnit::Week => 7.0,
            TickUnit::Day => 1.0,
        }
    }

    /// Finest first.
    const ALL: [TickUnit; 7] = [
        TickUnit::Day,
        TickUnit::Week,
        TickUnit::Month,
        TickUnit::Quarter,
        TickUnit::Year,
        TickUnit::FiveYears,
        TickUnit::Decade,
    ];
}

/// One tick: where, and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: i64,
    pub label: String,
    /// Whether the tick starts a larger unit (a year among months), drawn stronger.
    pub major: bool,
}

/// The finest unit whose ticks are at least `min_spacing` pixels apart.
pub fn unit_for(scale: &TimeScale, min_spacing: f64) -> TickUnit {
    let per_day = scale.pixels_per_day();
    TickUnit::ALL
        .into_iter()
        .find(|u| u.days() * per_day >= min_spacing)
        .unwrap_or(TickUnit::Decade)
}

fn short_month(month: u8) -> &'static str {
    &MONTH_NAMES[month as usize - 1][..3]
}

/// The first day of the unit containing `day`, and of the next one.
pub fn unit_start(unit: TickUnit, day: i64) -> i64 {
    let (year, month, _) = civil_from_day_number(day);
    match unit {
        TickUnit::Decade => day_number(year - year.rem_euclid(10), 1, 1),
        TickUnit::FiveYears => day_number(year - year.rem_euclid(5), 1, 1),
        TickUnit::Year => day_number(year, 1, 1),
        TickUnit::Quarter => day_number(year, (month - 1) / 3 * 3 + 1, 1),
        TickUnit::Month => day_number(year, month, 1),
        // Weeks start on Monday (1970-01-01 was a Thursday).
        TickUnit::Week => day - (day + 3).rem_euclid(7),
        TickUnit::Day => day,
    }
}

pub fn next_start(unit: TickUnit, start: i64) -> i64 {
    let (year, month, _) = civil_from_day_number(start);
    let add_months = |n: u8| {
        let total = i32::from(month) - 1 + i32::from(n);
        day_number(
            year + total.div_euclid(12),
            (total.rem_euclid(12) + 1) as u8,
            1,
        )
    };
    match unit {
        TickUnit::Decade => day_number(year + 10, 1, 1),
        TickUnit::FiveYears => day_number(year + 5, 1, 1),
        TickUnit::Year => day_number(year + 1, 1, 1),
        TickUnit::Quarter => add_months(3),
        TickUnit::Month => add_months(1),
        TickUnit::Week => start + 7,
        TickUnit::Day => start + 1,
    }
}

fn label(unit: TickUnit, day: i64, locale: Locale) -> (String, bool) {
    let (year, month, d) = civil_from_day_number(day);
    let chinese = locale.is_chinese();
    match unit {
        TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year if chinese => {
            (format!("{year}年"), false)
        }
        TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year => (year.to_string(), false),
        TickUnit::Quarter => {
            let quarter = ((month - 1) / 3 + 1).to_string();
            let text = locale.fill(
                Key::Quarter,
                &[("quarter", &quarter), ("year", &year.to_string())],
            );
            (text, month == 1)
        }
        TickUnit::Month if chinese && month == 1 => (format!("{year}年1月"), true),
        TickUnit::Month if chinese => (format!("{month}月"), false),
        TickUnit::Month if month == 1 => (format!("{} {year}", short_month(month)), true),
        TickUnit::Month => (short_month(month).to_string(), false),
        TickUnit::Week | TickUnit::Day if chinese && d == 1 => {
            (format!("{year}年{month}月{d}日"), true)
        }
        TickUnit::Week | TickUnit::Day if chinese => (format!("{month}月{d}日"), false),
        TickUnit::Week | TickUnit::Day if d == 1 => {
            (format!("{d} {} {year}", short_month(month)), true)
        }
        TickUnit::Week | TickUnit::Day => (format!("{d} {}", short_month(month)), false),
    }
}

/// The ticks in view, at least `min_spacing` pixels apart.
pub fn ticks(scale: &TimeScale, min_spacing: f64, locale: Locale) -> (TickUnit, Vec<Tick>) {
    let unit = unit_for(scale, min_spacing);
    let mut day = unit_start(unit, scale.start.floor() as i64);
    let mut out = Vec::new();
    while (day as f64) <= scale.end {
        if (day as f64) >= scale.start {
            let (label, major) = label(unit, day, locale);
            out.push(Tick { day, label, major });
        }
        day = next_start(unit, day);
    }
    (unit, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(from: (i32, u8, u8), to: (i32, u8, u8), width: f64) -> TimeScale {
        TimeScale {
            start: day_number(from.0, from.1, from.2) as f64,
            end: day_number(to.0, to.1, to.2) as f64,
            width,
        }
    }

    #[test]
    fn units_adapt_from_years_to_days() {
        let cases = [
            (scale((1995, 1, 1), (2024, 1, 1), 2000.0), TickUnit::Year),
            (
                scale((1990, 1, 1), (2024, 1, 1), 1000.0),
                TickUnit::FiveYears,
            ),
            (scale((1900, 1, 1), (2024, 1, 1), 1000.0), TickUnit::Decade),
            (scale((2019, 1, 1), (2025, 1, 1), 2000.0), TickUnit::Quarter),
            (scale((2024, 1, 1), (2024, 12, 31), 1000.0), TickUnit::Month),
            (scale((2024, 5, 1), (2024, 6, 30), 1000.0), TickUnit::Week),
            (scale((2024, 5, 20), (2024, 6, 5), 1000.0), TickUnit::Day),
        ];
        for (scale, unit) in cases {
            assert_eq!(unit_for(&scale, 60.0), unit, "{:?} days", scale.span());
        }
    }

    #[test]
    fn labels_read_naturally() {
        let (_, years) = ticks(
            &scale((2019, 1, 1), (2024, 12, 31), 400.0),
            60.0,
            Locale::En,
        );
        assert_eq!(
            years.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["2019", "2020", "2021", "2022", "2023", "2024"]
        );
        let (unit, months) = ticks(
            &scale((2023, 11, 15), (2024, 3, 15), 1000.0),
            60.0,
            Locale::En,
        );
        assert_eq!(unit, TickUnit::Month);
        assert_eq!(
            months.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["Dec", "Jan 2024", "Feb", "Mar"]
        );
        assert!(months[1].major);
        let (unit, days) = ticks(
            &scale((2024, 5, 26), (2024, 6, 2), 1000.0),
            60.0,
            Locale::En,
        );
        assert_eq!(unit, TickUnit::Day);
        assert_eq!(days.first().unwrap().label, "26 May");
        assert!(days.iter().any(|t| t.label == "1 Jun 2024" && t.major));
    }

    #[test]
    fn chinese_labels_use_year_month_day_characters() {
        let labels = |from, to, width| {
            let (_, ticks) = ticks(&scale(from, to, width), 60.0, Locale::ZhHans);
            ticks.into_iter().map(|t| t.label).collect::<Vec<_>>()
        };
        assert_eq!(
            labels((2019, 1, 1), (2021, 12, 31), 400.0),
            ["2019年", "2020年", "2021年"]
        );
        assert_eq!(
            labels((2023, 11, 15), (2024, 3, 15), 1000.0),
            ["12月", "2024年1月", "2月", "3月"]
        );
        let days = labels((2024, 5, 26), (2024, 6, 2), 1000.0);
        assert_eq!(days[0], "5月26日");
        assert!(days.contains(&"2024年6月1日".to_string()));
    }

    #[test]
    fn ticks_are_evenly_spaced_enough_and_in_view() {
        let s = scale((1995, 3, 3), (2024, 8, 8), 900.0);
        let (_, ticks) = ticks(&s, 60.0, Locale::En);
        assert!(ticks
            .windows(2)
            .all(|w| s.x(w[1].day as f64) - s.x(w[0].day as f64) >= 55.0));
        assert!(ticks
            .iter()
            .all(|t| (t.day as f64) >= s.start && (t.day as f64) <= s.end));
    }
}
