//! Partial calendar dates (year, month or day precision) and the spans events occupy.
//!
//! A source may say "May 2023" or "2020–2021" as often as "26 May 2024"; this module keeps
//! that precision instead of pretending every date is a day. It knows nothing of time zones:
//! every date is a civil date, counted in days since 1970-01-01 for ordering and windows.

use std::cmp::Ordering;
use std::fmt;

use crate::domain::i18n::{Key, Message};

/// How precisely a source states a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A civil date known to a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    /// 1–12, present for month and day precision.
    pub month: Option<u8>,
    /// 1–31, present for day precision only.
    pub day: Option<u8>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub Message);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian calendar).
pub fn day_number(year: i32, month: u8, day: u8) -> i64 {
    // Shift the year to start in March so the leap day is the last day of the year.
    let (y, m) = if month <= 2 {
        (i64::from(year) - 1, i64::from(month) + 9)
    } else {
        (i64::from(year), i64::from(month) - 3)
    };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * m + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date `(year, month, day)` of a day number; the inverse of [`day_number`].
pub fn civil_from_day_number(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let bad = || DateError(Message::new(Key::NotADate, &[("text", text)]));
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(bad)?;
        let month_text = parts.next();
        let day_text = parts.next();
        if parts.next().is_some() || year_text.len() != 4 {
            return Err(bad());
        }
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(year_text, 4)? as i32;
        let month = month_text.map(|m| number(m, 2)).transpose()?;
        let day = day_text.map(|d| number(d, 2)).transpose()?;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                let month = m.to_string();
                let values = [("text", text), ("month", month.as_str())];
                return Err(DateError(Message::new(Key::NoSuchMonth, &values)));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m as u8);
            if d == 0 || d > u32::from(last) {
                let (month, year, days) = (m.to_string(), year.to_string(), last.to_string());
                let values = [
                    ("text", text),
                    ("month", &month),
                    ("year", &year),
                    ("days", &days),
                ];
                return Err(DateError(Message::new(Key::MonthDays, &values)));
            }
        }
        Ok(PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// The day `day` (days since 1970-01-01), at day precision.
    pub fn of_day(day: i64) -> PartialDate {
        let (year, month, day) = civil_from_day_number(day);
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day this date may denote, as a day number.
    pub fn first_day(&self) -> i64 {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date may denote, as a day number.
    pub fn last_day(&self) -> i64 {
        match (self.month, self.day) {
            (Some(m), Some(d)) => day_number(self.year, m, d),
            (Some(m), None) => day_number(self.year, m, days_in_month(self.year, m)),
            _ => day_number(self.year, 12, 31),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The canonical `YYYY[-MM[-DD]]` form, as in the dataset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// When an event happened: a start date and, for ranges, an end date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateSpan {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

/// The days a date span may cover, first and last, as day numbers: what filtering by a date
/// window and drawing on the timeline need of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub first: i64,
    pub last: i64,
}

impl DayRange {
    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: DayRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

impl DateSpan {
    /// The days the event may have taken place.
    pub fn days(&self) -> DayRange {
        DayRange {
            first: self.first_day(),
            last: self.last_day(),
        }
    }

    /// The first day the event may have taken place.
    pub fn first_day(&self) -> i64 {
        self.start.first_day()
    }

    /// The last day the event may have taken place.
    pub fn last_day(&self) -> i64 {
        self.end.unwrap_or(self.start).last_day()
    }

    /// Whether the span shares at least one day with `[first, last]`.
    pub fn overlaps(&self, first: i64, last: i64) -> bool {
        self.first_day() <= last && self.last_day() >= first
    }
}

impl PartialOrd for DateSpan {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateSpan {
    /// Chronological: by first day, then the shorter (more precise) span first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.last_day().cmp(&other.last_day()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        let day = PartialDate::parse("2024-05-26").unwrap();
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(
            PartialDate::parse("2023-05").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2021").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(day.to_string(), "2024-05-26");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for text in [
            "2023-02-29",
            "2024-13",
            "2024-00",
            "24-05-01",
            "2024-5-1",
            "2024/05/01",
            "",
            "2024-05-01-01",
            "２０２４",
        ] {
            assert!(
                PartialDate::parse(text).is_err(),
                "{text} should be rejected"
            );
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn day_numbers_round_trip_and_match_known_dates() {
        assert_eq!(
            PartialDate::of_day(day_number(2024, 2, 29)),
            PartialDate::parse("2024-02-29").unwrap()
        );
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 60, 11_016, 19_869, 800_000] {
            let (y, m, d) = civil_from_day_number(days);
            assert_eq!(day_number(y, m, d), days);
        }
    }

    #[test]
    fn month_and_year_cover_their_whole_period() {
        let may = PartialDate::parse("2023-05").unwrap();
        assert_eq!(may.last_day() - may.first_day(), 30);
        let leap = PartialDate::parse("2024").unwrap();
        assert_eq!(leap.last_day() - leap.first_day(), 365);
    }

    #[test]
    fn overlap_uses_the_whole_uncertain_period() {
        let may = DateSpan {
            start: PartialDate::parse("2023-05").unwrap(),
            end: None,
        };
        let may_20 = day_number(2023, 5, 20);
        assert!(may.overlaps(may_20, may_20));
        assert!(!may.overlaps(day_number(2023, 6, 1), day_number(2023, 6, 30)));
    }
}
