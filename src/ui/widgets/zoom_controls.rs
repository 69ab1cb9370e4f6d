//! The toolbar of a pan-and-zoom view: zoom in, zoom out, fit, and whatever the view adds.

use leptos::prelude::*;

use crate::domain::camera::ZOOM_STEP;
use crate::domain::i18n::Key;
use crate::ui::i18n::Language;

#[component]
pub fn ZoomControls(
    /// The toolbar's accessible name.
    label: Key,
    /// The accessible names of the + and − buttons.
    zoom_in: Key,
    zoom_out: Key,
    /// The fit button's text.
    fit: Key,
    /// Zooms around the middle by a factor.
    on_zoom: Callback<f64>,
    on_fit: Callback<()>,
    /// More controls of the view, after the zoom buttons.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let language = expect_context::<Language>();
    view! {
        <div class="zoom-controls" role="toolbar" aria-label=language.t(label)>
            <button class="button button--quiet zoom-controls__zoom" aria-label=language.t(zoom_in) on:click=move |_| on_zoom.run(ZOOM_STEP)>
                "+"
            </button>
            <button class="button button--quiet zoom-controls__zoom" aria-label=language.t(zoom_out) on:click=move |_| on_zoom.run(1.0 / ZOOM_STEP)>
                "−"
            </button>
            <button class="button button--quiet" on:click=move |_| on_fit.run(())>
                {language.t(fit)}
            </button>
            {children.map(|c| c())}
        </div>
    }
}
