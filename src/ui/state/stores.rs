//! Every stored record of the runner's, each a [`Store`], made once by the
//! app and shared through context; and what the first screen asks of them
//! before any is loaded (is there a kit, a history, a workout in
//! progress, band work this week?). Other tabs' saves reach each store
//! here.

use leptos::prelude::*;

use super::record::{Refused, Spec};
use super::store::Store;
use crate::model::catalog::own::OwnExercises;
use crate::model::history::session::History;
use crate::model::kit::band::BandKit;
use crate::model::plan::week::{stored_week_has_band_work, Week};
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::settings::Settings;
use crate::model::storage::keys::{HISTORY_KEY, SETTINGS_KEY, WORKOUT_KEY};
use crate::model::storage::keys::{KIT_KEY, OWN_EXERCISES_KEY, PLAN_KEY, ROUTINES_KEY};
use crate::model::workout::Workout;
use crate::platform::{storage, storage_events};

const SETTINGS: Spec = Spec {
    key: SETTINGS_KEY,
    what: "settings",
    load_notice: "settings-load",
    save_notice: "settings-save",
    unsaved: "Your settings could not be saved.",
    refused: Refused::Quietly,
};

const KIT: Spec = Spec {
    key: KIT_KEY,
    what: "band kit",
    load_notice: "kit-load",
    save_notice: "kit-save",
    unsaved: "Your bands could not be saved.",
    refused: Refused::Announce,
};

const ROUTINES: Spec = Spec {
    key: ROUTINES_KEY,
    what: "routines",
    load_notice: "routines-load",
    save_notice: "routines-save",
    unsaved: "Your routines could not be saved.",
    refused: Refused::Announce,
};

const WORKOUT: Spec = Spec {
    key: WORKOUT_KEY,
    what: "workout in progress",
    load_notice: "workout-load",
    save_notice: "workout-save",
    unsaved: "The workout could not be saved on this device, so it carries on here but a \
              reload would lose it.",
    refused: Refused::Quietly,
};

const HISTORY: Spec = Spec {
    key: HISTORY_KEY,
    what: "workout history",
    load_notice: "history-load",
    save_notice: "history-save",
    unsaved: "This workout could not be saved to your history.",
    refused: Refused::Notice(
        "Your saved history could not be read earlier, so this workout was not saved over it.",
    ),
};

const OWN_EXERCISES: Spec = Spec {
    key: OWN_EXERCISES_KEY,
    what: "own exercises",
    load_notice: "exercises-load",
    save_notice: "exercises-save",
    unsaved: "Your own exercises could not be saved.",
    refused: Refused::Announce,
};

const PLAN: Spec = Spec {
    key: PLAN_KEY,
    what: "week plan",
    load_notice: "plan-load",
    save_notice: "plan-save",
    unsaved: "Your week plan could not be saved.",
    refused: Refused::Announce,
};

/// The runner's stored records, shared through context.
#[derive(Clone, Copy)]
pub struct Stores {
    pub settings: Store<Settings>,
    pub kit: Store<Option<BandKit>>,
    pub routines: Store<RoutineBook>,
    pub workout: Store<Option<Workout>>,
    pub history: Store<History>,
    pub own: Store<OwnExercises>,
    pub plan: Store<Week>,
    /// Whether the week has band work (the Today card): peeked at start,
    /// then kept by whoever changes the week.
    pub plan_has_band_work: RwSignal<bool>,
    /// The routine last opened in the editor or added to: where the
    /// library's Add puts exercises (set once the routines load).
    pub current_routine: RwSignal<Option<RoutineId>>,
}

impl Stores {
    /// Makes every store (reading nothing but a peek at the week), shares
    /// them, and follows other tabs' saves for the life of the page. Call
    /// it in the app's root, after the notices.
    pub fn provide() -> Self {
        let stores = Stores {
            settings: Store::new(&SETTINGS),
            kit: Store::new(&KIT),
            routines: Store::new(&ROUTINES),
            workout: Store::new(&WORKOUT),
            history: Store::new(&HISTORY),
            own: Store::new(&OWN_EXERCISES),
            plan: Store::new(&PLAN),
            plan_has_band_work: RwSignal::new(peek_band_work()),
            current_routine: RwSignal::new(None),
        };
        provide_context(stores);
        storage_events::watch(move |key| stores.other_tab_saved(key));
        stores
    }

    /// The shared stores.
    pub fn get() -> Self {
        expect_context::<Stores>()
    }

    /// Another tab saved under `key`. (Unreadable text from elsewhere is
    /// not taken up, nor backed up again: this tab keeps what it has.)
    fn other_tab_saved(self, key: &str) {
        match key {
            SETTINGS_KEY => self.settings.other_tab_saved(),
            KIT_KEY => self.kit.other_tab_saved(),
            ROUTINES_KEY => self.routines.other_tab_saved(),
            HISTORY_KEY => self.history.other_tab_saved(),
            WORKOUT_KEY => self.workout.other_tab_saved(),
            OWN_EXERCISES_KEY => self.own.other_tab_saved(),
            PLAN_KEY => {
                self.plan_has_band_work.set(peek_band_work());
                self.plan.other_tab_saved();
            }
            _ => {}
        }
    }

    /// Whether the runner has set up bands or routines (a first-visit
    /// check).
    pub fn has_kit_or_routines(self) -> bool {
        match (self.kit.loaded(), self.routines.loaded()) {
            (Some(kit), Some(book)) => {
                kit.value.with(Option::is_some) || book.value.with(|b| !b.routines.is_empty())
            }
            _ => self.kit.is_stored() || self.routines.is_stored(),
        }
    }

    /// Whether the runner has done any workout (a first-visit check).
    pub fn has_history(self) -> bool {
        match self.history.loaded() {
            Some(history) => history.value.with(|h| !h.sessions.is_empty()),
            None => self.history.is_stored(),
        }
    }

    /// The name of the routine of the workout in progress, once loaded.
    pub fn routine_in_progress(self) -> Option<String> {
        self.workout.loaded().and_then(|workout| {
            workout
                .value
                .with(|w| w.as_ref().map(|w| w.routine.name.clone()))
        })
    }

    /// Whether a workout is in progress (false until loaded).
    pub fn in_progress(self) -> bool {
        self.workout
            .loaded()
            .is_some_and(|workout| workout.value.with(Option::is_some))
    }
}

/// Whether the stored week has band work, without reading it.
fn peek_band_work() -> bool {
    storage::read_text(PLAN_KEY)
        .ok()
        .flatten()
        .is_some_and(|text| stored_week_has_band_work(&text))
}
