//! The part of the world the map shows: a center (world units), a zoom (view units per world
//! unit) and the view's height. The map's SVG view box is always [`VIEW_WIDTH`] view units
//! wide and as tall as the drawn map is in proportion ([`VIEW_HEIGHT`] for a 2:1 map), so the
//! map fills whatever box the layout gives it; pointer positions are converted to view units
//! before they reach this module.

use crate::domain::camera::Camera;
use crate::domain::geo::projection::{project, WORLD};
use crate::domain::plane::{Bounds, Point};

pub const VIEW_WIDTH: f64 = 1000.0;
/// The view's height for a map drawn twice as wide as tall, before it is measured.
pub const VIEW_HEIGHT: f64 = 500.0;
/// Zoomed out to a little less than the world's width.
pub const MIN_ZOOM: f64 = 0.8;
/// Zoomed in to a few kilometres across the view.
pub const MAX_ZOOM: f64 = 400.0;

/// How a fit leaves room around what it shows, in view units, and how far it may zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    /// Around the fitted points.
    pub padding: f64,
    /// Between a point and a control covering the view (a marker's radius).
    pub margin: f64,
    pub min_zoom: f64,
    pub max_zoom: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// The world point at the middle of the view.
    pub center: Point,
    /// View units per world unit.
    pub zoom: f64,
    /// The view's height in view units (its width is [`VIEW_WIDTH`]).
    pub height: f64,
}

impl Viewport {
    /// The inhabited world: 83°N to 57°S, all longitudes.
    pub fn world() -> Viewport {
        let bounds = Bounds {
            min: project(-180.0, 83.0),
            max: project(180.0, -57.0),
        };
        Viewport::fit(bounds, 0.0, MIN_ZOOM, 1.0)
    }

    /// The same center and zoom in a view `height` view units tall (the drawn map changed
    /// its proportions).
    pub fn with_height(self, height: f64) -> Viewport {
        Viewport {
            height: height.max(1.0),
            ..self
        }
        .clamped()
    }

    /// The view that shows `bounds` with `padding` view units around it, zoomed no further
    /// than `max_zoom` (so a single venue does not fill the screen) and no less than `min_zoom`.
    pub fn fit(bounds: Bounds, padding: f64, min_zoom: f64, max_zoom: f64) -> Viewport {
        Viewport::fit_within(VIEW_HEIGHT, bounds, padding, min_zoom, max_zoom)
    }

    /// Like [`Viewport::fit`], in a view `view_height` view units tall.
    pub fn fit_within(
        view_height: f64,
        bounds: Bounds,
        padding: f64,
        min_zoom: f64,
        max_zoom: f64,
    ) -> Viewport {
        let width = (bounds.max.x - bounds.min.x).max(1e-9);
        let height = (bounds.max.y - bounds.min.y).max(1e-9);
        let zoom = ((VIEW_WIDTH - 2.0 * padding) / width)
            .min((view_height - 2.0 * padding) / height)
            .clamp(min_zoom.max(MIN_ZOOM), max_zoom.min(MAX_ZOOM));
        Viewport {
            center: Point {
                x: (bounds.min.x + bounds.max.x) / 2.0,
                y: (bounds.min.y + bounds.max.y) / 2.0,
            },
            zoom,
            height: view_height,
        }
        .clamped()
    }

    /// Like [`Viewport::fit_within`] around `points`, keeping every point at least `margin`
    /// view units clear of the `covered` rectangles (view units): the parts of the view that
    /// floating controls hide (a toolbar, a tray, a sheet), each against an edge. The whole view
    /// is tried first; when a point would fall under a control, the view less the rows or the
    /// columns each control covers, whichever shows the points largest. `None` for no points.
    pub fn fit_clear_of(
        view_height: f64,
        points: &[Point],
        room: Room,
        covered: &[Bounds],
    ) -> Option<Viewport> {
        let bounds = Bounds::around(points.iter().copied())?;
        let whole = Bounds {
            min: Point { x: 0.0, y: 0.0 },
            max: Point {
                x: VIEW_WIDTH,
                y: view_height,
            },
        };
        let clear = |v: &Viewport| {
            points.iter().all(|&p| {
                let q = v.to_view(p);
                covered.iter().all(|c| !c.contains(q, room.margin))
            })
        };
        let first = Viewport::fit_into(view_height, whole, bounds, room);
        if clear(&first) {
            return Some(first);
        }
        // Each control gives up either its rows or its columns: 2^n choices for n controls.
        let choices = 1usize << covered.len().min(6);
        (0..choices)
            .filter_map(|choice| {
                let mut area = whole;
                for (k, c) in covered.iter().enumerate() {
                    let rows = choice & (1 << k) == 0;
                    let middle = Point {
                        x: (c.min.x + c.max.x) / 2.0,
                        y: (c.min.y + c.max.y) / 2.0,
                    };
                    match (
                        rows,
                        middle.y < view_height / 2.0,
                        middle.x < VIEW_WIDTH / 2.0,
                    ) {
                        (true, true, _) => area.min.y = area.min.y.max(c.max.y),
                        (true, false, _) => area.max.y = area.max.y.min(c.min.y),
                        (false, _, true) => area.min.x = area.min.x.max(c.max.x),
                        (false, _, false) => area.max.x = area.max.x.min(c.min.x),
                    }
                }
                let big_enough = area.max.x - area.min.x > 2.0 * room.padding + 1.0
                    && area.max.y - area.min.y > 2.0 * room.padding + 1.0;
                let fitted = Viewport::fit_into(view_height, area, bounds, room);
                (big_enough && clear(&fitted)).then_some(fitted)
            })
            .max_by(|a, b| a.zoom.total_cmp(&b.zoom))
            .or(Some(first))
    }

    /// The view that shows `bounds` (world units) in the part `area` of a view `view_height`
    /// tall, both in view units.
    fn fit_into(view_height: f64, area: Bounds, bounds: Bounds, room: Room) -> Viewport {
        let width = (bounds.max.x - bounds.min.x).max(1e-9);
        let height = (bounds.max.y - bounds.min.y).max(1e-9);
        let zoom = ((area.max.x - area.min.x - 2.0 * room.padding) / width)
            .min((area.max.y - area.min.y - 2.0 * room.padding) / height)
            .clamp(room.min_zoom.max(MIN_ZOOM), room.max_zoom.min(MAX_ZOOM));
        let middle = Point {
            x: (bounds.min.x + bounds.max.x) / 2.0,
            y: (bounds.min.y + bounds.max.y) / 2.0,
        };
        let area_middle = Point {
            x: (area.min.x + area.max.x) / 2.0,
            y: (area.min.y + area.max.y) / 2.0,
        };
        Viewport {
            center: Point {
                x: middle.x - (area_middle.x - VIEW_WIDTH / 2.0) / zoom,
                y: middle.y - (area_middle.y - view_height / 2.0) / zoom,
            },
            zoom,
            height: view_height,
        }
        .clamped()
    }

    /// World point → view units.
    pub fn to_view(&self, p: Point) -> Point {
        Point {
            x: (p.x - self.center.x) * self.zoom + VIEW_WIDTH / 2.0,
            y: (p.y - self.center.y) * self.zoom + self.height / 2.0,
        }
    }

    /// View units → world point.
    pub fn to_world(&self, v: Point) -> Point {
        Point {
            x: (v.x - VIEW_WIDTH / 2.0) / self.zoom + self.center.x,
            y: (v.y - self.height / 2.0) / self.zoom + self.center.y,
        }
    }

    /// The world rectangle in view.
    pub fn visible(&self) -> Bounds {
        Bounds {
            min: self.to_world(Point { x: 0.0, y: 0.0 }),
            max: self.to_world(Point {
                x: VIEW_WIDTH,
                y: self.height,
            }),
        }
    }

    /// Moves the map by `dx`, `dy` view units (a drag to the right shows more of the west).
    pub fn pan(&self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            center: Point {
                x: self.center.x - dx / self.zoom,
                y: self.center.y - dy / self.zoom,
            },
            ..*self
        }
        .clamped()
    }

    /// Zooms by `factor` keeping the world point under `anchor` (view units) where it is.
    pub fn zoom_at(&self, anchor: Point, factor: f64) -> Viewport {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let world = self.to_world(anchor);
        Viewport {
            center: Point {
                x: world.x - (anchor.x - VIEW_WIDTH / 2.0) / zoom,
                y: world.y - (anchor.y - self.height / 2.0) / zoom,
            },
            zoom,
            height: self.height,
        }
        .clamped()
    }

    /// The SVG transform that draws world units in this view.
    pub fn transform(&self) -> String {
        let origin = self.to_view(Point { x: 0.0, y: 0.0 });
        format!(
            "translate({:.3} {:.3}) scale({:.5})",
            origin.x, origin.y, self.zoom
        )
    }

    /// Keeps the center over the map so it cannot be dragged out of sight.
    fn clamped(self) -> Viewport {
        Viewport {
            center: Point {
                x: self.center.x.clamp(0.0, WORLD),
                y: self.center.y.clamp(0.0, WORLD),
            },
            ..self
        }
    }
}

impl Camera for Viewport {
    fn panned(&self, dx: f64, dy: f64) -> Viewport {
        self.pan(dx, dy)
    }
    fn zoomed_at(&self, anchor: Point, factor: f64) -> Viewport {
        self.zoom_at(anchor, factor)
    }
    fn middle(&self) -> Point {
        Point {
            x: VIEW_WIDTH / 2.0,
            y: self.height / 2.0,
        }
    }
    fn width(&self) -> f64 {
        VIEW_WIDTH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn view_and_world_are_inverse() {
        let v = Viewport {
            center: Point { x: 800.0, y: 380.0 },
            zoom: 12.5,
            height: 620.0,
        };
        let p = Point { x: 812.0, y: 371.0 };
        assert!(close(v.to_world(v.to_view(p)), p));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let v = Viewport::world();
        let anchor = Point { x: 830.0, y: 190.0 };
        let before = v.to_world(anchor);
        let zoomed = v.zoom_at(anchor, 3.0);
        assert!((zoomed.zoom - v.zoom * 3.0).abs() < 1e-9);
        assert!(close(zoomed.to_world(anchor), before));
        assert!(
            v.zoom_at(anchor, 1e9).zoom <= MAX_ZOOM && v.zoom_at(anchor, 1e-9).zoom >= MIN_ZOOM
        );
    }

    #[test]
    fn panning_moves_by_view_units() {
        let v = Viewport {
            center: Point { x: 500.0, y: 400.0 },
            zoom: 4.0,
            height: VIEW_HEIGHT,
        };
        let moved = v.pan(40.0, -20.0);
        assert!(close(moved.center, Point { x: 490.0, y: 405.0 }));
    }

    #[test]
    fn fit_shows_every_point() {
        let points = [
            project(7.75, 48.57),
            project(116.4, 39.9),
            project(119.46, 29.2),
        ];
        let bounds = Bounds::around(points).unwrap();
        let v = Viewport::fit(bounds, 30.0, MIN_ZOOM, 50.0);
        for p in points {
            let q = v.to_view(p);
            assert!(
                (0.0..=VIEW_WIDTH).contains(&q.x) && (0.0..=VIEW_HEIGHT).contains(&q.y),
                "{q:?}"
            );
        }
        // A taller view shows them all too, and more of the world above and below.
        let tall = Viewport::fit_within(900.0, bounds, 30.0, MIN_ZOOM, 50.0);
        for p in points {
            let q = tall.to_view(p);
            assert!((0.0..=900.0).contains(&q.y), "{q:?}");
        }
        assert!(
            tall.visible().max.y - tall.visible().min.y > v.visible().max.y - v.visible().min.y
        );
        let reshaped = v.with_height(700.0);
        assert_eq!((reshaped.center, reshaped.zoom), (v.center, v.zoom));
        assert!(close(
            reshaped.to_view(v.center),
            Point { x: 500.0, y: 350.0 }
        ));
        // One point alone is not zoomed in without limit.
        let single = Viewport::fit(Bounds::around([points[0]]).unwrap(), 30.0, MIN_ZOOM, 50.0);
        assert_eq!(single.zoom, 50.0);
    }

    const ROOM: Room = Room {
        padding: 30.0,
        margin: 12.0,
        min_zoom: MIN_ZOOM,
        max_zoom: 12.0,
    };

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds {
            min: Point { x: x0, y: y0 },
            max: Point { x: x1, y: y1 },
        }
    }

    fn clear_of(v: &Viewport, points: &[Point], covered: &[Bounds]) -> bool {
        points.iter().all(|&p| {
            let q = v.to_view(p);
            covered.iter().all(|c| !c.contains(q, ROOM.margin))
        })
    }

    #[test]
    fn a_fit_keeps_every_point_clear_of_the_controls_over_the_view() {
        // Beijing, Shenyang (furthest north-east), Yingtan: taller than wide.
        let points = [
            project(116.4, 39.9),
            project(123.43, 41.8),
            project(117.07, 28.26),
        ];
        let height = 420.0;
        // A toolbar over the top right, a tray over the bottom left.
        let covered = [
            rect(300.0, 0.0, 1000.0, 60.0),
            rect(0.0, 380.0, 280.0, 420.0),
        ];
        let plain = Viewport::fit_clear_of(height, &points, ROOM, &[]).unwrap();
        assert!(
            !clear_of(&plain, &points, &covered),
            "the plain fit puts one under"
        );
        let fitted = Viewport::fit_clear_of(height, &points, ROOM, &covered).unwrap();
        assert!(clear_of(&fitted, &points, &covered));
        for p in points {
            let q = fitted.to_view(p);
            assert!(
                (0.0..=VIEW_WIDTH).contains(&q.x) && (0.0..=height).contains(&q.y),
                "{q:?}"
            );
        }
        // Nothing covered where the points are: the same as the plain fit.
        let elsewhere = [rect(0.0, 0.0, 100.0, 40.0)];
        let same = Viewport::fit_clear_of(height, &points[1..], ROOM, &elsewhere).unwrap();
        assert_eq!(
            same,
            Viewport::fit_clear_of(height, &points[1..], ROOM, &[]).unwrap()
        );
    }

    #[test]
    fn a_sheet_over_the_lower_part_leaves_the_points_above_it() {
        let points = [project(7.75, 48.57), project(116.4, 39.9)];
        let sheet = [rect(0.0, 250.0, VIEW_WIDTH, 500.0)];
        let fitted = Viewport::fit_clear_of(500.0, &points, ROOM, &sheet).unwrap();
        for p in points {
            assert!(fitted.to_view(p).y < 250.0 - ROOM.margin);
        }
        assert_eq!(Viewport::fit_clear_of(500.0, &[], ROOM, &sheet), None);
    }
}
