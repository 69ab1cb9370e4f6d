//! The timeline region: its controls and the chart.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_chart::TimelineChart;
use crate::ui::timeline::timeline_controls::TimelineControls;
use crate::ui::timeline::timeline_view::TimelineView;

#[component]
pub fn TimelineRegion() -> impl IntoView {
    provide_context(TimelineView::new());
    let language = expect_context::<Language>();
    view! {
        <section class="region region--timeline" aria-labelledby="timeline-title">
            <div class="map-region__bar">
                <h2 class="region__title" id="timeline-title">{language.t(Key::TimelineTitle)}</h2>
                <TimelineControls />
            </div>
            <TimelineChart />
            <p class="timeline__legend">
                <span class="legend legend--point">{language.t(Key::LegendDay)}</span>
                <span class="legend legend--bar">{language.t(Key::LegendDays)}</span>
                <span class="legend legend--span">{language.t(Key::LegendUncertain)}</span>
                " · " {language.t(Key::LegendBrush)}
            </p>
        </section>
    }
}
