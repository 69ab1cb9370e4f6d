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

/// An event to place: where its days are on the axis, how wide its title is, and, if it has
/// one among the marks, its parent.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    /// The event's position in the dataset.
    pub event: usize,
    /// Axis units of its first day's start and of its last day's end.
    pub start: f64,
    pub end: f64,
    /// Pixels its whole title takes.
    pub label: f64,
    /// Where its title may start inside the mark, in pixels from the mark's left end (a
    /// hatched span writes it there, after its date); `None`: after the mark.
    pub inside: Option<f64>,
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
    /// Where its title starts: inside the mark, just after it, or before it (near the chart's
    /// right edge, where a row is free there).
    pub label_x: f64,
    /// Pixels free from there in its row, up to the next mark (infinite for the last): where
    /// its title may be written.
    pub room: f64,
}

impl Placed {
    /// Whether the title is written before the mark.
    pub fn label_before(&self) -> bool {
        self.label_x < self.x0
    }
}

/// A title is written inside a mark only where at least this many pixels of it are free.
pub const MIN_INSIDE_PX: f64 = 48.0;
/// Pixels between a mark and a title written after it.
pub const LABEL_GAP_PX: f64 = 4.0;

/// How marks are spaced in their rows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// Smallest drawn width of a mark, in pixels.
    pub min_width: f64,
    /// Clear pixels between two marks in a row.
    pub gap: f64,
    /// The most pixels kept free after a mark for its title (each keeps its title's width up
    /// to this; 0: titles only where there happens to be room).
    pub label_cap: f64,
}

/// The widest room kept for titles first, narrower ones while the marks need more rows than
/// there are: [`stack_within`] tries them in this order.
pub const LABEL_CAPS: [f64; 7] = [f64::INFINITY, 200.0, 160.0, 130.0, 100.0, 75.0, 0.0];

/// Marks stacked in at most `max_rows` rows where that can be done, keeping the most room for
/// titles that allows it (see [`LABEL_CAPS`]); with no room for titles, in as many rows as the
/// marks need.
pub fn stack_within(
    marks: &[Mark],
    scale: &TimeScale,
    min_width: f64,
    gap: f64,
    max_rows: usize,
) -> Vec<Placed> {
    let mut placed = Vec::new();
    for label_cap in LABEL_CAPS {
        let spacing = Spacing {
            min_width,
            gap,
            label_cap,
        };
        placed = stack(marks, scale, spacing);
        if rows(&placed) <= max_rows {
            break;
        }
    }
    placed
}

/// How many rows `placed` takes (at least one).
pub fn rows(placed: &[Placed]) -> usize {
    placed.iter().map(|p| p.row + 1).max().unwrap_or(1)
}

/// The horizontal extent of a mark, in pixels: its days, widened to `min_width` around
/// its middle.
pub fn extent(scale: &TimeScale, mark: &Mark, min_width: f64) -> (f64, f64) {
    let (x0, x1) = (scale.x(mark.start), scale.x(mark.end));
    if x1 - x0 >= min_width {
        (x0, x1)
    } else {
        let middle = (x0 + x1) / 2.0;
        (middle - min_width / 2.0, middle + min_width / 2.0)
    }
}

/// Places every mark in a row: roots in date order, each followed by its descendants in
/// rows below it; a mark takes the first row where it clears the previous mark and the room
/// kept for that mark's title. A title with no room before the chart's right edge is written
/// before its mark instead, in the first row free there.
pub fn stack(marks: &[Mark], scale: &TimeScale, spacing: Spacing) -> Vec<Placed> {
    let Spacing {
        min_width,
        gap,
        label_cap,
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
        a.start
            .total_cmp(&b.start)
            .then(a.end.total_cmp(&b.end))
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
        let (x0, x1) = extent(scale, mark, min_width);
        let lowest = below.map_or(0, |r| r + 1);
        let label = mark.label.min(label_cap);
        let inside = mark
            .inside
            .filter(|&offset| x1 - x0 - offset >= MIN_INSIDE_PX);
        // Near the right edge, a row (a new one if need be) where the title fits before the
        // mark.
        let before = x0 - LABEL_GAP_PX - label;
        let row_before = (inside.is_none()
            && label > 0.0
            && x1 + LABEL_GAP_PX + label > scale.width
            && before >= 0.0)
            .then(|| {
                (lowest..row_ends.len())
                    .find(|&r| row_ends[r] + gap <= before)
                    .unwrap_or_else(|| {
                        row_ends.push(f64::MIN);
                        row_ends.len() - 1
                    })
            });
        let (row, label_x, room) = match row_before {
            Some(row) => (row, before, label),
            None => {
                // The first row whose last title ends before the mark starts.
                let row = (lowest..row_ends.len())
                    .find(|&r| row_ends[r] + gap <= x0)
                    .unwrap_or_else(|| {
                        row_ends.push(f64::MIN);
                        row_ends.len() - 1
                    });
                let label_x = inside.map_or(x1 + LABEL_GAP_PX, |offset| x0 + offset);
                (row, label_x, f64::INFINITY)
            }
        };
        row_ends[row] = x1.max(label_x + label);
        placed.push(Placed {
            event: mark.event,
            row,
            x0,
            x1,
            label_x,
            room,
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
        if this.row == next.row && !this.label_before() {
            placed[pair[0]].room = (next.x0 - gap - this.label_x).max(0.0);
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
        label_cap: 0.0,
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
            (tight[0].room - (tight[1].x0 - 2.0 - tight[0].label_x)).abs() < 1e-9,
            "{tight:?}"
        );
        assert_eq!(tight[2].room, f64::INFINITY);
        let roomy = stack(
            &marks,
            &scale,
            Spacing {
                label_cap: 80.0,
                ..SPACING
            },
        );
        let rows: Vec<usize> = roomy.iter().map(|p| p.row).collect();
        assert_eq!(rows, vec![0, 1, 0], "each title gets 80 px: {roomy:?}");
        for p in &roomy {
            assert!(p.room >= 76.0, "the whole title: {p:?}");
        }
    }

    /// An event on days `first_day..=last_day` of a one-day-per-unit axis, with a title 76
    /// pixels wide.
    fn mark(event: usize, first_day: i64, last_day: i64, parent: Option<usize>) -> Mark {
        Mark {
            event,
            start: first_day as f64,
            end: last_day as f64 + 1.0,
            label: 76.0,
            inside: None,
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
    fn titles_keep_their_room_while_the_rows_allow_it() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        // Six one-day events 3 days (30 px) apart, each title 76 px wide.
        let marks: Vec<Mark> = (0..6)
            .map(|i| mark(i, 10 + 3 * i as i64, 10 + 3 * i as i64, None))
            .collect();
        let roomy = stack_within(&marks, &scale, 10.0, 3.0, 4);
        assert_eq!(rows(&roomy), 4, "every title whole in four rows: {roomy:?}");
        assert!(roomy.iter().all(|p| p.room >= 76.0 - 1e-9));
        let tight = stack_within(&marks, &scale, 10.0, 3.0, 2);
        assert!(
            rows(&tight) <= 2,
            "narrower rooms to fit two rows: {tight:?}"
        );
        let one = stack_within(&marks, &scale, 10.0, 3.0, 1);
        assert_eq!(rows(&one), 1, "{one:?}");
    }

    #[test]
    fn a_wide_span_writes_its_title_inside_and_leaves_the_row_after_it_free() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        // A month-long span (300 px) with its date in its first 60 px, and a day after it.
        let span = Mark {
            inside: Some(60.0),
            ..mark(0, 10, 39, None)
        };
        let after = mark(1, 41, 41, None);
        let placed = stack(
            &[span, after],
            &scale,
            Spacing {
                label_cap: 200.0,
                ..SPACING
            },
        );
        assert_eq!(placed[0].label_x, placed[0].x0 + 60.0);
        assert_eq!((placed[0].row, placed[1].row), (0, 0), "{placed:?}");
        assert!(placed[0].room >= 76.0);
        // Too narrow to write inside: after the mark, as any other.
        let narrow = Mark {
            inside: Some(60.0),
            ..mark(0, 10, 13, None)
        };
        let placed = stack(&[narrow], &scale, SPACING);
        assert_eq!(placed[0].label_x, placed[0].x1 + LABEL_GAP_PX);
    }

    #[test]
    fn a_title_with_no_room_before_the_edge_is_written_before_its_mark() {
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 1000.0,
        };
        // An early event and one 20 px from the right edge; its 76 px title cannot follow it.
        let marks = [mark(0, 10, 10, None), mark(1, 97, 97, None)];
        let placed = stack(
            &marks,
            &scale,
            Spacing {
                label_cap: 200.0,
                ..SPACING
            },
        );
        let last = placed[1];
        assert!(last.label_before(), "{last:?}");
        assert_eq!(last.label_x + 76.0 + LABEL_GAP_PX, last.x0);
        assert_eq!(last.row, 0, "the row is free before it");
        assert!(last.room >= 76.0);
        // Where the row is taken before it, the next row.
        let crowded = [mark(0, 90, 90, None), mark(1, 97, 97, None)];
        let placed = stack(
            &crowded,
            &scale,
            Spacing {
                label_cap: 200.0,
                ..SPACING
            },
        );
        assert!(
            !placed[0].label_before() && placed[1].label_before(),
            "{placed:?}"
        );
        assert_eq!((placed[0].row, placed[1].row), (0, 1), "the next row");
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
