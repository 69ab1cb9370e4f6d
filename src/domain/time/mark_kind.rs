//! How a timeline mark is drawn, from the event's dates: a dot, a bar, or a hatched span.

use crate::domain::date::{DateSpan, Precision};

/// How a mark is drawn, from the event's dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// One day: a dot.
    Point,
    /// Several days: a bar from the first to the last.
    Bar,
    /// Known only to the month or year: a hatched span over that whole period.
    Span,
}

impl MarkKind {
    pub fn of(span: &DateSpan) -> MarkKind {
        if span.start.precision() != Precision::Day {
            MarkKind::Span
        } else if span.first_day() == span.last_day() {
            MarkKind::Point
        } else {
            MarkKind::Bar
        }
    }

    /// The name in `data-kind`, for styles and tests.
    pub fn name(self) -> &'static str {
        match self {
            MarkKind::Point => "point",
            MarkKind::Bar => "bar",
            MarkKind::Span => "span",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_kind_follows_the_dates() {
        use crate::domain::date::PartialDate;
        let span = |start: &str, end: Option<&str>| DateSpan {
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
        };
        assert_eq!(MarkKind::of(&span("2024-05-26", None)), MarkKind::Point);
        assert_eq!(
            MarkKind::of(&span("2024-05-26", Some("2024-05-26"))),
            MarkKind::Point
        );
        assert_eq!(
            MarkKind::of(&span("2024-05-26", Some("2024-05-31"))),
            MarkKind::Bar
        );
        assert_eq!(MarkKind::of(&span("2023-05", None)), MarkKind::Span);
        assert_eq!(MarkKind::of(&span("2020", Some("2021"))), MarkKind::Span);
    }
}
