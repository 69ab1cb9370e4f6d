//! The date window: from one date to another, typed as people write dates; events overlapping
//! it are kept.

use leptos::prelude::*;

use crate::domain::i18n::Key;
use crate::domain::typed_date::WindowEnd;
use crate::ui::filters::date_field::{DateField, DATES_HINT_ID};
use crate::ui::i18n::Language;

#[component]
pub fn DateWindow() -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <fieldset class="facet facet--dates">
            <legend class="facet__legend">{language.t(Key::Dates)}</legend>
            <p class="facet__hint" id=DATES_HINT_ID>{language.t(Key::DatesHint)}</p>
            <div class="date-window">
                <DateField end=WindowEnd::From />
                <DateField end=WindowEnd::To />
            </div>
        </fieldset>
    }
}
