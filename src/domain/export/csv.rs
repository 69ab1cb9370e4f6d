//! CSV (RFC 4180) with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese.
//! One row per event; lists (countries, organizations, topics) are joined with "; ". A cell
//! that would start a formula is written as text ([`formula::protect`]).

use crate::domain::dataset::table::{formula, COLUMNS};
use crate::domain::export::{precision_name, ExportContext};
use crate::domain::model::Event;
use crate::domain::present::Pick;

/// Guards a formula-like field, then quotes it when it holds a comma, a quote or a line
/// break (quotes doubled).
fn field(text: &str) -> String {
    let text = formula::protect(text);
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn row(context: &ExportContext<'_>, event: &Event) -> Vec<String> {
    let venue = event.venue.as_ref();
    vec![
        event.id.clone(),
        event.title.en.clone(),
        event.title.zh.clone().unwrap_or_default(),
        event.span.start.to_string(),
        event.span.end.map(|d| d.to_string()).unwrap_or_default(),
        precision_name(event).to_string(),
        event.mode.key().to_string(),
        venue.map(|v| v.name.clone()).unwrap_or_default(),
        venue.map(|v| v.city.clone()).unwrap_or_default(),
        venue.map(|v| v.country.clone()).unwrap_or_default(),
        venue.map(|v| v.lat.to_string()).unwrap_or_default(),
        venue.map(|v| v.lon.to_string()).unwrap_or_default(),
        event.countries.join("; "),
        context.organization_names(event).join("; "),
        context.topic_names(event).join("; "),
        context.locale.pick(&event.summary).text.to_string(),
        (context.link)(&event.id),
    ]
}

/// The table of `events` (positions in the dataset), starting with the byte-order mark.
pub fn table(context: &ExportContext<'_>, events: &[usize]) -> String {
    write(
        events
            .iter()
            .map(|&i| row(context, &context.dataset.events()[i])),
    )
}

/// The byte-order mark, the header and `rows`, each line ended by CRLF.
fn write<R: AsRef<[S]>, S: AsRef<str>>(rows: impl Iterator<Item = R>) -> String {
    let mut out = String::from('\u{FEFF}');
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for row in rows {
        let fields: Vec<String> = row.as_ref().iter().map(|f| field(f.as_ref())).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The file name of [`template`].
pub const TEMPLATE_FILE_NAME: &str = "cooperation-atlas-template.csv";

/// A table to fill in: the header and two example rows, one in person to the day, one online
/// known to the month; their organizations and topics are named as in the bundled dataset,
/// and one organization is new.
pub fn template() -> String {
    let rows: [[&str; 17]; 2] = [
        [
            "example-battery-workshop-2025",
            "Example: joint workshop on battery materials",
            "示例：电池材料联合研讨会",
            "2025-03-12",
            "2025-03-14",
            "day",
            "in_person",
            "Institute of Physics, CAS",
            "Beijing",
            "CN",
            "39.9906",
            "116.3241",
            "CN; FR",
            "CAS; CNRS",
            "Materials science; Energy and low carbon",
            "Researchers of both institutions compare their work on \"solid-state\" batteries and plan an exchange of doctoral students.",
            "",
        ],
        [
            "example-hydrogen-seminar-2025",
            "Example: online seminar on hydrogen storage",
            "示例：氢能储运线上研讨会",
            "2025-09",
            "",
            "month",
            "online",
            "",
            "",
            "",
            "",
            "",
            "CN; RU",
            "CAST; RUSEA; Tomsk Polytechnic University",
            "Energy and low carbon",
            "An online seminar; the sources give only the month.",
            "",
        ],
    ];
    write(rows.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::export::with_bundled;
    use crate::domain::i18n::Locale;

    /// Reads RFC 4180 text back into rows (quoted fields may hold commas, quotes, breaks).
    fn parse(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn rows_read_back_as_the_events_with_a_bom() {
        with_bundled(Locale::En, |context, all| {
            let text = table(context, all);
            assert!(text.starts_with('\u{FEFF}'));
            let rows = parse(text.trim_start_matches('\u{FEFF}'));
            assert_eq!(rows[0], COLUMNS);
            assert_eq!(rows.len(), all.len() + 1);
            for (row, event) in rows[1..].iter().zip(context.dataset.events()) {
                assert_eq!(row.len(), COLUMNS.len());
                assert_eq!(row[0], event.id);
                assert_eq!(row[1], event.title.en);
                assert_eq!(row[2], event.title.zh.clone().unwrap_or_default());
                assert_eq!(row[16], (context.link)(&event.id));
            }
        });
    }
}
