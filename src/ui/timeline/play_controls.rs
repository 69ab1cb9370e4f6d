//! Play, pause, next period and speed: a date window of one year, quarter or month steps across
//! the filtered events, and the map and list show only that window's events as it goes. The
//! window is written to the URL like a brushed one (one history step per play, not per period).

use gloo::timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::domain::date::DayRange;
use crate::domain::i18n::Key;
use crate::domain::time::play::{next_window, PlayStep};
use crate::ui::i18n::Language;
use crate::ui::timeline::timeline_state::TimelineState;
use crate::ui::url::{Burst, HistoryEntry, ViewStore};

/// Milliseconds a period stays on screen at normal speed.
const PERIOD_MS: u32 = 1600;
/// The speeds offered, as multiples of normal.
const SPEEDS: [(f64, &str); 3] = [(0.5, "0.5×"), (1.0, "1×"), (2.0, "2×")];

#[component]
pub fn PlayControls() -> impl IntoView {
    let timeline = TimelineState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let speed = RwSignal::new(1.0_f64);
    let ticking: StoredValue<Option<SendWrapper<Interval>>> = StoredValue::new(None);
    let playing = RwSignal::new(false);

    // The timeline's span, and the period that suits it.
    let span = Memo::new(move |_| {
        let DayRange { first, last } = timeline.span.get()?;
        Some((first, last, PlayStep::for_span(last - first)))
    });
    // One step: the next period, or the end of the play. Returns whether there was one.
    let step = move |entry: HistoryEntry| {
        let Some((first, last, period)) = span.get_untracked() else {
            return false;
        };
        let current = store.state().with_untracked(|s| s.filters.window);
        let current = (!current.is_unbounded()).then_some(current);
        match next_window(current, first, last, period) {
            Some(window) => {
                store.change(entry, |s| s.filters.window = window);
                true
            }
            None => false,
        }
    };
    let stop = move || {
        ticking.set_value(None);
        playing.set(false);
    };
    // Steps every period at the chosen speed (replacing any earlier timer).
    let tick = move || {
        let period_ms = (f64::from(PERIOD_MS) / speed.get_untracked()) as u32;
        let interval = Interval::new(period_ms, move || {
            if !step(HistoryEntry::Burst(Burst::Playing)) {
                stop();
            }
        });
        ticking.set_value(Some(SendWrapper::new(interval)));
    };
    // The whole play is one burst: its first period makes a history step, the rest update it.
    let start = move || {
        if step(HistoryEntry::Burst(Burst::Playing)) {
            tick();
            playing.set(true);
        }
    };
    on_cleanup(move || ticking.set_value(None));

    let period_name = move || {
        let key = match span.get().map(|s| s.2) {
            Some(PlayStep::Year) | None => Key::PeriodYear,
            Some(PlayStep::Quarter) => Key::PeriodQuarter,
            Some(PlayStep::Month) => Key::PeriodMonth,
        };
        let locale = language.get();
        locale.fill(Key::PlayHint, &[("period", locale.text(key))])
    };
    view! {
        <div class="play-controls" role="group" aria-label=period_name>
            <button
                class="button play-controls__play"
                aria-pressed=move || playing.get().to_string()
                on:click=move |_| if playing.get_untracked() { stop() } else { start() }
            >
                // Both words in one cell, the other one hidden: the button is as wide as the
                // longer of them in every language, so nothing beside it moves on a press.
                <span class="play-controls__word" class:play-controls__word--off=playing>
                    {move || language.get().text(Key::Play)}
                </span>
                <span class="play-controls__word" class:play-controls__word--off=move || !playing.get()>
                    {move || language.get().text(Key::Pause)}
                </span>
            </button>
            <button
                class="button button--quiet play-controls__next"
                aria-label=language.t(Key::PlayNext)
                title=language.t(Key::PlayNext)
                on:click=move |_| {
                    stop();
                    step(HistoryEntry::Step);
                }
            >
                // Drawn, not a character: not every system font has "⏭".
                <svg class="play-controls__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M2 3l6.5 5L2 13zM8 3l6.5 5L8 13z" />
                    <rect x="13.5" y="3" width="1.5" height="10" />
                </svg>
            </button>
            <select
                class="play-controls__speed"
                aria-label=language.t(Key::PlaySpeed)
                on:change=move |ev| {
                    if let Ok(value) = event_target_value(&ev).parse::<f64>() {
                        speed.set(value);
                        if playing.get_untracked() {
                            tick();
                        }
                    }
                }
            >
                {SPEEDS
                    .iter()
                    .map(|(value, label)| view! { <option value=value.to_string() selected=*value == 1.0>{*label}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
