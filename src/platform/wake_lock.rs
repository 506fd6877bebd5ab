//! Keeps the screen on while a workout plays (the Screen Wake Lock API).
//!
//! The API is young: it is reached through `Reflect` so that a browser
//! without it, or one that refuses the request (a hidden page, a battery
//! saver), only gets an [`Outcome`] back, never an exception.

use std::cell::{Cell, RefCell};

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js;

/// What happened when the screen was asked to stay on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Held,
    /// This browser has no wake lock.
    Unsupported,
    /// The browser said no this time (e.g. the page is hidden).
    Refused,
}

thread_local! {
    /// The lock currently held, if any.
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Counts releases: a request answered after a release (or after a
    /// newer request) lets its lock go at once.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// Whether this browser has the API at all.
pub fn supported() -> bool {
    wake_lock().is_some()
}

fn wake_lock() -> Option<JsValue> {
    js::get(&js::navigator()?, "wakeLock")
}

/// Asks for the screen to stay on. Asking again while held is harmless.
pub async fn acquire() -> Outcome {
    if held() {
        return Outcome::Held;
    }
    let Some(lock) = wake_lock() else {
        return Outcome::Unsupported;
    };
    if !js::has_function(&lock, "request") {
        return Outcome::Unsupported;
    }
    let Some(promise) = js::call(&lock, "request", &[JsValue::from_str("screen")]) else {
        return Outcome::Refused;
    };
    let asked = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    match JsFuture::from(Promise::resolve(&promise)).await {
        Ok(sentinel) if GENERATION.get() == asked => {
            let earlier = SENTINEL.with(|held| held.borrow_mut().replace(sentinel));
            if let Some(earlier) = earlier {
                let_go(&earlier);
            }
            Outcome::Held
        }
        // Released (or asked again) while this request was pending.
        Ok(sentinel) => {
            let_go(&sentinel);
            Outcome::Refused
        }
        Err(_) => Outcome::Refused,
    }
}

/// Whether a lock is held and the browser has not let it go (it does so
/// by itself when the page is hidden).
pub fn held() -> bool {
    SENTINEL.with(|held| {
        held.borrow().as_ref().is_some_and(|sentinel| {
            Reflect::get(sentinel, &JsValue::from_str("released"))
                .is_ok_and(|released| released.is_falsy())
        })
    })
}

/// Lets the screen sleep again. Safe to call when nothing is held.
pub fn release() {
    GENERATION.with(|g| g.set(g.get() + 1));
    if let Some(sentinel) = SENTINEL.with(|held| held.borrow_mut().take()) {
        let_go(&sentinel);
    }
}

fn let_go(sentinel: &JsValue) {
    let release = Reflect::get(sentinel, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(release) = release {
        // The promise it returns only says when it is done.
        let _ = release.call0(sentinel);
    }
}
