//! The "Embed this view" dialog: a modal `<dialog>` (the page behind is inert, Tab stays
//! inside, Escape closes it, the focus goes back to what opened it) with the sizes to choose
//! from, the `<iframe>` snippet for exactly the current view (filters, dates, map or network,
//! selected event, language) with a Copy button, and a live preview: a frame of the same
//! address, scaled down to fit.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::domain::i18n::Key;
use crate::domain::present::view_title;
use crate::domain::publish::embed::{embedded_view, iframe_snippet, EmbedSize};
use crate::ui::focus::focus_after_render;
use crate::ui::hooks::use_element_size;
use crate::ui::i18n::Language;
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;

/// The preview is at most this tall on screen; a larger frame is shown scaled down.
const PREVIEW_HEIGHT: f64 = 300.0;

/// Opens the embed dialog from anywhere below the layout that provides it.
#[derive(Clone, Copy)]
pub struct EmbedRequest {
    /// While the dialog is open: the selector of the control that opened it, which gets the
    /// focus back when it closes.
    opener: RwSignal<Option<&'static str>>,
}

impl EmbedRequest {
    pub fn provide() -> EmbedRequest {
        let request = EmbedRequest {
            opener: RwSignal::new(None),
        };
        provide_context(request);
        request
    }

    /// Opens the dialog; `opener` (a CSS selector) gets the focus when it closes.
    pub fn open(&self, opener: &'static str) {
        self.opener.set(Some(opener));
    }
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let request = expect_context::<EmbedRequest>();
    let language = expect_context::<Language>();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    Effect::new(move |_| {
        let open = request.opener.with(Option::is_some);
        if let Some(dialog) = dialog.get_untracked() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    // Escape, the Close button and the form's own closing all end here.
    let on_close = move |_| {
        if let Some(opener) = request.opener.get_untracked() {
            focus_after_render(opener);
        }
        request.opener.set(None);
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title" on:close=on_close>
            <div class="embed-dialog__bar">
                <h2 class="embed-dialog__title" id="embed-dialog-title">{language.t(Key::EmbedTitle)}</h2>
                <button class="button button--quiet" on:click=close>{language.t(Key::Close)}</button>
            </div>
            // The contents (and the preview's frame) exist only while the dialog is open.
            {move || request.opener.with(Option::is_some).then(|| view! { <EmbedDialogBody /> })}
        </dialog>
    }
}

/// Selects the whole snippet when its box takes the focus, ready to copy.
fn select_all(ev: &web_sys::FocusEvent) {
    event_target::<web_sys::HtmlTextAreaElement>(ev).select();
}

#[component]
fn EmbedDialogBody() -> impl IntoView {
    let AtlasState {
        dataset, filtered, ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let size = RwSignal::new(EmbedSize::Small);
    let status = RwSignal::new(String::new());
    let address = Memo::new(move |_| {
        let locale = language.get();
        store
            .state()
            .with(|s| store.absolute(&embedded_view(s, locale)))
    });
    let title = Memo::new(move |_| {
        let locale = language.get();
        let words = store
            .state()
            .with(|s| filtered.with(|f| view_title(&dataset, &s.filters, &f.events, locale)));
        format!("{words} – {}", locale.text(Key::Product))
    });
    let snippet = Memo::new(move |_| title.with(|t| iframe_snippet(&address.get(), size.get(), t)));
    let copy = move |_| {
        let text = snippet.get_untracked();
        let locale = language.get_untracked();
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&text);
            status.set(match JsFuture::from(promise).await {
                Ok(_) => locale.text(Key::CodeCopied).to_string(),
                Err(_) => locale.text(Key::CodeCopyFailed).to_string(),
            });
        });
    };
    let sizes = EmbedSize::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <label class="embed-dialog__size">
                    <input
                        type="radio"
                        name="embed-size"
                        value=choice.key()
                        prop:checked=move || size.get() == choice
                        on:change=move |_| size.set(choice)
                    />
                    {move || choice.label(language.get())}
                </label>
            }
        })
        .collect_view();

    // The preview: the frame laid out at the chosen size, scaled to the dialog's width and to
    // at most PREVIEW_HEIGHT.
    let frame_box: NodeRef<html::Div> = NodeRef::new();
    let box_width = RwSignal::new(560.0);
    use_element_size(frame_box, move |width, _| box_width.set(width));
    let geometry = move || {
        let chosen = size.get();
        let room = box_width.get();
        let height = f64::from(chosen.height_px());
        let by_height = (PREVIEW_HEIGHT / height).min(1.0);
        let (width, scale) = match chosen.width_px() {
            Some(width) => {
                let width = f64::from(width);
                (width, (room / width).min(by_height))
            }
            None => (room / by_height, by_height),
        };
        (width, height, scale)
    };
    view! {
        <p class="embed-dialog__intro">{language.t(Key::EmbedIntro)}</p>
        <fieldset class="embed-dialog__sizes">
            <legend>{language.t(Key::EmbedSize)}</legend>
            {sizes}
        </fieldset>
        <label class="embed-dialog__code-label" for="embed-code">{language.t(Key::EmbedCode)}</label>
        <textarea
            class="embed-dialog__code"
            id="embed-code"
            data-embed-code
            readonly
            rows="4"
            spellcheck="false"
            prop:value=move || snippet.get()
            on:focus=move |ev| { select_all(&ev) }
        >
            {snippet.get_untracked()}
        </textarea>
        <div class="embed-dialog__actions">
            <button class="button" on:click=copy>{language.t(Key::CopyCode)}</button>
            <p class="embed-dialog__status" role="status">{move || status.get()}</p>
        </div>
        <h3 class="embed-dialog__preview-title">{language.t(Key::EmbedPreview)}</h3>
        <div class="embed-dialog__preview" node_ref=frame_box>
            <div
                class="embed-dialog__preview-scaled"
                style:width=move || { let (w, _, s) = geometry(); format!("{:.0}px", w * s) }
                style:height=move || { let (_, h, s) = geometry(); format!("{:.0}px", h * s) }
            >
                <iframe
                    class="embed-dialog__frame"
                    src=move || address.get()
                    title=move || title.get()
                    width=move || format!("{:.0}", geometry().0)
                    height=move || format!("{:.0}", geometry().1)
                    style:transform=move || format!("scale({:.4})", geometry().2)
                ></iframe>
            </div>
        </div>
    }
}
