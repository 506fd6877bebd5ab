//! Registers the service worker (`sw.js`, written by the build) that keeps
//! the app working offline, hands over to a new version on request, and
//! tells when the app's files come from its cache (for fetching ahead).
//!
//! Everything goes through `Reflect`, so no extra web-sys bindings are
//! needed, and every failure (no `navigator.serviceWorker` in an insecure
//! context or an old browser, a refused registration, no network) only
//! means "no offline": nothing panics and nothing is logged.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js::{call, get};

thread_local! {
    /// The registration, once the browser accepted it.
    static REGISTRATION: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Calls `handler` on every `event` from `target`. The listeners live as
/// long as the page, so the closure is handed to JS for good.
fn listen(target: &JsValue, event: &str, handler: impl FnMut() + 'static) {
    let handler = Closure::<dyn FnMut()>::new(handler).into_js_value();
    call(
        target,
        "addEventListener",
        &[JsValue::from_str(event), handler],
    );
}

/// `navigator.serviceWorker`, where the browser has it.
fn container() -> Option<JsValue> {
    get(&super::js::navigator()?, "serviceWorker")
}

/// Whether a worker already controls the page: only then is a newly
/// installed one an update (the first install needs no reload).
fn controlled(container: &JsValue) -> bool {
    get(container, "controller").is_some()
}

/// Registers `./sw.js` for the app's folder and calls `on_update_ready`
/// whenever a new version has installed and waits to take over. Does
/// nothing where service workers are unavailable or refused.
pub fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let options = Object::new();
    if Reflect::set(&options, &"scope".into(), &"./".into()).is_err() {
        return;
    }
    let Some(promise) = call(&container, "register", &["./sw.js".into(), options.into()]) else {
        return;
    };
    let on_update_ready = Rc::new(on_update_ready);
    // Promise callbacks rather than a future: the main module then needs no
    // async executor (wasm-bindgen-futures is only in the player's chunk).
    let registered = Closure::once_into_js(move |registration: JsValue| {
        // A stubbed `register` (e.g. a test browser's) may give nothing back.
        if !registration.is_object() {
            return;
        }
        REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration.clone()));
        if get(&registration, "waiting").is_some() && controlled(&container) {
            on_update_ready();
        }
        // Tells when a worker being installed is ready and waiting.
        let watch = {
            let (container, on_update_ready) = (container.clone(), on_update_ready.clone());
            move |worker: JsValue| {
                let (container, on_update_ready) = (container.clone(), on_update_ready.clone());
                let installing = worker.clone();
                listen(&worker, "statechange", move || {
                    let state = get(&installing, "state").and_then(|state| state.as_string());
                    if state.as_deref() == Some("installed") && controlled(&container) {
                        on_update_ready();
                    }
                });
            }
        };
        // One may already be installing by the time registration answers.
        if let Some(worker) = get(&registration, "installing") {
            watch(worker);
        }
        let watched = registration.clone();
        listen(&registration, "updatefound", move || {
            if let Some(worker) = get(&watched, "installing") {
                watch(worker);
            }
        });
    });
    // A rejection (e.g. the script failed to load) means "no offline"; the
    // empty handler keeps it from being reported as unhandled.
    let refused = Closure::once_into_js(|_: JsValue| ());
    call(&promise, "then", &[registered, refused]);
}

/// Resolves once the app's files come from the worker's cache, so that
/// fetching them ahead downloads nothing twice: at once where the page is
/// already controlled or no worker is on its way (none in this browser,
/// none registered, a stubbed `register`); on a first visit, when the
/// worker that is precaching every file takes the page. Never, if that
/// first install fails: the files are then fetched on demand.
pub async fn until_cached() {
    let cached = Promise::new(&mut |resolve, _reject| {
        let resolve = move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        };
        let Some(container) = container().filter(|c| !controlled(c)) else {
            return resolve();
        };
        let Some(lookup) = call(&container, "getRegistration", &[]) else {
            return resolve();
        };
        let on_lookup = {
            let resolve = resolve.clone();
            Closure::once_into_js(move |registration: JsValue| {
                // A registration with no active worker yet: the first install.
                if registration.is_object() && get(&registration, "active").is_none() {
                    listen(&container, "controllerchange", resolve);
                } else {
                    resolve();
                }
            })
        };
        let on_refused = Closure::once_into_js(move |_: JsValue| resolve());
        call(&lookup, "then", &[on_lookup, on_refused]);
    });
    let _ = JsFuture::from(cached).await;
}

/// How long Reload waits for the waiting version to take over before it
/// reloads anyway, so a tap on it never does nothing.
const TAKEOVER_WAIT_MS: i32 = 4_000;

/// Lets the waiting version take over and reloads the page once it has
/// (the page's `controllerchange`), or after [`TAKEOVER_WAIT_MS`],
/// whichever comes first. With no waiting version (another tab already
/// switched), just reloads.
pub fn apply_update() {
    let reloaded = Rc::new(Cell::new(false));
    let reload = move || {
        if reloaded.replace(true) {
            return;
        }
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let waiting = REGISTRATION.with(|slot| slot.borrow().as_ref().and_then(|r| get(r, "waiting")));
    let (Some(container), Some(waiting)) = (container(), waiting) else {
        reload();
        return;
    };
    listen(&container, "controllerchange", reload.clone());
    if let Some(window) = web_sys::window() {
        let late = Closure::once_into_js(reload.clone());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            late.unchecked_ref(),
            TAKEOVER_WAIT_MS,
        );
    }
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    if call(&waiting, "postMessage", &[message.into()]).is_none() {
        reload();
    }
}

/// Whether the page registered a worker (for tests).
pub fn registered() -> bool {
    REGISTRATION.with(|slot| slot.borrow().is_some())
}
