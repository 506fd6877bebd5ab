//! The workout history screen: every finished workout, newest first.
//! (Weeks, streaks and progress charts build on this list.)

use leptos::prelude::*;

use crate::model::cue::clock;
use crate::model::route::Route;
use crate::platform::clock::local_date;
use crate::ui::workout_data::WorkoutData;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    let data = WorkoutData::get();
    let items = move || {
        data.history.with(|history| {
            history
                .sessions
                .iter()
                .rev()
                .map(|session| {
                    let done = session.exercises.iter().filter(|e| e.sets_done > 0).count();
                    let detail = format!(
                        "{} · {} · {} {}{}",
                        local_date(session.started_at),
                        clock(u64::from(session.active_s)),
                        done,
                        if done == 1 { "exercise" } else { "exercises" },
                        if session.finished {
                            ""
                        } else {
                            " · ended early"
                        }
                    );
                    view! {
                        <li class="card history-item">
                            <p class="history-name">{session.routine.clone()}</p>
                            <p class="history-meta">{detail}</p>
                        </li>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };
    let empty = move || data.history.with(|h| h.sessions.is_empty());
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"History"</h1>
            <p class="lead">"Every workout you finish, newest first. Kept on this device only."</p>
            {move || {
                if empty() {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"No workouts yet"</p>
                            <p>"Finish a workout in the player and it shows up here."</p>
                            <a class="button button-primary" href=Route::Routines.href()>"Pick a routine"</a>
                        </div>
                    }
                    .into_any()
                } else {
                    view! { <ul class="history-list" aria-label="Workout history">{items}</ul> }.into_any()
                }
            }}
        </section>
    }
}
