//! Counts per bin: when too many events fall in view to draw one mark each, the timeline
//! draws how many start in each calendar unit (year, month, ...) and splits them on zoom.

use crate::domain::time::ticks::{next_start, unit_start, TickUnit};

/// Events starting within `first_day..=last_day`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bin {
    pub first_day: i64,
    pub last_day: i64,
    pub count: u32,
}

/// Bins of `unit` across the days in view (`first..end`), counting each event by its first
/// day. `first_days` need not be sorted; events outside the view are not counted.
pub fn bin(
    first_days: impl Iterator<Item = i64>,
    unit: TickUnit,
    (first, end): (f64, f64),
) -> Vec<Bin> {
    let mut starts = Vec::new();
    let mut day = unit_start(unit, first.floor() as i64);
    while (day as f64) < end {
        starts.push(day);
        day = next_start(unit, day);
    }
    starts.push(day);
    let mut counts = vec![0u32; starts.len() - 1];
    for first in first_days {
        if first < starts[0] || first >= starts[starts.len() - 1] {
            continue;
        }
        let slot = starts.partition_point(|&s| s <= first) - 1;
        counts[slot] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| Bin {
            first_day: starts[i],
            last_day: starts[i + 1] - 1,
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::day_number;

    #[test]
    fn counts_events_per_unit_and_splits_on_zoom() {
        let days: Vec<i64> = (0..1_000)
            .map(|i| day_number(2020, 1, 1) + i * 3 % 730)
            .collect();
        let in_view = (day_number(2020, 1, 1) as f64, day_number(2022, 1, 1) as f64);
        let years = bin(days.iter().copied(), TickUnit::Year, in_view);
        assert_eq!(years.len(), 2);
        assert_eq!(years.iter().map(|b| b.count).sum::<u32>(), 1_000);
        let months = bin(days.iter().copied(), TickUnit::Month, in_view);
        assert_eq!(months.len(), 24);
        assert_eq!(months.iter().map(|b| b.count).sum::<u32>(), 1_000);
        // The months of 2020 add up to the 2020 bin.
        assert_eq!(
            months[..12].iter().map(|b| b.count).sum::<u32>(),
            years[0].count
        );
        assert_eq!(months[1].first_day, day_number(2020, 2, 1));
        assert_eq!(months[1].last_day, day_number(2020, 2, 29));
    }

    #[test]
    fn events_out_of_view_are_not_counted() {
        let in_view = (
            day_number(2021, 1, 1) as f64,
            day_number(2021, 12, 31) as f64,
        );
        let bins = bin(
            [
                day_number(2019, 5, 5),
                day_number(2021, 3, 3),
                day_number(2030, 1, 1),
            ]
            .into_iter(),
            TickUnit::Quarter,
            in_view,
        );
        assert_eq!(bins.iter().map(|b| b.count).sum::<u32>(), 1);
    }
}
