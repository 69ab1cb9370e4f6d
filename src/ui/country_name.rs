//! Country names in the reader's language, from the browser's `Intl.DisplayNames`, so the
//! bundle carries no table of names.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object};
use wasm_bindgen::JsValue;

use crate::domain::i18n::Locale;

/// A name table for one language; building one costs a few milliseconds.
fn display_names(locale: Locale) -> Option<Intl::DisplayNames> {
    // Construction fails only where `Intl.DisplayNames` is missing; codes are shown then.
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Intl"))
        .unwrap_or(false)
        .then(|| {
            let options = Intl::DisplayNamesOptions::new();
            options.set_type(Intl::DisplayNamesType::Region);
            let locales = Array::of1(&JsValue::from_str(locale.tag()));
            Intl::DisplayNames::new(&locales, &Object::from(JsValue::from(options)))
        })
}

thread_local! {
    /// One table per interface language (in `Locale::ALL` order), built on first use.
    static NAMES: RefCell<[Option<Option<Intl::DisplayNames>>; 3]> = const { RefCell::new([None, None, None]) };
}

/// The name of an ISO 3166-1 alpha-2 code in `locale` ("FR" → "France", "法国", "法國"), or
/// the code itself.
pub fn country_name(code: &str, locale: Locale) -> String {
    let slot = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    NAMES.with(|names| {
        names.borrow_mut()[slot]
            .get_or_insert_with(|| display_names(locale))
            .as_ref()
            .and_then(|n| n.of(code))
            .map(String::from)
            .unwrap_or_else(|| code.to_string())
    })
}
