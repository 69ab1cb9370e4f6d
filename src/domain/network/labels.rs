//! Where the nodes of a drawn network get their name: the largest first, each below its disc,
//! else above, right or left of it, wherever the name overlaps no name already placed and no
//! other disc. A name is left out only where none of the four places has room.

use crate::domain::present::text_width;

/// A label's font size, in pixels.
pub const LABEL_FONT_PX: f64 = 12.0;

/// Where a name is written: its anchor point (the baseline's start, middle or end, as
/// `text-anchor` says) in screen pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelSpot {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// Which end of the name sits at the spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn css(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A rectangle: left, top, right, bottom.
type Rect = (f64, f64, f64, f64);

/// For each node (in priority order: nodes are sorted by events), where its name is written,
/// if anywhere. `centres` and `radii` are in screen pixels; `names` are the labels.
pub fn label_spots(
    centres: &[(f64, f64)],
    radii: &[f64],
    names: &[String],
) -> Vec<Option<LabelSpot>> {
    let mut placed: Vec<Rect> = Vec::new();
    let discs: Vec<Rect> = centres
        .iter()
        .zip(radii)
        .map(|(&(x, y), &r)| (x - r, y - r, x + r, y + r))
        .collect();
    let apart = |a: &Rect, b: &Rect| a.2 <= b.0 || a.0 >= b.2 || a.3 <= b.1 || a.1 >= b.3;
    let height = LABEL_FONT_PX * 1.25;
    // The baseline sits this far above a line's bottom.
    let descent = LABEL_FONT_PX * 0.25;
    centres
        .iter()
        .zip(radii)
        .zip(names)
        .enumerate()
        .map(|(i, ((&(x, y), &r), name))| {
            let width = text_width(name, LABEL_FONT_PX);
            let below = (x - width / 2.0, y + r + 2.0);
            let above = (x - width / 2.0, y - r - 2.0 - height);
            let right = (x + r + 3.0, y - height / 2.0);
            let left = (x - r - 3.0 - width, y - height / 2.0);
            let spots = [
                (below, x, Anchor::Middle),
                (above, x, Anchor::Middle),
                (right, right.0, Anchor::Start),
                (left, left.0 + width, Anchor::End),
            ];
            spots
                .into_iter()
                .find_map(|((left, top), anchor_x, anchor)| {
                    let rect = (left, top, left + width, top + height);
                    let free = placed.iter().all(|p| apart(&rect, p))
                        && discs
                            .iter()
                            .enumerate()
                            .all(|(j, d)| j == i || apart(&rect, d));
                    free.then(|| {
                        placed.push(rect);
                        LabelSpot {
                            x: anchor_x,
                            y: top + height - descent,
                            anchor,
                        }
                    })
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_name_goes_below_its_disc_when_there_is_room() {
        let spots = label_spots(&[(0.0, 0.0)], &[10.0], &names(&["CAS"]));
        let spot = spots[0].unwrap();
        assert_eq!((spot.x, spot.anchor), (0.0, Anchor::Middle));
        assert!(spot.y > 10.0);
    }

    #[test]
    fn a_name_that_would_cover_a_larger_nodes_name_goes_above_or_beside_it() {
        // CNRS sits just right of CAS and below it: CAS's name takes the room below both.
        let spots = label_spots(
            &[(0.0, 0.0), (5.0, 2.0), (300.0, 0.0)],
            &[10.0, 8.0, 6.0],
            &names(&["CAS", "CNRS", "E-MRS"]),
        );
        assert!(spots.iter().all(Option::is_some), "{spots:?}");
        let cnrs = spots[1].unwrap();
        assert!(cnrs.y < 0.0 || cnrs.anchor != Anchor::Middle, "{cnrs:?}");
    }

    #[test]
    fn a_name_is_left_out_only_where_no_place_has_room() {
        // A small disc ringed by large ones on every side: no room anywhere.
        let mut centres = vec![(0.0, 0.0)];
        let mut radii = vec![3.0];
        for (x, y) in [
            (0.0, 20.0),
            (0.0, -20.0),
            (25.0, 0.0),
            (-25.0, 0.0),
            (20.0, 20.0),
            (-20.0, -20.0),
            (20.0, -20.0),
            (-20.0, 20.0),
        ] {
            centres.push((x, y));
            radii.push(14.0);
        }
        let mut all = vec!["hidden name".to_string()];
        all.extend((0..8).map(|i| format!("n{i}")));
        // The ringed disc comes last in priority.
        centres.rotate_left(1);
        radii.rotate_left(1);
        all.rotate_left(1);
        let spots = label_spots(&centres, &radii, &all);
        assert_eq!(spots[8], None);
    }
}
