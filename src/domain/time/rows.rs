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
    /// Pixels its title needs to be read: its first dozen characters and "…" (or all of it).
    pub readable: f64,
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
    /// The rows that may be taken for titles: past them titles are cut rather than given a
    /// row (a mark that would overlap a mark in every row still takes one).
    pub max_rows: usize,
    /// The most pixels kept free for a title (each keeps its own width up to this).
    pub label_cap: f64,
}

/// The room kept for titles, widest first: [`stack_within`] narrows it while the marks take
/// more rows than there are.
pub const LABEL_CAPS: [f64; 5] = [f64::INFINITY, 220.0, 160.0, 120.0, 90.0];

/// Up to this many marks, [`stack_within`] tries every number of title rows.
const EVERY_BUDGET_UP_TO: usize = 100;

/// Marks stacked in at most `max_rows` rows where the marks allow it, with the most titles
/// that can be read: of the ways to stack them (rows taken for titles up to each number of
/// rows, see [`Spacing::max_rows`]; each room for titles of [`LABEL_CAPS`]), the one that
/// fits the rows and gives the most titles their readable width, then the most room in all.
/// Where none fits, the marks are stacked as they would be with no titles (in the fewest
/// rows), each title then getting the room there is.
pub fn stack_within(
    marks: &[Mark],
    scale: &TimeScale,
    min_width: f64,
    gap: f64,
    max_rows: usize,
) -> Vec<Placed> {
    let spacing = |max_rows, label_cap| Spacing {
        min_width,
        gap,
        max_rows,
        label_cap,
    };
    let readable: HashMap<usize, f64> = marks
        .iter()
        .map(|m| (m.event, m.readable.min(m.label)))
        .collect();
    // How many titles can be read, and how many pixels all titles get.
    let score = |placed: &[Placed]| {
        let shown = |p: &Placed| p.room.min(scale.width - p.label_x).max(0.0);
        let read = placed
            .iter()
            .filter(|p| shown(p) + 0.5 >= readable[&p.event])
            .count();
        let room: f64 = placed.iter().map(|p| shown(p).min(200.0)).sum();
        (read, room)
    };
    // Every number of title rows for a few marks; for many, four spread over the range (each
    // stack costs about 0.1 ms natively at 400 marks).
    let budgets: Vec<usize> = match marks.len() <= EVERY_BUDGET_UP_TO {
        true => (1..=max_rows).rev().collect(),
        false => {
            let top = max_rows.saturating_sub(1);
            let mut spread: Vec<usize> = (0..4).map(|k| 1 + top * (3 - k) / 3).collect();
            spread.dedup();
            spread
        }
    };
    let mut best: Option<(Vec<Placed>, (usize, f64))> = None;
    'search: for label_cap in LABEL_CAPS {
        for &budget in &budgets {
            let placed = stack(marks, scale, spacing(budget, label_cap));
            if rows(&placed) > max_rows {
                continue;
            }
            let this = score(&placed);
            if best.as_ref().is_none_or(|(_, (read, room))| {
                this.0 > *read || (this.0 == *read && this.1 > *room)
            }) {
                best = Some((placed, this));
            }
            // Every title whole in the widest room there is: nothing can do better.
            if label_cap.is_infinite() && this.0 == marks.len() {
                break 'search;
            }
        }
    }
    best.map(|(placed, _)| placed)
        .unwrap_or_else(|| stack(marks, scale, spacing(1, 0.0)))
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
/// rows below it. A mark takes the first row where it clears the previous mark and that
/// mark's whole title; with no such row and no row to spare, the row where the title it cuts
/// keeps the most room. A title with no room before the chart's right edge is written before
/// its mark instead.
pub fn stack(marks: &[Mark], scale: &TimeScale, spacing: Spacing) -> Vec<Placed> {
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

    let mut rows = Rows {
        placed: Vec::with_capacity(marks.len()),
        titles: Vec::with_capacity(marks.len()),
        ends: Vec::new(),
        spacing,
        width: scale.width,
    };
    // Depth-first: (mark, the row it must be below).
    let mut pending: Vec<(usize, Option<usize>)> = roots.iter().rev().map(|&r| (r, None)).collect();
    while let Some((i, below)) = pending.pop() {
        let mark = &marks[i];
        let parent = children.contains_key(&mark.event);
        let row = rows.place(
            mark,
            extent(scale, mark, spacing.min_width),
            below.map_or(0, |r| r + 1),
            parent,
        );
        if let Some(kids) = children.get(&mark.event) {
            pending.extend(kids.iter().rev().map(|&k| (k, Some(row))));
        }
    }
    rows.measure_rooms();
    rows.placed
}

/// The rows as they fill: what is placed, and where each row's last mark and title end.
struct Rows {
    placed: Vec<Placed>,
    /// Each placed mark's whole title, in pixels.
    titles: Vec<f64>,
    ends: Vec<RowEnd>,
    spacing: Spacing,
    /// The chart's width, in pixels.
    width: f64,
}

/// Where a row's last mark ends, where its title ends, and which it is.
#[derive(Clone, Copy)]
struct RowEnd {
    mark: f64,
    title: f64,
    last: usize,
}

impl Rows {
    /// Places `mark`, drawn over `x0..x1`, in a row from `lowest` down; returns the row. A
    /// `parent` (whose parts go in the rows below it) takes the highest row its mark fits in.
    fn place(&mut self, mark: &Mark, (x0, x1): (f64, f64), lowest: usize, parent: bool) -> usize {
        let gap = self.spacing.gap;
        let inside = mark
            .inside
            .filter(|&offset| x1 - x0 - offset >= MIN_INSIDE_PX);
        let label = mark.label.min(self.spacing.label_cap);
        let before = x0 - LABEL_GAP_PX - label;
        // Near the right edge, the title goes before the mark where a row is free there.
        let wants_before = inside.is_none()
            && label > 0.0
            && x1 + LABEL_GAP_PX + label > self.width
            && before >= 0.0;
        let free_before = (lowest..self.ends.len()).find(|&r| self.ends[r].title + gap <= before);
        let (row, label_x, room) = match free_before.filter(|_| wants_before) {
            Some(row) => (row, before, label),
            None if wants_before && self.ends.len() < self.spacing.max_rows => {
                (self.new_row(), before, label)
            }
            None => {
                let row = if parent {
                    self.highest_row_for(x0, lowest)
                } else {
                    self.row_for(x0, lowest)
                };
                let label_x = inside.map_or(x1 + LABEL_GAP_PX, |offset| x0 + offset);
                (row, label_x, f64::INFINITY)
            }
        };
        self.ends[row] = RowEnd {
            mark: x1,
            title: x1.max(label_x + label),
            last: self.placed.len(),
        };
        self.placed.push(Placed {
            event: mark.event,
            row,
            x0,
            x1,
            label_x,
            room,
        });
        self.titles.push(mark.label);
        row
    }

    /// The row for a mark starting at `x0`: the first clear of the last title, else a new one
    /// while there are rows to spare, else the one whose last title keeps the most room, else
    /// (the mark would overlap a mark in every row) a new one.
    fn row_for(&mut self, x0: f64, lowest: usize) -> usize {
        let gap = self.spacing.gap;
        if let Some(row) = (lowest..self.ends.len()).find(|&r| self.ends[r].title + gap <= x0) {
            return row;
        }
        if self.ends.len() < self.spacing.max_rows {
            return self.new_row();
        }
        let room_left = |end: &RowEnd| {
            let last = &self.placed[end.last];
            if last.label_before() {
                f64::INFINITY
            } else {
                x0 - gap - last.label_x
            }
        };
        (lowest..self.ends.len())
            .filter(|&r| self.ends[r].mark + gap <= x0)
            .max_by(|&a, &b| room_left(&self.ends[a]).total_cmp(&room_left(&self.ends[b])))
            .unwrap_or_else(|| self.new_row())
    }

    /// The highest row from `lowest` whose last mark ends before `x0` (its title may be cut),
    /// else a new one.
    fn highest_row_for(&mut self, x0: f64, lowest: usize) -> usize {
        let gap = self.spacing.gap;
        (lowest..self.ends.len())
            .find(|&r| self.ends[r].mark + gap <= x0)
            .unwrap_or_else(|| self.new_row())
    }

    fn new_row(&mut self) -> usize {
        self.ends.push(RowEnd {
            mark: f64::MIN,
            title: f64::MIN,
            last: 0,
        });
        self.ends.len() - 1
    }

    /// Each title's room runs to the next mark in its row (a title before its mark has its
    /// own width). A title cut after its mark goes before it where more of it fits there,
    /// between the row's previous mark and title and the mark.
    fn measure_rooms(&mut self) {
        let gap = self.spacing.gap;
        let placed = &mut self.placed;
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
        // Where the row's previous mark and its title end, going left to right.
        let mut row_end = (usize::MAX, f64::MIN);
        for &i in &by_row {
            let this = placed[i];
            let taken = if row_end.0 == this.row {
                row_end.1
            } else {
                0.0
            };
            let title = self.titles[i];
            let after = this.room.min(self.width - this.label_x);
            let before = this.x0 - LABEL_GAP_PX - taken - gap;
            let inside = this.label_x > this.x0 && this.label_x < this.x1;
            if !this.label_before() && !inside && after < title && before > after {
                let room = before.min(title);
                placed[i].label_x = this.x0 - LABEL_GAP_PX - room;
                placed[i].room = room;
            }
            let p = placed[i];
            let title_end = if p.label_before() {
                p.x1
            } else {
                p.x1.max(p.label_x + p.room.min(title))
            };
            row_end = (p.row, title_end);
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

    /// Rows to spare: every title whole.
    const SPACING: Spacing = Spacing {
        min_width: 12.0,
        gap: 2.0,
        max_rows: 20,
        label_cap: f64::INFINITY,
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
        let tight = stack(
            &marks,
            &scale,
            Spacing {
                max_rows: 1,
                ..SPACING
            },
        );
        assert!(tight.iter().all(|p| p.row == 0), "{tight:?}");
        // The first title has the row to itself before its mark; the second is cut by the
        // third mark.
        assert!(
            tight[0].label_before() && tight[0].room == 76.0,
            "{tight:?}"
        );
        assert!(
            (tight[1].room - (tight[2].x0 - 2.0 - tight[1].label_x)).abs() < 1e-9,
            "{tight:?}"
        );
        assert_eq!(tight[2].room, f64::INFINITY);
        let roomy = stack(&marks, &scale, SPACING);
        let rows: Vec<usize> = roomy.iter().map(|p| p.row).collect();
        assert_eq!(rows, vec![0, 1, 0], "each title whole: {roomy:?}");
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
            readable: 76.0,
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
        let within = |max_rows| {
            let spacing = Spacing {
                min_width: 10.0,
                gap: 3.0,
                max_rows,
                label_cap: f64::INFINITY,
            };
            stack(&marks, &scale, spacing)
        };
        let roomy = within(4);
        assert_eq!(rows(&roomy), 4, "every title whole in four rows: {roomy:?}");
        assert!(roomy.iter().all(|p| p.room >= 76.0 - 1e-9));
        let tight = within(2);
        assert_eq!(rows(&tight), 2, "titles cut to fit two rows: {tight:?}");
        // Each cut title keeps the most room it can: here the distance between two marks of
        // its row, 60 px less the gap.
        let cut: Vec<f64> = tight
            .iter()
            .filter(|p| p.room.is_finite())
            .map(|p| p.room)
            .collect();
        assert!(
            cut.iter()
                .all(|&room| room >= 60.0 - 10.0 - 3.0 - 4.0 - 1e-9),
            "{tight:?}"
        );
        assert_eq!(rows(&within(1)), 1);
    }

    #[test]
    fn marks_keep_within_the_rows_there_are_whenever_the_marks_allow_it() {
        use crate::domain::random::Xorshift;
        let scale = TimeScale {
            start: 0.0,
            end: 100.0,
            width: 600.0,
        };
        let mut r = Xorshift::new(0x0517_AC4E);
        for _ in 0..300 {
            // Some events are parts of an earlier one, drawn in rows below it.
            let marks: Vec<Mark> = (0..2 + r.below(30))
                .map(|i| {
                    let first = r.below(95) as i64;
                    let parent = (i > 0 && r.below(3) == 0).then(|| r.below(i));
                    Mark {
                        label: 20.0 + r.below(160) as f64,
                        ..mark(i, first, first + r.below(6) as i64, parent)
                    }
                })
                .collect();
            let max_rows = 1 + r.below(8);
            // The rows the marks need with no room kept for any title.
            let bare: Vec<Mark> = marks.iter().map(|m| Mark { label: 0.0, ..*m }).collect();
            let needed = rows(&stack(
                &bare,
                &scale,
                Spacing {
                    max_rows: 1,
                    ..SPACING
                },
            ));
            let placed = stack_within(&marks, &scale, SPACING.min_width, SPACING.gap, max_rows);
            assert!(
                rows(&placed) <= max_rows.max(needed),
                "{max_rows} rows: {placed:?}"
            );
            for a in &placed {
                for b in &placed {
                    if a.event != b.event && a.row == b.row {
                        assert!(a.x1 <= b.x0 || b.x1 <= a.x0, "{a:?} overlaps {b:?}");
                    }
                }
            }
        }
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
        let placed = stack(&[span, after], &scale, SPACING);
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
        let placed = stack(&marks, &scale, SPACING);
        let last = placed[1];
        assert!(last.label_before(), "{last:?}");
        assert_eq!(last.label_x + 76.0 + LABEL_GAP_PX, last.x0);
        assert_eq!(last.row, 0, "the row is free before it");
        assert!(last.room >= 76.0);
        // Where the row is taken before it, the next row.
        let crowded = [mark(0, 90, 90, None), mark(1, 97, 97, None)];
        let placed = stack(&crowded, &scale, SPACING);
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
