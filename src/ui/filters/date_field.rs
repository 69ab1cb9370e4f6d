//! One end of the date window as a text field: it reads dates as people type them (see
//! [`crate::domain::typed_date`]), shows the window's end in the interface language, steps by
//! a month (or a year) with the arrow keys, and says next to itself why an entry cannot be
//! read, leaving the window as it was.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::date::{civil_from_day_number, PartialDate};
use crate::domain::i18n::Key;
use crate::domain::typed_date::{self, set_end, shown, EntryError, WindowEnd};
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::{Burst, HistoryEntry, ViewStore};

/// The id of the hint both fields are described by.
pub const DATES_HINT_ID: &str = "date-window-hint";

#[component]
pub fn DateField(
    /// The end of the window this field sets.
    end: WindowEnd,
) -> impl IntoView {
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let dataset = AtlasState::expect().dataset;
    let (label, id) = match end {
        WindowEnd::From => (Key::From, "date-window-from"),
        WindowEnd::To => (Key::To, "date-window-to"),
    };
    let problem_id = format!("{id}-problem");
    let date = Memo::new(move |_| {
        store.state().with(|s| match end {
            WindowEnd::From => s.filters.window.from,
            WindowEnd::To => s.filters.window.to,
        })
    });
    // An entry that did not change the window, as typed, and why. Not a copy of the filter:
    // the window stays in the view state; this is only what the field says about the entry.
    let problem = RwSignal::new(None::<(String, EntryError)>);
    // A change of the window from elsewhere (the timeline, a chip, Back) settles the field.
    Effect::new(move |_| {
        date.track();
        problem.set(None);
    });
    let input = NodeRef::<html::Input>::new();

    // Reads `text` into the window; the field then shows the date as read ("2021-05" → "May
    // 2021"), even when the window was already so.
    let enter = move |text: String, entry: HistoryEntry| {
        let window = store.state().with_untracked(|s| s.filters.window);
        match set_end(window, end, &text) {
            Ok(window) => {
                problem.set(None);
                store.change(entry, |s| s.filters.window = window);
                if let Some(input) = input.get_untracked() {
                    let date = match end {
                        WindowEnd::From => window.from,
                        WindowEnd::To => window.to,
                    };
                    let locale = language.get_untracked();
                    input.set_value(&date.map(|d| shown(d, locale)).unwrap_or_default());
                }
            }
            Err(error) => problem.set(Some((text, error))),
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let by = match ev.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            "Enter" => {
                enter(event_target_value(&ev), HistoryEntry::Step);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let typed = event_target_value(&ev);
        let current = typed_date::read(&typed)
            .ok()
            .flatten()
            .or_else(|| date.get_untracked());
        let next = match current {
            Some(current) => Some(typed_date::step(current, by)),
            None => first_or_last_month(&dataset, end),
        };
        if let Some(next) = next {
            let text = shown(next, language.get_untracked());
            enter(text, HistoryEntry::Burst(Burst::DateSteps));
        }
    };

    let value = move || match problem.get() {
        Some((typed, _)) => typed,
        None => date
            .get()
            .map(|d| shown(d, language.get()))
            .unwrap_or_default(),
    };
    let described_by = {
        let problem_id = problem_id.clone();
        move || match problem.with(Option::is_some) {
            true => format!("{DATES_HINT_ID} {problem_id}"),
            false => DATES_HINT_ID.to_string(),
        }
    };
    let message = move || {
        problem.with(|p| {
            p.as_ref()
                .map(|(typed, error)| error.describe(typed, language.get()))
        })
    };
    view! {
        <div class="date-window__field">
            <label class="date-window__label" for=id>{language.t(label)}</label>
            <input
                id=id
                type="text"
                class="date-window__input"
                node_ref=input
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || problem.with(Option::is_some).to_string()
                prop:value=value
                on:change=move |ev| enter(event_target_value(&ev), HistoryEntry::Step)
                on:keydown=on_keydown
            />
            {move || message().map(|text| view! {
                <p class="date-window__problem" id=problem_id.clone() role="alert">{text}</p>
            })}
        </div>
    }
}

/// Where an empty field steps from: the events' first month (for "From") or last month ("To").
fn first_or_last_month(dataset: &Dataset, end: WindowEnd) -> Option<PartialDate> {
    let events = dataset.events();
    let day = match end {
        WindowEnd::From => events.first().map(|e| e.span.first_day()),
        WindowEnd::To => events.iter().map(|e| e.span.last_day()).max(),
    }?;
    let (year, month, _) = civil_from_day_number(day);
    Some(PartialDate {
        year,
        month: Some(month),
        day: None,
    })
}
