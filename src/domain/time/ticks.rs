//! Tick marks for the time axis, choosing the unit from the zoom: decades, years, quarters,
//! months, weeks or days, so labels never crowd. Their words are in
//! [`crate::domain::present::tick_label`].

use crate::domain::date::{civil_from_day_number, day_number};
use crate::domain::time::axis::TimeAxis;
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
    /// The fewest days a unit spans (a February, a quarter without a leap day): a unit is
    /// chosen only if even its shortest step leaves its labels apart.
    fn days(self) -> f64 {
        match self {
            TickUnit::Decade => 3652.0,
            TickUnit::FiveYears => 1826.0,
            TickUnit::Year => 365.0,
            TickUnit::Quarter => 90.0,
            TickUnit::Month => 28.0,
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

/// One tick: the day it marks, its unit, where it is drawn, and whether it is drawn stronger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub day: i64,
    pub unit: TickUnit,
    /// Pixels from the chart's left.
    pub x: f64,
    /// Whether the tick starts a larger unit (a year among months) or a period after a break;
    /// drawn stronger, its label names the larger unit too.
    pub major: bool,
}

/// The finest unit whose ticks are at least `min_spacing` pixels apart when a day is
/// `pixels_per_day` wide.
pub fn unit_for(pixels_per_day: f64, min_spacing: f64) -> TickUnit {
    TickUnit::ALL
        .into_iter()
        .find(|u| u.days() * pixels_per_day >= min_spacing)
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

/// The ticks in view, at least `min_spacing` pixels apart: in each period of the axis at the
/// unit its scale allows (none inside a break), the first after a break major. Where two
/// come closer than `min_spacing` across a period's edge, a major one is kept.
pub fn ticks(axis: &TimeAxis, scale: &TimeScale, min_spacing: f64) -> Vec<Tick> {
    let (first_shown, end_shown) = axis.days_in_view(scale);
    let periods = axis.periods();
    let mut out: Vec<Tick> = Vec::new();
    for (i, period) in periods.iter().enumerate() {
        // The first and last periods go on past the axis's ends.
        let from = if i == 0 { f64::MIN } else { period.first_day }.max(first_shown);
        let to = if i + 1 == periods.len() {
            f64::MAX
        } else {
            period.end_day
        }
        .min(end_shown);
        if from >= to {
            continue;
        }
        let unit = unit_for(
            period.units_per_day() * scale.pixels_per_unit(),
            min_spacing,
        );
        let mut day = unit_start(unit, from.floor() as i64);
        let mut first_of_period = i > 0;
        while (day as f64) < to {
            if (day as f64) >= from {
                let tick = Tick {
                    day,
                    unit,
                    x: axis.x(scale, day as f64),
                    major: first_of_period || starts_larger_unit(unit, day),
                };
                first_of_period = false;
                match out.last_mut() {
                    Some(last) if tick.x - last.x < min_spacing => {
                        if tick.major && !last.major {
                            *last = tick;
                        }
                    }
                    _ => out.push(tick),
                }
            }
            day = next_start(unit, day);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::DayRange;
    use crate::domain::time::axis::AxisOptions;

    /// An axis drawing the days `from..to` across `width` pixels, fitted.
    fn linear(from: (i32, u8, u8), to: (i32, u8, u8), width: f64) -> (TimeAxis, TimeScale) {
        let (first, end) = (
            day_number(from.0, from.1, from.2) as f64,
            day_number(to.0, to.1, to.2) as f64,
        );
        (
            TimeAxis::linear(first, end, width),
            TimeScale::fitted(width),
        )
    }

    #[test]
    fn units_adapt_from_years_to_days() {
        let cases = [
            (linear((1995, 1, 1), (2024, 1, 1), 2000.0), TickUnit::Year),
            (
                linear((1990, 1, 1), (2024, 1, 1), 1000.0),
                TickUnit::FiveYears,
            ),
            (linear((1900, 1, 1), (2024, 1, 1), 1000.0), TickUnit::Decade),
            (
                linear((2019, 1, 1), (2025, 1, 1), 2000.0),
                TickUnit::Quarter,
            ),
            (
                linear((2024, 1, 1), (2024, 12, 31), 1000.0),
                TickUnit::Month,
            ),
            (linear((2024, 5, 1), (2024, 6, 30), 1000.0), TickUnit::Week),
            (linear((2024, 5, 20), (2024, 6, 5), 1000.0), TickUnit::Day),
        ];
        for ((axis, scale), unit) in cases {
            let ticks = ticks(&axis, &scale, 60.0);
            assert!(ticks.iter().all(|t| t.unit == unit), "{unit:?}: {ticks:?}");
        }
    }

    #[test]
    fn ticks_are_evenly_spaced_enough_and_in_view() {
        let (axis, scale) = linear((1995, 3, 3), (2024, 8, 8), 900.0);
        let ticks = ticks(&axis, &scale, 60.0);
        assert!(ticks.windows(2).all(|w| w[1].x - w[0].x >= 55.0));
        assert!(ticks.iter().all(|t| t.x >= 0.0 && t.x <= 900.0));
    }

    #[test]
    fn each_period_has_ticks_of_its_own_scale_and_none_fall_in_a_break() {
        let ranges = [
            DayRange {
                first: day_number(2019, 9, 1),
                last: day_number(2021, 12, 31),
            },
            DayRange {
                first: day_number(2024, 5, 26),
                last: day_number(2024, 6, 30),
            },
        ];
        let options = AxisOptions {
            width: 1000.0,
            margins: (10.0, 100.0),
            break_width: 40.0,
            true_scale: false,
        };
        let axis = TimeAxis::build(&ranges, options);
        let scale = TimeScale::fitted(1000.0);
        let ticks = ticks(&axis, &scale, 60.0);
        let gap = axis.breaks()[0];
        assert!(ticks.iter().all(|t| t.x <= gap.start || t.x >= gap.end));
        let early = ticks.iter().filter(|t| t.x < gap.start).collect::<Vec<_>>();
        let late = ticks.iter().filter(|t| t.x > gap.end).collect::<Vec<_>>();
        assert!(early
            .iter()
            .all(|t| matches!(t.unit, TickUnit::Year | TickUnit::Quarter)));
        assert!(late
            .iter()
            .all(|t| matches!(t.unit, TickUnit::Week | TickUnit::Day)));
        assert!(late[0].major, "the first tick after a break names its year");
        assert!(ticks.windows(2).all(|w| w[1].x - w[0].x >= 60.0));
    }
}
