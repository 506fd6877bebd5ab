//! What the first load knows of workouts: whether a workout in progress or
//! a history is stored, and the workouts themselves once some screen has
//! loaded them ([`WorkoutData`], read by code in chunks, so its readers and
//! writers stay out of the first load). A stored workout in progress is
//! loaded at once, in its own chunk, for the Resume banner.

use leptos::prelude::*;

use crate::model::storage::keys::{HISTORY_KEY, WORKOUT_KEY};
use crate::ui::data_presence::is_stored;
use crate::ui::lazy;
use crate::ui::workout_data::WorkoutData;

/// Stored workouts as the first screen sees them, shared through context.
#[derive(Clone, Copy)]
pub struct WorkoutPresence {
    /// The workouts, once loaded (see [`WorkoutData::get`]).
    pub loaded: RwSignal<Option<WorkoutData>>,
    /// A workout in progress is stored (looked at before loading).
    pub workout_stored: RwSignal<bool>,
    /// A history was stored when the app started.
    history_stored: bool,
    /// Goes up each time another tab saves the workout in progress.
    pub workout_changed_elsewhere: RwSignal<u32>,
    /// Goes up each time another tab saves the history.
    pub history_changed_elsewhere: RwSignal<u32>,
}

impl WorkoutPresence {
    /// Peeks at what is stored and makes the answer available to all.
    pub fn provide() -> Self {
        let presence = WorkoutPresence {
            loaded: RwSignal::new(None),
            workout_stored: RwSignal::new(is_stored(WORKOUT_KEY)),
            history_stored: is_stored(HISTORY_KEY),
            workout_changed_elsewhere: RwSignal::new(0),
            history_changed_elsewhere: RwSignal::new(0),
        };
        provide_context(presence);
        presence.load_if_stored();
        presence
    }

    /// Loads the workouts (a chunk) when a workout in progress is stored,
    /// for the Resume banner.
    fn load_if_stored(self) {
        if self.workout_stored.get_untracked() && self.loaded.with_untracked(Option::is_none) {
            leptos::task::spawn_local_scoped(async move {
                // A chunk that cannot be fetched leaves no banner; the
                // player loads the workout when opened.
                let _ = lazy::load_workouts().await;
            });
        }
    }

    /// The shared presence.
    pub fn get() -> Self {
        expect_context::<WorkoutPresence>()
    }

    /// Whether the runner has done any workout (a first-visit check).
    pub fn has_history(self) -> bool {
        match self.loaded.get() {
            Some(data) => data.history.with(|h| !h.sessions.is_empty()),
            None => self.history_stored,
        }
    }

    /// The name of the routine of the workout in progress, once loaded.
    pub fn routine_in_progress(self) -> Option<String> {
        self.loaded.get().and_then(|data| {
            data.workout
                .with(|w| w.as_ref().map(|w| w.routine.name.clone()))
        })
    }

    /// Whether a workout is in progress (false until loaded).
    pub fn in_progress(self) -> bool {
        self.loaded
            .get()
            .is_some_and(|data| data.workout.with(Option::is_some))
    }

    /// Another tab saved the workout in progress.
    pub fn other_tab_saved_workout(self) {
        if self.loaded.with_untracked(Option::is_none) {
            self.workout_stored.set(is_stored(WORKOUT_KEY));
            self.load_if_stored();
        }
        self.workout_changed_elsewhere
            .update(|n| *n = n.wrapping_add(1));
    }

    /// Another tab saved the history.
    pub fn other_tab_saved_history(self) {
        self.history_changed_elsewhere
            .update(|n| *n = n.wrapping_add(1));
    }
}
