//! The timeline's camera: the visible stretch of the time axis and how it maps onto a width
//! in pixels.

use crate::domain::camera::Camera;
use crate::domain::plane::Point;

/// Zooming in stops at this share of the fitted span (a few days of a busy period)...
pub const MAX_ZOOM_IN: f64 = 2000.0;
/// ... and zooming out at this many times the fitted span.
pub const MAX_ZOOM_OUT: f64 = 4.0;

/// The timeline's camera: axis units `start..end` drawn across `width` pixels. Axis units are
/// the chart's pixels at the fitted zoom ([`crate::domain::time::axis`]), so the fitted view
/// is `0..width`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub start: f64,
    pub end: f64,
    pub width: f64,
}

impl TimeScale {
    /// The whole axis of a chart `width` pixels wide.
    pub fn fitted(width: f64) -> TimeScale {
        TimeScale {
            start: 0.0,
            end: width,
            width,
        }
    }

    /// A view of `first..end` (axis units) with a margin of `margin` of that span on each
    /// side, within the zoom limits.
    pub fn around(first: f64, end: f64, width: f64, margin: f64) -> TimeScale {
        let middle = (first + end) / 2.0;
        let half = (end - first) * (1.0 + 2.0 * margin) / 2.0;
        TimeScale {
            start: middle - half,
            end: middle + half,
            width,
        }
        .clamped_span()
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Where the axis unit `unit` is drawn, in pixels from the chart's left.
    pub fn x(&self, unit: f64) -> f64 {
        (unit - self.start) / self.span() * self.width
    }

    /// The axis unit drawn at `x` pixels.
    pub fn unit(&self, x: f64) -> f64 {
        self.start + x / self.width * self.span()
    }

    pub fn pixels_per_unit(&self) -> f64 {
        self.width / self.span()
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the unit under `x` where it is.
    pub fn zoom_at(&self, x: f64, factor: f64) -> TimeScale {
        let anchor = self.unit(x);
        let span = (self.span() / factor).clamp(self.min_span(), self.max_span());
        let start = anchor - x / self.width * span;
        TimeScale {
            start,
            end: start + span,
            width: self.width,
        }
    }

    /// Moves by `dx` pixels (dragging right shows earlier times).
    pub fn pan(&self, dx: f64) -> TimeScale {
        let units = dx / self.pixels_per_unit();
        TimeScale {
            start: self.start - units,
            end: self.end - units,
            width: self.width,
        }
    }

    /// Whether the units `first..end` are (partly) in view.
    pub fn shows(&self, first: f64, end: f64) -> bool {
        end > self.start && first < self.end
    }

    /// The scale moved so `unit` is in the middle, same zoom.
    pub fn centred_on(&self, unit: f64) -> TimeScale {
        let half = self.span() / 2.0;
        TimeScale {
            start: unit - half,
            end: unit + half,
            width: self.width,
        }
    }

    fn min_span(&self) -> f64 {
        self.width / MAX_ZOOM_IN
    }

    fn max_span(&self) -> f64 {
        self.width * MAX_ZOOM_OUT
    }

    fn clamped_span(self) -> TimeScale {
        let span = self.span().clamp(self.min_span(), self.max_span());
        let middle = (self.start + self.end) / 2.0;
        TimeScale {
            start: middle - span / 2.0,
            end: middle + span / 2.0,
            width: self.width,
        }
    }
}

impl Camera for TimeScale {
    fn panned(&self, dx: f64, _dy: f64) -> TimeScale {
        self.pan(dx)
    }
    fn zoomed_at(&self, anchor: Point, factor: f64) -> TimeScale {
        self.zoom_at(anchor.x, factor)
    }
    fn middle(&self) -> Point {
        Point {
            x: self.width / 2.0,
            y: 0.0,
        }
    }
    fn width(&self) -> f64 {
        self.width
    }
    fn spread(a: Point, b: Point) -> f64 {
        (a.x - b.x).abs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn around_shows_the_units_with_margins_within_the_limits() {
        let scale = TimeScale::around(100.0, 300.0, 1000.0, 0.1);
        assert_eq!((scale.start, scale.end), (80.0, 320.0));
        assert!(scale.x(100.0) > 0.0 && scale.x(300.0) < 1000.0);
        let tiny = TimeScale::around(100.0, 100.0, 1000.0, 0.0);
        assert!((tiny.span() - 1000.0 / MAX_ZOOM_IN).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_the_unit_under_the_pointer_and_respects_limits() {
        let scale = TimeScale::fitted(1000.0);
        let zoomed = scale.zoom_at(250.0, 4.0);
        assert!((zoomed.unit(250.0) - scale.unit(250.0)).abs() < 1e-6);
        assert!((zoomed.span() - 250.0).abs() < 1e-6);
        assert_eq!(scale.zoom_at(0.0, 1e9).span(), 1000.0 / MAX_ZOOM_IN);
        assert_eq!(scale.zoom_at(0.0, 1e-9).span(), 1000.0 * MAX_ZOOM_OUT);
    }

    #[test]
    fn pan_moves_by_pixels() {
        let scale = TimeScale {
            start: 0.0,
            end: 1000.0,
            width: 500.0,
        };
        assert_eq!(scale.pan(50.0).start, -100.0);
        assert!(scale.shows(-5.0, 3.0) && !scale.shows(1000.0, 1200.0));
    }
}
