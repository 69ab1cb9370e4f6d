//! The interface language in effect, shared through context: the one the link or the language
//! switch chose, else the browser's preferred one. Also keeps the page's `lang` attribute in
//! step, so screen readers and fonts treat the text as the right language.

use leptos::prelude::*;

use crate::domain::i18n::{Key, Locale};
use crate::ui::url::ViewStore;

#[derive(Clone, Copy)]
pub struct Language(Memo<Locale>);

/// The languages the browser prefers, most preferred first.
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect()
}

impl Language {
    /// Derives the language from the view state and provides it to every component.
    pub fn provide(store: ViewStore) -> Language {
        let preferred = Locale::preferred(browser_languages().iter().map(String::as_str));
        let locale = Memo::new(move |_| store.state().with(|s| s.language).unwrap_or(preferred));
        Effect::new(move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", locale.get().tag());
            }
        });
        let language = Language(locale);
        provide_context(language);
        language
    }

    /// The language in effect (tracked: a reactive closure reading it re-runs on a switch).
    pub fn get(&self) -> Locale {
        self.0.get()
    }

    pub fn get_untracked(&self) -> Locale {
        self.0.get_untracked()
    }

    /// The interface text for `key` (tracked).
    pub fn text(&self, key: Key) -> &'static str {
        self.get().text(key)
    }

    /// A reactive text for `key`, for view attributes and children.
    pub fn t(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.text(key)
    }
}
