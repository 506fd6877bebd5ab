//! The runner's own exercises as a shared, stored signal. Every change
//! goes through here, is saved at once, and is handed to the catalog's
//! lookups (`catalog::own_lookup`) straight away, so the library, routines,
//! the player and History find the exercise by id like a catalog one.

use leptos::prelude::*;

use crate::model::catalog::own::OwnExercises;
use crate::model::catalog::own_lookup;
use crate::model::storage::keys::OWN_EXERCISES_KEY;
use crate::platform::storage_events;
use crate::ui::notices::Notices;
use crate::ui::persisted::{Refused, Spec, Stored};

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
    /// Loads the record, hands it to the lookups, and follows other tabs.
    pub fn provide(notices: Notices) -> Self {
        let stored = Stored::load(&OWN_EXERCISES, notices);
        let data = OwnData {
            exercises: stored.value,
            stored,
        };
        data.exercises
            .with_untracked(|own| own_lookup::set_own(&own.exercises));
        // Also after changes made outside `change` (another tab, an import).
        Effect::new(move |_| {
            data.exercises
                .with(|own| own_lookup::set_own(&own.exercises));
        });
        storage_events::watch(move |key| {
            if key == OWN_EXERCISES_KEY {
                data.reload();
            }
        });
        provide_context(data);
        data
    }

    pub fn get() -> Self {
        expect_context::<OwnData>()
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
