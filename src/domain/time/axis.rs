//! The timeline's axis: where each day is drawn. Periods that hold events get width in
//! proportion to how many events they hold, each at a true scale of its own; a long stretch
//! with no event between them collapses into a break of fixed width, marked with its length.
//! At true scale there is one period over every day and no break.
//!
//! Positions are axis units: the pixels of the chart at the fitted zoom, so the timeline's
//! camera ([`crate::domain::time::scale::TimeScale`]) zooms and pans in them, and the map
//! from days to units and back ([`TimeAxis::unit`], [`TimeAxis::day`]) is continuous and
//! strictly increasing, breaks included: a position inside a break is a day inside the gap.

use crate::domain::date::DayRange;
use crate::domain::time::scale::TimeScale;

/// A stretch with no event at least this long becomes a break (a quarter of a year), and at
/// least [`BREAK_SHARE`] of the days from the first event to the last.
pub const MIN_BREAK_DAYS: i64 = 95;
pub const BREAK_SHARE: f64 = 0.06;
/// Pixels a period gets before the rest is shared out by events.
const MIN_PERIOD_PX: f64 = 48.0;
/// Pixels between a period's edge and its first or last day with an event.
const PERIOD_PADDING_PX: f64 = 10.0;

/// How the axis is laid out over the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisOptions {
    /// The chart's width in pixels: the axis spans it at the fitted zoom.
    pub width: f64,
    /// Pixels kept free before the first period and after the last (the last titles are
    /// written there).
    pub margins: (f64, f64),
    /// Pixels a break takes.
    pub break_width: f64,
    /// One period at true scale, with no break.
    pub true_scale: bool,
}

/// A stretch of days drawn at one scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Period {
    /// The days drawn, `first..end` (day numbers, the end excluded), padded around the events.
    pub first_day: f64,
    pub end_day: f64,
    /// Where they are drawn, in axis units.
    pub start: f64,
    pub end: f64,
    /// How many events the period holds.
    pub events: usize,
}

impl Period {
    pub fn units_per_day(&self) -> f64 {
        (self.end - self.start) / (self.end_day - self.first_day)
    }
}

/// A stretch with no event, drawn narrow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    /// The days with no event: the day after the last event before the break, and the first
    /// day of the next event.
    pub empty_from: i64,
    pub empty_to: i64,
    /// Where the break is drawn, in axis units.
    pub start: f64,
    pub end: f64,
}

impl Break {
    /// How many whole months the break leaves out.
    pub fn months(&self) -> i64 {
        ((self.empty_to - self.empty_from) as f64 / 30.436_875).floor() as i64
    }
}

/// Days to positions and back, through the periods and breaks.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeAxis {
    periods: Vec<Period>,
    breaks: Vec<Break>,
    /// (day, unit) where the map changes its slope, strictly increasing in both.
    knots: Vec<(f64, f64)>,
}

impl TimeAxis {
    /// The axis for events covering `ranges` (in any order). With no event, one year.
    pub fn build(ranges: &[DayRange], options: AxisOptions) -> TimeAxis {
        let clusters = clusters(ranges, options.true_scale);
        let (left, right) = options.margins;
        let breaks_px = options.break_width * clusters.len().saturating_sub(1) as f64;
        let available = (options.width - left - right - breaks_px).max(clusters.len() as f64);
        let widths = share(&clusters, available);
        let mut periods = Vec::with_capacity(clusters.len());
        let mut breaks = Vec::new();
        let mut at = left;
        for (i, (cluster, &width)) in clusters.iter().zip(&widths).enumerate() {
            // Padding in days, so the first and last events sit clear of the edges; never
            // more than a third of the neighbouring gaps.
            let days = (cluster.end - cluster.first) as f64;
            let mut padding = if width > 3.0 * PERIOD_PADDING_PX {
                PERIOD_PADDING_PX * days / (width - 2.0 * PERIOD_PADDING_PX)
            } else {
                0.0
            };
            if i > 0 {
                padding = padding.min((cluster.first - clusters[i - 1].end) as f64 / 3.0);
            }
            if let Some(next) = clusters.get(i + 1) {
                padding = padding.min((next.first - cluster.end) as f64 / 3.0);
            }
            if let Some(before) = periods.last().map(|p: &Period| p.end) {
                breaks.push(Break {
                    empty_from: clusters[i - 1].end,
                    empty_to: cluster.first,
                    start: before,
                    end: at,
                });
            }
            periods.push(Period {
                first_day: cluster.first as f64 - padding,
                end_day: cluster.end as f64 + padding,
                start: at,
                end: at + width,
                events: cluster.events,
            });
            at += width + options.break_width;
        }
        let knots = periods
            .iter()
            .flat_map(|p| [(p.first_day, p.start), (p.end_day, p.end)])
            .collect();
        TimeAxis {
            periods,
            breaks,
            knots,
        }
    }

    /// One period drawing the days `first..end` exactly across `width` units (for tests of
    /// what is drawn on an axis).
    #[cfg(test)]
    pub fn linear(first: f64, end: f64, width: f64) -> TimeAxis {
        let period = Period {
            first_day: first,
            end_day: end,
            start: 0.0,
            end: width,
            events: 0,
        };
        TimeAxis {
            periods: vec![period],
            breaks: Vec::new(),
            knots: vec![(first, 0.0), (end, width)],
        }
    }

    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    pub fn breaks(&self) -> &[Break] {
        &self.breaks
    }

    /// Where `day` (a day number; fractions are times of day) is drawn. Days before the first
    /// period and after the last continue at their period's scale.
    pub fn unit(&self, day: f64) -> f64 {
        interpolate(&self.knots, day, |k| k.0, |k| k.1)
    }

    /// The day drawn at `unit`.
    pub fn day(&self, unit: f64) -> f64 {
        interpolate(&self.knots, unit, |k| k.1, |k| k.0)
    }

    /// The period drawing `day`: the first for earlier days, the last for later ones, and for
    /// a day in a break the one after it.
    pub fn period_of(&self, day: f64) -> &Period {
        let after = self.periods.partition_point(|p| p.end_day <= day);
        &self.periods[after.min(self.periods.len() - 1)]
    }

    /// The break drawn at `unit`, if any.
    pub fn break_at(&self, unit: f64) -> Option<&Break> {
        self.breaks.iter().find(|b| b.start < unit && unit < b.end)
    }

    /// Where `day` is drawn through the camera `scale`, in pixels from the chart's left.
    pub fn x(&self, scale: &TimeScale, day: f64) -> f64 {
        scale.x(self.unit(day))
    }

    /// The day drawn `x` pixels from the chart's left through `scale`.
    pub fn day_at(&self, scale: &TimeScale, x: f64) -> f64 {
        self.day(scale.unit(x))
    }

    /// The days `scale` shows, first and end (fractional day numbers).
    pub fn days_in_view(&self, scale: &TimeScale) -> (f64, f64) {
        (self.day(scale.start), self.day(scale.end))
    }

    /// The knots of the map as text, `day unit` pairs separated by `;` (the page publishes
    /// them, so the browser tests can tell where a date must be drawn).
    pub fn knots_text(&self) -> String {
        self.knots
            .iter()
            .map(|(day, unit)| format!("{day:.4} {unit:.4}"))
            .collect::<Vec<_>>()
            .join(";")
    }
}

/// Events close enough in time to share a period: their first day, the day after their last,
/// and how many events.
#[derive(Clone, Copy, Debug)]
struct Cluster {
    first: i64,
    end: i64,
    events: usize,
}

/// The periods' days: events merged while the stretch between them is shorter than a break.
fn clusters(ranges: &[DayRange], true_scale: bool) -> Vec<Cluster> {
    let mut sorted: Vec<DayRange> = ranges.to_vec();
    sorted.sort_unstable_by_key(|r| (r.first, r.last));
    let (Some(first), Some(last)) = (
        sorted.first().map(|r| r.first),
        sorted.iter().map(|r| r.last).max(),
    ) else {
        return vec![Cluster {
            first: 0,
            end: 365,
            events: 0,
        }];
    };
    let span = (last + 1 - first) as f64;
    let min_gap = if true_scale {
        i64::MAX
    } else {
        MIN_BREAK_DAYS.max((span * BREAK_SHARE).ceil() as i64)
    };
    let mut clusters: Vec<Cluster> = Vec::new();
    for range in sorted {
        match clusters.last_mut() {
            Some(c) if range.first.saturating_sub(c.end) < min_gap => {
                c.end = c.end.max(range.last + 1);
                c.events += 1;
            }
            _ => clusters.push(Cluster {
                first: range.first,
                end: range.last + 1,
                events: 1,
            }),
        }
    }
    clusters
}

/// Each period's width out of `available` pixels: [`MIN_PERIOD_PX`] each (or a quarter of an
/// equal share on a narrow chart), the rest in proportion to the events each holds.
fn share(clusters: &[Cluster], available: f64) -> Vec<f64> {
    let n = clusters.len() as f64;
    let base = MIN_PERIOD_PX.min(available / n / 4.0);
    let rest = available - base * n;
    let events: usize = clusters.iter().map(|c| c.events).sum();
    clusters
        .iter()
        .map(|c| match events {
            0 => available / n,
            all => base + rest * c.events as f64 / all as f64,
        })
        .collect()
}

/// The piecewise linear map through `knots` at `x` (`from` and `to` read a knot's
/// coordinates), continued past the ends at the end segments' slopes.
fn interpolate(
    knots: &[(f64, f64)],
    x: f64,
    from: fn(&(f64, f64)) -> f64,
    to: fn(&(f64, f64)) -> f64,
) -> f64 {
    let after = knots.partition_point(|k| from(k) <= x);
    let i = after.clamp(1, knots.len() - 1);
    let (a, b) = (&knots[i - 1], &knots[i]);
    to(a) + (x - from(a)) * (to(b) - to(a)) / (from(b) - from(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::day_number;

    fn days(first: (i32, u8, u8), last: (i32, u8, u8)) -> DayRange {
        DayRange {
            first: day_number(first.0, first.1, first.2),
            last: day_number(last.0, last.1, last.2),
        }
    }

    const OPTIONS: AxisOptions = AxisOptions {
        width: 1000.0,
        margins: (20.0, 120.0),
        break_width: 40.0,
        true_scale: false,
    };

    /// Two events in 2019, a long gap, ten events in a month of 2024.
    fn sparse_then_busy() -> Vec<DayRange> {
        let mut ranges = vec![
            days((2019, 9, 1), (2019, 9, 30)),
            days((2019, 11, 3), (2019, 11, 3)),
        ];
        for day in 1..=10 {
            ranges.push(days((2024, 5, 20 + day), (2024, 5, 20 + day)));
        }
        ranges
    }

    #[test]
    fn a_long_empty_stretch_is_a_break_and_the_busy_period_gets_the_width() {
        let axis = TimeAxis::build(&sparse_then_busy(), OPTIONS);
        assert_eq!(axis.periods().len(), 2);
        let gap = axis.breaks()[0];
        assert_eq!(gap.empty_from, day_number(2019, 11, 4));
        assert_eq!(gap.empty_to, day_number(2024, 5, 21));
        assert_eq!(gap.months(), 54);
        assert_eq!(gap.end - gap.start, 40.0);
        let (early, busy) = (axis.periods()[0], axis.periods()[1]);
        // 820 pixels: 48 each, the other 724 in proportion to 2 and 10 events.
        assert!((early.end - early.start - (48.0 + 724.0 * 2.0 / 12.0)).abs() < 1e-9);
        assert!((busy.end - busy.start - (48.0 + 724.0 * 10.0 / 12.0)).abs() < 1e-9);
        assert_eq!(early.start, 20.0);
        assert!(
            (busy.end - 880.0).abs() < 1e-9,
            "the right margin stays free"
        );
    }

    #[test]
    fn days_and_units_map_both_ways_on_both_sides_of_a_break() {
        let axis = TimeAxis::build(&sparse_then_busy(), OPTIONS);
        for day in [
            day_number(2019, 9, 1),
            day_number(2019, 10, 15),
            day_number(2021, 1, 1),
            day_number(2024, 5, 25),
            day_number(2024, 5, 30),
            day_number(2030, 1, 1),
            day_number(2000, 1, 1),
        ] {
            let back = axis.day(axis.unit(day as f64));
            assert!((back - day as f64).abs() < 1e-6, "{day}: {back}");
        }
        // Monotonic: later days are further right, breaks included.
        let mut last = f64::MIN;
        for day in (day_number(2019, 1, 1)..day_number(2025, 1, 1)).step_by(7) {
            let unit = axis.unit(day as f64);
            assert!(unit > last, "{day}");
            last = unit;
        }
        // Within a period, equal days take equal widths.
        let busy = axis.periods()[1];
        let a =
            axis.unit(day_number(2024, 5, 22) as f64) - axis.unit(day_number(2024, 5, 21) as f64);
        let b =
            axis.unit(day_number(2024, 5, 30) as f64) - axis.unit(day_number(2024, 5, 29) as f64);
        assert!((a - b).abs() < 1e-9 && (a - busy.units_per_day()).abs() < 1e-9);
        // A position inside the break is a day inside the gap.
        let gap = axis.breaks()[0];
        let middle = axis.day((gap.start + gap.end) / 2.0);
        assert!(middle > gap.empty_from as f64 && middle < gap.empty_to as f64);
        assert_eq!(axis.break_at((gap.start + gap.end) / 2.0), Some(&gap));
        assert_eq!(axis.break_at(gap.end + 1.0), None);
    }

    #[test]
    fn every_event_lies_inside_its_period_clear_of_the_edges() {
        let ranges = sparse_then_busy();
        let axis = TimeAxis::build(&ranges, OPTIONS);
        for range in &ranges {
            let period = axis.period_of(range.first as f64);
            let (x0, x1) = (
                axis.unit(range.first as f64),
                axis.unit(range.last as f64 + 1.0),
            );
            assert!(
                x0 >= period.start + 9.0 && x1 <= period.end - 9.0,
                "{range:?}"
            );
        }
    }

    #[test]
    fn true_scale_is_one_period_and_events_close_in_time_share_one() {
        let axis = TimeAxis::build(
            &sparse_then_busy(),
            AxisOptions {
                true_scale: true,
                ..OPTIONS
            },
        );
        assert_eq!(axis.periods().len(), 1);
        assert!(axis.breaks().is_empty());
        let ratio = axis.periods()[0].units_per_day();
        let year =
            axis.unit(day_number(2021, 1, 1) as f64) - axis.unit(day_number(2020, 1, 1) as f64);
        assert!((year - 366.0 * ratio).abs() < 1e-6);
        // A gap shorter than a break keeps one period.
        let near = [
            days((2024, 1, 1), (2024, 1, 1)),
            days((2024, 2, 15), (2024, 2, 15)),
        ];
        assert_eq!(TimeAxis::build(&near, OPTIONS).periods().len(), 1);
        // No event: one year, no break.
        let none = TimeAxis::build(&[], OPTIONS);
        assert_eq!((none.periods().len(), none.breaks().len()), (1, 0));
    }

    #[test]
    fn a_narrow_chart_still_gives_every_period_room() {
        let axis = TimeAxis::build(
            &sparse_then_busy(),
            AxisOptions {
                width: 300.0,
                margins: (8.0, 40.0),
                ..OPTIONS
            },
        );
        for period in axis.periods() {
            assert!(period.end - period.start >= 48.0, "{period:?}");
        }
        assert!(axis.periods()[1].end <= 260.0);
    }
}
