//! Handing a link on: the page's own address, the clipboard (with the old
//! select-and-copy way where the Clipboard API is refused), and the system
//! share sheet where the Web Share API exists. Reached through `Reflect`, so
//! a browser without one of them gets a plain "no", never an exception.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::js::{call, get, has_function, navigator};
use wasm_bindgen_futures::JsFuture;

/// The app's address without its fragment, e.g. `https://host/app/`.
pub fn app_address() -> String {
    web_sys::window()
        .and_then(|window| {
            let location = window.location();
            Some(location.origin().ok()? + &location.pathname().ok()?)
        })
        .unwrap_or_default()
}

/// Copies `text` with the Clipboard API; false where it is missing or the
/// browser refuses (no permission, not a secure page).
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator().and_then(|n| get(&n, "clipboard")) else {
        return false;
    };
    match call(&clipboard, "writeText", &[JsValue::from_str(text)]) {
        Some(promise) => JsFuture::from(Promise::resolve(&promise)).await.is_ok(),
        None => false,
    }
}

/// Selects the text of the field with id `field` and copies the selection
/// the old way; false if that did not work either.
pub fn copy_field(field: &str) -> bool {
    let document = super::document();
    let Some(input) = document
        .get_element_by_id(field)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    call(&input, "select", &[]);
    call(&document, "execCommand", &[JsValue::from_str("copy")])
        .is_some_and(|copied| copied.is_truthy())
}

/// Whether this browser has a system share sheet.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| has_function(&n, "share"))
}

/// Opens the system share sheet for `url`; false if it is missing, or the
/// user closed it without sharing.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    match call(&navigator, "share", &[data.into()]) {
        Some(promise) => JsFuture::from(Promise::resolve(&promise)).await.is_ok(),
        None => false,
    }
}
