//! Everything the dataset says about one event: when, where, who, about what, and the source.
//! Dataset texts show in the reader's language with the other language beside them.

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::model::Facet;
use crate::domain::present::{
    countries, date_span, organization_full, precision_note, text_lang, where_line, Pick,
};
use crate::domain::script::{script_of, Script};
use crate::ui::event_link::EventLink;
use crate::ui::i18n::Language;
use crate::ui::panel::calendar_button::CalendarButton;
use crate::ui::panel::copy_link_button::CopyLinkButton;
use crate::ui::panel::event_stepper::EventStepper;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;
use crate::ui::url::{HistoryEntry, ViewStore};

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
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    // The parts are found once, not on every language switch.
    let parts: Vec<usize> = dataset
        .event_position(&event.id)
        .map(|position| dataset.children(position).collect())
        .unwrap_or_default();
    let details = move || {
        let locale = language.get();
        let organizations = event
            .organizations
            .iter()
            .filter_map(|id| dataset.organization(id))
            .map(|o| {
                let other = locale.other(&o.name).map(|other| {
                    view! { " " <span class="panel__muted" lang=other.lang>{other.text.to_string()}</span> }
                });
                let seat = o.country.as_deref().map(|c| country_name(c, locale).to_string());
                let lang = locale.pick(&o.name).lang;
                view! {
                    <li>
                        <span lang=lang>{organization_full(o, locale)}</span>
                        {other}
                        {seat.map(|s| view! { <span class="panel__muted">" · " {s}</span> })}
                    </li>
                }
            })
            .collect_view();
        let people = event
            .people
            .iter()
            .map(|p| {
                let other = locale.other(&p.name).map(|other| {
                    view! { " " <span lang=other.lang>{other.text.to_string()}</span> }
                });
                view! {
                    <li>
                        <span class="panel__person">{shown_text(locale.pick(&p.name), locale)}</span>
                        {other}
                        <span class="panel__muted" lang="en">" — " {p.role.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        // Topic chips filter on click (and un-filter on a second click).
        let topics = event
            .topics
            .iter()
            .filter_map(|id| dataset.topic(id))
            .map(|t| {
                let id = t.id.clone();
                let active_id = id.clone();
                let active = move || store.state().with(|s| s.filters.is_chosen(Facet::Topic, &active_id));
                view! {
                    <li>
                        <button
                            class="tag"
                            aria-pressed=move || active().to_string()
                            title=locale.text(Key::TopicChipTitle)
                            on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.toggle(Facet::Topic, &id))
                        >
                            {shown_text(locale.pick(&t.name), locale)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let parent = event
            .parent
            .as_deref()
            .and_then(|id| dataset.event(id))
            .map(|p| {
                let title = shown_text(locale.pick(&p.title), locale);
                view! {
                    <p class="panel__relation">
                        {locale.text(Key::PartOf)} " " <EventLink id=p.id.clone()>{title}</EventLink>
                    </p>
                }
            });
        let children = parts
            .iter()
            .map(|&c| &dataset.events()[c])
            .map(|c| {
                let title = shown_text(locale.pick(&c.title), locale);
                view! {
                    <li>
                        <EventLink id=c.id.clone()>{title}</EventLink>
                        <span class="panel__muted">" · " {date_span(&c.span, locale)}</span>
                    </li>
                }
            })
            .collect_view();
        let has_children = !parts.is_empty();
        let title = locale.pick(&event.title);
        let other_title = locale.other(&event.title);
        let summary = locale.pick(&event.summary);
        let other_summary = locale.other(&event.summary);
        let heading = |key: Key| view! { <h4 class="panel__heading">{locale.text(key)}</h4> };
        let source = event.source.as_ref().map(|source| {
            let published = source
                .published
                .as_deref()
                .map(|d| format!(" · {}", locale.fill(Key::Published, &[("date", d)])));
            view! {
                {heading(Key::Source)}
                <blockquote class="panel__quote" lang=text_lang(&source.quote)>{source.quote.clone()}</blockquote>
                <p class="panel__muted">
                    {source.publisher.clone().unwrap_or_else(|| locale.text(Key::PublisherNotGiven).into())}
                    {published}
                    " · " <code>{source.document.clone()}</code>
                </p>
            }
        });
        view! {
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">
                {shown_text(title, locale)}
            </h3>
            {other_title.map(|o| view! { <p class="panel__event-title-other" lang=o.lang>{o.text.to_string()}</p> })}
            {script_note(&event, locale).map(|k| view! { <p class="panel__muted panel__script-note">{locale.text(k)}</p> })}
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
            {parent}
            {(!summary.text.is_empty()).then(|| view! { <p class="panel__summary">{shown_text(summary, locale)}</p> })}
            {other_summary.map(|o| view! { <p class="panel__summary panel__summary--other" lang=o.lang>{o.text.to_string()}</p> })}
            {(!event.organizations.is_empty()).then(|| view! {
                {heading(Key::Organizations)}
                <ul class="panel__list">{organizations}</ul>
            })}
            {(!event.people.is_empty()).then(|| view! {
                {heading(Key::People)}
                <ul class="panel__list">{people}</ul>
            })}
            {(!event.topics.is_empty()).then(|| view! {
                {heading(Key::Topics)}
                <ul class="panel__tags">{topics}</ul>
            })}
            {has_children.then(|| view! {
                {heading(Key::PartsOfEvent)}
                <ul class="panel__list">{children}</ul>
            })}
            {source}
        }
    };
    view! {
        <article class="panel__event">
            <EventStepper />
            {details}
            <div class="panel__actions">
                <CopyLinkButton />
                <CalendarButton />
            </div>
        </article>
    }
}
