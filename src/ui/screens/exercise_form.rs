//! The own-exercise form (`#/exercise/new`, `#/exercise/<id>`): name,
//! muscles, category, band placement with its picture, band type,
//! equipment, the starting dose (the routine editor's dose editor), steps,
//! form cues and a video link. The checks are the model's
//! (`catalog::own_form`); this shows their words under each field and
//! moves the focus to the first field to fix. In its own wasm chunk.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::catalog::exercise::{Category, Equipment, Muscle, Placement};
use crate::model::catalog::own::{MAX_CUES, MAX_NAME_CHARS, MAX_STEPS};
use crate::model::catalog::own_form::{Field, FieldError, OwnDraft};
use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;
use crate::model::route::{Location, Route};
use crate::platform::{focus, location};
use crate::ui::placement_picture::PlacementPicture;
use crate::ui::routine::dose_editor::DoseEditor;
use crate::ui::state::own::OwnData;
use crate::ui::status::StatusMessage;

/// The id of a field's input, for labels, errors and focus.
fn input_id(field: Field) -> &'static str {
    match field {
        Field::Name => "own-name",
        Field::Steps => "own-steps",
        Field::Cues => "own-cues",
        Field::Video => "own-video",
        Field::Dose => "own-dose",
    }
}

#[component]
pub fn ExerciseForm(
    /// "new", or the id of the own exercise to edit.
    id: String,
) -> impl IntoView {
    let own = OwnData::get();
    let editing = (id != "new").then_some(id);
    let existing = editing
        .as_ref()
        .and_then(|id| own.exercises.with_untracked(|o| o.get_live(id).cloned()));
    if editing.is_some() && existing.is_none() {
        return view! {
            <section class="screen" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">"Exercise not found"</h1>
                <p class="lead">"Only exercises you made can be edited, and this one is not in your library."</p>
                <a class="button button-quiet" href=Route::Library.href()>"Back to the library"</a>
            </section>
        }
        .into_any();
    }
    let draft = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(OwnDraft::default, OwnDraft::from_exercise),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let title = if editing.is_some() {
        "Edit exercise"
    } else {
        "New exercise"
    };
    let back = editing
        .as_deref()
        .map_or_else(|| Route::Library.href(), Location::exercise_href);

    let submit = {
        let editing = editing.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let checked = draft.with_untracked(|d| {
                d.check(|name| {
                    catalog::built_in_name(name)
                        || own
                            .exercises
                            .with_untracked(|o| o.name_taken(name, editing.as_deref()))
                })
            });
            match checked {
                Err(found) => {
                    let first = found.first().map(|e| e.field());
                    errors.set(found);
                    if let Some(field) = first {
                        let selector = match field {
                            Field::Dose => ".dose-editor select".to_owned(),
                            other => format!("#{}", input_id(other)),
                        };
                        focus::focus_selector(&selector);
                    }
                }
                Ok(exercise) => {
                    errors.set(Vec::new());
                    let name = exercise.name.clone();
                    let id = match &editing {
                        Some(id) => {
                            own.change(|o| o.update(id, exercise));
                            id.clone()
                        }
                        None => own.change(|o| o.add(exercise)),
                    };
                    StatusMessage::announce(format!("Saved {name}."));
                    location::go(&Location::exercise_href(&id));
                }
            }
        }
    };

    let error_of = move |field: Field| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|error| error.field() == field)
                    .map(|error| error.words())
            })
        })
    };

    view! {
        <section class="screen exercise-form-screen" aria-labelledby="screen-title">
            <a class="back-link" href=back.clone()>"‹ Back"</a>
            <h1 id="screen-title" tabindex="-1">{title}</h1>
            <p class="lead">"Add a move your physio or coach gave you. It works like any exercise in the library."</p>
            <form class="card own-form" novalidate on:submit=submit>
                <TextField
                    field=Field::Name
                    label="Exercise name"
                    hint=format!("Required, at most {MAX_NAME_CHARS} characters.")
                    error=error_of(Field::Name)
                    value=Signal::derive(move || draft.with(|d| d.name.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.name = v))
                    multiline=false
                />
                <Checks
                    legend="Muscles"
                    options=Muscle::ALL.iter().enumerate().map(|(at, m)| (m.label(), at)).collect()
                    checked=Signal::derive(move || draft.with(|d| positions(&Muscle::ALL, &d.muscles)))
                    flip=Callback::new(move |at: usize| draft.update(|d| {
                        if let Some(muscle) = Muscle::ALL.get(at).copied() {
                            toggle(&mut d.muscles, muscle);
                        }
                    }))
                />
                <Choice
                    id="own-category"
                    label="Category"
                    options=Category::ALL.iter().map(|c| c.label()).collect()
                    selected=Signal::derive(move || draft.with(|d| Category::ALL.iter().position(|c| *c == d.category).unwrap_or(0)))
                    pick=Callback::new(move |at: usize| draft.update(|d| {
                        d.category = Category::ALL.get(at).copied().unwrap_or(d.category);
                    }))
                />
                <div class="own-placement">
                    <Choice
                        id="own-placement"
                        label="Band placement"
                        options=Placement::ALL.iter().map(|p| p.label()).collect()
                        selected=Signal::derive(move || draft.with(|d| Placement::ALL.iter().position(|p| *p == d.placement).unwrap_or(0)))
                        pick=Callback::new(move |at: usize| draft.update(|d| {
                            d.placement = Placement::ALL.get(at).copied().unwrap_or(d.placement);
                        }))
                    />
                    {move || view! { <PlacementPicture placement=draft.with(|d| d.placement) size=72 /> }}
                </div>
                <Choice
                    id="own-band-type"
                    label="Band type"
                    options=BandType::ALL.iter().map(|b| b.label()).collect()
                    selected=Signal::derive(move || draft.with(|d| BandType::ALL.iter().position(|b| *b == d.band_type).unwrap_or(0)))
                    pick=Callback::new(move |at: usize| draft.update(|d| {
                        d.band_type = BandType::ALL.get(at).copied().unwrap_or(d.band_type);
                    }))
                />
                <Checks
                    legend="Equipment besides the band"
                    options=Equipment::ALL.iter().enumerate().map(|(at, e)| (e.label(), at)).collect()
                    checked=Signal::derive(move || draft.with(|d| positions(&Equipment::ALL, &d.equipment)))
                    flip=Callback::new(move |at: usize| draft.update(|d| {
                        if let Some(item) = Equipment::ALL.get(at).copied() {
                            toggle(&mut d.equipment, item);
                        }
                    }))
                />
                <fieldset class="own-dose" id=input_id(Field::Dose)>
                    <legend>"Starting dose"</legend>
                    <DoseEditor
                        entry_id=0
                        exercise="this exercise".to_owned()
                        dose=Signal::derive(move || draft.with(|d| d.dose))
                        in_circuit=Signal::derive(|| false)
                        save=Callback::new(move |dose: Dose| draft.update(|d| d.dose = dose))
                    />
                    <FieldErrorText id="own-dose-error" error=error_of(Field::Dose) />
                </fieldset>
                <TextField
                    field=Field::Steps
                    label="Steps"
                    hint=format!("One step per line, at most {MAX_STEPS}.")
                    error=error_of(Field::Steps)
                    value=Signal::derive(move || draft.with(|d| d.steps.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.steps = v))
                    multiline=true
                />
                <TextField
                    field=Field::Cues
                    label="Form cues"
                    hint=format!("Optional. One per line, at most {MAX_CUES}.")
                    error=error_of(Field::Cues)
                    value=Signal::derive(move || draft.with(|d| d.cues.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.cues = v))
                    multiline=true
                />
                <TextField
                    field=Field::Video
                    label="Video link"
                    hint="Optional. A link starting with https://, opened in a new tab; nothing is loaded here.".to_owned()
                    error=error_of(Field::Video)
                    value=Signal::derive(move || draft.with(|d| d.video.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.video = v))
                    multiline=false
                />
                <div class="card-actions">
                    <button type="submit" class="button button-primary">"Save exercise"</button>
                    <a class="button button-quiet" href=back>"Cancel"</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}

/// Where each of `chosen` is in `all`.
fn positions<T: PartialEq>(all: &[T], chosen: &[T]) -> Vec<usize> {
    chosen
        .iter()
        .filter_map(|c| all.iter().position(|a| a == c))
        .collect()
}

/// Adds `value` if it is missing, removes it if it is there.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| *v == value) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(value),
    }
}

#[component]
fn FieldErrorText(id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        {move || error.get().map(|text| view! { <p class="field-error" id=id>{text}</p> })}
    }
}

/// A labelled text box (or area) with its hint and error.
#[component]
fn TextField(
    field: Field,
    label: &'static str,
    hint: String,
    error: Signal<Option<String>>,
    value: Signal<String>,
    set: Callback<String>,
    multiline: bool,
) -> impl IntoView {
    let id = input_id(field);
    let hint_id = format!("{id}-hint");
    let error_id: &'static str = match field {
        Field::Name => "own-name-error",
        Field::Steps => "own-steps-error",
        Field::Cues => "own-cues-error",
        Field::Video => "own-video-error",
        Field::Dose => "own-dose-error",
    };
    let described_by = {
        let hint_id = hint_id.clone();
        move || {
            if error.with(Option::is_some) {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let on_input = move |event| set.run(event_target_value(&event));
    let input = if multiline {
        view! {
            <textarea
                id=id
                rows="4"
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type=if field == Field::Video { "url" } else { "text" }
                autocomplete="off"
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=on_input
            />
        }
        .into_any()
    };
    view! {
        <div class="kit-field own-field">
            <label for=id>{label}</label>
            {input}
            <p class="kit-hint" id=hint_id>{hint}</p>
            <FieldErrorText id=error_id error />
        </div>
    }
}

/// A labelled select of `options`, by position.
#[component]
fn Choice(
    id: &'static str,
    label: &'static str,
    options: Vec<&'static str>,
    selected: Signal<usize>,
    pick: Callback<usize>,
) -> impl IntoView {
    view! {
        <div class="kit-field own-field">
            <label for=id>{label}</label>
            <select
                id=id
                on:change=move |event| {
                    if let Ok(at) = event_target_value(&event).parse::<usize>() {
                        pick.run(at);
                    }
                }
            >
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(at, text)| view! {
                        <option value=at.to_string() selected=move || selected.get() == at>{text}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A group of checkboxes; `options` are (label, index).
#[component]
fn Checks(
    legend: &'static str,
    options: Vec<(&'static str, usize)>,
    checked: Signal<Vec<usize>>,
    flip: Callback<usize>,
) -> impl IntoView {
    view! {
        <fieldset class="own-checks">
            <legend>{legend}</legend>
            <div class="own-check-grid">
                {options
                    .into_iter()
                    .map(|(text, at)| view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || checked.with(|c| c.contains(&at))
                                on:change=move |_| flip.run(at)
                            />
                            <span>{text}</span>
                        </label>
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
