//! CSV (RFC 4180) with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese.
//! One row per event; lists (countries, organizations, topics) are joined with "; ".

use crate::domain::export::{precision_name, ExportContext};
use crate::domain::model::Event;
use crate::domain::present::Pick;

/// The column names, in order.
pub const COLUMNS: [&str; 17] = [
    "id",
    "title_en",
    "title_zh",
    "start",
    "end",
    "precision",
    "mode",
    "venue",
    "city",
    "country",
    "latitude",
    "longitude",
    "countries",
    "organizations",
    "topics",
    "summary",
    "link",
];

/// Quotes a field when it holds a comma, a quote or a line break (quotes doubled).
fn field(text: &str) -> String {
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
    let mut out = String::from('\u{FEFF}');
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for &i in events {
        let fields: Vec<String> = row(context, &context.dataset.events()[i])
            .iter()
            .map(|f| field(f))
            .collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
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
