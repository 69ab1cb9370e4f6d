//! One row of the event list: date, title, place and organizations, linking to the event.

use leptos::prelude::*;

use crate::domain::i18n::Locale;
use crate::domain::present::{date_span, organizations_brief, place, Pick};
use crate::ui::event_link::EventLink;
use crate::ui::shown_text::shown_text;
use crate::ui::state::AtlasState;

/// An event as the list shows it: which, in which language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListedEvent {
    /// Position in the dataset.
    pub event: usize,
    pub locale: Locale,
}

#[component]
pub fn EventRow(
    /// The event and the language it is shown in.
    row: ListedEvent,
    /// Its 1-based number in the list, of `of`.
    #[prop(into)]
    number: Signal<usize>,
    #[prop(into)] of: Signal<usize>,
) -> impl IntoView {
    let atlas = AtlasState::expect();
    let AtlasState {
        dataset,
        selected_idx,
        ..
    } = atlas.clone();
    let ListedEvent {
        event: position,
        locale,
    } = row;
    let event = &dataset.events()[position];
    let organizations = organizations_brief(&dataset, event, locale);
    let (date, place) = (date_span(&event.span, locale), place(event, locale));
    let title = shown_text(locale.pick(&event.title), locale);
    let highlighted = atlas.is_highlighted(position);
    let (enter, leave) = (atlas.clone(), atlas.clone());
    let (focus, blur) = (atlas.clone(), atlas);
    view! {
        <li
            class="event-row"
            class:event-row--selected=move || selected_idx.get() == Some(position)
            class:event-row--highlighted=highlighted
            on:mouseenter=move |_| enter.highlight(vec![position])
            on:mouseleave=move |_| leave.highlight(Vec::new())
            on:focusin=move |_| focus.highlight(vec![position])
            on:focusout=move |_| blur.highlight(Vec::new())
            data-event-id=event.id.clone()
            aria-setsize=of
            aria-posinset=number
        >
            <EventLink id=event.id.clone() class="event-row__link">
                <span class="event-row__date">{date}</span>
                <span class="event-row__title">{title}</span>
                <span class="event-row__place">{place}</span>
                <span class="event-row__organizations">{organizations}</span>
            </EventLink>
        </li>
    }
}
