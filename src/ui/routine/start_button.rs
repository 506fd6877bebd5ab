//! Start workout: checks the routine can be played, then opens the player.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::model::workout::StartProblem;
use crate::platform::{location, sound, speech};
use crate::ui::data::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::workout_data::WorkoutData;

#[component]
pub fn StartButton(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let workouts = WorkoutData::get();
    // Why it could not start, with the routine as it was then: the message
    // holds only while the routine is unchanged, so the edit that fixes it
    // (adding the first exercise, say) takes it away.
    let problem = RwSignal::new(None::<(String, Option<Routine>)>);
    let current = Memo::new(move |_| data.book.with(|b| b.get(routine).cloned()));
    let shown = move || {
        problem.with(|p| {
            p.as_ref()
                .filter(|(_, then)| current.with(|now| now == then))
                .map(|(text, _)| text.clone())
        })
    };
    let start = move |_| {
        // The tap lets the player make sound and speak later (Safari speaks
        // only once a tap has started speech).
        sound::unlock();
        speech::unlock();
        if workouts.workout.with_untracked(Option::is_some) {
            StatusMessage::announce("Finish or end the workout in progress first.");
            location::go(&Route::Player.href());
            return;
        }
        let Some(routine) = data.book.with_untracked(|b| b.get(routine).cloned()) else {
            return;
        };
        let kit = data.kit.get_untracked().unwrap_or_default();
        match workouts.start(&routine, &kit) {
            Ok(()) => {
                problem.set(None);
                location::go(&Route::Player.href());
            }
            Err(StartProblem::InProgress) => {
                StatusMessage::announce(StartProblem::InProgress.to_string());
                location::go(&Route::Player.href());
            }
            Err(why) => problem.set(Some((why.to_string(), Some(routine)))),
        }
    };
    view! {
        <div class="start-workout">
            <button type="button" class="button button-primary button-start" on:click=start>
                "Start workout"
            </button>
            {move || shown().map(|text| view! { <p class="field-error" role="alert">{text}</p> }.into_any())}
        </div>
    }
}
