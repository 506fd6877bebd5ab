//! Persistent storage: browsers may clear a site's storage when the device
//! runs short of space, unless the site has asked to be kept
//! (`navigator.storage.persist()`) and the browser agreed. Chromium decides
//! on its own (an installed app is usually kept); Firefox asks the user.

use wasm_bindgen_futures::JsFuture;

use super::js;

/// `navigator.storage.<method>()` answered as a yes or no; None where the
/// browser has no such method (some browsers, insecure pages), it throws,
/// or its answer is not a boolean.
async fn ask(method: &str) -> Option<bool> {
    let manager = js::get(&js::navigator()?, "storage")?;
    let answer = js::call(&manager, method, &[])?;
    JsFuture::from(js_sys::Promise::resolve(&answer))
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser has agreed to keep this site's data; None when it
/// cannot say.
pub async fn is_persisted() -> Option<bool> {
    ask("persisted").await
}

/// Asks the browser to keep this site's data; its answer, or None when the
/// browser has no way to ask.
pub async fn request() -> Option<bool> {
    ask("persist").await
}

/// Asks, once per page, without waiting for the answer (used when the first
/// workout lands in history: Chromium answers on its own, Firefox asks the
/// user, which suits that moment).
pub fn request_once() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !ASKED.replace(true) {
        wasm_bindgen_futures::spawn_local(async {
            let _ = request().await;
        });
    }
}
