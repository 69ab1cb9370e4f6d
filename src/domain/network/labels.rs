//! Which nodes of a drawn network get their name: the largest first, each where it overlaps
//! no name already placed, centred below its disc.

use crate::domain::present::text_width;

/// A label's font size, in pixels.
pub const LABEL_FONT_PX: f64 = 12.0;

/// For each node (in priority order: nodes are sorted by events), whether its name is shown.
/// `centres` and `radii` are in screen pixels; `names` are the labels.
pub fn shown_labels(centres: &[(f64, f64)], radii: &[f64], names: &[String]) -> Vec<bool> {
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let height = LABEL_FONT_PX * 1.25;
    centres
        .iter()
        .zip(radii)
        .zip(names)
        .map(|((&(x, y), &r), name)| {
            let width = text_width(name, LABEL_FONT_PX);
            let (left, top) = (x - width / 2.0, y + r + 2.0);
            let rect = (left, top, left + width, top + height);
            let free = placed
                .iter()
                .all(|p| rect.2 <= p.0 || rect.0 >= p.2 || rect.3 <= p.1 || rect.1 >= p.3);
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
    }
}
