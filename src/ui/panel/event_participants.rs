//! Who took part in an event: its organizations (name, the other language's name, seat) and
//! its people with their roles.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::country::country_name;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::present::{organization_full, Pick};
use crate::ui::panel::panel_heading::PanelHeading;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

#[component]
pub fn EventParticipants(event: Arc<Event>, locale: Locale) -> impl IntoView {
    let dataset = AtlasState::expect().dataset;
    let organizations = event
        .organizations
        .iter()
        .filter_map(|id| dataset.organization(id))
        .map(|o| {
            let other = locale.other(&o.name).map(|other| {
                view! { " " <span class="panel__muted" lang=other.lang>{other.text.to_string()}</span> }
            });
            let seat = o.country.as_deref().map(|c| country_name(c, locale).to_string());
            view! {
                <li>
                    <span lang=locale.pick(&o.name).lang>{organization_full(o, locale)}</span>
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
    view! {
        {(!event.organizations.is_empty()).then(|| view! {
            <PanelHeading text=locale.text(Key::Organizations) />
            <ul class="panel__list">{organizations}</ul>
        })}
        {(!event.people.is_empty()).then(|| view! {
            <PanelHeading text=locale.text(Key::People) />
            <ul class="panel__list">{people}</ul>
        })}
    }
}
