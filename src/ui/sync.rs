//! Keeps this tab in step with other tabs and windows of the app: when one
//! saves settings, bands, routines, own exercises, history, the week plan or the workout in progress, this
//! one takes up the saved version, so that neither shows stale data nor
//! saves it over the other's.

use crate::model::storage::keys::{HISTORY_KEY, SETTINGS_KEY, WORKOUT_KEY};
use crate::model::storage::keys::{KIT_KEY, OWN_EXERCISES_KEY, PLAN_KEY, ROUTINES_KEY};
use crate::platform::storage_events;
use crate::ui::data_presence::DataPresence;
use crate::ui::own_presence::OwnPresence;
use crate::ui::plan_presence::PlanPresence;
use crate::ui::settings_context::SettingsContext;
use crate::ui::workout_presence::WorkoutPresence;

/// Follows other tabs for the life of the page.
pub fn follow_other_tabs(
    settings: SettingsContext,
    data: DataPresence,
    workouts: WorkoutPresence,
    plan: PlanPresence,
    own: OwnPresence,
) {
    storage_events::watch(move |key| match key {
        // Unreadable text from elsewhere is not taken up (nor backed up
        // again): this tab keeps what it has.
        SETTINGS_KEY => settings.follow_stored(),
        KIT_KEY => data.other_tab_saved_kit(),
        ROUTINES_KEY => data.other_tab_saved_routines(),
        HISTORY_KEY => workouts.other_tab_saved_history(),
        WORKOUT_KEY => workouts.other_tab_saved_workout(),
        PLAN_KEY => plan.other_tab_saved(),
        OWN_EXERCISES_KEY => own.other_tab_saved(),
        _ => {}
    });
}
