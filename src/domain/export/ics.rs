//! iCalendar (RFC 5545): one all-day VEVENT per event, with its topics as CATEGORIES and its
//! deep link as URL. Dates known only to the month or year span that whole month or year and
//! say so in the description and in `X-ATLAS-PRECISION`.

use crate::domain::date::civil_from_day_number;
use crate::domain::export::{precision_name, ExportContext};
use crate::domain::i18n::Key;
use crate::domain::model::Event;
use crate::domain::present::{calendar_span_note, city, Pick};

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded so that no line exceeds 75 octets (never inside a
/// character), ending in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDD` of a day number.
fn ics_date(day: i64) -> String {
    let (y, m, d) = civil_from_day_number(day);
    format!("{y:04}{m:02}{d:02}")
}

fn push_event(out: &mut String, context: &ExportContext<'_>, event: &Event, stamp: &str) {
    let locale = context.locale;
    let link = (context.link)(&event.id);
    let mut description = locale.pick(&event.summary).text.to_string();
    if let Some(note) = calendar_span_note(event.span.start.precision()) {
        description = format!("{}\n\n{description}", locale.text(note));
    }
    description.push_str("\n\n");
    description.push_str(&link);
    let location = event
        .venue
        .as_ref()
        .map(|v| format!("{}, {}, {}", v.name, city(v, locale), v.country));
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}@cooperation-atlas", event.id));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    push_line(
        out,
        &format!("DTSTART;VALUE=DATE:{}", ics_date(event.span.first_day())),
    );
    // DTEND of an all-day event is the day after the last one.
    push_line(
        out,
        &format!("DTEND;VALUE=DATE:{}", ics_date(event.span.last_day() + 1)),
    );
    push_line(
        out,
        &format!("SUMMARY:{}", escape(locale.pick(&event.title).text)),
    );
    push_line(out, &format!("DESCRIPTION:{}", escape(&description)));
    if let Some(location) = location {
        push_line(out, &format!("LOCATION:{}", escape(&location)));
    }
    if let Some(venue) = &event.venue {
        push_line(out, &format!("GEO:{:.6};{:.6}", venue.lat, venue.lon));
    }
    let categories: Vec<String> = context
        .topic_names(event)
        .iter()
        .map(|t| escape(t))
        .collect();
    if !categories.is_empty() {
        push_line(out, &format!("CATEGORIES:{}", categories.join(",")));
    }
    push_line(out, &format!("URL:{link}"));
    push_line(out, "TRANSP:TRANSPARENT");
    push_line(out, &format!("X-ATLAS-PRECISION:{}", precision_name(event)));
    push_line(out, "END:VEVENT");
}

/// The calendar of `events` (positions in the dataset). `stamp` is the UTC time of export,
/// `YYYYMMDDTHHMMSSZ`.
pub fn calendar(context: &ExportContext<'_>, events: &[usize], stamp: &str) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Cooperation Atlas//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    push_line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape(context.locale.text(Key::Product))),
    );
    for &i in events {
        push_event(&mut out, context, &context.dataset.events()[i], stamp);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::export::with_bundled;
    use crate::domain::i18n::Locale;

    /// Unfolds content lines back into logical lines.
    fn unfold(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for line in text.split("\r\n") {
            match line.strip_prefix(' ') {
                Some(rest) => lines.last_mut().unwrap().push_str(rest),
                None => lines.push(line.to_string()),
            }
        }
        lines
    }

    #[test]
    fn escapes_and_folds_by_octets() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "魏".repeat(40));
        push_line(&mut out, &long);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(unfold(&out)[0], long);
    }

    #[test]
    fn every_event_becomes_an_all_day_entry_with_topics_and_link() {
        let text = with_bundled(Locale::En, |context, all| {
            calendar(context, all, "20261121T120000Z")
        });
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        let lines = unfold(&text);
        let starts = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        assert_eq!(starts, with_bundled(Locale::En, |_, all| all.len()));
        let visit = lines
            .iter()
            .position(|l| l == "UID:c-mrs-delegation-strasbourg-2024@cooperation-atlas")
            .expect("the delegation visit");
        let entry = &lines[visit..visit + 14];
        assert!(entry.contains(&"DTSTART;VALUE=DATE:20240526".to_string()));
        assert!(entry.contains(&"DTEND;VALUE=DATE:20240601".to_string()));
        assert!(entry
            .iter()
            .any(|l| l.starts_with("CATEGORIES:") && l.contains("Materials science")));
        assert!(entry.contains(
            &"URL:https://atlas.example/?event=c-mrs-delegation-strasbourg-2024".to_string()
        ));
    }

    #[test]
    fn month_precision_spans_the_whole_month_and_says_so() {
        let text = with_bundled(Locale::ZhHans, |context, _| {
            let month = context
                .dataset
                .events()
                .iter()
                .position(|e| e.span.start.to_string() == "2023-05" && e.span.end.is_none())
                .expect("an event known to the month");
            calendar(context, &[month], "20261121T120000Z")
        });
        let lines = unfold(&text);
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20230501".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20230601".to_string()));
        assert!(lines.contains(&"X-ATLAS-PRECISION:month".to_string()));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:日期仅知月份")));
    }
}
