//! The printout's list of the filtered events: date, title and place, one table row each, the
//! header repeated on every page and no row cut by a page break. Past [`PRINTED`] events the
//! printout says how many it left out (the spreadsheet export has them all).

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::present::{date_span, place, Pick};
use crate::ui::i18n::Language;
use crate::ui::print::PrintState;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// At most this many events are printed (about 40 pages).
pub const PRINTED: usize = 1_000;

#[component]
pub fn PrintedEvents() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let language = expect_context::<Language>();
    let printing = expect_context::<PrintState>().printing;
    // Rendered only while printing: on screen the list does this job.
    let table = move || {
        printing.get().then(|| {
            let locale = language.get();
            filtered.with(|f| {
                let total = f.events.len();
                let rows = f
                    .events
                    .iter()
                    .rev()
                    .take(PRINTED)
                    .map(|&i| {
                        let event = &dataset.events()[i];
                        view! {
                            <tr data-event-id=event.id.clone()>
                                <td class="print-list__date">{date_span(&event.span, locale)}</td>
                                <td class="print-list__title">{shown_text(locale.pick(&event.title), locale)}</td>
                                <td class="print-list__place">{place(event, locale)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let left_out = (total > PRINTED).then(|| {
                    view! {
                        <p class="print-list__left-out">
                            {locale.fill(
                                Key::PrintLeftOut,
                                &[("shown", &locale.number(PRINTED)), ("total", &locale.number(total))],
                            )}
                        </p>
                    }
                });
                view! {
                    <h2 class="print-list__title-line">
                        {locale.text(Key::EventsTitle)} " " {locale.number(total)}
                    </h2>
                    <table class="print-list__table">
                        <thead>
                            <tr>
                                <th>{locale.text(Key::When)}</th>
                                <th>{locale.text(Key::EventTitle)}</th>
                                <th>{locale.text(Key::Where)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {left_out}
                }
            })
        })
    };
    view! { <section class="print-list">{table}</section> }
}
