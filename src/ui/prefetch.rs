//! Fetching and compiling the on-demand chunk ahead of a visit: once the
//! first screen is usable and the browser is idle, the chunk is loaded
//! through its own loader (`preload_screens` in `ui/on_demand.rs`, handed
//! in), so the first visit to any other screen is as fast as a later one.
//! Whether to, and on which connections, is decided in `model/prefetch.rs`.
//!
//! A failed load stops quietly: the loader keeps no failure, so the visit
//! itself tries again (and says so if it cannot).

use std::future::Future;

use leptos::task::spawn_local;

use crate::model::prefetch::{connection_allows, is_on_demand};
use crate::model::route::Location;
use crate::platform::{connection, idle, service_worker};

/// How long a busy page may put the load off: after this, it goes ahead.
const IDLE_TIMEOUT_MS: u32 = 5_000;

/// How long after the first screen nothing is fetched ahead: the first
/// seconds belong to the runner's first taps and keystrokes.
const SETTLE_MS: u32 = 2_000;

/// Loads the on-demand chunk in the background through `load`, after the
/// app has opened at `first` and mounted, unless the first screen's own
/// visit loads it anyway.
pub fn after_first_screen<F, Fut, E>(first: &Location, load: F)
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = Result<(), E>> + 'static,
{
    if is_on_demand(first) {
        return;
    }
    spawn_local(async move {
        idle::after_ms(SETTLE_MS).await;
        // On a first visit, the service worker is downloading every file:
        // fetched ahead before it takes the page, the chunk would come twice.
        service_worker::until_cached().await;
        let now = connection::current();
        if !connection_allows(now.save_data, now.effective_type.as_deref()) {
            return;
        }
        idle::until_idle(IDLE_TIMEOUT_MS).await;
        let _ = load().await;
    });
}
