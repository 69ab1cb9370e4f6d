//! The visible stretch of time and how it maps onto a width in pixels.

use crate::domain::camera::Camera;
use crate::domain::plane::Point;

/// Shows no less than this many days across the timeline (zoomed fully in).
pub const MIN_SPAN_DAYS: f64 = 7.0;
/// Shows no more than this many days (a century).
pub const MAX_SPAN_DAYS: f64 = 36_525.0;

/// Days `start..end` (fractional day numbers) drawn across `width` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub start: f64,
    pub end: f64,
    pub width: f64,
}

impl TimeScale {
    /// A scale showing `first..=last` (whole days) with a margin of `margin` of the span on
    /// each side, and at least [`MIN_SPAN_DAYS`].
    pub fn fit(first: i64, last: i64, width: f64, margin: f64) -> TimeScale {
        let (first, last) = (first as f64, last as f64 + 1.0);
        let span = (last - first).max(MIN_SPAN_DAYS);
        let middle = (first + last) / 2.0;
        let half = span * (1.0 + 2.0 * margin) / 2.0;
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

    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) / self.span() * self.width
    }

    pub fn day(&self, x: f64) -> f64 {
        self.start + x / self.width * self.span()
    }

    pub fn pixels_per_day(&self) -> f64 {
        self.width / self.span()
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under `x` where it is.
    pub fn zoom_at(&self, x: f64, factor: f64) -> TimeScale {
        let anchor = self.day(x);
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let start = anchor - x / self.width * span;
        TimeScale {
            start,
            end: start + span,
            width: self.width,
        }
    }

    /// Moves by `dx` pixels (dragging right shows earlier times).
    pub fn pan(&self, dx: f64) -> TimeScale {
        let days = dx / self.pixels_per_day();
        TimeScale {
            start: self.start - days,
            end: self.end - days,
            width: self.width,
        }
    }

    /// The same days across a new width.
    pub fn with_width(&self, width: f64) -> TimeScale {
        TimeScale { width, ..*self }
    }

    /// Whether the day range `first..=last` is (partly) in view.
    pub fn shows(&self, first: i64, last: i64) -> bool {
        (last as f64 + 1.0) > self.start && (first as f64) < self.end
    }

    /// The scale moved so `day` is in the middle, same zoom.
    pub fn centred_on(&self, day: f64) -> TimeScale {
        let half = self.span() / 2.0;
        TimeScale {
            start: day - half,
            end: day + half,
            width: self.width,
        }
    }

    fn clamped_span(self) -> TimeScale {
        let span = self.span().clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
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
    use crate::domain::date::day_number;

    #[test]
    fn fit_shows_the_whole_range_with_margins() {
        let (first, last) = (day_number(2019, 9, 1), day_number(2024, 6, 30));
        let scale = TimeScale::fit(first, last, 1000.0, 0.02);
        assert!(scale.x(first as f64) > 0.0 && scale.x(last as f64 + 1.0) < 1000.0);
        let one_day = TimeScale::fit(first, first, 1000.0, 0.0);
        assert!((one_day.span() - MIN_SPAN_DAYS).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer_and_respects_limits() {
        let scale = TimeScale {
            start: 0.0,
            end: 3650.0,
            width: 1000.0,
        };
        let zoomed = scale.zoom_at(250.0, 4.0);
        assert!((zoomed.day(250.0) - scale.day(250.0)).abs() < 1e-6);
        assert!((zoomed.span() - 912.5).abs() < 1e-6);
        assert_eq!(scale.zoom_at(0.0, 1e9).span(), MIN_SPAN_DAYS);
        assert_eq!(scale.zoom_at(0.0, 1e-9).span(), MAX_SPAN_DAYS);
    }

    #[test]
    fn pan_moves_by_pixels() {
        let scale = TimeScale {
            start: 0.0,
            end: 1000.0,
            width: 500.0,
        };
        assert_eq!(scale.pan(50.0).start, -100.0);
        assert!(scale.shows(-5, 3) && !scale.shows(1000, 1200));
    }
}
