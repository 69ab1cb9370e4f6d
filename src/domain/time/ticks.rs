//! Tick marks for the time axis, choosing the unit from the zoom: decades, years, quarters,
//! months, weeks or days, so labels never crowd. Their words are in
//! [`crate::domain::present::tick_label`].

use crate::domain::date::{civil_from_day_number, day_number};
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

/// One tick: where, and whether it is drawn stronger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub day: i64,
    /// Whether the tick starts a larger unit (a year among months), drawn stronger; its label
    /// then names the larger unit too.
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

/// Whether the tick at `day` starts a larger unit than its own: a year among quarters or
/// months, a month among weeks or days.
fn starts_larger_unit(unit: TickUnit, day: i64) -> bool {
    let (_, month, d) = civil_from_day_number(day);
    match unit {
        TickUnit::Decade | TickUnit::FiveYears | TickUnit::Year => false,
        TickUnit::Quarter | TickUnit::Month => month == 1,
        TickUnit::Week | TickUnit::Day => d == 1,
    }
}

/// The ticks in view, at least `min_spacing` pixels apart ([`crate::domain::present`]
/// writes their labels).
pub fn ticks(scale: &TimeScale, min_spacing: f64) -> (TickUnit, Vec<Tick>) {
    let unit = unit_for(scale, min_spacing);
    let mut day = unit_start(unit, scale.start.floor() as i64);
    let mut out = Vec::new();
    while (day as f64) <= scale.end {
        if (day as f64) >= scale.start {
            out.push(Tick {
                day,
                major: starts_larger_unit(unit, day),
            });
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
    fn ticks_are_evenly_spaced_enough_and_in_view() {
        let s = scale((1995, 3, 3), (2024, 8, 8), 900.0);
        let (_, ticks) = ticks(&s, 60.0);
        assert!(ticks
            .windows(2)
            .all(|w| s.x(w[1].day as f64) - s.x(w[0].day as f64) >= 55.0));
        assert!(ticks
            .iter()
            .all(|t| (t.day as f64) >= s.start && (t.day as f64) <= s.end));
    }
}
