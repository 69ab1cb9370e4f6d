//! Dates as people type them into the date window's fields: `2021`, `2021-05`, `2021/5`,
//! `2021年5月`, `May 2021`, `Jan2021`, `2021 Jan`, `26 May 2021`; the form a field shows for a
//! set window (in the interface language, and read back as the same date); stepping a field
//! with the arrow keys; and whether a typed end keeps the window the right way round.
//!
//! Every form is read in every interface language, so a date copied from anywhere works. The
//! URL's own form (`from=2021-05`) is not read here but in [`crate::domain::view_state`]: it is
//! a promise to people who share links and stays strict.

use crate::domain::date::{days_in_month, DateError, DateSpan, PartialDate};
use crate::domain::filter::TimeWindow;
use crate::domain::i18n::{Key, Locale, Message};
use crate::domain::present::{date_span, MONTH_NAMES};

/// One end of the date window, as a field sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowEnd {
    From,
    To,
}

/// Why a typed entry does not change the window. The window stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Not a date in any form the field reads, or a month or day that does not exist.
    Unreadable(DateError),
    /// A start after the window's end.
    AfterEnd { end: PartialDate },
    /// An end before the window's start.
    BeforeStart { start: PartialDate },
}

impl EntryError {
    /// The problem in `locale`, quoting the entry `text` as typed.
    pub fn describe(&self, text: &str, locale: Locale) -> String {
        let text = text.trim();
        match self {
            EntryError::Unreadable(error) => error.0.text(locale),
            EntryError::AfterEnd { end } => locale.fill(
                Key::DateAfterWindowEnd,
                &[("text", text), ("end", &shown(*end, locale))],
            ),
            EntryError::BeforeStart { start } => locale.fill(
                Key::DateBeforeWindowStart,
                &[("text", text), ("start", &shown(*start, locale))],
            ),
        }
    }
}

/// The window with `end` set to the date typed in `text`; an empty text clears that end.
pub fn set_end(window: TimeWindow, end: WindowEnd, text: &str) -> Result<TimeWindow, EntryError> {
    let date = read(text).map_err(EntryError::Unreadable)?;
    let mut changed = window;
    match end {
        WindowEnd::From => changed.from = date,
        WindowEnd::To => changed.to = date,
    }
    if let (Some(from), Some(to)) = (changed.from, changed.to) {
        if from.first_day() > to.last_day() {
            return Err(match end {
                WindowEnd::From => EntryError::AfterEnd { end: to },
                WindowEnd::To => EntryError::BeforeStart { start: from },
            });
        }
    }
    Ok(changed)
}

/// The date typed in `text`, `None` for an empty field, or why it cannot be read.
pub fn read(text: &str) -> Result<Option<PartialDate>, DateError> {
    let typed = text.trim();
    let normal = normalize(typed);
    if normal.is_empty() {
        return Ok(None);
    }
    let not_a_date = || DateError(Message::new(Key::NotTypedDate, &[("text", typed)]));
    let parts = if normal.contains('年') {
        chinese(&normal)
    } else if normal.chars().any(|c| c.is_ascii_alphabetic()) {
        with_month_name(&normal)
    } else {
        numeric(&normal)
    };
    let parts = match parts {
        Parts::Date(parts) => parts,
        Parts::YearLast => {
            return Err(DateError(Message::new(
                Key::AmbiguousDate,
                &[("text", typed)],
            )))
        }
        Parts::Unreadable => return Err(not_a_date()),
    };
    let mut canonical = format!("{:04}", parts.year);
    for n in [parts.month, parts.day].into_iter().flatten() {
        canonical.push_str(&format!("-{n:02}"));
    }
    match PartialDate::parse(&canonical) {
        Ok(date) => Ok(Some(date)),
        // Told with the date as the person typed it, not as it was put in order.
        Err(DateError(mut message)) => {
            for (name, value) in &mut message.values {
                if *name == "text" {
                    *value = typed.to_string();
                }
            }
            Err(DateError(message))
        }
    }
}

/// The form a field shows for `date` in `locale`: "May 2021", "26 May 2021", "2021";
/// "2021年5月", "2021年5月26日", "2021年". [`read`] reads each back as the same date.
pub fn shown(date: PartialDate, locale: Locale) -> String {
    date_span(
        &DateSpan {
            start: date,
            end: None,
        },
        locale,
    )
}

/// `date` moved by `by` of its own unit: months for a month or a day (the day kept, or the
/// month's last day when it has fewer), years for a year. Years stay within 0–9999.
pub fn step(date: PartialDate, by: i32) -> PartialDate {
    match date.month {
        None => PartialDate {
            year: (date.year + by).clamp(0, 9999),
            ..date
        },
        Some(month) => {
            let months = (date.year * 12 + i32::from(month) - 1 + by).clamp(0, 9999 * 12 + 11);
            let (year, month) = (months / 12, (months % 12 + 1) as u8);
            PartialDate {
                year,
                month: Some(month),
                day: date.day.map(|d| d.min(days_in_month(year, month))),
            }
        }
    }
}

/// A date's numbers before they are checked against the calendar.
struct Numbers {
    year: u32,
    month: Option<u32>,
    day: Option<u32>,
}

/// What the text holds.
enum Parts {
    Date(Numbers),
    /// A day and month before the year (`05/06/2021`): read differently in Europe and the US.
    YearLast,
    Unreadable,
}

/// Full-width digits, letters and punctuation as their ASCII forms, the ideographic space as
/// a space, letters in lower case.
fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Digits only: the value when every character is an ASCII digit and there are 1 to `max`.
fn number(text: &str, max: usize) -> Option<u32> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= max && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `2021年`, `2021年5月`, `2021年5月份`, `2021年5月26日` (or `号`).
fn chinese(text: &str) -> Parts {
    let read = || -> Option<Numbers> {
        let (year, rest) = text.split_once('年')?;
        let year = (year.trim().len() == 4)
            .then(|| number(year, 4))
            .flatten()?;
        let rest = rest.trim();
        if rest.is_empty() {
            return Some(Numbers {
                year,
                month: None,
                day: None,
            });
        }
        let (month, rest) = rest.split_once('月')?;
        let month = number(month, 2)?;
        let rest = rest.trim();
        let day = match rest {
            "" | "份" => None,
            _ => Some(number(
                rest.strip_suffix('日')
                    .or_else(|| rest.strip_suffix('号'))?,
                2,
            )?),
        };
        Some(Numbers {
            year,
            month: Some(month),
            day,
        })
    };
    read().map_or(Parts::Unreadable, Parts::Date)
}

/// Digits between `-`, `/` or `.`: `2021`, `2021-05`, `2021/5`, `2021.5.26`, and a month
/// before its year (`5/2021`). A day and month before the year are refused as ambiguous.
fn numeric(text: &str) -> Parts {
    let parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Parts::Unreadable;
    }
    let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let n = |i: usize| parts[i].parse::<u32>().ok();
    let numbers = match lengths.as_slice() {
        [4] => n(0).map(|year| (year, None, None)),
        [4, 1..=2] => n(0).map(|year| (year, n(1), None)),
        [1..=2, 4] => n(1).map(|year| (year, n(0), None)),
        [4, 1..=2, 1..=2] => n(0).map(|year| (year, n(1), n(2))),
        [1..=2, 1..=2, 4] => return Parts::YearLast,
        _ => None,
    };
    match numbers {
        Some((year, month, day)) => Parts::Date(Numbers { year, month, day }),
        None => Parts::Unreadable,
    }
}

/// An English month name, full or cut to three letters or more ("Jan", "Sept", "january"),
/// with a year and perhaps a day, in any order, with or without spaces: "May 2021", "Jan2021",
/// "2021 Jan", "26 May 2021", "May 26, 2021".
fn with_month_name(text: &str) -> Parts {
    let mut month = None;
    let mut year = None;
    let mut day = None;
    for token in tokens(text) {
        match token {
            Token::Word(word) => {
                let word = word.strip_suffix('.').unwrap_or(word);
                let named = (word.len() >= 3)
                    .then(|| {
                        MONTH_NAMES
                            .iter()
                            .position(|name| name.to_ascii_lowercase().starts_with(word))
                    })
                    .flatten();
                match (named, month) {
                    (Some(m), None) => month = Some(m as u32 + 1),
                    _ => return Parts::Unreadable,
                }
            }
            Token::Digits(digits) if digits.len() == 4 && year.is_none() => {
                year = digits.parse().ok();
            }
            Token::Digits(digits) if digits.len() <= 2 && day.is_none() => {
                day = digits.parse().ok();
            }
            Token::Digits(_) | Token::Other => return Parts::Unreadable,
        }
    }
    match (year, month) {
        (Some(year), Some(month)) => Parts::Date(Numbers {
            year,
            month: Some(month),
            day,
        }),
        _ => Parts::Unreadable,
    }
}

/// A run of a text: letters (with a trailing full stop), digits, or a character no date has.
enum Token<'a> {
    Word(&'a str),
    Digits(&'a str),
    Other,
}

/// The letter and digit runs of `text`; spaces, commas, hyphens and slashes only separate.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let run = |keep: fn(char) -> bool| rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        if c.is_ascii_alphabetic() {
            let mut end = run(|c| c.is_ascii_alphabetic());
            if rest[end..].starts_with('.') {
                end += 1;
            }
            tokens.push(Token::Word(&rest[..end]));
            rest = &rest[end..];
        } else if c.is_ascii_digit() {
            let end = run(|c| c.is_ascii_digit());
            tokens.push(Token::Digits(&rest[..end]));
            rest = &rest[end..];
        } else {
            if !matches!(c, ' ' | ',' | '-' | '/') {
                tokens.push(Token::Other);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    /// `typed` read as the dataset form `expected`.
    fn check(typed: &str, expected: &str) {
        assert_eq!(read(typed), Ok(Some(date(expected))), "{typed}");
    }

    fn refused(typed: &str) -> Key {
        read(typed).unwrap_err().0.key
    }

    #[test]
    fn reads_years_months_and_days_in_numbers() {
        for (typed, expected) in [
            ("2021", "2021"),
            (" 2021 ", "2021"),
            ("2021-05", "2021-05"),
            ("2021-5", "2021-05"),
            ("2021/5", "2021-05"),
            ("2021/05", "2021-05"),
            ("2021.5", "2021-05"),
            ("2021 / 5", "2021-05"),
            ("5/2021", "2021-05"),
            ("05-2021", "2021-05"),
            ("2021-05-26", "2021-05-26"),
            ("2021/5/26", "2021-05-26"),
            ("２０２１－０５", "2021-05"),
        ] {
            check(typed, expected);
        }
    }

    #[test]
    fn reads_chinese_dates() {
        for (typed, expected) in [
            ("2021年", "2021"),
            ("2021年5月", "2021-05"),
            ("2021年05月", "2021-05"),
            ("2021 年 5 月", "2021-05"),
            ("2021年5月份", "2021-05"),
            ("2021年5月26日", "2021-05-26"),
            ("2021年5月26号", "2021-05-26"),
            ("２０２１年５月", "2021-05"),
        ] {
            check(typed, expected);
        }
    }

    #[test]
    fn reads_english_month_names_in_either_order_with_or_without_a_space() {
        for (typed, expected) in [
            ("May 2021", "2021-05"),
            ("may 2021", "2021-05"),
            ("MAY 2021", "2021-05"),
            ("Jan2021", "2021-01"),
            ("2021Jan", "2021-01"),
            ("2021 Jan", "2021-01"),
            ("January 2021", "2021-01"),
            ("Sept 2021", "2021-09"),
            ("Sep. 2021", "2021-09"),
            ("Dec-2021", "2021-12"),
            ("26 May 2021", "2021-05-26"),
            ("May 26, 2021", "2021-05-26"),
            ("2021 May 26", "2021-05-26"),
            ("Ｍａｙ ２０２１", "2021-05"),
        ] {
            check(typed, expected);
        }
    }

    #[test]
    fn an_empty_field_sets_no_date() {
        assert_eq!(read(""), Ok(None));
        assert_eq!(read("  \u{3000}"), Ok(None));
    }

    #[test]
    fn says_why_an_entry_cannot_be_read_quoting_it_as_typed() {
        for typed in [
            "21",
            "202",
            "20211",
            "Ma 2021",
            "Mai 2021",
            "May",
            "May June 2021",
            "2021 2022",
            "next year",
            "2021年5",
            "2021年五月",
            "2021-05-26-01",
            "2021–05",
            "May 123 2021",
            "February ----",
        ] {
            assert_eq!(refused(typed), Key::NotTypedDate, "{typed}");
        }
        assert_eq!(refused("05/06/2021"), Key::AmbiguousDate);
        assert_eq!(refused("2021-13"), Key::NoSuchMonth);
        assert_eq!(refused("2021年13月"), Key::NoSuchMonth);
        let error = read("Feb 30 2024").unwrap_err();
        assert_eq!(error.0.key, Key::MonthDays);
        assert!(error.0.values.contains(&("text", "Feb 30 2024".into())));
        assert!(error.0.values.contains(&("days", "29".into())));
        let unreadable = EntryError::Unreadable(read(" Jam 2021").unwrap_err());
        assert_eq!(
            unreadable.describe(" Jam 2021", Locale::En),
            "\"Jam 2021\" is not a date: type a year, a month or a day, such as 2021, 2021-05, May 2021 or 26 May 2021"
        );
        assert!(unreadable
            .describe("Jam 2021", Locale::ZhHans)
            .starts_with("“Jam 2021”不是日期"));
        assert!(unreadable
            .describe("Jam 2021", Locale::ZhHant)
            .starts_with("「Jam 2021」不是日期"));
    }

    #[test]
    fn the_shown_form_reads_back_as_the_same_date_in_every_language() {
        for text in ["2021", "2021-05", "2021-01", "2024-02-29", "1999-12-31"] {
            for locale in Locale::ALL {
                let shown = shown(date(text), locale);
                assert_eq!(read(&shown), Ok(Some(date(text))), "{shown} ({locale:?})");
            }
        }
        assert_eq!(shown(date("2021-05"), Locale::En), "May 2021");
        assert_eq!(shown(date("2021-05"), Locale::ZhHans), "2021年5月");
        assert_eq!(shown(date("2021"), Locale::ZhHant), "2021年");
        assert_eq!(shown(date("2021-05-26"), Locale::En), "26 May 2021");
    }

    #[test]
    fn steps_months_and_years() {
        for (from, by, expected) in [
            ("2021-05", 1, "2021-06"),
            ("2021-12", 1, "2022-01"),
            ("2021-01", -1, "2020-12"),
            ("2021-01", -13, "2019-12"),
            ("2021", 1, "2022"),
            ("2021", -1, "2020"),
            ("2024-01-31", 1, "2024-02-29"),
            ("2024-03-15", -1, "2024-02-15"),
            ("9999-12", 1, "9999-12"),
            ("0000", -1, "0000"),
        ] {
            assert_eq!(step(date(from), by), date(expected), "{from} {by:+}");
        }
    }

    #[test]
    fn a_to_of_a_year_ends_with_the_year() {
        let window = set_end(TimeWindow::default(), WindowEnd::To, "2021").unwrap();
        assert_eq!(window.days().last, date("2021-12-31").last_day());
        let window = set_end(window, WindowEnd::From, "2021").unwrap();
        assert_eq!(window.days().first, date("2021-01-01").first_day());
    }

    #[test]
    fn a_typed_end_keeps_the_window_the_right_way_round() {
        let window = TimeWindow {
            from: Some(date("2021-05")),
            to: Some(date("2021-12")),
        };
        assert_eq!(
            set_end(window, WindowEnd::From, "2022"),
            Err(EntryError::AfterEnd {
                end: date("2021-12")
            })
        );
        assert_eq!(
            set_end(window, WindowEnd::To, "Apr 2021"),
            Err(EntryError::BeforeStart {
                start: date("2021-05")
            })
        );
        // The same month at both ends is a window of one month.
        assert!(set_end(window, WindowEnd::To, "2021年5月").is_ok());
        let cleared = set_end(window, WindowEnd::From, " ").unwrap();
        assert_eq!((cleared.from, cleared.to), (None, window.to));
        let error = set_end(window, WindowEnd::From, "2022").unwrap_err();
        assert_eq!(
            error.describe("2022", Locale::En),
            "\"2022\" is after the end of the window, December 2021"
        );
        assert_eq!(
            error.describe("2022", Locale::ZhHans),
            "“2022”晚于时间范围的结束：2021年12月"
        );
        let unreadable = set_end(window, WindowEnd::To, "soon");
        assert!(matches!(unreadable, Err(EntryError::Unreadable(_))));
    }
}
