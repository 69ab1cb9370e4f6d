//! The timeline region: its one-line toolbar (zoom, fit, true scale, clear dates, play, the
//! legend behind "?") and the chart.

use leptos::prelude::*;

use crate::domain::filter::TimeWindow;
use crate::domain::i18n::Key;
use crate::domain::publish::picture::PictureRegion;
use crate::ui::hooks::zoom_by;
use crate::ui::i18n::Language;
use crate::ui::picture::PictureMenu;
use crate::ui::state::AtlasState;
use crate::ui::timeline::play_controls::PlayControls;
use crate::ui::timeline::timeline_chart::TimelineChart;
use crate::ui::timeline::timeline_legend::TimelineLegend;
use crate::ui::timeline::timeline_state::TimelineState;
use crate::ui::url::{HistoryEntry, ViewStore};
use crate::ui::widgets::{RegionBar, ZoomControls};

#[component]
pub fn TimelineRegion() -> impl IntoView {
    let timeline = TimelineState::provide(&AtlasState::expect());
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let has_window = move || store.state().with(|s| !s.filters.window.is_unbounded());
    let true_scale = move || store.state().with(|s| s.true_scale);
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
                        aria-pressed=move || true_scale().to_string()
                        title=language.t(Key::TrueScaleHint)
                        on:click=move |_| store.change(HistoryEntry::Step, |s| s.true_scale = !s.true_scale)
                    >
                        {language.t(Key::TrueScale)}
                    </button>
                    // Always there, so nothing moves when a window is chosen or played.
                    <button
                        class="button button--quiet"
                        prop:disabled=move || !has_window()
                        on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.window = TimeWindow::default())
                    >
                        {language.t(Key::ClearDates)}
                    </button>
                </ZoomControls>
                <PlayControls />
                <TimelineLegend />
                <PictureMenu region=PictureRegion::Timeline />
            </RegionBar>
            <TimelineChart />
        </section>
    }
}
