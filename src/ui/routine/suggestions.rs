//! "Time to step up" on the routine: for each exercise, what the articles'
//! rules suggest after the last workout of this routine (more reps, a set
//! or a round, or the next band), in words, applied only with a tap.

use leptos::prelude::*;

use crate::model::history::step_ups::{self, StepUp};
use crate::model::routine::routine_book::RoutineId;
use crate::ui::data::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::workout_data::WorkoutData;

#[component]
pub fn Suggestions(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let workouts = WorkoutData::get();
    let suggestions = Memo::new(move |_| {
        let kit = data.kit.with(|k| k.clone().unwrap_or_default());
        data.book.with(|book| {
            let Some(routine) = book.get(routine) else {
                return Vec::new();
            };
            workouts
                .history
                .with(|history| step_ups::suggest_for(routine, history, &kit))
        })
    });
    let apply = move |up: StepUp| {
        data.change_routine(routine, |r| step_ups::apply(r, up.entry, up.step));
        StatusMessage::announce(format!("Done: {}", up.text));
    };
    move || {
        let list = suggestions.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|suggestion| {
                    let text = suggestion.text.clone();
                    let label = format!("Apply the step for {}", suggestion.exercise);
                    view! {
                        <li class="suggestion">
                            <p>{text}</p>
                            <button type="button" class="button button-quiet" aria-label=label on:click=move |_| apply(suggestion.clone())>
                                "Apply"
                            </button>
                        </li>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <section class="card suggestions" aria-labelledby="suggestions-title">
                    <h2 id="suggestions-title">"Time to step up"</h2>
                    <ul aria-label="Suggestions">{items}</ul>
                </section>
            }
            .into_any()
        })
    }
}
