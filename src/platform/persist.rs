//! Persistent storage: browsers may clear a site's storage when the device
//! runs short of space, unless the site has asked to be kept
//! (`navigator.storage.persist()`) and the browser agreed. Chromium decides
//! on its own (an installed app is usually kept); Firefox asks the user.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in some browsers and in insecure contexts.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).ok()?;
    present.then(|| navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser has agreed to keep this site's data; None when it
/// cannot say.
pub async fn is_persisted() -> Option<bool> {
    answer(manager()?.persisted()).await
}

/// Asks the browser to keep this site's data; its answer, or None when the
/// browser has no way to ask.
pub async fn request() -> Option<bool> {
    answer(manager()?.persist()).await
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
