//! Stacks timeline marks into rows so none overlap, with each event's sub-events in rows
//! below it, next to each other, so the days of one visit read as one group.

use std::collections::HashMap;

use crate::domain::date::{DateSpan, Precision};
use crate::domain::time::scale::TimeScale;

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

/// An event to place: its days and, if it has one among the marks, its parent.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    /// The event's position in the dataset.
    pub event: usize,
    pub first_day: i64,
    pub last_day: i64,
    /// The parent's position in the dataset, if the parent is among the marks.
    pub parent: Option<usize>,
}

/// Where a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub event: usize,
    pub row: usize,
    pub x0: f64,
    pub x1: f64,
    /// Pixels free to the right of the mark in its row, up to the next mark (infinite for
    /// the last): where its title may be written.
    pub room: f64,
}

/// How marks are spaced in their rows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// Smallest drawn width of a mark, in pixels.
    pub min_width: f64,
    /// Clear pixels between two marks in a row.
    pub gap: f64,
    /// Pixels kept free after each mark for its title (0: titles only where there is room).
    pub label_room: f64,
}

/// The horizontal extent of a mark: its days, widened to `min_width` around its middle.
pub fn extent(scale: &TimeScale, first_day: i64, last_day: i64, min_width: f64) -> (f64, f64) {
    let (x0, x1) = (scale.x(first_day as f64), scale.x(last_day as f64 + 1.0));
    if x1 - x0 >= min_width {
        (x0, x1)
    } else {
        let middle = (x0 + x1) / 2.0;
        (middle - min_width / 2.0, middle + min_width / 2.0)
    }
}

/// Places every mark in a row: roots in date order, each followed by its descendants in
/// rows below it; a mark takes the first row where it clears the previous mark and the room
/// kept for that mark's title.
pub fn stack(marks: &[Mark], scale: &TimeScale, spacing: Spacing) -> Vec<Placed> {
    let Spacing {
        min_width,
        gap,
        label_room,
    } = spacing;
    let present: HashMap<usize, usize> = marks
        .iter()
        .enumerate()
        .map(|(i, m)| (m.event, i))
        .collect();
    let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, mark) in marks.iter().enumerate() {
        match mark.parent.filter(|p| present.contains_key(p)) {
            Some(parent) => children.entry(parent).or_default().push(i),
            None => roots.push(i),
        }
    }
    let by_date = |a: &usize, b: &usize| {
        let (a, b) = (&marks[*a], &marks[*b]);
        a.first_day
            .cmp(&b.first_day)
            .then(a.last_day.cmp(&b.last_day))
            .then(a.event.cmp(&b.event))
    };
    roots.sort_by(by_date);
    for list in children.values_mut() {
        list.sort_by(by_date);
    }

    let mut row_ends: Vec<f64> = Vec::new();
    let mut placed = Vec::with_capacity(marks.len());
    // Depth-first: (mark, the row it must be below).
    let mut pending: Vec<(usize, Option<usize>)> = roots.iter().rev().map(|&r| (r, None)).collect();
    while let Some((i, below)) = pending.pop() {
        let mark = &marks[i];
        let (x0, x1) = extent(scale, mark.first_day, mark.last_day, min_width);
        let lowest = below.map_or(0, |r| r + 1);
        let row = (lowest..row_ends.len())
            .find(|&r| row_ends[r] + gap <= x0)
            .unwrap_or_else(|| {
                row_ends.push(f64::MIN);
                row_ends.len() - 1
            });
        row_ends[row] = x1 + label_room;
        placed.push(Placed {
            event: mark.event,
            row,
            x0,
            x1,
            room: f64::INFINITY,
        });
        if let Some(kids) = children.get(&mark.event) {
            pending.extend(kids.iter().rev().map(|&k| (k, Some(row))));
        }
    }
    // Each mark's room runs to the next mark in its row.
    let mut by_row: Vec<usize> = (0..placed.len()).collect();
    by_row.sort_by(|&a, &b| {
        let (a, b) = (&placed[a], &placed[b]);
        a.row.cmp(&b.row).then(a.x0.total_cmp(&b.x0))
    });
    for pair in by_row.windows(2) {
        let (this, next) = (placed[pair[0]], placed[pair[1]]);
        if this.row == next.row {
            placed[pair[0]].room = (next.x0 - gap - this.x1).max(0.0);
        }
    }
    placed
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

    const SPACING: Spacing = Spacing {
        min_width: 12.0,
        gap: 2.0,
        label_room: 0.0,
    };

    #[test]
    fn room_is_kept_for_titles_and_measured_to_the_next_mark() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        // Three one-day events 5 days (50 px) apart.
        let marks = [
            mark(0, 10, 10, None),
            mark(1, 15, 15, None),
            mark(2, 20, 20, None),
        ];
        let tight = stack(&marks, &scale, SPACING);
        assert!(tight.iter().all(|p| p.row == 0), "{tight:?}");
        assert!(
            (tight[0].room - (tight[1].x0 - 2.0 - tight[0].x1)).abs() < 1e-9,
            "{tight:?}"
        );
        assert_eq!(tight[2].room, f64::INFINITY);
        let roomy = stack(
            &marks,
            &scale,
            Spacing {
                label_room: 80.0,
                ..SPACING
            },
        );
        let rows: Vec<usize> = roomy.iter().map(|p| p.row).collect();
        assert_eq!(rows, vec![0, 1, 0], "each title gets 80 px: {roomy:?}");
        for p in &roomy {
            assert!(p.room >= 80.0, "{p:?}");
        }
    }

    fn mark(event: usize, first_day: i64, last_day: i64, parent: Option<usize>) -> Mark {
        Mark {
            event,
            first_day,
            last_day,
            parent,
        }
    }

    #[test]
    fn overlapping_marks_take_separate_rows_and_children_sit_below_their_parent() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        let marks = [
            mark(0, 10, 15, None),    // a visit, 60 px wide
            mark(1, 11, 11, Some(0)), // its days
            mark(2, 12, 12, Some(0)),
            mark(3, 13, 13, Some(0)),
            mark(4, 12, 40, None), // another event overlapping the visit
            mark(5, 80, 80, None), // far away: row 0
        ];
        let placed = stack(&marks, &scale, SPACING);
        let row = |e: usize| placed.iter().find(|p| p.event == e).unwrap().row;
        assert_eq!(row(0), 0);
        for child in [1, 2, 3] {
            assert!(row(child) > row(0), "child {child} below its parent");
        }
        assert_eq!(row(5), 0);
        // No two marks in one row overlap.
        for a in &placed {
            for b in &placed {
                if a.event != b.event && a.row == b.row {
                    assert!(a.x1 <= b.x0 || b.x1 <= a.x0, "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn a_child_whose_parent_is_filtered_out_is_a_root() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        let placed = stack(&[mark(7, 5, 5, Some(99))], &scale, SPACING);
        assert_eq!(placed[0].row, 0);
    }
}
