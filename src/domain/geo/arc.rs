//! Cooperation arcs: a curved line from an event's venue to each other country taking part.

use crate::domain::plane::Point;

/// SVG path data for a quadratic curve from `from` to `to` (view units), bowed to the left of
/// the direction of travel by a quarter of its length, so arcs read as links, not borders.
pub fn arc_path(from: Point, to: Point) -> String {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let control = Point {
        x: (from.x + to.x) / 2.0 + dy * 0.25,
        y: (from.y + to.y) / 2.0 - dx * 0.25,
    };
    format!(
        "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
        from.x, from.y, control.x, control.y, to.x, to.y
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arcs_start_and_end_at_their_points_and_bow_upwards_going_east() {
        let path = arc_path(Point { x: 100.0, y: 200.0 }, Point { x: 300.0, y: 200.0 });
        assert_eq!(path, "M100.0 200.0Q200.0 150.0 300.0 200.0");
    }
}
