//! The tooltip of the hovered or keyboard-reached event: date with its precision, title, place.

use leptos::prelude::*;

use crate::domain::present::{date_span, place, Pick};
use crate::ui::i18n::Language;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;
use crate::ui::timeline::timeline_state::{TimelineState, AXIS_HEIGHT};

#[component]
pub fn TimelineTooltip() -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let timeline = TimelineState::expect();
    let language = expect_context::<Language>();
    move || {
        let locale = language.get();
        let cursor = if timeline.focused.get() {
            timeline.cursor.get()
        } else {
            None
        };
        let event = timeline.hovered.get().or(cursor)?;
        let (placed, row_height) = timeline.layout.with(|l| l.mark_of(event))?;
        let width = timeline.size.with(|s| s.0);
        let record = &dataset.events()[event];
        let x = ((placed.x0 + placed.x1) / 2.0).clamp(80.0, (width - 80.0).max(80.0));
        let y = AXIS_HEIGHT + (placed.row as f64 + 1.0) * row_height + 6.0;
        Some(view! {
            <div class="timeline-tooltip" style:left=format!("{x:.0}px") style:top=format!("{y:.0}px") role="tooltip">
                <p class="timeline-tooltip__date">{date_span(&record.span, locale)}</p>
                <p class="timeline-tooltip__title">{shown_text(locale.pick(&record.title), locale)}</p>
                <p class="timeline-tooltip__place">{place(record, locale)}</p>
            </div>
        })
    }
}
