//! After the workout: a short header that celebrates it with big figures
//! (time, sets, exercises), then one compact row per exercise with its
//! bands, sets and the three answers to "how did it feel", each side's
//! figure per set for a move done each side in turn (else, folded away,
//! the reps or seconds actually done), and a note. Every change is saved
//! into the session in history at once.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{Rating, SessionExercise};
use crate::model::route::Route;
use crate::model::time::clock_text;
use crate::model::workout::cut_short_text;
use crate::platform::focus;
use crate::ui::band_label::BandSwatch;
use crate::ui::log_fields::{NoteField, SideFields};
use crate::ui::state::workout::WorkoutData;
use crate::ui::step_up_offer::StepUpOffer;

#[component]
pub fn Summary() -> impl IntoView {
    let data = WorkoutData::get();
    let Some(session) = data.finished.get_untracked() else {
        return ().into_any();
    };
    // Live gave way to the summary without a navigation: move the focus
    // to its heading as a new page would.
    request_animation_frame(|| focus::focus_selector("main h1"));
    let title = if session.finished {
        "Workout complete"
    } else {
        "Workout ended"
    };
    let exercises: Vec<_> = session
        .exercises
        .iter()
        .enumerate()
        .filter(|(_, e)| e.sets_done > 0 || !e.cut_short_s.is_empty())
        .map(|(index, e)| {
            let in_circuit = data
                .finished_in_circuit
                .with_value(|moves| moves.get(index).copied().unwrap_or(false));
            view! { <ExerciseResult index exercise=e.clone() in_circuit /> }.into_any()
        })
        .collect();
    let exercises_done = exercises.len();
    let cheer = if session.finished {
        "Well done: that is one more in the bank."
    } else {
        "Every set counts: what you did is saved."
    };
    view! {
        <section class="screen summary" aria-labelledby="screen-title">
            <header class="summary-hero">
                <h1 id="screen-title" tabindex="-1">{title}</h1>
                <p class="summary-routine">{session.routine.clone()}</p>
                <dl class="summary-stats">
                    <div><dt>"Time"</dt><dd>{clock_text(u64::from(session.active_s))}</dd></div>
                    <div><dt>"Sets"</dt><dd>{session.sets()}</dd></div>
                    <div><dt>"Exercises"</dt><dd>{exercises_done}</dd></div>
                </dl>
                <p class="summary-cheer">{cheer}</p>
            </header>
            <h2 class="summary-ask">"How did each one feel?"</h2>
            <p class="hint">"Your answers are saved as you go and help suggest when to step up."</p>
            <ul class="summary-list" aria-label="Exercises done">{exercises}</ul>
            <StepUpOffer session=data.finished />
            <div class="summary-actions">
                <a class="button button-primary" href=Route::History.href() on:click=move |_| data.finished.set(None)>
                    "See history"
                </a>
                <a class="button button-quiet" href=Route::Routines.href() on:click=move |_| data.finished.set(None)>
                    "Back to routines"
                </a>
            </div>
        </section>
    }
    .into_any()
}

/// One exercise: bands, sets (or a circuit's rounds) done, rating and the
/// actual figure.
#[component]
fn ExerciseResult(index: usize, exercise: SessionExercise, in_circuit: bool) -> impl IntoView {
    let data = WorkoutData::get();
    let name = catalog::name_of(&exercise.exercise);
    let planned = exercise.planned();
    let unit = exercise.actual_unit();
    let group = format!("rating-{index}");
    let field = format!("actual-{index}");
    let error = RwSignal::new(None::<&'static str>);
    let rating = RwSignal::new(exercise.rating);
    let bands = exercise
        .bands
        .iter()
        .map(|band| {
            let colour = crate::model::kit::band::Colour {
                name: String::new(),
                swatch: band.swatch.clone(),
            };
            view! {
                <span class="band-chip"><BandSwatch colour /><span>{band.name.clone()}</span></span>
            }
            .into_any()
        })
        .collect_view();
    let sets = exercise.done_words(in_circuit);
    let short = cut_short_text(&exercise);
    let by_side = exercise.dose.per_side && exercise.sets_done > 0;
    let sides = by_side.then(|| {
        let on_side = Callback::new(move |(set, side, value)| {
            data.change_finished(|s| {
                s.exercises[index].set_side(set, side, value);
            });
        });
        view! { <SideFields name=name.clone() exercise=exercise.clone() on_side /> }
    });
    let note = view! {
        <NoteField
            name=name.clone()
            note=exercise.note.clone()
            on_note=Callback::new(move |text: String| {
                data.change_finished(|s| s.exercises[index].set_note(&text));
            })
        />
    };
    view! {
        <li class="summary-item">
            <div class="summary-what">
                <p class="summary-name">{name.clone()}</p>
                <p class="summary-meta">
                    {bands}
                    <span>{sets}</span>
                    {short.map(|text| view! { <span class="summary-short">{text}</span> })}
                </p>
            </div>
            <fieldset class="choice-group rating">
                <legend class="visually-hidden">"How did " {name.clone()} " feel?"</legend>
                <div class="choices">
                    {Rating::ALL
                        .into_iter()
                        .map(|choice| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=group.clone()
                                        prop:checked=move || rating.get() == Some(choice)
                                        on:change=move |_| {
                                            rating.set(Some(choice));
                                            data.change_finished(|s| s.exercises[index].rating = Some(choice));
                                        }
                                    />
                                    <span>{choice.label()}</span>
                                </label>
                            }
                            .into_any()
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {sides}
            <details class="summary-actual" hidden=by_side>
                <summary>{format!("Not {planned} {unit} per set?")}</summary>
                <div class="field actual-field">
                    <label for=field.clone()>{format!("{name}: {unit} per set")}</label>
                    <input
                        id=field.clone()
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max="999"
                        value=exercise.actual.unwrap_or(planned).to_string()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        on:change=move |event| {
                            let typed = event_target_value(&event);
                            match typed.trim().parse::<u16>() {
                                Ok(value) if value <= 999 => {
                                    error.set(None);
                                    let actual = (value != planned).then_some(value);
                                    data.change_finished(|s| s.exercises[index].actual = actual);
                                }
                                _ => error.set(Some("Enter a whole number from 0 to 999.")),
                            }
                        }
                    />
                    {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> }.into_any())}
                </div>
            </details>
            <div class="summary-note">{note}</div>
        </li>
    }
}
