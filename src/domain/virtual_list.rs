//! Which rows of a long list to render: those in the scrolled viewport plus a margin, so a
//! list of 100 000 events costs what a screenful costs.

use std::ops::Range;

/// The rows to render when `count` rows of `row_height` pixels are scrolled by `scroll_top`
/// in a viewport `viewport_height` tall, with `overscan` extra rows above and below.
pub fn visible_rows(
    scroll_top: f64,
    viewport_height: f64,
    row_height: f64,
    count: usize,
    overscan: usize,
) -> Range<usize> {
    if count == 0 || row_height <= 0.0 {
        return 0..0;
    }
    let first = (scroll_top.max(0.0) / row_height).floor() as usize;
    let shown = (viewport_height.max(0.0) / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan).min(count);
    let end = (first + shown + overscan).min(count);
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_screenful_plus_margins() {
        assert_eq!(visible_rows(0.0, 600.0, 60.0, 100_000, 5), 0..16);
        assert_eq!(visible_rows(6_000.0, 600.0, 60.0, 100_000, 5), 95..116);
        assert_eq!(
            visible_rows(5_999_000.0, 600.0, 60.0, 100_000, 5),
            99_978..99_999
        );
        assert_eq!(
            visible_rows(5_999_400.0, 600.0, 60.0, 100_000, 5),
            99_985..100_000
        );
    }

    #[test]
    fn degenerate_inputs_give_valid_ranges() {
        assert_eq!(visible_rows(0.0, 600.0, 60.0, 0, 5), 0..0);
        assert_eq!(visible_rows(-50.0, 600.0, 60.0, 3, 5), 0..3);
        assert_eq!(visible_rows(1e12, 600.0, 60.0, 10, 5), 10..10);
        assert_eq!(visible_rows(0.0, 600.0, 0.0, 10, 5), 0..0);
    }
}
