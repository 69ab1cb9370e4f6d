//! Country names in the reader's language, from the browser's `Intl.DisplayNames`, so the
//! bundle carries no table of names.

use js_sys::{Array, Intl, Object};
use wasm_bindgen::JsValue;

use crate::domain::i18n::Locale;

thread_local! {
    /// One `Intl.DisplayNames` per interface language, in `Locale::ALL` order. Construction
    /// fails only where `Intl.DisplayNames` is missing; the code is shown then.
    static NAMES: Vec<Option<Intl::DisplayNames>> = Locale::ALL
        .iter()
        .map(|locale| {
            let options = Intl::DisplayNamesOptions::new();
            options.set_type(Intl::DisplayNamesType::Region);
            let locales = Array::of1(&JsValue::from_str(locale.tag()));
            js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Intl"))
                .unwrap_or(false)
                .then(|| Intl::DisplayNames::new(&locales, &Object::from(JsValue::from(options))))
        })
        .collect();
}

/// The name of an ISO 3166-1 alpha-2 code in `locale` ("FR" → "France", "法国", "法國"), or
/// the code itself.
pub fn country_name(code: &str, locale: Locale) -> String {
    let slot = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    NAMES.with(|names| {
        names[slot]
            .as_ref()
            .and_then(|n| n.of(code))
            .map(String::from)
            .unwrap_or_else(|| code.to_string())
    })
}
