//! Everything the dataset says about one event: when, where, who, about what, and the source.

use leptos::prelude::*;

use crate::app::AtlasDataset;
use crate::domain::date::Precision;
use crate::domain::filter::Facet;
use crate::domain::model::{Event, Mode};
use crate::domain::pronunciation::is_cjk;
use crate::ui::country_name::country_name;
use crate::ui::event_link::EventLink;
use crate::ui::list::event_list::place_label;
use crate::ui::panel::copy_link_button::CopyLinkButton;
use crate::ui::panel::event_stepper::EventStepper;
use crate::ui::url::{HistoryEntry, ViewStore};

/// `lang` for a text: Chinese if it contains CJK characters, else English.
fn lang_of(text: &str) -> &'static str {
    if text.chars().any(is_cjk) {
        "zh"
    } else {
        "en"
    }
}

fn precision_note(event: &Event) -> Option<&'static str> {
    match event.span.start.precision() {
        Precision::Day => None,
        Precision::Month => Some("known to the month"),
        Precision::Year => Some("known to the year"),
    }
}

#[component]
pub fn EventDetails(
    /// The event to show.
    event: Event,
) -> impl IntoView {
    let AtlasDataset(dataset) = expect_context::<AtlasDataset>();
    let place = match &event.venue {
        Some(venue) => format!("{}, {}", venue.city, country_name(&venue.country)),
        None => place_label(&event),
    };
    let countries = event
        .countries
        .iter()
        .map(|c| country_name(c))
        .collect::<Vec<_>>()
        .join(", ");
    let organizations = event
        .organizations
        .iter()
        .filter_map(|id| dataset.organization(id))
        .map(|o| {
            let name = match &o.abbr {
                Some(abbr) => format!("{} ({abbr})", o.name.en),
                None => o.name.en.clone(),
            };
            let seat = o.country.as_deref().map(country_name);
            view! {
                <li>
                    {name}
                    {o.name.zh.clone().map(|zh| view! { " " <span lang="zh">{zh}</span> })}
                    {seat.map(|s| view! { <span class="panel__muted">" · " {s}</span> })}
                </li>
            }
        })
        .collect_view();
    let people = event
        .people
        .iter()
        .map(|p| {
            view! {
                <li>
                    <span class="panel__person">{p.name.en.clone()}</span>
                    {p.name.zh.clone().map(|zh| view! { " " <span lang="zh">{zh}</span> })}
                    <span class="panel__muted">" — " {p.role.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let store = expect_context::<ViewStore>();
    // Topic chips filter on click (and un-filter on a second click).
    let topics = event
        .topics
        .iter()
        .filter_map(|id| dataset.topic(id))
        .map(|t| {
            let (id, name) = (t.id.clone(), t.name.en.clone());
            let active_id = id.clone();
            let active = move || store.state().with(|s| s.filters.topics.contains(&active_id));
            view! {
                <li>
                    <button
                        class="tag"
                        aria-pressed=move || active().to_string()
                        title="Show only events on this topic"
                        on:click=move |_| store.change(HistoryEntry::Step, |s| s.filters.toggle(Facet::Topic, &id))
                    >
                        {name}
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
            let (id, title) = (p.id.clone(), p.title.en.clone());
            view! {
                <p class="panel__relation">
                    "Part of: " <EventLink id>{title}</EventLink>
                </p>
            }
        });
    let children = dataset
        .children(&event.id)
        .map(|c| {
            let (id, title, date) = (c.id.clone(), c.title.en.clone(), c.span.label_en());
            view! {
                <li>
                    <EventLink id>{title}</EventLink>
                    <span class="panel__muted">" · " {date}</span>
                </li>
            }
        })
        .collect_view();
    let has_children = dataset.children(&event.id).next().is_some();
    let source = event.source.clone();
    let mode = match event.mode {
        Mode::InPerson => "In person",
        Mode::Online => "Online",
        Mode::Hybrid => "Hybrid (in person and online)",
    };

    view! {
        <article class="panel__event">
            <EventStepper />
            <h3 class="panel__event-title" id="panel-event-title" tabindex="-1">{event.title.en.clone()}</h3>
            {event.title.zh.clone().map(|zh| view! { <p class="panel__event-title-zh" lang="zh">{zh}</p> })}
            <dl class="panel__facts">
                <dt>"When"</dt>
                <dd>
                    {event.span.label_en()}
                    {precision_note(&event).map(|n| view! { <span class="panel__muted">" (" {n} ")"</span> })}
                    {event.date_note.clone().map(|n| view! { <span class="panel__note">{n}</span> })}
                </dd>
                <dt>"Where"</dt>
                <dd>{mode} " · " {place}</dd>
                <dt>"Countries"</dt>
                <dd>{countries}</dd>
            </dl>
            {parent}
            <p class="panel__summary">{event.summary.en.clone()}</p>
            {event.summary.zh.clone().map(|zh| view! { <p class="panel__summary" lang="zh">{zh}</p> })}
            <h4 class="panel__heading">"Organizations"</h4>
            <ul class="panel__list">{organizations}</ul>
            {(!event.people.is_empty()).then(|| view! {
                <h4 class="panel__heading">"People"</h4>
                <ul class="panel__list">{people}</ul>
            })}
            <h4 class="panel__heading">"Topics"</h4>
            <ul class="panel__tags">{topics}</ul>
            {has_children.then(|| view! {
                <h4 class="panel__heading">"Parts of this event"</h4>
                <ul class="panel__list">{children}</ul>
            })}
            <h4 class="panel__heading">"Source"</h4>
            <blockquote class="panel__quote" lang=lang_of(&source.quote)>{source.quote.clone()}</blockquote>
            <p class="panel__muted">
                {source.publisher.clone().unwrap_or_else(|| "Publisher not given".into())}
                {source.published.clone().map(|d| format!(", published {d}"))}
                " · " <code>{source.document.clone()}</code>
            </p>
            <CopyLinkButton />
        </article>
    }
}
