//! A reminder on every other screen while a workout is in progress (after a
//! reload it waits, paused, exactly where it was).

use leptos::prelude::*;

use crate::model::route::Route;
use crate::ui::workout_data::WorkoutData;

#[component]
pub fn ResumeBanner(route: Memo<Route>) -> impl IntoView {
    let data = WorkoutData::get();
    let name = Memo::new(move |_| {
        data.workout
            .with(|w| w.as_ref().map(|w| w.routine.name.clone()))
            .filter(|_| route.get() != Route::Player)
    });
    move || {
        name.get().map(|name| {
            view! {
                <div class="resume-banner" role="region" aria-label="Workout in progress">
                    <p>
                        <strong>"Workout in progress: "</strong>
                        {name}
                    </p>
                    <a class="button button-primary" href=Route::Player.href()>"Resume workout"</a>
                </div>
            }
            .into_any()
        })
    }
}
