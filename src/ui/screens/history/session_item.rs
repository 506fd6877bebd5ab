//! One workout in History: a summary line that opens to its details, where
//! each exercise can be rated (or rated again) later, and the workout
//! deleted, with Undo.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{Rating, Session, SessionExercise};
use crate::model::time::clock_text;
use crate::model::workout::cut_short_text;
use crate::platform::clock::local_date;
use crate::ui::status::StatusMessage;
use crate::ui::workout_data::WorkoutData;

/// One workout: a summary line that opens to its details.
#[component]
pub fn SessionItem(session: Session) -> impl IntoView {
    let data = WorkoutData::get();
    let done: Vec<(usize, SessionExercise)> = session
        .exercises
        .iter()
        .cloned()
        .enumerate()
        .filter(|(_, e)| e.sets_done > 0 || !e.cut_short_s.is_empty())
        .collect();
    let meta = format!(
        "{} · {} · {} {}{}",
        local_date(session.started_at),
        clock_text(u64::from(session.active_s)),
        done.len(),
        if done.len() == 1 {
            "exercise"
        } else {
            "exercises"
        },
        if session.finished {
            ""
        } else {
            " · ended early"
        }
    );
    let id = session.id;
    let rows = done
        .into_iter()
        .map(|(index, e)| view! { <ExerciseRow session=id index exercise=e /> }.into_any())
        .collect_view();
    view! {
        <li class="card history-item">
            <details>
                <summary>
                    <span class="history-name">{session.routine.clone()}</span>
                    <span class="history-meta">{meta}</span>
                </summary>
                <ul class="history-detail">{rows}</ul>
                <button type="button" class="button button-quiet" on:click=move |_| data.delete_session(id)>
                    "Delete this workout"
                </button>
            </details>
        </li>
    }
}

/// What was done of one exercise, and how it felt: three answers that
/// save as soon as one is picked.
#[component]
fn ExerciseRow(session: u64, index: usize, exercise: SessionExercise) -> impl IntoView {
    let data = WorkoutData::get();
    let name = catalog::name_of(&exercise.exercise);
    let bands = exercise
        .bands
        .iter()
        .map(|b| b.name.clone())
        .collect::<Vec<_>>()
        .join(" + ");
    let actual = exercise
        .actual
        .map(|n| format!(" · did {n} {}", exercise.actual_unit()))
        .unwrap_or_default();
    let short = cut_short_text(&exercise)
        .map(|text| format!(" · {text}"))
        .unwrap_or_default();
    let line = format!(
        "{} of {} sets, {}{}{}{}",
        exercise.sets_done,
        exercise.dose.sets,
        exercise.dose.summary(),
        if bands.is_empty() {
            String::new()
        } else {
            format!(" · {bands}")
        },
        actual,
        short,
    );
    // Read from the history itself, so a rating changed here, in the
    // summary or in another tab always shows as it is stored.
    let rating = move || {
        data.history.with(|h| {
            h.sessions
                .iter()
                .find(|s| s.id == session)
                .and_then(|s| s.exercises.get(index))
                .and_then(|e| e.rating)
        })
    };
    let group = format!("rate-{session}-{index}");
    let rate = {
        let name = name.clone();
        move |choice: Rating| {
            if data.rate_past(session, index, choice) {
                StatusMessage::announce(format!(
                    "Saved: {name} felt {}.",
                    choice.label().to_lowercase()
                ));
            }
        }
    };
    let choices = Rating::ALL
        .into_iter()
        .map(|choice| {
            let rate = rate.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=group.clone()
                        prop:checked=move || rating() == Some(choice)
                        on:change=move |_| rate(choice)
                    />
                    <span>{choice.label()}</span>
                </label>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <li class="history-exercise">
            <p><strong>{name.clone()}</strong>" "<span>{line}</span></p>
            <fieldset class="choice-group rating">
                <legend>"How did " {name} " feel?"</legend>
                <div class="choices">{choices}</div>
            </fieldset>
        </li>
    }
}
