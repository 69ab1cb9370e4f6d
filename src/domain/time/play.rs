//! Playing the timeline: a date window of one calendar period (a year, a quarter or a month)
//! that steps across the filtered events' span, so the map shows cooperation unfold period by
//! period. The window is an ordinary [`TimeWindow`], so it filters and goes into the URL like a
//! brushed one.

use crate::domain::date::{civil_from_day_number, PartialDate};
use crate::domain::filter::TimeWindow;

/// The calendar period a played window covers; each step moves it by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayStep {
    Year,
    Quarter,
    Month,
}

impl PlayStep {
    /// The period that suits a span of `days`: about 4 to 30 steps across it.
    pub fn for_span(days: i64) -> PlayStep {
        if days > 4 * 365 {
            PlayStep::Year
        } else if days > 365 {
            PlayStep::Quarter
        } else {
            PlayStep::Month
        }
    }

    fn months(self) -> i32 {
        match self {
            PlayStep::Year => 12,
            PlayStep::Quarter => 3,
            PlayStep::Month => 1,
        }
    }

    /// The window of the period that starts at month `index` (months since year 0).
    fn window(self, index: i32) -> TimeWindow {
        let date = |index: i32, month: bool| PartialDate {
            year: index.div_euclid(12),
            month: month.then(|| (index.rem_euclid(12) + 1) as u8),
            day: None,
        };
        let by_month = self != PlayStep::Year;
        TimeWindow {
            from: Some(date(index, by_month)),
            to: Some(date(index + self.months() - 1, by_month)),
        }
    }

    /// The month index at which the period holding `day` starts.
    fn start_of(self, day: i64) -> i32 {
        let (year, month, _) = civil_from_day_number(day);
        let index = year * 12 + i32::from(month) - 1;
        index - index.rem_euclid(self.months())
    }
}

/// The played window after `current` across the days `first..=last`: the period holding
/// `first` when nothing is playing yet (or `current` is no window of this step), else the next
/// period; `None` once the next period starts after `last`.
pub fn next_window(
    current: Option<TimeWindow>,
    first: i64,
    last: i64,
    step: PlayStep,
) -> Option<TimeWindow> {
    let start = match current.and_then(|w| w.from) {
        Some(from) if current == Some(step.window(step.start_of(from.first_day()))) => {
            step.start_of(from.first_day()) + step.months()
        }
        _ => step.start_of(first),
    };
    let window = step.window(start);
    (window.days().first <= last).then_some(window)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::day_number;

    fn window(from: &str, to: &str) -> TimeWindow {
        TimeWindow {
            from: Some(PartialDate::parse(from).unwrap()),
            to: Some(PartialDate::parse(to).unwrap()),
        }
    }

    #[test]
    fn the_step_suits_the_span() {
        assert_eq!(PlayStep::for_span(3650), PlayStep::Year);
        assert_eq!(PlayStep::for_span(800), PlayStep::Quarter);
        assert_eq!(PlayStep::for_span(90), PlayStep::Month);
    }

    #[test]
    fn years_step_from_the_first_to_the_last_event() {
        let (first, last) = (day_number(2021, 7, 15), day_number(2024, 6, 1));
        let mut played = Vec::new();
        let mut current = None;
        while let Some(next) = next_window(current, first, last, PlayStep::Year) {
            played.push(next);
            current = Some(next);
        }
        let expected: Vec<TimeWindow> = ["2021", "2022", "2023", "2024"]
            .iter()
            .map(|y| window(y, y))
            .collect();
        assert_eq!(played, expected);
    }

    #[test]
    fn quarters_and_months_follow_the_calendar() {
        let (first, last) = (day_number(2023, 5, 19), day_number(2024, 1, 3));
        let q1 = next_window(None, first, last, PlayStep::Quarter).unwrap();
        assert_eq!(q1, window("2023-04", "2023-06"));
        let q2 = next_window(Some(q1), first, last, PlayStep::Quarter).unwrap();
        assert_eq!(q2, window("2023-07", "2023-09"));
        let q4 = next_window(
            Some(window("2023-10", "2023-12")),
            first,
            last,
            PlayStep::Quarter,
        );
        assert_eq!(q4, Some(window("2024-01", "2024-03")), "the year turns");
        let m = next_window(
            Some(window("2023-12", "2023-12")),
            first,
            last,
            PlayStep::Month,
        );
        assert_eq!(m, Some(window("2024-01", "2024-01")));
        assert_eq!(
            next_window(m, first, last, PlayStep::Month),
            None,
            "past the last event"
        );
    }

    #[test]
    fn a_brushed_window_restarts_the_play_from_the_first_period() {
        let (first, last) = (day_number(2021, 7, 15), day_number(2024, 6, 1));
        let brushed = window("2022-03-04", "2022-09-30");
        assert_eq!(
            next_window(Some(brushed), first, last, PlayStep::Year),
            Some(window("2021", "2021"))
        );
    }
}
