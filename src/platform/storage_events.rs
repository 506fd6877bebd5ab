//! Changes that another tab or window of the app makes to storage (the
//! `storage` event, which never fires in the tab that made the change).

use leptos::ev;
use leptos::prelude::window_event_listener;

/// Calls `changed` with the key another tab changed, for the life of the
/// page. A cleared storage (no key) is ignored: the app keeps what it has.
pub fn watch(changed: impl Fn(&str) + 'static) {
    // Watched for as long as the page lives: never removed.
    let _listener = window_event_listener(ev::storage, move |event| {
        if let Some(key) = event.key() {
            changed(&key);
        }
    });
}
