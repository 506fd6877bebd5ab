//! Editing one entry's dose: pick its shape, then type the numbers. A value
//! that cannot be right is explained next to its field and not saved; it is
//! never quietly changed into something else. In a circuit the dose is one
//! round's: no sets and no rest between them (the circuit has its rounds
//! and rests).

use leptos::prelude::*;

use crate::model::dose::{Dose, DoseError, Shape};

/// The shapes offered, as the editor names them.
const SHAPES: [(&str, &str); 6] = [
    ("reps", "Reps"),
    ("reps-per-side", "Reps per side"),
    ("timed", "Timed sets (work and rest)"),
    ("holds", "Several short holds per set"),
    ("steps", "Steps each way"),
    ("hold", "One long hold per set"),
];

fn shape_code(dose: &Dose) -> &'static str {
    match dose.shape {
        Shape::Reps { .. } if dose.per_side => "reps-per-side",
        Shape::Reps { .. } => "reps",
        Shape::Timed { .. } => "timed",
        Shape::Holds { .. } => "holds",
        Shape::StepsEachWay { .. } => "steps",
        Shape::Hold { .. } => "hold",
    }
}

/// The dose after switching to another shape: sets and rest are kept, the
/// new shape starts from typical values.
fn with_shape(dose: Dose, code: &str) -> Dose {
    let (shape, per_side) = match code {
        "reps" => (Shape::Reps { reps: 10 }, false),
        "reps-per-side" => (Shape::Reps { reps: 10 }, true),
        "timed" => (Shape::Timed { work_s: 30 }, dose.per_side),
        "holds" => (
            Shape::Holds {
                holds: 10,
                hold_s: 5,
            },
            dose.per_side,
        ),
        "steps" => (Shape::StepsEachWay { steps: 15 }, false),
        _ => (Shape::Hold { hold_s: 30 }, dose.per_side),
    };
    Dose {
        shape,
        per_side,
        ..dose
    }
}

/// One number of a dose: which field, its label, and how to read/write it.
#[derive(Clone, Copy)]
struct Field {
    key: &'static str,
    label: &'static str,
    error: DoseError,
    get: fn(&Dose) -> u16,
    set: fn(&mut Dose, u16),
}

/// The fields of `dose`; in a circuit only the round's own numbers.
fn fields(dose: &Dose, in_circuit: bool) -> Vec<Field> {
    let sets = Field {
        key: "sets",
        label: "Sets",
        error: DoseError::Sets,
        get: |d| u16::from(d.sets),
        set: |d, v| d.sets = u8::try_from(v).unwrap_or(u8::MAX),
    };
    let rest = Field {
        key: "rest",
        label: "Rest between sets (s)",
        error: DoseError::Rest,
        get: |d| d.rest_s,
        set: |d, v| d.rest_s = v,
    };
    let main: Vec<Field> = match dose.shape {
        Shape::Reps { .. } => vec![Field {
            key: "reps",
            label: "Reps",
            error: DoseError::Reps,
            get: |d| match d.shape {
                Shape::Reps { reps } => reps,
                _ => 0,
            },
            set: |d, v| d.shape = Shape::Reps { reps: v },
        }],
        Shape::Timed { .. } => vec![Field {
            key: "work",
            label: "Work (s)",
            error: DoseError::Seconds,
            get: |d| match d.shape {
                Shape::Timed { work_s } => work_s,
                _ => 0,
            },
            set: |d, v| d.shape = Shape::Timed { work_s: v },
        }],
        Shape::Holds { .. } => vec![
            Field {
                key: "holds",
                label: "Holds",
                error: DoseError::Holds,
                get: |d| match d.shape {
                    Shape::Holds { holds, .. } => holds,
                    _ => 0,
                },
                set: |d, v| {
                    if let Shape::Holds { hold_s, .. } = d.shape {
                        d.shape = Shape::Holds { holds: v, hold_s };
                    }
                },
            },
            Field {
                key: "hold",
                label: "Each hold (s)",
                error: DoseError::Seconds,
                get: |d| match d.shape {
                    Shape::Holds { hold_s, .. } => hold_s,
                    _ => 0,
                },
                set: |d, v| {
                    if let Shape::Holds { holds, .. } = d.shape {
                        d.shape = Shape::Holds { holds, hold_s: v };
                    }
                },
            },
        ],
        Shape::StepsEachWay { .. } => vec![Field {
            key: "steps",
            label: "Steps each way",
            error: DoseError::Steps,
            get: |d| match d.shape {
                Shape::StepsEachWay { steps } => steps,
                _ => 0,
            },
            set: |d, v| d.shape = Shape::StepsEachWay { steps: v },
        }],
        Shape::Hold { .. } => vec![Field {
            key: "hold",
            label: "Hold (s)",
            error: DoseError::Seconds,
            get: |d| match d.shape {
                Shape::Hold { hold_s } => hold_s,
                _ => 0,
            },
            set: |d, v| d.shape = Shape::Hold { hold_s: v },
        }],
    };
    if in_circuit {
        return main;
    }
    let mut all = vec![sets];
    all.extend(main);
    all.push(rest);
    all
}

/// The dose editor for one entry. `dose` is the saved dose; `save` is called
/// with every valid edit.
#[component]
pub fn DoseEditor(
    /// Makes field ids unique on the page.
    entry_id: u32,
    exercise: String,
    dose: Signal<Dose>,
    /// Whether the entry is in a circuit: then the dose is one round's.
    in_circuit: Signal<bool>,
    save: Callback<Dose>,
) -> impl IntoView {
    let shape = Memo::new(move |_| shape_code(&dose.get()));
    let layout = Memo::new(move |_| (shape.get(), in_circuit.get()));
    let per_side_allowed = Memo::new(move |_| {
        matches!(
            dose.get().shape,
            Shape::Timed { .. } | Shape::Holds { .. } | Shape::Hold { .. }
        )
    });

    view! {
        <div class="dose-editor">
            <label class="field">
                <span>"Dose type"</span>
                <select
                    aria-label=format!("Dose type for {exercise}")
                    on:change=move |event| {
                        let code = event_target_value(&event);
                        save.run(with_shape(dose.get_untracked(), &code));
                    }
                >
                    {SHAPES
                        .iter()
                        .map(|&(code, label)| {
                            view! {
                                <option value=code selected=move || shape.get() == code>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            // Rebuilt when the shape changes, or the entry joins or leaves a
            // circuit, so each shows its fields.
            {move || {
                let (_, circuit) = layout.get();
                let current = dose.get_untracked();
                view! {
                    {circuit.then(|| view! {
                        <p class="dose-note">
                            "In a circuit this is one round's dose: the circuit's rounds say how many times."
                        </p>
                    })}
                    <div class="dose-fields">
                        {fields(&current, circuit)
                            .into_iter()
                            .map(|field| view! { <NumberField entry_id field dose save /> })
                            .collect_view()}
                    </div>
                }
                .into_any()
            }}
            {move || per_side_allowed.get().then(|| view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || dose.get().per_side
                        on:change=move |event| {
                            let mut next = dose.get_untracked();
                            next.per_side = event_target_checked(&event);
                            save.run(next);
                        }
                    />
                    <span>"Each side"</span>
                </label>
            }.into_any())}
        </div>
    }
}

/// One number with its label and, when needed, its error.
#[component]
fn NumberField(
    entry_id: u32,
    field: Field,
    dose: Signal<Dose>,
    save: Callback<Dose>,
) -> impl IntoView {
    let id = format!("dose-{entry_id}-{}", field.key);
    let error_id = format!("{id}-error");
    let text = RwSignal::new((field.get)(&dose.get_untracked()).to_string());
    let error = RwSignal::new(None::<String>);

    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        let Ok(value) = typed.trim().parse::<u16>() else {
            error.set(Some("Enter a whole number.".into()));
            return;
        };
        let mut next = dose.get_untracked();
        (field.set)(&mut next, value);
        if let Some(problem) = next.errors().into_iter().find(|e| *e == field.error) {
            error.set(Some(problem.to_string()));
        } else {
            error.set(None);
            if next.errors().is_empty() {
                save.run(next);
            }
        }
    };

    view! {
        <div class="field number-field">
            <label for=id.clone()>{field.label}</label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min="0"
                prop:value=move || text.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                on:input=on_input
            />
            {move || error.with(Option::is_some).then(|| view! {
                <p class="field-error" id=format!("dose-{entry_id}-{}-error", field.key) role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            }.into_any())}
        </div>
    }
}
