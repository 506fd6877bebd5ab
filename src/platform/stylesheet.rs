//! The other screens' style sheet, loaded with the on-demand wasm chunk.
//! `scripts/bundle-css.mjs` names it in `<meta name="bandwork-screens-css">`
//! instead of linking it, so the first load does not carry it.
//!
//! Loading never fails for the caller: a sheet that cannot be fetched (or
//! a page without the meta tag) resolves at once, the screen shows with
//! the first screen's styles only, and the next screen opened tries again.

use std::cell::RefCell;
use std::future::Future;

use js_sys::Promise;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::document;

thread_local! {
    /// The sheet's load, once started: resolves when it is in or has failed.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Adds the other screens' style sheet to the page, once, at the call (not
/// when first awaited, so it loads beside the wasm chunk), and resolves when
/// it has loaded (or failed to). (`Send` only in name: the app has one
/// thread, and `Suspend` asks for it.)
pub fn load_screens() -> impl Future<Output = ()> + Send {
    let loading = LOADING
        .with(|loading| loading.borrow().clone())
        .or_else(start);
    SendWrapper::new(async move {
        if let Some(loading) = loading {
            let _ = JsFuture::from(loading).await;
        }
    })
}

/// Starts the load; `None` when the page names no sheet (or it cannot be added).
fn start() -> Option<Promise> {
    let document = document();
    let href = document
        .query_selector(r#"meta[name="bandwork-screens-css"]"#)
        .ok()
        .flatten()?
        .get_attribute("content")?;
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &href).ok()?;
    let promise = Promise::new(&mut |resolve, _reject| {
        let loaded = resolve.clone();
        let on_load = Closure::once_into_js(move || {
            let _ = loaded.call0(&JsValue::UNDEFINED);
        });
        let failed_link = link.clone();
        let on_error = Closure::once_into_js(move || {
            // Gone, so that the next screen fetches it again.
            failed_link.remove();
            LOADING.with(|loading| loading.borrow_mut().take());
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
        let _ = link.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", on_error.unchecked_ref());
    });
    document
        .query_selector("head")
        .ok()
        .flatten()?
        .append_child(&link)
        .ok()?;
    LOADING.with(|loading| *loading.borrow_mut() = Some(promise.clone()));
    Some(promise)
}
