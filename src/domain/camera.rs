//! Pan and zoom, once for the map, the timeline and the network: what a camera can do
//! ([`Camera`]; each camera implements it beside its type), whether the person moved it
//! ([`Movable`]), and a pure reducer ([`PanZoom`]) that turns pointer, wheel and key input
//! into a camera change. The UI hook `use_pan_zoom` feeds it browser events; nothing here
//! knows of the browser, so every gesture is tested natively.
//!
//! Coordinates are a camera's own units ("camera units": view units on the map, pixels on
//! the timeline and the network); the caller converts pointer positions before they come in.

use crate::domain::plane::Point;

/// How much one press of + or − (a button or a key) zooms.
pub const ZOOM_STEP: f64 = 1.6;
/// A pointer that moves less than this many CSS pixels is a click, not a drag.
pub const DRAG_THRESHOLD_PX: f64 = 4.0;
/// Zoom per wheel pixel and per wheel line (Firefox reports lines): one notch is about 1.2×.
const WHEEL_ZOOM_PER_PIXEL: f64 = 0.0018;
const WHEEL_ZOOM_PER_LINE: f64 = 0.06;
/// CSS pixels per wheel line, for sideways scrolling by lines.
const PIXELS_PER_LINE: f64 = 20.0;
/// How far one arrow-key press pans, as a share of the view's width.
const KEY_PAN_SHARE: f64 = 0.08;

/// A view that can be panned and zoomed.
pub trait Camera: Copy + PartialEq {
    /// Moved by `dx`, `dy` camera units (dragging right shows what was to the left).
    fn panned(&self, dx: f64, dy: f64) -> Self;
    /// Zoomed by `factor` (> 1 zooms in), keeping what is under `anchor` in place.
    fn zoomed_at(&self, anchor: Point, factor: f64) -> Self;
    /// The middle of the drawn area, where buttons and keys zoom.
    fn middle(&self) -> Point;
    /// The drawn width, in camera units.
    fn width(&self) -> f64;
    /// Zoomed by `factor` around the middle (the + and − buttons and keys).
    fn zoomed_in_middle(&self, factor: f64) -> Self {
        self.zoomed_at(self.middle(), factor)
    }
    /// How far apart two fingers are, for pinching (a timeline follows only their x).
    fn spread(a: Point, b: Point) -> f64 {
        (a.x - b.x).hypot(a.y - b.y)
    }
}

/// A camera the person can move, and whether they have: once moved, new content (a filter,
/// a resize) no longer refits it, until the person asks for a fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Movable<C> {
    pub camera: C,
    pub moved: bool,
}

impl<C: Camera> Movable<C> {
    /// A camera the person has not moved.
    pub fn new(camera: C) -> Movable<C> {
        Movable {
            camera,
            moved: false,
        }
    }

    /// A pan or zoom by the person.
    pub fn move_to(&mut self, camera: C) {
        self.camera = camera;
        self.moved = true;
    }

    /// Shows `camera` and forgets that the person moved the view (a fit they asked for).
    pub fn reset_to(&mut self, camera: C) {
        *self = Movable::new(camera);
    }

    /// Shows `fitted` unless the person moved the view; whether the camera changed.
    pub fn refit(&mut self, fitted: C) -> bool {
        let changed = !self.moved && self.camera != fitted;
        if changed {
            self.camera = fitted;
        }
        changed
    }
}

/// How a wheel reports its movement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelUnit {
    Pixel,
    Line,
}

/// One piece of input to a pan-and-zoom view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input<'a> {
    /// A pointer went down at `at`. `units_per_pixel` converts CSS pixels to camera units.
    Down {
        id: i32,
        at: Point,
        units_per_pixel: f64,
    },
    Move {
        id: i32,
        at: Point,
    },
    /// A pointer went up or was cancelled.
    Up {
        id: i32,
    },
    /// The wheel turned over `at`, by `dx`, `dy` in `unit`s.
    Wheel {
        at: Point,
        dx: f64,
        dy: f64,
        unit: WheelUnit,
        units_per_pixel: f64,
    },
    /// A key was pressed (`KeyboardEvent.key`). Arrow keys pan only where `arrows_pan`.
    Key {
        key: &'a str,
        arrows_pan: bool,
    },
}

/// What an input does to the camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change<C> {
    /// Nothing (the input is not a gesture, or not yet past the drag threshold).
    None,
    /// The person moved the view to this camera.
    MoveTo(C),
    /// Fit the view to its content (the `0` key).
    Fit,
}

/// The pointers held down on a view and whether they have dragged: the reducer's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PanZoom {
    pointers: Vec<Held>,
    dragged: bool,
    threshold: f64,
}

/// A pointer held down: where it went down, and where the camera last followed it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Held {
    id: i32,
    down: Point,
    last: Point,
}

impl PanZoom {
    /// Whether the pointers down now (or the last ones, until the next press) moved past the
    /// drag threshold: a click that ends a drag is not a click on what lies under it.
    pub fn dragged(&self) -> bool {
        self.dragged
    }

    /// Whether any pointer is held down.
    pub fn is_active(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// Feeds one input; returns what it does to `camera`.
    pub fn apply<C: Camera>(&mut self, input: Input<'_>, camera: C) -> Change<C> {
        match input {
            Input::Down {
                id,
                at,
                units_per_pixel,
            } => {
                if self.pointers.is_empty() {
                    self.dragged = false;
                }
                self.threshold = DRAG_THRESHOLD_PX * units_per_pixel;
                self.pointers.retain(|p| p.id != id);
                self.pointers.push(Held {
                    id,
                    down: at,
                    last: at,
                });
                Change::None
            }
            Input::Move { id, at } => self.pointer_moved(id, at, camera),
            Input::Up { id } => {
                self.pointers.retain(|p| p.id != id);
                // The finger left behind continues from where it is, not from where it was.
                if let Some(rest) = self.pointers.first_mut() {
                    rest.down = rest.last;
                }
                Change::None
            }
            Input::Wheel {
                at,
                dx,
                dy,
                unit,
                units_per_pixel,
            } => {
                let (per_unit, pixels) = match unit {
                    WheelUnit::Pixel => (WHEEL_ZOOM_PER_PIXEL, 1.0),
                    WheelUnit::Line => (WHEEL_ZOOM_PER_LINE, PIXELS_PER_LINE),
                };
                if dx.abs() > dy.abs() {
                    Change::MoveTo(camera.panned(-dx * pixels * units_per_pixel, 0.0))
                } else {
                    Change::MoveTo(camera.zoomed_at(at, (-dy * per_unit).exp()))
                }
            }
            Input::Key { key, arrows_pan } => {
                let step = KEY_PAN_SHARE * camera.width();
                match key {
                    "ArrowLeft" if arrows_pan => Change::MoveTo(camera.panned(step, 0.0)),
                    "ArrowRight" if arrows_pan => Change::MoveTo(camera.panned(-step, 0.0)),
                    "ArrowUp" if arrows_pan => Change::MoveTo(camera.panned(0.0, step)),
                    "ArrowDown" if arrows_pan => Change::MoveTo(camera.panned(0.0, -step)),
                    "+" | "=" => Change::MoveTo(camera.zoomed_in_middle(ZOOM_STEP)),
                    "-" | "_" => Change::MoveTo(camera.zoomed_in_middle(1.0 / ZOOM_STEP)),
                    "0" => Change::Fit,
                    _ => Change::None,
                }
            }
        }
    }

    fn pointer_moved<C: Camera>(&mut self, id: i32, at: Point, camera: C) -> Change<C> {
        let Some(slot) = self.pointers.iter().position(|p| p.id == id) else {
            return Change::None;
        };
        let before: Vec<Held> = self.pointers.clone();
        let held = &mut self.pointers[slot];
        if !self.dragged {
            let distance = (at.x - held.down.x).hypot(at.y - held.down.y);
            if distance <= self.threshold && before.len() < 2 {
                // Not a drag yet: the camera waits, so no movement is lost once it starts.
                return Change::None;
            }
            self.dragged = true;
        }
        held.last = at;
        match (before.as_slice(), self.pointers.as_slice()) {
            ([a], [b]) => Change::MoveTo(camera.panned(b.last.x - a.last.x, b.last.y - a.last.y)),
            ([a0, a1, ..], [b0, b1, ..]) => {
                // Pinch: zoom by the change in finger distance around their old midpoint,
                // then follow the midpoint.
                let mid = |p: Point, q: Point| Point {
                    x: (p.x + q.x) / 2.0,
                    y: (p.y + q.y) / 2.0,
                };
                let (mid_a, mid_b) = (mid(a0.last, a1.last), mid(b0.last, b1.last));
                let factor = C::spread(b0.last, b1.last) / C::spread(a0.last, a1.last).max(1.0);
                Change::MoveTo(
                    camera
                        .zoomed_at(mid_a, factor)
                        .panned(mid_b.x - mid_a.x, mid_b.y - mid_a.y),
                )
            }
            _ => Change::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::viewport::{Viewport, VIEW_WIDTH};
    use crate::domain::time::scale::TimeScale;

    fn at(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn down(id: i32, x: f64, y: f64) -> Input<'static> {
        Input::Down {
            id,
            at: at(x, y),
            units_per_pixel: 1.0,
        }
    }

    fn moved<C: Camera + std::fmt::Debug>(change: Change<C>) -> C {
        match change {
            Change::MoveTo(c) => c,
            other => panic!("expected a move, got {other:?}"),
        }
    }

    fn scale() -> TimeScale {
        TimeScale {
            start: 0.0,
            end: 1000.0,
            width: 1000.0,
        }
    }

    #[test]
    fn a_moved_camera_is_refitted_only_after_a_fit_is_asked_for() {
        let world = Viewport::world();
        let mut map = Movable::new(world);
        let fitted = world.zoomed_in_middle(2.0);
        assert!(map.refit(fitted), "an unmoved camera follows its content");
        assert!(!map.refit(fitted), "no change, nothing to redraw");
        map.move_to(world);
        assert!(
            !map.refit(fitted) && map.camera == world,
            "the person's view stays"
        );
        map.reset_to(fitted);
        assert!(!map.moved);
        assert!(map.refit(world));
    }

    #[test]
    fn a_short_press_is_a_click_and_moves_nothing() {
        let mut gestures = PanZoom::default();
        let camera = Viewport::world();
        gestures.apply(down(1, 100.0, 100.0), camera);
        let change = gestures.apply(
            Input::Move {
                id: 1,
                at: at(102.0, 101.0),
            },
            camera,
        );
        assert_eq!(change, Change::None);
        gestures.apply(Input::Up { id: 1 }, camera);
        assert!(!gestures.dragged());
    }

    #[test]
    fn a_drag_pans_by_the_whole_distance_once_past_the_threshold() {
        let mut gestures = PanZoom::default();
        let camera = Viewport::world();
        gestures.apply(down(1, 100.0, 100.0), camera);
        gestures.apply(
            Input::Move {
                id: 1,
                at: at(103.0, 100.0),
            },
            camera,
        );
        let after = moved(gestures.apply(
            Input::Move {
                id: 1,
                at: at(130.0, 110.0),
            },
            camera,
        ));
        assert_eq!(after, camera.pan(30.0, 10.0), "no movement is lost");
        assert!(gestures.dragged());
        // A pointer the reducer never saw go down moves nothing.
        let stray = gestures.apply(
            Input::Move {
                id: 9,
                at: at(0.0, 0.0),
            },
            after,
        );
        assert_eq!(stray, Change::None);
    }

    #[test]
    fn a_drag_follows_each_move_from_the_last() {
        let mut gestures = PanZoom::default();
        let mut camera = scale();
        gestures.apply(down(1, 500.0, 50.0), camera);
        for x in [520.0, 540.0, 600.0] {
            camera = moved(gestures.apply(
                Input::Move {
                    id: 1,
                    at: at(x, 50.0),
                },
                camera,
            ));
        }
        assert!((camera.start - -100.0).abs() < 1e-9, "{camera:?}");
    }

    #[test]
    fn a_pinch_keeps_the_day_under_the_midpoint_and_zooms_by_the_spread() {
        let mut gestures = PanZoom::default();
        let camera = scale();
        gestures.apply(down(1, 400.0, 50.0), camera);
        gestures.apply(down(2, 600.0, 50.0), camera);
        let unit_under_middle = camera.unit(500.0);
        // Fingers twice as far apart around the same middle; vertical movement is ignored.
        let half = moved(gestures.apply(
            Input::Move {
                id: 1,
                at: at(300.0, 80.0),
            },
            camera,
        ));
        let after = moved(gestures.apply(
            Input::Move {
                id: 2,
                at: at(700.0, 10.0),
            },
            half,
        ));
        assert!((after.span() - 500.0).abs() < 1e-6, "{after:?}");
        assert!((after.unit(500.0) - unit_under_middle).abs() < 1e-6);
    }

    #[test]
    fn the_finger_left_after_a_pinch_pans_without_a_jump() {
        let mut gestures = PanZoom::default();
        let camera = Viewport::world();
        gestures.apply(down(1, 100.0, 100.0), camera);
        gestures.apply(down(2, 200.0, 100.0), camera);
        gestures.apply(
            Input::Move {
                id: 2,
                at: at(250.0, 100.0),
            },
            camera,
        );
        gestures.apply(Input::Up { id: 2 }, camera);
        let after = moved(gestures.apply(
            Input::Move {
                id: 1,
                at: at(110.0, 100.0),
            },
            camera,
        ));
        assert_eq!(after, camera.pan(10.0, 0.0));
    }

    #[test]
    fn the_wheel_zooms_around_the_pointer_and_pans_sideways() {
        let mut gestures = PanZoom::default();
        let camera = Viewport::world();
        let pointer = at(700.0, 200.0);
        let wheel = |dx, dy, unit| Input::Wheel {
            at: pointer,
            dx,
            dy,
            unit,
            units_per_pixel: 2.0,
        };
        let zoomed = moved(gestures.apply(wheel(0.0, -100.0, WheelUnit::Pixel), camera));
        assert!(zoomed.zoom > camera.zoom);
        let world = camera.to_world(pointer);
        let back = zoomed.to_view(world);
        assert!((back.x - pointer.x).abs() < 1e-6 && (back.y - pointer.y).abs() < 1e-6);
        let by_lines = moved(gestures.apply(wheel(0.0, -3.0, WheelUnit::Line), camera));
        let by_pixels = moved(gestures.apply(wheel(0.0, -100.0, WheelUnit::Pixel), camera));
        assert!(
            (by_lines.zoom / by_pixels.zoom - 1.0).abs() < 0.01,
            "3 lines ≈ 100 px"
        );
        let sideways = moved(gestures.apply(wheel(10.0, 1.0, WheelUnit::Pixel), camera));
        assert_eq!(
            sideways,
            camera.pan(-20.0, 0.0),
            "pixels converted to camera units"
        );
    }

    #[test]
    fn keys_zoom_fit_and_pan_only_where_arrows_pan() {
        let mut gestures = PanZoom::default();
        let camera = scale();
        let key = |key, arrows_pan| Input::Key { key, arrows_pan };
        let zoomed = moved(gestures.apply(key("+", false), camera));
        assert!((zoomed.span() - 1000.0 / ZOOM_STEP).abs() < 1e-9);
        assert_eq!(
            moved(gestures.apply(key("-", false), zoomed)).span(),
            1000.0
        );
        assert_eq!(gestures.apply(key("0", false), camera), Change::Fit);
        assert_eq!(
            gestures.apply(key("ArrowLeft", false), camera),
            Change::None
        );
        assert_eq!(gestures.apply(key("x", true), camera), Change::None);
        let map = Viewport::world();
        let left = moved(gestures.apply(key("ArrowLeft", true), map));
        assert_eq!(left, map.pan(KEY_PAN_SHARE * VIEW_WIDTH, 0.0));
        let zoomed_map = moved(gestures.apply(key("=", true), map));
        assert_eq!(zoomed_map, map.zoom_at(map.middle(), ZOOM_STEP));
    }
}
