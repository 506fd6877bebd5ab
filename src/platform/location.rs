//! The location hash, which carries the app's routes.

use leptos::prelude::window_event_listener;

/// The current location hash, including its `#` (empty when there is none).
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes, for the life of
/// the page.
pub fn watch_hash(on_change: impl Fn(String) + 'static) {
    // The app watches the hash for as long as the page lives, so the
    // listener is never removed.
    let _listener =
        window_event_listener(leptos::ev::hashchange, move |_| on_change(current_hash()));
}

/// Navigates within the app by setting the location hash.
pub fn go(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Navigates within the app in place of the current entry in the
/// browser's history, so Back skips the page left (one that only passed
/// the runner on, say).
pub fn replace(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(hash);
    }
}
