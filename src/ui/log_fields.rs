//! The training log's fields, shared by the summary, a past workout and
//! an edit in History: each side's figure per set of a move done each
//! side in turn, one figure per set otherwise, and the note. Each field
//! checks what is typed and hands on only good values.

use leptos::prelude::*;

use crate::model::history::past::FIGURE_MAX;
use crate::model::history::session::{SessionExercise, NOTE_MAX};
use crate::model::history::sides::Side;

/// A whole number from 0 to `max`, or the words to show.
fn figure(typed: &str, max: u16) -> Result<u16, String> {
    match typed.trim().parse::<u16>() {
        Ok(value) if value <= max => Ok(value),
        _ => Err(format!("Enter a whole number from 0 to {max}.")),
    }
}

/// One number field with its label and its error.
#[component]
pub fn FigureField(
    /// The field's accessible name.
    label: String,
    /// What shows above the field; the label when None.
    #[prop(optional)]
    shown: Option<String>,
    value: u16,
    #[prop(default = FIGURE_MAX)] max: u16,
    on_value: Callback<u16>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let id = format!("figure-{}", next_id());
    // A short visible label ("Left") names the field in full for screen
    // readers ("Clamshell set 1, left").
    let (visible, full) = match shown {
        Some(shown) => (shown, Some(label)),
        None => (label, None),
    };
    view! {
        <div class="field figure-field">
            <label for=id.clone()>{visible}</label>
            <input
                id=id
                aria-label=full
                type="number"
                inputmode="numeric"
                min="0"
                max=max.to_string()
                value=value.to_string()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=move |event| match figure(&event_target_value(&event), max) {
                    Ok(value) => {
                        error.set(None);
                        on_value.run(value);
                    }
                    Err(words) => error.set(Some(words)),
                }
            />
            {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </div>
    }
}

/// Each set's left and right figures: a row per set.
#[component]
pub fn SideFields(
    name: String,
    exercise: SessionExercise,
    on_side: Callback<(usize, Side, u16)>,
) -> impl IntoView {
    let unit = exercise.actual_unit();
    let rows = exercise
        .side_figures()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(set, pair)| {
            let fields = Side::BOTH
                .into_iter()
                .zip(pair)
                .map(|(side, value)| {
                    let label = format!("{name} set {}, {}", set + 1, side.label().to_lowercase());
                    view! {
                        <FigureField
                            label
                            shown=side.label().to_owned()
                            value
                            on_value=Callback::new(move |value| on_side.run((set, side, value)))
                        />
                    }
                })
                .collect_view();
            view! {
                <div class="side-row">
                    <span class="side-set">{format!("Set {}", set + 1)}</span>
                    {fields}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="side-fields">
            <legend>{format!("{name}: {unit}, each side")}</legend>
            {rows}
        </fieldset>
    }
}

/// The note for an exercise, saved when the field is left.
#[component]
pub fn NoteField(name: String, note: String, on_note: Callback<String>) -> impl IntoView {
    let id = format!("note-{}", next_id());
    let count = RwSignal::new(note.chars().count());
    view! {
        <div class="field note-field">
            <label for=id.clone()>{format!("Note for {name}")}</label>
            <textarea
                id=id
                rows="2"
                maxlength=NOTE_MAX.to_string()
                placeholder="e.g. left knee twinged"
                on:input=move |event| count.set(event_target_value(&event).chars().count())
                on:change=move |event| on_note.run(event_target_value(&event))
            >
                {note}
            </textarea>
            <p class="hint note-count">{move || format!("{} of {NOTE_MAX} characters", count.get())}</p>
        </div>
    }
}

/// A number for element ids, unique on the page.
fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
