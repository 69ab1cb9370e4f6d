//! The date window a drag across the time axis chooses: the days under its ends, through the
//! axis (so a drag across a break takes in the real days of the gap). An end let go on a
//! tick means that tick's period boundary: a drag from the 2021 tick to the 2022 tick is the
//! year 2021, not 2021 and 1 January 2022.

use crate::domain::date::DayRange;
use crate::domain::time::axis::TimeAxis;
use crate::domain::time::scale::TimeScale;
use crate::domain::time::ticks::Tick;

/// How close to a tick, in pixels, an end of the drag snaps to it.
pub const SNAP_PX: f64 = 5.0;

/// The days from the pixel `from` to the pixel `to` (either order) on the chart drawn by
/// `axis` and `scale`, with `ticks` the ticks drawn.
pub fn brushed_days(
    axis: &TimeAxis,
    scale: &TimeScale,
    ticks: &[Tick],
    from: f64,
    to: f64,
) -> DayRange {
    let (left, right) = (from.min(to), from.max(to));
    let on_tick = |x: f64| {
        ticks
            .iter()
            .filter(|t| (t.x - x).abs() <= SNAP_PX)
            .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()))
            .map(|t| t.day)
    };
    let first = on_tick(left).unwrap_or_else(|| axis.day_at(scale, left).floor() as i64);
    let last = match on_tick(right) {
        Some(day) => day - 1,
        None => axis.day_at(scale, right).floor() as i64,
    };
    DayRange {
        first,
        last: last.max(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::day_number;
    use crate::domain::time::ticks::ticks;

    fn years_2019_to_2025() -> (TimeAxis, TimeScale) {
        let axis = TimeAxis::linear(
            day_number(2019, 1, 1) as f64,
            day_number(2025, 1, 1) as f64,
            600.0,
        );
        (axis, TimeScale::fitted(600.0))
    }

    #[test]
    fn a_drag_from_tick_to_tick_is_the_period_between() {
        let (axis, scale) = years_2019_to_2025();
        let ticks = ticks(&axis, &scale, 60.0);
        let x = |year: i32| axis.x(&scale, day_number(year, 1, 1) as f64);
        let window = brushed_days(&axis, &scale, &ticks, x(2021) + 2.0, x(2022) - 3.0);
        assert_eq!(window.first, day_number(2021, 1, 1));
        assert_eq!(window.last, day_number(2021, 12, 31), "to the end of 2021");
        // Right to left, the same.
        assert_eq!(
            brushed_days(&axis, &scale, &ticks, x(2022), x(2021)),
            window
        );
    }

    #[test]
    fn ends_away_from_ticks_are_the_days_under_them() {
        let (axis, scale) = years_2019_to_2025();
        let ticks = ticks(&axis, &scale, 60.0);
        let x = |day: i64| axis.x(&scale, day as f64 + 0.5);
        let (first, last) = (day_number(2020, 6, 15), day_number(2023, 3, 2));
        let window = brushed_days(&axis, &scale, &ticks, x(first), x(last));
        assert_eq!(window, DayRange { first, last });
    }
}
