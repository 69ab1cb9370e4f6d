//! The network's camera: layout units to CSS pixels of the drawing, fitted to the nodes,
//! moved by the same gestures as the map and the timeline.

use crate::domain::camera::Camera;
use crate::domain::plane::Point;

/// How far one can zoom, relative to one layout unit per pixel.
const MIN_ZOOM: f64 = 0.05;
const MAX_ZOOM: f64 = 8.0;
/// How far fitting may zoom in.
pub const MAX_FIT_ZOOM: f64 = 2.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkCamera {
    /// The layout point at the middle of the drawing.
    pub center: Point,
    /// Pixels per layout unit.
    pub zoom: f64,
    /// The drawing's size in CSS pixels.
    pub width: f64,
    pub height: f64,
}

impl NetworkCamera {
    /// The view of a `width`×`height` drawing that shows every disc (`positions` and `radii`
    /// in layout units) between its top and bottom `inset` pixels (where controls float), zoomed in at
    /// most [`MAX_FIT_ZOOM`] times (a small network spreads out; its discs keep their size).
    pub fn fit(
        positions: &[(f64, f64)],
        radii: &[f64],
        width: f64,
        height: f64,
        (top, bottom): (f64, f64),
    ) -> NetworkCamera {
        let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for (&(x, y), &r) in positions.iter().zip(radii) {
            min = (min.0.min(x - r), min.1.min(y - r));
            max = (max.0.max(x + r), max.1.max(y + r));
        }
        if positions.is_empty() {
            (min, max) = ((-1.0, -1.0), (1.0, 1.0));
        }
        // Room for the labels under the discs.
        let padding = 24.0;
        let zoom = ((width - 2.0 * padding) / (max.0 - min.0).max(1.0))
            .min((height - top - bottom - 2.0 * padding).max(1.0) / (max.1 - min.1).max(1.0))
            .clamp(MIN_ZOOM, MAX_FIT_ZOOM);
        NetworkCamera {
            center: Point {
                x: (min.0 + max.0) / 2.0,
                y: (min.1 + max.1) / 2.0 - (top - bottom) / 2.0 / zoom,
            },
            zoom,
            width,
            height,
        }
    }

    /// A layout point in drawing pixels.
    pub fn to_screen(&self, (x, y): (f64, f64)) -> Point {
        Point {
            x: (x - self.center.x) * self.zoom + self.width / 2.0,
            y: (y - self.center.y) * self.zoom + self.height / 2.0,
        }
    }

    /// A disc's drawn radius: shrunk with the picture below one unit per pixel (so discs never
    /// overlap), kept above (so zooming in spreads them apart).
    pub fn radius(&self, r: f64) -> f64 {
        r * self.zoom.min(1.0)
    }
}

impl Camera for NetworkCamera {
    fn panned(&self, dx: f64, dy: f64) -> NetworkCamera {
        NetworkCamera {
            center: Point {
                x: self.center.x - dx / self.zoom,
                y: self.center.y - dy / self.zoom,
            },
            ..*self
        }
    }

    fn zoomed_at(&self, anchor: Point, factor: f64) -> NetworkCamera {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let under = Point {
            x: (anchor.x - self.width / 2.0) / self.zoom + self.center.x,
            y: (anchor.y - self.height / 2.0) / self.zoom + self.center.y,
        };
        NetworkCamera {
            center: Point {
                x: under.x - (anchor.x - self.width / 2.0) / zoom,
                y: under.y - (anchor.y - self.height / 2.0) / zoom,
            },
            zoom,
            ..*self
        }
    }

    fn middle(&self) -> Point {
        Point {
            x: self.width / 2.0,
            y: self.height / 2.0,
        }
    }

    fn width(&self) -> f64 {
        self.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_every_disc_and_keeps_the_point_under_the_pointer_when_zooming() {
        let positions = [(-300.0, 0.0), (500.0, 100.0)];
        let view = NetworkCamera::fit(&positions, &[10.0, 20.0], 400.0, 300.0, (50.0, 40.0));
        for p in positions {
            let s = view.to_screen(p);
            assert!((0.0..=400.0).contains(&s.x) && (50.0..=260.0).contains(&s.y));
        }
        let anchor = Point { x: 100.0, y: 50.0 };
        let zoomed = view.zoomed_at(anchor, 2.0);
        let before = view.to_screen(positions[0]);
        let after = zoomed.to_screen(positions[0]);
        assert!(((after.x - anchor.x) - 2.0 * (before.x - anchor.x)).abs() < 1e-9);
        let panned = view.panned(10.0, -5.0);
        let moved = panned.to_screen(positions[1]);
        let was = view.to_screen(positions[1]);
        assert!((moved.x - was.x - 10.0).abs() < 1e-9 && (moved.y - was.y + 5.0).abs() < 1e-9);
    }
}
