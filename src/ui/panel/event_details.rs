//! Everything the dataset says about one event: when, where, who, about what, and the source.
//! Dataset texts show in the reader's language with the other language beside them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::present::{countries, date_span, precision_note, where_line, Pick};
use crate::domain::script::{script_of, Script};
use crate::ui::embed::EmbedButton;
use crate::ui::i18n::Language;
use crate::ui::panel::calendar_button::CalendarButton;
use crate::ui::panel::copy_link_button::CopyLinkButton;
use crate::ui::panel::event_participants::EventParticipants;
use crate::ui::panel::event_relations::{EventParent, EventParts};
use crate::ui::panel::event_source::EventSource;
use crate::ui::panel::event_stepper::EventStepper;
use crate::ui::panel::event_topics::EventTopics;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// Says so when the event's Chinese text is in the other script than the reader chose.
fn script_note(event: &Event, locale: Locale) -> Option<Key> {
    let zh = event.title.zh.as_deref()?;
    match (locale, script_of(zh)) {
        (Locale::ZhHant, Script::Simplified) => Some(Key::ContentSimplified),
        (Locale::ZhHans, Script::Traditional) => Some(Key::ContentTraditional),
        _ => None,
    }
}

#[component]
pub fn EventDetails(
    /// The event to show.
    event: Event,
) -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let language = expect_context::<Language>();
    // The parts are found once, not on every language switch.
    let parts: Arc<Vec<usize>> = Arc::new(
        dataset
            .event_position(&event.id)
            .map(|position| dataset.children(position).collect())
            .unwrap_or_default(),
    );
    let event = Arc::new(event);
    let details = move || {
        let locale = language.get();
        let title = locale.pick(&event.title);
        let other_title = locale.other(&event.title);
        let summary = locale.pick(&event.summary);
        let other_summary = locale.other(&event.summary);
        let facts = view! {
            <dl class="panel__facts">
                <dt>{locale.text(Key::When)}</dt>
                <dd>
                    {date_span(&event.span, locale)}
                    {precision_note(event.span.start.precision()).map(|k| view! { <span class="panel__muted">" (" {locale.text(k)} ")"</span> })}
                    {event.date_note.clone().map(|n| view! { <span class="panel__note" lang="en">{n}</span> })}
                </dd>
                <dt>{locale.text(Key::Where)}</dt>
                <dd>{where_line(&event, locale)}</dd>
                <dt>{locale.text(Key::Countries)}</dt>
                <dd>{countries(&event, locale)}</dd>
            </dl>
        };
        view! {
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">
                {shown_text(title, locale)}
            </h3>
            {other_title.map(|o| view! { <p class="panel__event-title-other" lang=o.lang>{o.text.to_string()}</p> })}
            {script_note(&event, locale).map(|k| view! { <p class="panel__muted panel__script-note">{locale.text(k)}</p> })}
            {facts}
            <EventParent event=event.clone() locale />
            {(!summary.text.is_empty()).then(|| view! { <p class="panel__summary">{shown_text(summary, locale)}</p> })}
            {other_summary.map(|o| view! { <p class="panel__summary panel__summary--other" lang=o.lang>{o.text.to_string()}</p> })}
            <EventParticipants event=event.clone() locale />
            <EventTopics event=event.clone() locale />
            <EventParts parts=parts.clone() locale />
            {event.source.clone().map(|source| view! { <EventSource source locale /> })}
        }
    };
    view! {
        <article class="panel__event">
            <EventStepper />
            {details}
            <div class="panel__actions">
                <CopyLinkButton />
                <EmbedButton />
                <CalendarButton />
            </div>
        </article>
    }
}
