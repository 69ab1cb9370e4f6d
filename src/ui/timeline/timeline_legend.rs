//! "?" in the timeline's toolbar: what its marks mean (a dot for a day, a bar for several, a
//! hatched span for a date known only to its month or year), what a break in the axis is, and
//! how to choose a date window. Closed, it takes one button's room.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::ui::i18n::Language;

#[component]
pub fn TimelineLegend() -> impl IntoView {
    let language = expect_context::<Language>();
    let details: NodeRef<leptos::html::Details> = NodeRef::new();
    view! {
        <details
            class="timeline-legend"
            node_ref=details
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    if let Some(details) = details.get_untracked() {
                        if details.open() {
                            ev.stop_propagation();
                            details.set_open(false);
                        }
                    }
                }
            }
        >
            <summary class="button button--quiet timeline-legend__button" aria-label=language.t(Key::TimelineLegend) title=language.t(Key::TimelineLegend)>
                "?"
            </summary>
            <div class="timeline-legend__body">
                <p class="legend legend--point">{language.t(Key::LegendDay)}</p>
                <p class="legend legend--bar">{language.t(Key::LegendDays)}</p>
                <p class="legend legend--span">{language.t(Key::LegendUncertain)}</p>
                <p class="legend legend--break">{language.t(Key::LegendBreak)}</p>
                <p>{language.t(Key::LegendBrush)}</p>
            </div>
        </details>
    }
}
