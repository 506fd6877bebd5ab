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

/// Resolves in a task of its own, at once after whatever the browser has
/// queued (and a frame, if one is due): a `MessageChannel` message, which
/// unlike a zero timer is not delayed by 4 ms when nested, nor stopped by a
/// test's fake clock. At once where there is no `MessageChannel`.
pub async fn next_task() {
    let Some(window) = js::global() else {
        return;
    };
    let task = Promise::new(&mut |resolve, _reject| {
        let posted = js::function(&window, "MessageChannel")
            .and_then(|constructor| js::construct(&constructor, &[]))
            .and_then(|channel| {
                let receiver = js::get(&channel, "port1")?;
                let sender = js::get(&channel, "port2")?;
                Reflect::set(&receiver, &"onmessage".into(), &resolve).ok()?;
                js::call(&sender, "postMessage", &[JsValue::UNDEFINED])
            });
        if posted.is_none() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(task).await;
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
