//! A button that opens a menu of actions (the WAI-ARIA menu button): `aria-haspopup="menu"`
//! and `aria-expanded` on the button, `role="menu"` and `menuitem`s below it. A click, Enter or
//! Space opens it on its first item, ArrowDown and ArrowUp on the first and last; inside, the
//! arrows move (and wrap), Home and End jump, Escape closes it back to the button, and Tab or a
//! click elsewhere closes it. Choosing an item runs it and gives the focus back to the button.
//! Which key does what is decided in [`crate::domain::menu`]; the items are data the caller
//! builds, so a menu grows by one more [`MenuItem`].

use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::menu::{menu_move, opening_item, MenuMove};

/// One entry of a [`MenuButton`].
pub struct MenuItem {
    /// A stable name, written as the item's `data-entry`.
    pub name: &'static str,
    /// The item's text.
    pub label: Signal<String>,
    /// A disabled item stays in the menu (and focusable), marked `aria-disabled`, and does
    /// nothing when chosen.
    pub disabled: Signal<bool>,
    /// What choosing the item does.
    pub on_select: Callback<()>,
}

#[component]
pub fn MenuButton(
    /// The menu's element id; the button's is `{id}-button`.
    id: &'static str,
    /// The button's text.
    #[prop(into)]
    label: Signal<String>,
    /// The id of an element describing what the menu is for, read by screen readers.
    #[prop(optional)]
    described_by: Option<&'static str>,
    /// Whether the button can be used at all.
    #[prop(into)]
    disabled: Signal<bool>,
    /// The entries, in menu order.
    items: Vec<MenuItem>,
    /// Shows this icon instead of the label, which then names the button for screen readers
    /// and as its tooltip (a crowded toolbar).
    #[prop(optional)]
    icon: Option<ViewFn>,
) -> impl IntoView {
    let compact = icon.is_some();
    let open = RwSignal::new(false);
    let wrapper = NodeRef::<html::Div>::new();
    let button = NodeRef::<html::Button>::new();
    let n_items = items.len();
    let item_refs = StoredValue::new(
        (0..n_items)
            .map(|_| NodeRef::<html::Button>::new())
            .collect::<Vec<_>>(),
    );
    // The item holding the focus, kept as items gain it (by key, by pointer or by Tab).
    let focused = StoredValue::new(0usize);

    let focus_item = move |index: usize| {
        if let Some(item) = item_refs.with_value(|refs| refs.get(index).and_then(|r| r.get())) {
            let _ = item.focus();
        }
    };
    // The menu is shown by the next render; its item can take the focus after that.
    let open_on = move |index: usize| {
        open.set(true);
        request_animation_frame(move || focus_item(index));
    };
    let close = move |to_button: bool| {
        open.set(false);
        if to_button {
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let on_button_click = move |_| {
        if open.get_untracked() {
            close(false);
        } else {
            open_on(0);
        }
    };
    // Enter and Space arrive as the button's click; the arrows open it here.
    let on_button_key = move |ev: KeyboardEvent| {
        let key = ev.key();
        if key.starts_with("Arrow") {
            if let Some(index) = opening_item(&key, n_items) {
                ev.prevent_default();
                open_on(index);
            }
        }
    };
    let on_menu_key = move |ev: KeyboardEvent| {
        match menu_move(&ev.key(), focused.get_value(), n_items) {
            Some(MenuMove::Focus(index)) => {
                ev.prevent_default();
                focus_item(index);
            }
            Some(MenuMove::CloseToButton) => {
                ev.prevent_default();
                close(true);
            }
            // Tab goes on from the menu to whatever follows; the menu only closes.
            Some(MenuMove::Close) => close(false),
            None => {}
        }
    };
    let inside = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        wrapper
            .try_get_untracked()
            .flatten()
            .is_some_and(|w| node.is_some_and(|n| w.contains(Some(&n))))
    };
    // Whether the menu is open; `false` once the component is gone (a focused button removed
    // with a replaced dataset still reports losing the focus).
    let is_open = move || open.try_get_untracked().unwrap_or(false);
    // Focus leaving for another control (Shift+Tab, a screen reader's move) closes the menu.
    let on_focus_out = move |ev: FocusEvent| {
        if is_open() && ev.related_target().is_some() && !inside(ev.related_target()) {
            open.set(false);
        }
    };
    // A press anywhere else closes it too.
    let outside_press = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if is_open() && !inside(ev.target()) {
            open.set(false);
        }
    });
    on_cleanup(move || outside_press.remove());

    let entries = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let MenuItem {
                name,
                label,
                disabled,
                on_select,
            } = item;
            let node_ref = item_refs.with_value(|refs| refs[index]);
            view! {
                <button
                    type="button"
                    class="menu__item"
                    role="menuitem"
                    tabindex="-1"
                    data-entry=name
                    aria-disabled=move || disabled.get().then_some("true")
                    node_ref=node_ref
                    on:focus=move |_| {
                        focused.try_set_value(index);
                    }
                    on:click=move |_| {
                        if !disabled.get_untracked() {
                            on_select.run(());
                            close(true);
                        }
                    }
                >
                    {move || label.get()}
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="menu-button" node_ref=wrapper on:focusout=on_focus_out>
            <button
                type="button"
                class="button menu-button__button"
                id=format!("{id}-button")
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls=id
                aria-describedby=described_by
                prop:disabled=move || disabled.get()
                node_ref=button
                on:click=on_button_click
                on:keydown=on_button_key
                aria-label=move || compact.then(|| label.get())
                title=move || compact.then(|| label.get())
            >
                {match icon {
                    Some(icon) => icon.run(),
                    None => (move || label.get()).into_any(),
                }}
                <span class="menu-button__chevron" aria-hidden="true">"▾"</span>
            </button>
            <div
                class="menu"
                role="menu"
                id=id
                aria-labelledby=format!("{id}-button")
                hidden=move || !open.get()
                on:keydown=on_menu_key
            >
                {entries}
            </div>
        </div>
    }
}
