//! "Time to step up" on the routine: for each exercise, what the articles'
//! rules suggest after the last workout of this routine (more reps, a set
//! or a round, or the next band), in words, applied only with a tap.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::progression::{self, Current, Step};
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::ui::data::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::workout_data::WorkoutData;

/// One suggestion: the entry it is for, the step, its sentence and the
/// exercise's name.
type Suggestion = (u32, Step, String, &'static str);

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
                .with(|history| suggest_all(routine, history, &kit))
        })
    });
    let apply = move |(entry, step, text, _): Suggestion| {
        data.change_routine(routine, |r| {
            let Some(at) = r.entries.iter().position(|e| e.id == entry) else {
                return;
            };
            let item = &mut r.entries[at];
            item.dose = progression::apply(step, item.dose);
            match step {
                Step::Band { band, .. } => item.bands.main = Some(band),
                Step::Rounds(rounds) => {
                    if let Some(mut circuit) = item.circuit.and_then(|id| r.circuit(id)).copied() {
                        circuit.rounds = rounds;
                        r.set_circuit(circuit);
                    }
                }
                _ => {}
            }
        });
        StatusMessage::announce(format!("Done: {text}"));
    };
    move || {
        let list = suggestions.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|suggestion| {
                    let text = suggestion.2.clone();
                    let label = format!("Apply the step for {}", suggestion.3);
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

fn suggest_all(
    routine: &Routine,
    history: &crate::model::history::session::History,
    kit: &crate::model::kit::band::BandKit,
) -> Vec<Suggestion> {
    routine
        .entries
        .iter()
        .filter_map(|entry| {
            let last =
                progression::last_done(history, &routine.name, &entry.exercise, &entry.dose)?;
            let exercise = catalog::by_id(&entry.exercise)?;
            let current = Current {
                dose: entry.dose,
                range: exercise.range,
                band: entry.bands.main,
                rounds: entry
                    .circuit
                    .and_then(|id| routine.circuit(id))
                    .map(|c| c.rounds),
            };
            let outcome = progression::outcome(last);
            let step = progression::suggest(&current, &outcome, kit)?;
            let text = progression::describe(exercise.name, step, &current, &outcome, kit);
            Some((entry.id, step, text, exercise.name))
        })
        .collect()
}
