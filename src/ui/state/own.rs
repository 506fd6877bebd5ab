//! The runner's own exercises. Every change goes through here, is saved at
//! once, and is handed to the catalog's lookups (`catalog::own_lookup`)
//! straight away, so the library, routines, the player and History find
//! the exercise by id like a catalog one. Code that finds exercises by id
//! waits for them to load first (see `ui/on_demand.rs`).

use leptos::prelude::*;

use super::record::Stored;
use super::stores::Stores;
use crate::model::catalog::own::OwnExercises;
use crate::model::catalog::own_lookup;

/// The own exercises.
#[derive(Clone, Copy)]
pub struct OwnData {
    /// Read it (`with`) to follow changes, e.g. in a list of exercises.
    pub exercises: RwSignal<OwnExercises>,
    stored: Stored<OwnExercises>,
}

impl OwnData {
    /// The shared own exercises, loaded on first use and handed to the
    /// lookups, then again after every change (here, in another tab, from
    /// an import).
    pub fn get() -> Self {
        let stored = Stores::get().own.get(
            |stored| {
                stored
                    .value
                    .with_untracked(|own| own_lookup::set_own(&own.exercises));
                Effect::new(move |_| {
                    stored.value.with(|own| own_lookup::set_own(&own.exercises));
                });
            },
            Stored::follow_stored,
        );
        Self {
            exercises: stored.value,
            stored,
        }
    }

    /// Whether changes are saved (false over a copy kept safe).
    pub fn saves(self) -> bool {
        self.stored.can_save()
    }

    /// Changes the exercises, hands them to the lookups and saves.
    pub fn change<R>(self, change: impl FnOnce(&mut OwnExercises) -> R) -> R {
        let result = self.stored.change(change);
        self.exercises
            .with_untracked(|own| own_lookup::set_own(&own.exercises));
        result
    }

    /// Takes up the exercises as another tab saved them (if they read).
    pub fn reload(self) {
        self.stored.follow_stored();
        self.exercises
            .with_untracked(|own| own_lookup::set_own(&own.exercises));
    }
}
