//! A short buzz where the device can: most Android phones. Safari (every
//! iPhone), Firefox and desktops have no Vibration API, and a browser may
//! make it throw; [`buzz`] then simply answers false.

use wasm_bindgen::JsValue;

use super::js;

/// Whether this browser can vibrate at all.
pub fn supported() -> bool {
    js::navigator().is_some_and(|navigator| js::has_function(&navigator, "vibrate"))
}

/// Buzzes for `millis`; returns whether the browser accepted it.
pub fn buzz(millis: u32) -> bool {
    js::navigator()
        .and_then(|navigator| js::call(&navigator, "vibrate", &[JsValue::from(millis)]))
        .is_some_and(|accepted| accepted.is_truthy())
}
