//! The timeline region: its toolbar, the chart and the legend.

use leptos::prelude::*;

use crate::domain::filter::TimeWindow;
use crate::domain::i18n::Key;
use crate::ui::hooks::zoom_by;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::timeline::play_controls::PlayControls;
use crate::ui::timeline::timeline_chart::TimelineChart;
use crate::ui::timeline::timeline_state::TimelineState;
use crate::ui::url::{HistoryEntry, ViewStore};
use crate::ui::widgets::{RegionBar, ZoomControls};

#[component]
pub fn TimelineRegion() -> impl IntoView {
    let timeline = TimelineState::provide(&AtlasState::expect());
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let has_window = move || store.state().with(|s| !s.filters.window.is_unbounded());
    view! {
        <section class="region region--timeline" data-region="timeline" aria-labelledby="timeline-title">
            <RegionBar title=Key::TimelineTitle title_id="timeline-title">
                <ZoomControls
                    label=Key::TimelineControls
                    zoom_in=Key::ZoomTimelineIn
                    zoom_out=Key::ZoomTimelineOut
                    fit=Key::Fit
                    on_zoom=Callback::new(move |factor| zoom_by(timeline.camera, factor))
                    on_fit=Callback::new(move |()| timeline.fit())
                >
                    <button
                        class="button button--quiet"
                        hidden=move || !has_window()
                        on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.window = TimeWindow::default())
                    >
                        {language.t(Key::ClearDates)}
                    </button>
                </ZoomControls>
                <PlayControls />
            </RegionBar>
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
