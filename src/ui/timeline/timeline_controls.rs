//! Zoom in, zoom out, fit, and clearing the date window.

use leptos::prelude::*;

use crate::domain::filter::TimeWindow;
use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_view::TimelineView;
use crate::ui::url::{HistoryEntry, ViewStore};

/// How much one press of + or − zooms.
pub const ZOOM_STEP: f64 = 2.0;

pub fn zoom_middle(timeline: TimelineView, factor: f64) {
    let scale = timeline.scale.get_untracked();
    timeline.move_to(scale.zoom_at(scale.width / 2.0, factor));
}

#[component]
pub fn TimelineControls() -> impl IntoView {
    let timeline = expect_context::<TimelineView>();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let has_window = move || store.state().with(|s| !s.filters.window.is_open());
    view! {
        <div class="map-controls" role="toolbar" aria-label=language.t(Key::TimelineControls)>
            <button class="button button--quiet map-controls__zoom" aria-label=language.t(Key::ZoomTimelineIn) on:click=move |_| zoom_middle(timeline, ZOOM_STEP)>
                "+"
            </button>
            <button class="button button--quiet map-controls__zoom" aria-label=language.t(Key::ZoomTimelineOut) on:click=move |_| zoom_middle(timeline, 1.0 / ZOOM_STEP)>
                "−"
            </button>
            <button class="button button--quiet" on:click=move |_| timeline.fit()>
                {language.t(Key::Fit)}
            </button>
            <button
                class="button button--quiet"
                hidden=move || !has_window()
                on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.window = TimeWindow::default())
            >
                {language.t(Key::ClearDates)}
            </button>
        </div>
    }
}
