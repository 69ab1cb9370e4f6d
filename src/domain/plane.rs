//! Points and rectangles in a plane, whatever the plane is: the world map's units, a view's
//! units, the timeline's or the network's pixels. The cameras ([`crate::domain::camera`])
//! and the map, timeline and network layouts share them; what a coordinate means is said
//! where it is used.

/// A point in the plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: Point,
    pub max: Point,
}

impl Bounds {
    /// The smallest rectangle holding every point, or `None` for no points.
    pub fn around(points: impl IntoIterator<Item = Point>) -> Option<Bounds> {
        points.into_iter().fold(None, |bounds, p| {
            Some(match bounds {
                None => Bounds { min: p, max: p },
                Some(Bounds { min, max }) => Bounds {
                    min: Point {
                        x: min.x.min(p.x),
                        y: min.y.min(p.y),
                    },
                    max: Point {
                        x: max.x.max(p.x),
                        y: max.y.max(p.y),
                    },
                },
            })
        })
    }

    /// Whether `p` lies inside, or within `margin` of the edges.
    pub fn contains(&self, p: Point, margin: f64) -> bool {
        p.x >= self.min.x - margin
            && p.x <= self.max.x + margin
            && p.y >= self.min.y - margin
            && p.y <= self.max.y + margin
    }
}
