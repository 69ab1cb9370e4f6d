//! Which rows of a long list are rendered: past [`WINDOW_FROM`] events only those in the
//! viewport (and a few around), with padding standing in for the rest so the scrollbar
//! matches the whole list. The viewport and a row are measured only when the list becomes
//! windowed or the window is resized: measuring forces a layout.

use std::ops::Range;

use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::filter::FilterResult;
use crate::domain::virtual_list::visible_rows;

/// Longer lists render only the rows in view.
const WINDOW_FROM: usize = 300;
/// Rows rendered above and below the viewport.
const OVERSCAN: usize = 8;

#[derive(Clone, Copy)]
pub struct ListWindow {
    /// The rows rendered (positions in the list as shown), computed once per change for the
    /// rows, their numbers and the padding.
    pub range: Memo<Range<usize>>,
    /// Whether only part of the list is rendered.
    pub windowed: Signal<bool>,
    scroll_top: RwSignal<f64>,
    row_height: RwSignal<f64>,
    count: Signal<usize>,
    viewport: NodeRef<Div>,
}

impl ListWindow {
    /// CSS padding standing in for the rows above (`above`) or below the rendered ones.
    pub fn padding(&self, above: bool) -> String {
        let range = self.range.get();
        let rows = if above {
            range.start
        } else {
            self.count.get() - range.end
        };
        format!("{:.0}px", rows as f64 * self.row_height.get())
    }

    /// The viewport was scrolled.
    pub fn scrolled(&self) {
        if let Some(element) = self.viewport.get_untracked() {
            self.scroll_top.set(element.scroll_top() as f64);
        }
    }
}

/// Windows the list of `filtered` events shown in `viewport`; a new filter scrolls it back to
/// the top.
pub fn use_list_window(viewport: NodeRef<Div>, filtered: Memo<FilterResult>) -> ListWindow {
    let scroll_top = RwSignal::new(0.0);
    let viewport_height = RwSignal::new(600.0);
    let row_height = RwSignal::new(76.0);
    let count = Signal::derive(move || filtered.with(|s| s.events.len()));
    let windowed = Signal::derive(move || count.get() > WINDOW_FROM);
    let measure = move || {
        if let Some(element) = viewport.get_untracked() {
            viewport_height.set(element.client_height() as f64);
            if let Some(row) = element.query_selector(".event-row").ok().flatten() {
                let height = row.get_bounding_client_rect().height();
                if height > 0.0 {
                    row_height.set(height);
                }
            }
        }
    };
    Effect::new(move |_| {
        filtered.track();
        // Setting scrollTop forces a layout, so only when the list is scrolled.
        if scroll_top.get_untracked() != 0.0 {
            if let Some(element) = viewport.get_untracked() {
                element.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    let windowing = Memo::new(move |_| windowed.get());
    Effect::new(move |_| {
        if windowing.get() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let range = Memo::new(move |_| {
        if windowed.get() {
            visible_rows(
                scroll_top.get(),
                viewport_height.get(),
                row_height.get(),
                count.get(),
                OVERSCAN,
            )
        } else {
            0..count.get()
        }
    });
    ListWindow {
        range,
        windowed,
        scroll_top,
        row_height,
        count,
        viewport,
    }
}
