//! One entry of the routine being edited: its name, dose and band at a
//! glance; buttons to move, remove and edit it; a drag handle for pointer
//! and keyboard reordering; and, when opened, the dose and band editors.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

use super::band_picker::{band_words, BandPicker};
use super::circuit_settings::CircuitSettings;
use super::dose_editor::DoseEditor;
use super::drag::{DragController, DragSource, Drop};
use crate::model::catalog;
use crate::model::dose::Dose;
use crate::model::routine::reorder::{announce, index_for_gap, KeyMove, KeyOutcome, Lifted};
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::{BandChoice, EntryId};
use crate::platform::focus;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

/// Puts focus back on a control once the list has re-rendered around it
/// (moving a node in the DOM takes focus away from it). A microtask runs
/// before the next key press is handled, so fast key presses are not lost.
fn refocus(selector: String) {
    queue_microtask(move || focus::focus_selector(&selector));
}

#[component]
pub fn EntryRow(
    routine: RoutineId,
    entry_id: EntryId,
    drag: DragController,
    /// The entry lifted with the keyboard, if any (one per editor).
    lifted: RwSignal<Option<(EntryId, Lifted)>>,
    on_drop: Callback<Drop>,
) -> impl IntoView {
    let data = AppData::get();
    let found = Memo::new(move |_| {
        data.book.with(|b| {
            b.get(routine).and_then(|r| {
                r.find(entry_id)
                    .map(|(i, e)| (i, e.clone(), r.entries.len()))
            })
        })
    });
    let index = move || found.with(|f| f.as_ref().map_or(0, |f| f.0));
    let len = move || found.with(|f| f.as_ref().map_or(0, |f| f.2));
    let entry = move || found.with(|f| f.as_ref().map(|f| f.1.clone()));
    let name = StoredValue::new(
        found
            .with_untracked(|f| f.as_ref().map(|f| catalog::name_of(&f.1.exercise)))
            .unwrap_or_default(),
    );
    let open = RwSignal::new(false);
    let is_lifted = move || lifted.with(|l| l.is_some_and(|(id, _)| id == entry_id));

    let move_to = move |from: usize, to: usize| {
        data.change_routine(routine, |r| r.move_entry(from, to));
        StatusMessage::announce(announce(
            &name.get_value(),
            Some(KeyOutcome::Moved { from, to }),
            len(),
        ));
    };
    let move_by = move |up: bool| {
        let from = index();
        let to = if up { from.saturating_sub(1) } else { from + 1 };
        if to == from || to >= len() {
            return;
        }
        move_to(from, to);
        let (first, last) = (to == 0, to + 1 == len());
        let target = match (up, first, last) {
            (true, true, _) | (false, _, false) => "down",
            (true, false, _) | (false, _, true) => "up",
        };
        refocus(format!("[data-move='{target}-{entry_id}']"));
    };
    let remove = move |_| {
        let at = index();
        if let Some(Some(removed)) = data.change_routine(routine, |r| r.remove(at)) {
            Undo::get().offer(format!("Removed {}.", name.get_value()), move || {
                data.change_routine(routine, |r| r.restore(removed));
            });
        }
    };
    let on_key = move |event: KeyboardEvent| {
        // Escape also abandons a drag with the mouse or a finger.
        if event.key() == "Escape" && drag.state.with_untracked(Option::is_some) {
            drag.cancel();
            StatusMessage::announce(format!("Drag of {} cancelled.", name.get_value()));
            return;
        }
        let key = match event.key().as_str() {
            " " | "Enter" => KeyMove::Drop,
            "ArrowUp" => KeyMove::Up,
            "ArrowDown" => KeyMove::Down,
            "Escape" => KeyMove::Cancel,
            _ => return,
        };
        let current = lifted.get_untracked().filter(|(id, _)| *id == entry_id);
        let Some((_, mut state)) = current else {
            if key == KeyMove::Drop {
                event.prevent_default();
                lifted.set(Some((entry_id, Lifted::new(index()))));
                StatusMessage::announce(announce(&name.get_value(), None, len()));
            }
            return;
        };
        event.prevent_default();
        let outcome = state.press(key, len());
        match outcome {
            KeyOutcome::Moved { from, to } | KeyOutcome::Cancelled { from, to } if from != to => {
                data.change_routine(routine, |r| r.move_entry(from, to));
            }
            _ => {}
        }
        let done = matches!(
            outcome,
            KeyOutcome::Dropped { .. } | KeyOutcome::Cancelled { .. }
        );
        lifted.set((!done).then_some((entry_id, state)));
        StatusMessage::announce(announce(&name.get_value(), Some(outcome), len()));
        refocus(format!("[data-handle='{entry_id}']"));
    };
    let gap = move || {
        drag.state
            .with(|s| s.as_ref().and_then(|d| d.gap.map(|g| (d.source, g))))
    };
    let shows_gap_before =
        move || gap().is_some_and(|(source, g)| g == index() && !is_no_op(source, g));
    let shows_gap_after = move || {
        gap().is_some_and(|(source, g)| g == len() && index() + 1 == len() && !is_no_op(source, g))
    };
    let is_dragged = move || {
        drag.target.with(|s| {
            s.as_ref()
                .is_some_and(|d| d.source == DragSource::Entry(index()))
        })
    };

    let dose = Signal::derive(move || entry().map_or(Dose::reps(1, 1, 0), |e| e.dose));
    let bands = Signal::derive(move || entry().map(|e| e.bands).unwrap_or_default());
    // By id, not by place: a row whose entry was removed meanwhile changes
    // nothing (its place may hold another entry by now).
    let save_dose = Callback::new(move |dose: Dose| {
        data.change_routine(routine, |r| {
            if let Some(entry) = r.entry_mut(entry_id) {
                entry.dose = dose;
            }
        });
    });
    let save_bands = Callback::new(move |choice: BandChoice| {
        data.change_routine(routine, |r| {
            if let Some(entry) = r.entry_mut(entry_id) {
                entry.bands = choice;
            }
        });
    });
    let band_text = move || {
        data.kit.with(|kit| {
            let choice = bands.get();
            let main = band_words(kit.as_ref(), choice.main);
            match choice.stacked {
                Some(second) => format!("{main} + {}", band_words(kit.as_ref(), Some(second))),
                None => main,
            }
        })
    };
    let in_circuit = move || entry().is_some_and(|e| e.circuit.is_some());
    // The circuit's settings sit under its last entry.
    let circuit_end = move || {
        data.book.with(|b| {
            let r = b.get(routine)?;
            let i = index();
            let id = r.entries.get(i)?.circuit?;
            let next = r.entries.get(i + 1).and_then(|e| e.circuit);
            (next != Some(id)).then_some(id)
        })
    };

    let label = name.get_value();
    view! {
        <li
            class="entry"
            class:dragging=is_dragged
            class:lifted=is_lifted
            class:drop-before=shows_gap_before
            class:drop-after=shows_gap_after
            class:in-circuit=in_circuit
        >
            <div class="entry-row">
                <button
                    type="button"
                    class="drag-handle"
                    data-handle=entry_id
                    aria-label=format!("Drag {}", name.get_value())
                    aria-describedby="drag-help"
                    aria-pressed=move || is_lifted().to_string()
                    on:pointerdown=move |event: PointerEvent| {
                        lifted.set(None);
                        drag.start(&event, DragSource::Entry(index()), name.get_value());
                    }
                    on:pointermove=move |event: PointerEvent| drag.follow(&event)
                    on:pointerup=move |event: PointerEvent| {
                        if let Some(drop) = drag.finish(&event) {
                            on_drop.run(drop);
                        }
                    }
                    on:pointercancel=move |_| drag.cancel()
                    on:keydown=on_key
                >
                    <IconSvg icon=Icon::Grip />
                </button>
                <div class="entry-text">
                    <span class="entry-name">{label.clone()}</span>
                    <span class="entry-summary">
                        {move || {
                            if in_circuit() {
                                format!("{} a round", dose.get().one_set())
                            } else {
                                dose.get().summary()
                            }
                        }}
                        " · "
                        {band_text}
                    </span>
                </div>
                <div class="entry-actions">
                    <button
                        type="button"
                        class="icon-button"
                        data-move=format!("up-{entry_id}")
                        aria-label=format!("Move {label} up")
                        disabled=move || index() == 0
                        on:click=move |_| move_by(true)
                    >
                        <IconSvg icon=Icon::Up />
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        data-move=format!("down-{entry_id}")
                        aria-label=format!("Move {label} down")
                        disabled={move || index() + 1 >= len()}
                        on:click=move |_| move_by(false)
                    >
                        <IconSvg icon=Icon::Down />
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        data-edit=entry_id
                        aria-label=format!("Edit {label}")
                        aria-expanded=move || open.get().to_string()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        <IconSvg icon=Icon::Edit />
                    </button>
                    <button
                        type="button"
                        class="icon-button danger"
                        aria-label=format!("Remove {label}")
                        on:click=remove
                    >
                        <IconSvg icon=Icon::Remove />
                    </button>
                </div>
            </div>
            {move || open.get().then(|| view! {
                <div class="entry-editor">
                    <DoseEditor
                        entry_id
                        exercise=label.clone()
                        dose
                        in_circuit=Signal::derive(in_circuit)
                        save=save_dose
                    />
                    <BandPicker entry_id exercise=label.clone() choice=bands save=save_bands />
                    <CircuitLink routine index=Signal::derive(index) />
                    <button
                        type="button"
                        class="button button-primary editor-done"
                        aria-label=format!("Done editing {label}")
                        on:click=move |_| {
                            open.set(false);
                            refocus(format!("[data-edit='{entry_id}']"));
                        }
                    >
                        "Done"
                    </button>
                </div>
            }.into_any())}
            {move || circuit_end().map(|circuit| view! { <CircuitSettings routine circuit /> }.into_any())}
        </li>
    }
}

/// A drop that would leave an entry where it is shows no gap.
fn is_no_op(source: DragSource, gap: usize) -> bool {
    matches!(source, DragSource::Entry(from) if index_for_gap(from, gap) == from)
}

/// Joining the next exercise into a circuit, or leaving one.
#[component]
fn CircuitLink(routine: RoutineId, index: Signal<usize>) -> impl IntoView {
    let data = AppData::get();
    let membership = Memo::new(move |_| {
        data.book.with(|b| {
            b.get(routine).map(|r| {
                let i = index.get();
                let this = r.entries.get(i).and_then(|e| e.circuit);
                let next = r
                    .entries
                    .get(i + 1)
                    .map(|e| (e.circuit, catalog::name_of(&e.exercise)));
                (this, next)
            })
        })
    });
    view! {
        <div class="circuit-link">
            {move || {
                let Some((this, next)) = membership.get() else {
                    return ().into_any();
                };
                let link = next
                    .filter(|(next_circuit, _)| this.is_none() || *next_circuit != this)
                    .map(|(_, next_name)| {
                        view! {
                            <button
                                type="button"
                                class="button button-quiet"
                                on:click=move |_| {
                                    let at = index.get_untracked();
                                    data.change_routine(routine, |r| r.link_with_next(at));
                                    StatusMessage::announce(format!("Circuit now includes {next_name}."));
                                }
                            >
                                {format!("Circuit with {next_name}")}
                            </button>
                        }
                    });
                let leave = this.map(|_| {
                    view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| {
                                let at = index.get_untracked();
                                data.change_routine(routine, |r| r.leave_circuit(at));
                                StatusMessage::announce("Left the circuit.");
                            }
                        >
                            "Leave the circuit"
                        </button>
                    }
                });
                view! { {link} {leave} }.into_any()
            }}
        </div>
    }
}
