//! Fetching and compiling the next screens' code ahead of a visit: once the
//! first screen is usable and the browser is idle, each screen a runner
//! opens next is loaded in turn through its chunk's own loader (the
//! `preload_*` functions of `ui/lazy.rs`), so its first visit is as fast
//! as a later one. Which screens, in which order and on which connections
//! is decided in `model/prefetch.rs`.
//!
//! A failed load stops the round quietly: the loader keeps no failure, so
//! the visit itself tries again (and says so if it cannot).

use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;

use super::lazy::{
    preload_add_choices, preload_band_kit, preload_exercise_detail, preload_exercise_form,
    preload_first_run, preload_history, preload_plan, preload_player, preload_routine_editor,
    preload_routines, preload_settings, preload_shared_routine,
};
use crate::model::prefetch::{chunk_of, connection_allows, next_after, Chunk};
use crate::model::route::Location;
use crate::platform::{connection, idle, service_worker};

/// How long a busy page may put a load off: after this, it goes ahead.
const IDLE_TIMEOUT_MS: u32 = 5_000;

/// How long after the first screen nothing is fetched ahead: the first
/// seconds belong to the runner's first taps and keystrokes, and each
/// chunk's compile and link is main-thread work (at 4x CPU slowdown,
/// loads begun at once were 2.8 s of blocking time in Lighthouse).
const SETTLE_MS: u32 = 2_000;

/// Starts loading the next screens' chunks in the background, after the
/// app has opened at `first` and mounted. Nothing is requested before the
/// first screen is usable: the first await is its own chunk (already being
/// loaded by its visit) or the browser's next idle moment.
pub fn after_first_screen(first: &Location) {
    let own = chunk_of(first);
    let next = next_after(first);
    spawn_local(async move {
        if let Some(own) = own {
            if load(own).await.is_err() {
                return;
            }
        }
        idle::after_ms(SETTLE_MS).await;
        // On a first visit, the service worker is downloading every file:
        // fetched ahead before it takes the page, they would come twice.
        service_worker::until_cached().await;
        for chunk in next {
            let now = connection::current();
            if !connection_allows(now.save_data, now.effective_type.as_deref()) {
                return;
            }
            idle::until_idle(IDLE_TIMEOUT_MS).await;
            if load(chunk).await.is_err() {
                return;
            }
        }
    });
}

/// Fetches, compiles and links `chunk` (and the chunks it shares with
/// others), as its first visit would; once loaded, it stays loaded.
async fn load(chunk: Chunk) -> Result<(), SplitLoaderError> {
    match chunk {
        Chunk::History => preload_history().await,
        Chunk::Routines => preload_routines().await,
        Chunk::Player => preload_player().await,
        Chunk::AddChoices => preload_add_choices().await,
        Chunk::RoutineEditor => preload_routine_editor().await,
        Chunk::Exercise => preload_exercise_detail().await,
        Chunk::Plan => preload_plan().await,
        Chunk::Settings => preload_settings().await,
        Chunk::Bands => preload_band_kit().await,
        Chunk::ExerciseForm => preload_exercise_form().await,
        Chunk::Shared => preload_shared_routine().await,
        Chunk::FirstRun => preload_first_run().await,
    }
}
