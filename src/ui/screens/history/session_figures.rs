//! A session's figures as a form, for a past workout being added and for
//! an edit in History: per exercise the sets done, each side's figure per
//! set (or one figure per set), how it felt, and a note, all changing a
//! draft that is kept only when the runner saves it.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{Rating, Session};
use crate::ui::log_fields::{FigureField, NoteField, SideFields};

/// The form's rows, one per exercise of `draft` as it is when drawn.
#[component]
pub fn SessionFigures(draft: RwSignal<Session>) -> impl IntoView {
    let count = draft.with_untracked(|s| s.exercises.len());
    let form_id = draft.with_untracked(|s| s.id);
    (0..count)
        .map(|index| view! { <ExerciseFigures draft index form_id /> })
        .collect_view()
}

#[component]
fn ExerciseFigures(draft: RwSignal<Session>, index: usize, form_id: u64) -> impl IntoView {
    let Some(exercise) = draft.with_untracked(|s| s.exercises.get(index).cloned()) else {
        return ().into_any();
    };
    let name = catalog::name_of(&exercise.exercise);
    let change = move |f: &dyn Fn(&mut crate::model::history::session::SessionExercise)| {
        draft.update(|s| {
            if let Some(e) = s.exercises.get_mut(index) {
                f(e);
            }
        });
    };
    // The side rows follow the sets done; nothing else draws them again.
    let sets_done =
        Memo::new(move |_| draft.with(|s| s.exercises.get(index).map_or(0, |e| e.sets_done)));
    let per_side = exercise.dose.per_side;
    let figures = {
        let name = name.clone();
        move || {
            // Read, not just tracked: a memo never read never follows
            // its draft.
            let _sets = sets_done.get();
            let Some(now) = draft.with_untracked(|s| s.exercises.get(index).cloned()) else {
                return ().into_any();
            };
            if per_side {
                let on_side = Callback::new(move |(set, side, value)| {
                    change(&|e| {
                        e.set_side(set, side, value);
                    });
                });
                view! { <SideFields name=name.clone() exercise=now on_side /> }.into_any()
            } else {
                let label = format!("{name}: {} per set", now.actual_unit());
                view! {
                    <FigureField
                        label
                        value=now.per_set()
                        on_value=Callback::new(move |value| change(&|e| e.set_per_set(value)))
                    />
                }
                .into_any()
            }
        }
    };
    let group = format!("edit-{form_id}-{index}");
    let rating = move || draft.with(|s| s.exercises.get(index).and_then(|e| e.rating));
    let choices = Rating::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=group.clone()
                        prop:checked=move || rating() == Some(choice)
                        on:change=move |_| change(&|e| e.rating = Some(choice))
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    let planned_sets = exercise.dose.sets;
    view! {
        <li class="figures-item">
            <p class="figures-name"><strong>{name.clone()}</strong>" "<span class="hint">{exercise.dose.summary()}</span></p>
            <FigureField
                label=format!("{name}: sets done")
                value=u16::from(exercise.sets_done)
                max=u16::from(planned_sets)
                on_value=Callback::new(move |sets: u16| {
                    let sets = u8::try_from(sets).unwrap_or(u8::MAX);
                    change(&|e| e.set_sets_done(sets));
                })
            />
            {figures}
            <fieldset class="choice-group rating">
                <legend>"How did " {name.clone()} " feel?"</legend>
                <div class="choices">{choices}</div>
            </fieldset>
            <NoteField
                name=name.clone()
                note=exercise.note.clone()
                on_note=Callback::new(move |text: String| change(&|e| e.set_note(&text)))
            />
        </li>
    }
    .into_any()
}
