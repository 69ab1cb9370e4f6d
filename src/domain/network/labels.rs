//! Which nodes of a drawn network get their name: the largest first, each where it overlaps
//! no name already placed and no other disc, centred below its own.

use crate::domain::present::text_width;

/// A label's font size, in pixels.
pub const LABEL_FONT_PX: f64 = 12.0;

/// For each node (in priority order: nodes are sorted by events), whether its name is shown.
/// `centres` and `radii` are in screen pixels; `names` are the labels.
pub fn shown_labels(centres: &[(f64, f64)], radii: &[f64], names: &[String]) -> Vec<bool> {
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let discs: Vec<(f64, f64, f64, f64)> = centres
        .iter()
        .zip(radii)
        .map(|(&(x, y), &r)| (x - r, y - r, x + r, y + r))
        .collect();
    let apart = |a: &(f64, f64, f64, f64), b: &(f64, f64, f64, f64)| {
        a.2 <= b.0 || a.0 >= b.2 || a.3 <= b.1 || a.1 >= b.3
    };
    let height = LABEL_FONT_PX * 1.25;
    centres
        .iter()
        .zip(radii)
        .zip(names)
        .enumerate()
        .map(|(i, ((&(x, y), &r), name))| {
            let width = text_width(name, LABEL_FONT_PX);
            let (left, top) = (x - width / 2.0, y + r + 2.0);
            let rect = (left, top, left + width, top + height);
            let free = placed.iter().all(|p| apart(&rect, p))
                && discs
                    .iter()
                    .enumerate()
                    .all(|(j, d)| j == i || apart(&rect, d));
            if free {
                placed.push(rect);
            }
            free
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_would_cover_a_larger_nodes_name_is_left_out() {
        let names: Vec<String> = ["CAS", "CNRS", "E-MRS"].map(String::from).into();
        let shown = shown_labels(
            &[(0.0, 0.0), (5.0, 2.0), (300.0, 0.0)],
            &[10.0, 8.0, 6.0],
            &names,
        );
        assert_eq!(shown, [true, false, true]);
        // A name that would run over another disc is left out too.
        let shown = shown_labels(&[(0.0, 0.0), (0.0, 20.0)], &[5.0, 5.0], &names[..2]);
        assert_eq!(shown, [false, true]);
    }
}
