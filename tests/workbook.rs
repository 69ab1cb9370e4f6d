//! Excel workbooks as datasets: fixtures written by a real spreadsheet writer
//! (`rust_xlsxwriter`) open as the same events as the CSV table they are written from, with
//! dates as date cells or as text; the sheet named `events` is read before the first; each
//! problem is told by sheet, row and column; the workbook template is the CSV template.

use cooperation_atlas::domain::dataset::workbook::{self, is_workbook};
use cooperation_atlas::domain::dataset::{
    self, table, Dataset, DatasetError, Decoding, LegacyEncoding, Opened,
};
use cooperation_atlas::domain::export::csv::template;
use cooperation_atlas::domain::i18n::Locale;
use cooperation_atlas::domain::worker_protocol::{work, Answer, Request};
use cooperation_atlas::BUNDLED_DATASET_JSON;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

/// A cell as the fixtures write it.
enum Cell {
    Text(String),
    Number(f64),
    /// A date cell (`yyyy-mm-dd` shown), with a time of day in minutes when not midnight.
    Date(u16, u8, u8, u16),
}

/// A sheet to write: its name, its first used row (from 1) and its rows.
struct Written {
    name: &'static str,
    first_row: u32,
    rows: Vec<Vec<Cell>>,
}

/// The workbook holding `sheets`, as `rust_xlsxwriter` writes it (with a fixed creation
/// time, so the bytes are the same on every run).
fn write(sheets: &[Written]) -> Vec<u8> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 1).unwrap();
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let day_and_time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for sheet in sheets {
        let page = book.add_worksheet();
        page.set_name(sheet.name).unwrap();
        for (r, cells) in sheet.rows.iter().enumerate() {
            let row = sheet.first_row - 1 + r as u32;
            for (c, cell) in cells.iter().enumerate() {
                let column = c as u16;
                match cell {
                    Cell::Text(text) if text.is_empty() => {}
                    Cell::Text(text) => {
                        page.write_string(row, column, text).unwrap();
                    }
                    Cell::Number(n) => {
                        page.write_number(row, column, *n).unwrap();
                    }
                    Cell::Date(y, m, d, 0) => {
                        let date = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        page.write_datetime_with_format(row, column, &date, &day)
                            .unwrap();
                    }
                    Cell::Date(y, m, d, minutes) => {
                        let date = ExcelDateTime::from_ymd(*y, *m, *d)
                            .unwrap()
                            .and_hms(minutes / 60, (minutes % 60) as u8, 0)
                            .unwrap();
                        page.write_datetime_with_format(row, column, &date, &day_and_time)
                            .unwrap();
                    }
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workbooks")
        .join(name)
}

/// The rows of a CSV text, each cell made by `cell` from its column's name and its text.
fn rows_of(csv_text: &str, cell: impl Fn(&str, &str) -> Cell) -> Vec<Vec<Cell>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let header = records[0].clone();
    let mut rows = vec![header.iter().map(|h| Cell::Text(h.into())).collect()];
    for record in &records[1..] {
        rows.push(
            header
                .iter()
                .zip(record.iter())
                .map(|(column, text)| cell(column, text))
                .collect(),
        );
    }
    rows
}

/// A date column's text as a date cell (a year alone as a number, as a sheet holds it);
/// latitudes and longitudes as numbers; the rest as text.
fn typed_cell(column: &str, text: &str) -> Cell {
    let parts: Vec<&str> = text.split('-').collect();
    match column {
        "start" | "end" if parts.len() == 1 && !text.is_empty() => {
            Cell::Number(text.parse().unwrap())
        }
        "start" | "end" if parts.len() >= 2 => Cell::Date(
            parts[0].parse().unwrap(),
            parts[1].parse().unwrap(),
            parts.get(2).map_or(1, |d| d.parse().unwrap()),
            0,
        ),
        "latitude" | "longitude" if !text.is_empty() => Cell::Number(text.parse().unwrap()),
        _ => Cell::Text(text.into()),
    }
}

/// A date column's text in another form the reader accepts (`2025/3/12`, `2025年9月`).
fn text_cell(column: &str, text: &str) -> Cell {
    let parts: Vec<u32> = text.split('-').filter_map(|p| p.parse().ok()).collect();
    Cell::Text(match (column, parts.as_slice()) {
        ("start" | "end", [y, m, d]) => format!("{y}/{m}/{d}"),
        ("start" | "end", [y, m]) => format!("{y}年{m}月"),
        _ => text.into(),
    })
}

fn visits_csv() -> String {
    std::fs::read_to_string(fixture("visits.csv")).unwrap()
}

/// Each committed workbook and how it is written.
fn workbooks() -> Vec<(&'static str, Vec<u8>)> {
    let csv_text = visits_csv();
    let events = |name, cell: fn(&str, &str) -> Cell| Written {
        name,
        first_row: 1,
        rows: rows_of(&csv_text, cell),
    };
    let notes = Written {
        name: "Notes",
        first_row: 1,
        rows: vec![vec![Cell::Text("Kept by the international office".into())]],
    };
    let header = "id,title_en,start,countries\n";
    let problems = Written {
        name: "visits",
        first_row: 3,
        rows: vec![
            header
                .trim()
                .split(',')
                .map(|h| Cell::Text(h.into()))
                .collect(),
            vec![
                Cell::Text("leap".into()),
                Cell::Text("A day that is not".into()),
                Cell::Text("2024-02-30".into()),
                Cell::Text("CN; FR".into()),
            ],
            vec![
                Cell::Text("uk".into()),
                Cell::Text("A country written wrong".into()),
                Cell::Date(2024, 5, 26, 0),
                Cell::Text("CN; UK".into()),
            ],
            vec![
                Cell::Text("afternoon".into()),
                Cell::Text("A date with a time".into()),
                Cell::Date(2024, 5, 26, 14 * 60 + 30),
                Cell::Text("CN".into()),
            ],
        ],
    };
    vec![
        (
            "dates-as-cells.xlsx",
            write(&[events("events", typed_cell)]),
        ),
        ("dates-as-text.xlsx", write(&[events("Sheet1", text_cell)])),
        (
            "notes-then-events.xlsx",
            write(&[notes, events("Events", typed_cell)]),
        ),
        ("problems.xlsx", write(&[problems])),
    ]
}

fn template_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/template/cooperation-atlas-template.xlsx")
}

/// The CSV template as a workbook: dates as date cells, coordinates as numbers.
fn template_workbook() -> Vec<u8> {
    write(&[Written {
        name: "events",
        first_row: 1,
        rows: rows_of(&template(), typed_cell),
    }])
}

fn known() -> Dataset {
    Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
}

fn open_workbook(bytes: Vec<u8>, name: &str) -> Result<Opened, DatasetError> {
    let known = known();
    dataset::open_workbook(bytes, name, (known.organizations(), known.topics())).result
}

fn open_csv(text: &str) -> Opened {
    let known = known();
    let no_code_page = |_: LegacyEncoding, _: &[u8]| None;
    let decoding = Decoding {
        decoder: &no_code_page,
        chosen: None,
    };
    let reading = table::read(
        text.as_bytes().to_vec(),
        "visits.csv",
        (known.organizations(), known.topics()),
        decoding,
    );
    reading.result.unwrap()
}

/// What a dataset's events carry, field by field, in date order.
fn carried(opened: &Opened) -> Vec<String> {
    let dataset = &opened.dataset;
    dataset
        .events()
        .iter()
        .map(|event| {
            format!(
                "{} | {:?} | {:?} {:?} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
                event.id,
                event.title,
                event.span.start,
                event.span.end,
                event.mode,
                event.venue,
                event.countries,
                event.organizations,
                event.topics,
                event.summary,
            )
        })
        .collect()
}

#[test]
fn the_workbooks_are_written_by_the_spreadsheet_writer() {
    // UPDATE_WORKBOOKS=1 cargo test --test workbook writes them again.
    let update = std::env::var_os("UPDATE_WORKBOOKS").is_some();
    let mut all = workbooks();
    all.push(("template", template_workbook()));
    for (name, bytes) in all {
        let path = match name {
            "template" => template_path(),
            name => fixture(name),
        };
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap();
        assert!(committed == bytes, "{name} is not as the test writes it");
        assert!(is_workbook(name, &committed));
    }
}

#[test]
fn dates_as_cells_or_as_text_open_as_the_table_they_were_written_from() {
    let expected = carried(&open_csv(&visits_csv()));
    assert_eq!(expected.len(), 3);
    for name in ["dates-as-cells.xlsx", "dates-as-text.xlsx"] {
        let opened = open_workbook(std::fs::read(fixture(name)).unwrap(), name)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(carried(&opened), expected, "{name}");
    }
}

#[test]
fn a_date_cell_reads_as_the_dataset_date_and_a_month_keeps_its_precision() {
    let sheet = workbook::sheet_of(std::fs::read(fixture("dates-as-cells.xlsx")).unwrap()).unwrap();
    assert_eq!(sheet.name, "events");
    assert_eq!(sheet.first_row, 1);
    let start = sheet.rows[0].iter().position(|c| c == "start").unwrap();
    let starts: Vec<&str> = sheet.rows[1..].iter().map(|r| r[start].as_str()).collect();
    assert_eq!(starts, ["2025-03-12", "2025-09-01", "2024"]);
    let opened = open_workbook(
        std::fs::read(fixture("dates-as-cells.xlsx")).unwrap(),
        "x.xlsx",
    )
    .unwrap();
    let seminar = opened
        .dataset
        .events()
        .iter()
        .find(|e| e.id == "hydrogen-seminar-2025")
        .unwrap();
    let from_csv = open_csv(&visits_csv());
    let expected_seminar = from_csv
        .dataset
        .events()
        .iter()
        .find(|e| e.id == "hydrogen-seminar-2025")
        .unwrap();
    assert_eq!(
        format!("{:?}", seminar.span.start),
        format!("{:?}", expected_seminar.span.start)
    );
}

#[test]
fn the_sheet_named_events_is_read_before_the_first() {
    let bytes = std::fs::read(fixture("notes-then-events.xlsx")).unwrap();
    let sheet = workbook::sheet_of(bytes.clone()).unwrap();
    assert_eq!(sheet.name, "Events");
    let opened = open_workbook(bytes, "notes-then-events.xlsx").unwrap();
    assert_eq!(carried(&opened), carried(&open_csv(&visits_csv())));
}

#[test]
fn each_problem_is_told_by_sheet_row_and_column() {
    let name = "problems.xlsx";
    let error = open_workbook(std::fs::read(fixture(name)).unwrap(), name).unwrap_err();
    let lines = error.lines(Locale::En);
    // The sheet, the row as the spreadsheet numbers it (the header is row 3 there) and the
    // column, then the table reader's own message.
    let expected = [
        (
            "sheet “visits”, row 4, column start: ",
            "\"2024-02-30\": month 2 of 2024 has 29 days",
        ),
        (
            "sheet “visits”, row 5, column countries: ",
            "\"UK\" is neither",
        ),
        (
            "sheet “visits”, row 6, column start: ",
            "\"2024-05-26 14:30:00\" is not a date",
        ),
    ];
    assert_eq!(lines.len(), expected.len(), "{lines:#?}");
    for (line, (place, message)) in lines.iter().zip(expected) {
        assert!(line.starts_with(place) && line.contains(message), "{line}");
    }
    let chinese = error.lines(Locale::ZhHans);
    assert!(
        chinese[0].starts_with("工作表“visits”，第 4 行，start 列"),
        "{chinese:?}"
    );
}

#[test]
fn a_file_that_is_not_a_workbook_says_so_in_every_language() {
    let error = open_workbook(b"id,title_en\nx,y\n".to_vec(), "renamed.xlsx").unwrap_err();
    let en = error.lines(Locale::En);
    assert!(
        en[0].starts_with("renamed.xlsx: the file could not be read as an Excel workbook"),
        "{en:?}"
    );
    assert!(error.lines(Locale::ZhHant)[0].contains("Excel 活頁簿"));
}

#[test]
fn the_worker_answers_with_the_dataset_the_page_reads_or_the_problems_in_each_language() {
    let request = |name: &str| Request::OpenWorkbook {
        name: name.into(),
        known: BUNDLED_DATASET_JSON.into(),
    };
    let bytes = std::fs::read(fixture("dates-as-cells.xlsx")).unwrap();
    let opened = work(request("visits.xlsx"), Some(bytes))
        .opened()
        .unwrap()
        .unwrap();
    assert_eq!(carried(&opened), carried(&open_csv(&visits_csv())));

    let bytes = std::fs::read(fixture("problems.xlsx")).unwrap();
    let error = work(request("problems.xlsx"), Some(bytes))
        .opened()
        .unwrap()
        .unwrap_err();
    let direct = open_workbook(
        std::fs::read(fixture("problems.xlsx")).unwrap(),
        "problems.xlsx",
    )
    .unwrap_err();
    for locale in Locale::ALL {
        assert_eq!(error.lines(locale), direct.lines(locale), "{locale:?}");
    }
    let answer = work(request("renamed.xlsx"), Some(b"not a zip".to_vec()));
    assert!(
        matches!(answer, Answer::Told(ref lines) if lines.len() == 3),
        "{answer:?}"
    );
    assert_eq!(work(request("x.xlsx"), None), Answer::NotUnderstood);
}

#[test]
fn the_workbook_template_opens_as_the_csv_template() {
    let from_workbook =
        open_workbook(std::fs::read(template_path()).unwrap(), "template.xlsx").unwrap();
    assert_eq!(carried(&from_workbook), carried(&open_csv(&template())));
}
