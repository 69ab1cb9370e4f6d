//! Dates as people and spreadsheet programs write them in a table, put in the dataset's form
//! (`2024-05-26`, `2024-05`, `2024`). A date with the year last is refused: 05/06/2024 is the
//! 5th of June in Europe and May the 6th in the United States.

use crate::domain::date::{PartialDate, Precision};
use crate::domain::i18n::{Key, Message};

/// `text` in the dataset's form, or why it is not a date.
pub fn table_date(text: &str) -> Result<String, Message> {
    let text = text.trim();
    let not_a_date = || Message::new(Key::NotTableDate, &[("text", text)]);
    let parts: Vec<&str> = if text.contains('年') {
        chinese_parts(text).ok_or_else(not_a_date)?
    } else {
        without_midnight(text).split(['-', '/', '.']).collect()
    };
    if parts.is_empty()
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(not_a_date());
    }
    let year_last = parts.len() == 3 && parts[2].len() == 4 && parts[0].len() <= 2;
    if year_last {
        return Err(Message::new(Key::AmbiguousDate, &[("text", text)]));
    }
    if parts[0].len() != 4 || parts.len() > 3 || parts[1..].iter().any(|p| p.len() > 2) {
        return Err(not_a_date());
    }
    let mut canonical = parts[0].to_string();
    for part in &parts[1..] {
        canonical.push_str(&format!("-{part:0>2}"));
    }
    match PartialDate::parse(&canonical) {
        Ok(_) => Ok(canonical),
        // Told with the date as the person wrote it.
        Err(e) => Err(Message {
            values: e
                .0
                .values
                .into_iter()
                .map(|(name, value)| {
                    (
                        name,
                        if name == "text" {
                            text.to_string()
                        } else {
                            value
                        },
                    )
                })
                .collect(),
            ..e.0
        }),
    }
}

/// `2024年5月26日`, `2024年5月`, `2024年` as year, month, day.
fn chinese_parts(text: &str) -> Option<Vec<&str>> {
    let (year, rest) = text.split_once('年')?;
    let mut parts = vec![year.trim()];
    if rest.is_empty() {
        return Some(parts);
    }
    let (month, rest) = rest.split_once('月')?;
    parts.push(month.trim());
    if !rest.is_empty() {
        parts.push(
            rest.strip_suffix('日')
                .or_else(|| rest.strip_suffix('号'))?
                .trim(),
        );
    }
    Some(parts)
}

/// A date with a time of midnight, as spreadsheets write a date cell (`2024-05-26 00:00:00`),
/// without the time; any other text unchanged.
fn without_midnight(text: &str) -> &str {
    match text.split_once([' ', 'T']) {
        Some((date, time))
            if time
                .split(':')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b == b'0')) =>
        {
            date
        }
        _ => text,
    }
}

/// The precision words of the `precision` column.
pub fn precision(word: &str) -> Option<Precision> {
    match word.trim().to_ascii_lowercase().as_str() {
        "day" => Some(Precision::Day),
        "month" => Some(Precision::Month),
        "year" => Some(Precision::Year),
        _ => None,
    }
}

/// `date` (in the dataset's form) cut to `precision` when a spreadsheet padded it: a month
/// typed as `2023-05` comes back from Excel as `2023-05-01`, a year as `2024-01-01`. A date
/// with another day than the first is kept as it is.
pub fn to_precision(date: String, precision: Precision) -> String {
    let keep = match precision {
        Precision::Year if date.len() == 10 && date.ends_with("-01-01") => 4,
        Precision::Year if date.len() == 7 && date.ends_with("-01") => 4,
        Precision::Month if date.len() == 10 && date.ends_with("-01") => 7,
        _ => date.len(),
    };
    date[..keep].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        table_date(text).unwrap_err().key
    }

    #[test]
    fn reads_each_form_people_write() {
        for (text, expected) in [
            ("2024-05-26", "2024-05-26"),
            ("2024/5/26", "2024-05-26"),
            ("2024/05/06", "2024-05-06"),
            ("2024-5-6", "2024-05-06"),
            ("2024.5.26", "2024-05-26"),
            ("2024年5月26日", "2024-05-26"),
            ("2024年5月26号", "2024-05-26"),
            ("2024年5月", "2024-05"),
            ("2024年", "2024"),
            ("2024-05", "2024-05"),
            ("2024/5", "2024-05"),
            ("2024", "2024"),
            (" 2024-05-26 ", "2024-05-26"),
            ("2024-05-26 00:00:00", "2024-05-26"),
            ("2024-05-26T00:00", "2024-05-26"),
        ] {
            assert_eq!(table_date(text).as_deref(), Ok(expected), "{text}");
        }
    }

    #[test]
    fn refuses_the_year_last_as_ambiguous() {
        assert_eq!(key("26/05/2024"), Key::AmbiguousDate);
        assert_eq!(key("05/06/2024"), Key::AmbiguousDate);
        assert_eq!(key("5.6.2024"), Key::AmbiguousDate);
    }

    #[test]
    fn says_what_is_wrong_with_the_date_as_written() {
        let error = table_date("2024/2/30").unwrap_err();
        assert_eq!(error.key, Key::MonthDays);
        assert!(error.values.contains(&("text", "2024/2/30".to_string())));
        assert!(error.values.contains(&("days", "29".to_string())));
        assert_eq!(key("2024-13"), Key::NoSuchMonth);
        for text in [
            "",
            "May 2024",
            "45438",
            "2024-05-26 14:00",
            "2024年5",
            "24-05-26",
        ] {
            assert_eq!(key(text), Key::NotTableDate, "{text}");
        }
    }

    #[test]
    fn undoes_the_padding_a_spreadsheet_adds() {
        assert_eq!(
            to_precision("2023-05-01".into(), Precision::Month),
            "2023-05"
        );
        assert_eq!(to_precision("2024-01-01".into(), Precision::Year), "2024");
        assert_eq!(to_precision("2024-01".into(), Precision::Year), "2024");
        assert_eq!(
            to_precision("2023-05-14".into(), Precision::Month),
            "2023-05-14"
        );
        assert_eq!(to_precision("2023-05".into(), Precision::Day), "2023-05");
        assert_eq!(precision(" Month "), Some(Precision::Month));
        assert_eq!(precision("weekly"), None);
    }
}
