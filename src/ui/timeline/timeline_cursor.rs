//! The timeline's keyboard cursor: Left and Right step through the events in time (kept in
//! view), Enter opens the one reached, a screen reader hears its date and title, and while the
//! timeline has focus the event is highlighted everywhere. An event selected elsewhere becomes
//! the cursor.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::domain::filter::step_in_time;
use crate::domain::i18n::Key;
use crate::domain::present::{date_span, Pick};
use crate::ui::hooks::UsePanZoomReturn;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_state::TimelineState;

/// What the timeline binds for its cursor.
#[derive(Clone, Copy)]
pub struct TimelineCursor {
    /// Handles the timeline's keys; the keys that are no cursor's go to the gestures.
    pub on_key: Callback<KeyboardEvent>,
    /// What a screen reader hears when the cursor moves.
    pub announcement: Signal<Option<String>>,
}

/// Steps through the events around the date window; `select` opens an event (by position).
pub fn use_timeline_cursor(select: Callback<usize>, gestures: UsePanZoomReturn) -> TimelineCursor {
    let atlas = AtlasState::expect();
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    let selected_idx = atlas.selected_idx;
    Effect::new(move |_| {
        if let Some(position) = selected_idx.get() {
            timeline.reveal(position);
            timeline.cursor.set(Some(position));
        }
    });
    {
        let atlas = atlas.clone();
        Effect::new(move |was_focused: Option<bool>| {
            let focused = timeline.focused.get();
            match timeline.cursor.get() {
                Some(cursor) if focused => atlas.highlight(vec![cursor]),
                _ if was_focused == Some(true) => atlas.highlight(Vec::new()),
                _ => {}
            }
            focused
        });
    }
    let around_window = atlas.around_window;
    let on_key = Callback::new(move |ev: KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowRight" => true,
            "ArrowLeft" => false,
            "Enter" => {
                if let Some(position) = timeline.cursor.get_untracked() {
                    select.run(position);
                }
                return;
            }
            _ => {
                gestures.on_key.run(ev);
                return;
            }
        };
        ev.prevent_default();
        let next = around_window.with_untracked(|events| {
            step_in_time(events, timeline.cursor.get_untracked(), forward)
        });
        if let Some(position) = next {
            timeline.cursor.set(Some(position));
            timeline.reveal(position);
        }
    });
    let dataset = atlas.dataset;
    let announcement = Signal::derive(move || {
        timeline.cursor.get().map(|position| {
            let event = &dataset.events()[position];
            let locale = language.get();
            locale.fill(
                Key::TimelineCursor,
                &[
                    ("date", &date_span(&event.span, locale)),
                    ("title", locale.pick(&event.title).text),
                ],
            )
        })
    });
    TimelineCursor {
        on_key,
        announcement,
    }
}
