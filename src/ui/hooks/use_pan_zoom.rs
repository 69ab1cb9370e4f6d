//! Drag, pinch, wheel and keys on a view, fed to the pure gesture reducer
//! ([`crate::domain::camera::PanZoom`]); used by the map and the timeline alike.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use crate::domain::camera::{Camera, Change, Input, PanZoom, WheelUnit};
use crate::domain::geo::projection::Point;
use crate::ui::element_geometry::{capture_pointer, pointer_in_element, target_within};

/// A camera the person can move, and whether they have: once moved, content changes (a new
/// filter) no longer refit it.
#[derive(Debug)]
pub struct Movable<C: Send + Sync + 'static> {
    pub camera: RwSignal<C>,
    pub moved: RwSignal<bool>,
}

impl<C: Send + Sync + 'static> Clone for Movable<C> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<C: Send + Sync + 'static> Copy for Movable<C> {}

impl<C: Camera + Send + Sync + 'static> Movable<C> {
    pub fn new(camera: C) -> Movable<C> {
        Movable {
            camera: RwSignal::new(camera),
            moved: RwSignal::new(false),
        }
    }

    /// A pan or zoom by the person.
    pub fn move_to(&self, camera: C) {
        self.camera.set(camera);
        self.moved.set(true);
    }

    /// A zoom around the middle (the + and − buttons).
    pub fn zoom_by(&self, factor: f64) {
        self.move_to(self.camera.get_untracked().zoomed_in_middle(factor));
    }

    /// Shows `camera` and forgets that the person moved the view.
    pub fn reset_to(&self, camera: C) {
        self.camera.set(camera);
        self.moved.set(false);
    }
}

/// How a view takes pointer input.
pub struct UsePanZoomOptions {
    /// A pointer's position in camera units, and camera units per CSS pixel.
    pub locate: fn(&MouseEvent) -> Option<(Point, f64)>,
    /// Whether the arrow keys pan (the timeline uses them to step through events instead).
    pub arrows_pan: bool,
    /// Pointer presses on elements matching this selector are theirs, not a drag's.
    pub leave_to: Option<&'static str>,
}

/// The handlers to bind on the view's element, and what the gesture is doing.
#[derive(Clone, Copy)]
pub struct UsePanZoomReturn {
    pub on_pointer_down: Callback<PointerEvent>,
    pub on_pointer_move: Callback<PointerEvent>,
    pub on_pointer_up: Callback<PointerEvent>,
    pub on_wheel: Callback<WheelEvent>,
    /// Handles a key; returns whether it was one of the view's.
    pub on_key: Callback<KeyboardEvent, bool>,
    gestures: StoredValue<PanZoom>,
}

impl UsePanZoomReturn {
    /// Whether the last press dragged (a click that ends a drag selects nothing).
    pub fn dragged(&self) -> bool {
        self.gestures.with_value(PanZoom::dragged)
    }
}

/// Pans and zooms `view` from pointer, wheel and key input; the `0` key calls `on_fit`.
pub fn use_pan_zoom<C: Camera + Send + Sync + 'static>(
    view: Movable<C>,
    on_fit: Callback<()>,
    options: UsePanZoomOptions,
) -> UsePanZoomReturn {
    let gestures = StoredValue::new(PanZoom::default());
    let UsePanZoomOptions {
        locate,
        arrows_pan,
        leave_to,
    } = options;
    let feed = move |input: Input<'_>| {
        let camera = view.camera.get_untracked();
        match gestures
            .try_update_value(|g| g.apply(input, camera))
            .unwrap_or(Change::None)
        {
            Change::MoveTo(camera) => {
                view.move_to(camera);
                true
            }
            Change::Fit => {
                on_fit.run(());
                true
            }
            Change::None => false,
        }
    };
    let on_pointer_down = Callback::new(move |ev: PointerEvent| {
        if leave_to.is_some_and(|selector| target_within(&ev, selector)) {
            return;
        }
        if let Some((at, units_per_pixel)) = locate(&ev) {
            capture_pointer(&ev);
            feed(Input::Down {
                id: ev.pointer_id(),
                at,
                units_per_pixel,
            });
        }
    });
    let on_pointer_move = Callback::new(move |ev: PointerEvent| {
        if !gestures.with_value(PanZoom::is_active) {
            return;
        }
        if let Some((at, _)) = locate(&ev) {
            feed(Input::Move {
                id: ev.pointer_id(),
                at,
            });
        }
    });
    let on_pointer_up = Callback::new(move |ev: PointerEvent| {
        feed(Input::Up {
            id: ev.pointer_id(),
        });
    });
    let on_wheel = Callback::new(move |ev: WheelEvent| {
        ev.prevent_default();
        if let Some((at, units_per_pixel)) = locate(&ev) {
            feed(Input::Wheel {
                at,
                dx: ev.delta_x(),
                dy: ev.delta_y(),
                unit: if ev.delta_mode() == 1 {
                    WheelUnit::Line
                } else {
                    WheelUnit::Pixel
                },
                units_per_pixel,
            });
        }
    });
    let on_key = Callback::new(move |ev: KeyboardEvent| {
        let handled = feed(Input::Key {
            key: &ev.key(),
            arrows_pan,
        });
        if handled {
            ev.prevent_default();
        }
        handled
    });
    UsePanZoomReturn {
        on_pointer_down,
        on_pointer_move,
        on_pointer_up,
        on_wheel,
        on_key,
        gestures,
    }
}

/// A pointer in CSS pixels from the element's top-left: the timeline's camera units.
pub fn locate_in_pixels(ev: &MouseEvent) -> Option<(Point, f64)> {
    pointer_in_element(ev).map(|p| (Point { x: p.x, y: p.y }, 1.0))
}
