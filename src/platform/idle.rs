//! Work for when the browser has nothing better to do:
//! `requestIdleCallback` where it exists (Chromium, Firefox), a plain timer
//! where it does not (Safari, and every browser on an iPhone) or where it
//! throws.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::js;

/// Without `requestIdleCallback`, how long to wait instead: long enough for
/// the first screen to have painted and settled.
pub const FALLBACK_DELAY_MS: u32 = 1_000;

/// Runs `work` once, when the browser is next idle, or after `timeout_ms` at
/// the latest if it never is. Without `requestIdleCallback`, after
/// [`FALLBACK_DELAY_MS`]. Never throws; without a window, `work` never runs.
pub fn when_idle(work: impl FnOnce() + 'static, timeout_ms: u32) {
    let Some(window) = js::global() else {
        return;
    };
    // Called once by whichever of the two accepts it; freed after the call.
    let callback = Closure::once_into_js(move |_: JsValue| work());
    let options = Object::new();
    let _ = Reflect::set(&options, &"timeout".into(), &timeout_ms.into());
    if js::call(
        &window,
        "requestIdleCallback",
        &[callback.clone(), options.into()],
    )
    .is_none()
    {
        let _ = js::call(&window, "setTimeout", &[callback, FALLBACK_DELAY_MS.into()]);
    }
}

/// Resolves after `ms` milliseconds (a timer); at once without a window.
pub async fn after_ms(ms: u32) {
    let Some(window) = js::global() else {
        return;
    };
    let timer = Promise::new(&mut |resolve, _reject| {
        if js::call(&window, "setTimeout", &[resolve.clone().into(), ms.into()]).is_none() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(timer).await;
}

/// Resolves when the browser is next idle (see [`when_idle`]).
pub async fn until_idle(timeout_ms: u32) {
    let idle = Promise::new(&mut |resolve, _reject| {
        when_idle(
            move || {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            },
            timeout_ms,
        );
    });
    let _ = JsFuture::from(idle).await;
}
