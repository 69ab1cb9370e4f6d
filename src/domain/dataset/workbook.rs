//! Excel workbooks (`.xlsx`) as tables: the sheet named `events`, else the first, becomes rows
//! of text cells that [`super::table::read_sheet`] reads like a CSV table's rows. Date cells
//! are written as the dataset's dates (`2024-05-26`), numbers as the shortest text that reads
//! back the same, a formula cell as the value the workbook saved for it.
//!
//! Reading the workbook ([`sheet_of`]) needs `calamine`: `atlas-check` calls it natively, the
//! page only from its worker module (`src/bin/atlas_worker.rs`), so the first load carries
//! none of it. [`is_workbook`] and [`Sheet`] cost the page nothing.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde::{Deserialize, Serialize};

use super::DatasetError;
use crate::domain::i18n::{Key, Message};

/// The name of the sheet read before the first one.
pub const EVENTS_SHEET: &str = "events";

/// One sheet of a workbook as text cells, from its first used row down.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    /// As the workbook names it.
    pub name: String,
    /// The spreadsheet number (from 1) of `rows[0]`, the header.
    pub first_row: usize,
    /// Each row's cells from column A, as text; trailing empty cells left out.
    pub rows: Vec<Vec<String>>,
}

/// Why a file could not be read as a workbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkbookError {
    /// Not an `.xlsx` workbook, or a damaged one: what the reader said.
    Unreadable(String),
    /// A workbook with no sheet.
    NoSheet,
}

impl WorkbookError {
    /// The error as the page and `atlas-check` tell it, for the file `name`.
    pub fn to_dataset_error(&self, name: &str) -> DatasetError {
        DatasetError::Unreadable(match self {
            WorkbookError::Unreadable(detail) => Message::new(
                Key::WorkbookUnreadable,
                &[("name", name), ("detail", detail)],
            ),
            WorkbookError::NoSheet => Message::new(Key::WorkbookNoSheet, &[("name", name)]),
        })
    }
}

/// Whether the file `name` is a workbook: by its name's ending (`.xlsx`, `.xlsm`), else by its
/// first bytes (a zip archive's signature, which no text file begins with).
pub fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    let name = name.split(['?', '#']).next().unwrap_or("");
    name.ends_with(".xlsx") || name.ends_with(".xlsm") || bytes.starts_with(b"PK\x03\x04")
}

/// The sheet of the workbook in `bytes` to read as a table: the one named `events` (in any
/// case), else the first.
pub fn sheet_of(bytes: Vec<u8>) -> Result<Sheet, WorkbookError> {
    let unreadable = |e: calamine::XlsxError| WorkbookError::Unreadable(e.to_string());
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let names = workbook.sheet_names();
    let name = names
        .iter()
        .find(|n| n.trim().eq_ignore_ascii_case(EVENTS_SHEET))
        .or(names.first())
        .ok_or(WorkbookError::NoSheet)?
        .clone();
    let range = workbook.worksheet_range(&name).map_err(unreadable)?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .map(|cells| {
            let mut row: Vec<String> = std::iter::repeat_n(String::new(), first_column as usize)
                .chain(cells.iter().map(cell_text))
                .collect();
            while row.last().is_some_and(String::is_empty) {
                row.pop();
            }
            row
        })
        .collect();
    Ok(Sheet {
        name,
        first_row: first_row as usize + 1,
        rows,
    })
}

/// A cell as the table reader reads text: a date cell as `2024-05-26` (with its time of day,
/// if any, which the reader then refuses); numbers as Rust writes them (`48.5734`, `2024`).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(n) => n.to_string(),
        Data::Int(n) => n.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(date) => {
            let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
            let mut text = format!("{year:04}-{month:02}-{day:02}");
            if (hour, minute, second) != (0, 0, 0) {
                text.push_str(&format!(" {hour:02}:{minute:02}:{second:02}"));
            }
            text
        }
        // `2024-05-26T00:00:00`: the date, and a time of day other than midnight.
        Data::DateTimeIso(text) => match text.split_once('T') {
            Some((date, "00:00:00")) => date.to_string(),
            Some((date, time)) => format!("{date} {time}"),
            None => text.clone(),
        },
        Data::DurationIso(text) => text.clone(),
        Data::Error(error) => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_a_workbook_by_its_name_or_its_first_bytes() {
        assert!(is_workbook("Visits.XLSX", b""));
        assert!(is_workbook("data/visits.xlsx?v=2", b""));
        assert!(is_workbook("download", b"PK\x03\x04rest"));
        assert!(!is_workbook("visits.csv", b"id,title_en"));
        assert!(!is_workbook("visits.json", b"{"));
    }

    #[test]
    fn a_file_that_is_no_workbook_is_told_as_unreadable() {
        let error = sheet_of(b"id,title_en\n".to_vec()).unwrap_err();
        assert!(matches!(error, WorkbookError::Unreadable(_)), "{error:?}");
    }
}
