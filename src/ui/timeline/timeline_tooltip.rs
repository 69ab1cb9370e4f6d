//! The tooltip of the hovered or keyboard-reached event: date with its precision, title, place.

use leptos::prelude::*;

use crate::app::AtlasDataset;
use crate::ui::i18n::Language;
use crate::ui::list::event_list::place_label;
use crate::ui::shown_text::shown_text;
use crate::ui::timeline::timeline_view::{TimelineLayout, TimelineView};

/// Height of the time axis strip, in pixels.
pub const AXIS_HEIGHT: f64 = 30.0;
/// Height of one row of marks, in pixels.
pub const ROW_HEIGHT: f64 = 18.0;

#[component]
pub fn TimelineTooltip() -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let timeline = expect_context::<TimelineView>();
    let language = expect_context::<Language>();
    move || {
        let locale = language.get();
        let cursor = if timeline.focused.get() {
            timeline.cursor.get()
        } else {
            None
        };
        let event = timeline.hovered.get().or(cursor)?;
        let placed = timeline.layout.with(|l| match l {
            TimelineLayout::Marks(marks) => marks.iter().find(|m| m.event == event).copied(),
            TimelineLayout::Bins(_) => None,
        })?;
        let width = timeline.scale.with(|s| s.width);
        let record = &dataset.events()[event];
        let x = ((placed.x0 + placed.x1) / 2.0).clamp(80.0, (width - 80.0).max(80.0));
        let y = AXIS_HEIGHT + (placed.row as f64 + 1.0) * ROW_HEIGHT + 6.0;
        Some(view! {
            <div class="timeline-tooltip" style:left=format!("{x:.0}px") style:top=format!("{y:.0}px") role="tooltip">
                <p class="timeline-tooltip__date">{record.span.label(locale)}</p>
                <p class="timeline-tooltip__title">{shown_text(locale.pick(&record.title), locale)}</p>
                <p class="timeline-tooltip__place">{place_label(record, locale)}</p>
            </div>
        })
    }
}
