//! Registers the service worker once and, when a new version of the app
//! has been downloaded, offers to switch to it: "Update available" with a
//! Reload button. Nothing changes until the user presses it.

use std::cell::Cell;

use leptos::prelude::*;

use crate::platform::service_worker;

thread_local! {
    /// The worker is registered once per page, however often this mounts.
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    if !REGISTERED.with(|done| done.replace(true)) {
        // `try_set`: the banner may be gone by the time an update arrives.
        service_worker::register(move || {
            ready.try_set(true);
        });
    }
    move || {
        ready.get().then(|| {
            view! {
                <div class="update-banner" role="region" aria-label="App update">
                    <p>"Update available"</p>
                    <button
                        type="button"
                        class="button button-primary"
                        on:click=|_| service_worker::apply_update()
                    >
                        "Reload"
                    </button>
                </div>
            }
            .into_any()
        })
    }
}
