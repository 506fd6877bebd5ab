//! The runner's own exercises as a shared, stored signal. Every change
//! goes through here, is saved at once, and is handed to the catalog's
//! lookups (`catalog::own_lookup`) straight away, so the library, routines,
//! the player and History find the exercise by id like a catalog one.

use leptos::prelude::*;

use crate::model::catalog::own::OwnExercises;
use crate::model::catalog::own_lookup;
use crate::model::storage::keys::OWN_EXERCISES_KEY;
use crate::ui::notices::Notices;
use crate::ui::own_presence::OwnPresence;
use crate::ui::persisted::{Refused, Spec, Stored};
use crate::ui::plan_presence::RootOwner;

const OWN_EXERCISES: Spec = Spec {
    key: OWN_EXERCISES_KEY,
    what: "own exercises",
    load_notice: "exercises-load",
    save_notice: "exercises-save",
    unsaved: "Your own exercises could not be saved.",
    refused: Refused::Announce,
};

/// The own exercises, shared through context.
#[derive(Clone, Copy)]
pub struct OwnData {
    /// Read it (`with`) to follow changes, e.g. in a list of exercises.
    pub exercises: RwSignal<OwnExercises>,
    stored: Stored<OwnExercises>,
}

impl OwnData {
    /// The shared own exercises, loaded on first use (handed to the
    /// lookups, and following other tabs). This runs in chunk code only,
    /// under the app's root owner, so it outlives the screen that asked.
    pub fn get() -> Self {
        let presence = OwnPresence::get();
        if let Some(data) = presence.loaded.get_untracked() {
            return data;
        }
        let load = move || {
            let stored = Stored::load(&OWN_EXERCISES, Notices::get());
            let data = OwnData {
                exercises: stored.value,
                stored,
            };
            data.exercises
                .with_untracked(|own| own_lookup::set_own(&own.exercises));
            presence.loaded.set(Some(data));
            // Also after changes made outside `change` (another tab, an import).
            Effect::new(move |_| {
                data.exercises
                    .with(|own| own_lookup::set_own(&own.exercises));
            });
            Effect::new(move |seen: Option<u32>| {
                let count = presence.changed_elsewhere.get();
                if seen.is_some_and(|seen| seen != count) {
                    data.reload();
                }
                count
            });
            data
        };
        match use_context::<RootOwner>() {
            Some(RootOwner(root)) => root.with(load),
            None => load(),
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
