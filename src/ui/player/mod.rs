//! The workout player screen (`#/play`): the live workout, full screen, or
//! once it is over, its summary.

mod controls;
mod cues;
mod end_dialog;
mod live;
mod summary;

use leptos::prelude::*;

use crate::model::route::Route;
use crate::ui::workout_data::WorkoutData;

use live::Live;
use summary::Summary;

#[component]
pub fn PlayerScreen() -> impl IntoView {
    let data = WorkoutData::get();
    let playing = Memo::new(move |_| data.workout.with(Option::is_some));
    let summary = Memo::new(move |_| data.finished.with(Option::is_some));
    move || {
        if playing.get() {
            view! { <Live /> }.into_any()
        } else if summary.get() {
            view! { <Summary /> }.into_any()
        } else {
            view! {
                <section class="screen" aria-labelledby="screen-title">
                    <h1 id="screen-title" tabindex="-1">"No workout in progress"</h1>
                    <p class="lead">"Open a routine and press Start workout to begin."</p>
                    <a class="button button-primary" href=Route::Routines.href()>"Your routines"</a>
                </section>
            }
            .into_any()
        }
    }
}
