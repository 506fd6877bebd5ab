//! A circuit's rounds, change-over time and rest between rounds, shown under
//! its last exercise with its plan in words, and a way to dissolve it.

use leptos::prelude::*;

use crate::model::dose::MAX_SECONDS;
use crate::model::routine::circuit_words::plan_in_words;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::{Circuit, CircuitId, MAX_ROUNDS};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;

#[component]
pub fn CircuitSettings(routine: RoutineId, circuit: CircuitId) -> impl IntoView {
    let data = AppData::get();
    let current = Memo::new(move |_| {
        data.book
            .with(|b| b.get(routine).and_then(|r| r.circuit(circuit).copied()))
    });
    let size = Memo::new(move |_| {
        data.book.with(|b| {
            b.get(routine).map_or(0, |r| {
                r.entries
                    .iter()
                    .filter(|e| e.circuit == Some(circuit))
                    .count()
            })
        })
    });
    let error = RwSignal::new(None::<String>);
    let update = move |change: &dyn Fn(&mut Circuit, u16) -> Result<(), String>, text: String| {
        let Some(mut next) = current.get_untracked() else {
            return;
        };
        let outcome = text
            .trim()
            .parse::<u16>()
            .map_err(|_| "Enter a whole number.".to_owned())
            .and_then(|value| change(&mut next, value));
        match outcome {
            Ok(()) => {
                error.set(None);
                data.change_routine(routine, |r| r.set_circuit(next));
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let plan = Memo::new(move |_| {
        data.book
            .with(|b| b.get(routine).and_then(|r| plan_in_words(r, circuit)))
    });
    let seconds = move |value: u16, what: &str| {
        if value > MAX_SECONDS {
            Err(format!(
                "{what} must be between 0 and {MAX_SECONDS} seconds."
            ))
        } else {
            Ok(value)
        }
    };
    let rounds_id = format!("circuit-{circuit}-rounds");
    let change_id = format!("circuit-{circuit}-change");
    let rest_id = format!("circuit-{circuit}-rest");

    view! {
        <div class="circuit-settings" role="group" aria-label="Circuit settings">
            <p class="circuit-title">
                {move || format!("Circuit of {} exercises, one set of each per round", size.get())}
            </p>
            <div class="circuit-fields">
                <div class="field number-field">
                    <label for=rounds_id.clone()>"Rounds"</label>
                    <input
                        id=rounds_id
                        type="number"
                        inputmode="numeric"
                        prop:value=move || current.get().map(|c| c.rounds.to_string()).unwrap_or_default()
                        on:input=move |event| {
                            update(
                                &|c, v| match u8::try_from(v) {
                                    Ok(rounds @ 1..=MAX_ROUNDS) => {
                                        c.rounds = rounds;
                                        Ok(())
                                    }
                                    _ => Err(format!("Rounds must be between 1 and {MAX_ROUNDS}.")),
                                },
                                event_target_value(&event),
                            );
                        }
                    />
                </div>
                <div class="field number-field">
                    <label for=change_id.clone()>"Change between moves (s)"</label>
                    <input
                        id=change_id
                        type="number"
                        inputmode="numeric"
                        prop:value=move || current.get().map(|c| c.transition_s.to_string()).unwrap_or_default()
                        on:input=move |event| {
                            update(
                                &|c, v| {
                                    c.transition_s = seconds(v, "The change")?;
                                    Ok(())
                                },
                                event_target_value(&event),
                            );
                        }
                    />
                </div>
                <div class="field number-field">
                    <label for=rest_id.clone()>"Rest between rounds (s)"</label>
                    <input
                        id=rest_id
                        type="number"
                        inputmode="numeric"
                        prop:value=move || current.get().map(|c| c.round_rest_s.to_string()).unwrap_or_default()
                        on:input=move |event| {
                            update(
                                &|c, v| {
                                    c.round_rest_s = seconds(v, "Rest")?;
                                    Ok(())
                                },
                                event_target_value(&event),
                            );
                        }
                    />
                </div>
            </div>
            <p class="circuit-plan">{move || plan.get().unwrap_or_default()}</p>
            {move || error.with(Option::is_some).then(|| view! {
                <p class="field-error" role="alert">{move || error.get().unwrap_or_default()}</p>
            }.into_any())}
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| {
                    data.change_routine(routine, |r| r.ungroup(circuit));
                    StatusMessage::announce("Circuit ungrouped.");
                }
            >
                "Ungroup circuit"
            </button>
        </div>
    }
}
