//! Country names in the reader's language, from the browser's `Intl.DisplayNames`, so the
//! bundle carries no table of names.

use js_sys::{Array, Intl, Object};
use wasm_bindgen::JsValue;

thread_local! {
    static ENGLISH: Option<Intl::DisplayNames> = {
        let options = Intl::DisplayNamesOptions::new();
        options.set_type(Intl::DisplayNamesType::Region);
        let locales = Array::of1(&JsValue::from_str("en"));
        // Construction throws only where Intl.DisplayNames is missing; the code is shown then.
        js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Intl"))
            .unwrap_or(false)
            .then(|| Intl::DisplayNames::new(&locales, &Object::from(JsValue::from(options))))
    };
}

/// The English name of an ISO 3166-1 alpha-2 code ("FR" → "France"), or the code itself.
pub fn country_name(code: &str) -> String {
    ENGLISH.with(|names| {
        names
            .as_ref()
            .and_then(|n| n.of(code))
            .map(String::from)
            .unwrap_or_else(|| code.to_string())
    })
}
