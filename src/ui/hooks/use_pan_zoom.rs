//! Drag, pinch, wheel and keys on a view, fed to the pure gesture reducer
//! ([`crate::domain::camera::PanZoom`]); used by the map, the timeline and the network alike.
//! Also the two ways a program moves a [`Movable`] camera held in a signal.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use crate::domain::camera::{Camera, Change, Input, Movable, PanZoom, WheelUnit};
use crate::domain::plane::Point;
use crate::ui::element_geometry::{capture_pointer, pointer_in_element, target_within};

/// Zooms `camera` around its middle by `factor` (the + and − buttons), as the person's move.
pub fn zoom_by<C: Camera + Send + Sync + 'static>(camera: RwSignal<Movable<C>>, factor: f64) {
    camera.update(|m| m.move_to(m.camera.zoomed_in_middle(factor)));
}

/// Shows `fitted` unless the person moved `camera` (new content, a new size); notifies only
/// when the camera changed.
pub fn refit_unless_moved<C: Camera + Send + Sync + 'static>(
    camera: RwSignal<Movable<C>>,
    fitted: C,
) {
    camera.maybe_update(|m| m.refit(fitted));
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

/// Pans and zooms `camera` from pointer, wheel and key input; the `0` key calls `on_fit`.
pub fn use_pan_zoom<C: Camera + Send + Sync + 'static>(
    camera: RwSignal<Movable<C>>,
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
        let shown = camera.with_untracked(|m| m.camera);
        match gestures
            .try_update_value(|g| g.apply(input, shown))
            .unwrap_or(Change::None)
        {
            Change::MoveTo(moved) => {
                camera.update(|m| m.move_to(moved));
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
