//! Whether the page can be seen, and the moment it is being left.

use leptos::ev;
use leptos::prelude::window_event_listener;

/// Whether the page is on screen now.
pub fn visible() -> bool {
    !super::document().hidden()
}

/// Calls `changed` with the new visibility whenever it changes, until the
/// current component is cleaned up.
pub fn on_change(changed: impl Fn(bool) + 'static) {
    let handle = window_event_listener(ev::visibilitychange, move |_| changed(visible()));
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Calls `leaving` when the page is about to be unloaded or put away (a
/// reload, a closed tab, another page), until the component is cleaned up.
pub fn on_leave(leaving: impl Fn() + 'static) {
    let handle = window_event_listener(ev::pagehide, move |_| leaving());
    leptos::prelude::on_cleanup(move || handle.remove());
}
