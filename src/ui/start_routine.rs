//! Starting a workout, for every Start in the app: the editor's Start
//! workout, a routine card's Start, Today's, the first run's, and an
//! exercise's Try it now. A workout already in progress is taken up
//! rather than overwritten.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::routine::Routine;
use crate::model::workout::StartProblem;
use crate::platform::{location, sound, speech};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::workout::WorkoutData;
use crate::ui::status::StatusMessage;

/// Starts `routine` (saved or not) with the runner's kit and opens the
/// player; or says why it cannot start. Call it inside the tap, so the
/// player may make sound and speak later.
pub fn start_now(routine: &Routine) -> Result<(), String> {
    sound::unlock();
    speech::unlock();
    let workouts = WorkoutData::get();
    if workouts.workout.with_untracked(Option::is_some) {
        StatusMessage::announce("Finish or end the workout in progress first.");
        location::go(&Route::Player.href());
        return Ok(());
    }
    let kit = AppData::get().kit.get_untracked().unwrap_or_default();
    match workouts.start(routine, &kit) {
        Ok(()) => {
            location::go(&Route::Player.href());
            Ok(())
        }
        Err(StartProblem::InProgress) => {
            StatusMessage::announce(StartProblem::InProgress.to_string());
            location::go(&Route::Player.href());
            Ok(())
        }
        Err(why) => Err(why.to_string()),
    }
}
