//! Editing one saved routine: its name, its entries (reorder by drag,
//! buttons or keyboard; edit dose and band; circuits), and adding exercises.

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::catalog;
use crate::model::route::Route;
use crate::model::routine::estimate::describe;
use crate::model::routine::reorder::{announce, index_for_gap, KeyOutcome};
use crate::model::routine::routine_book::{RoutineId, MAX_NAME_CHARS};
use crate::ui::routine::add_exercise;
use crate::ui::routine::add_panel::AddPanel;
use crate::ui::routine::band_gaps::BandGaps;
use crate::ui::routine::drag::{DragController, DragSource, Drop};
use crate::ui::routine::entry_row::EntryRow;
use crate::ui::routine::share_panel::SharePanel;
use crate::ui::routine::start_button::StartButton;
use crate::ui::routine::suggestions::Suggestions;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;

#[component]
pub fn RoutineEditor(id: String) -> impl IntoView {
    let data = AppData::get();
    let routine = id.parse::<RoutineId>().ok();
    let exists = move || routine.is_some_and(|id| data.book.with(|b| b.get(id).is_some()));
    view! {
        <When when=Signal::derive(exists) fallback=move || {
                view! {
                    <section class="screen" aria-labelledby="screen-title">
                        <h1 id="screen-title" tabindex="-1">"Routine not found"</h1>
                        <p class="lead">"It may have been deleted, or the link is incomplete."</p>
                        <a class="button button-quiet" href=Route::Routines.href()>
                            "Back to your routines"
                        </a>
                    </section>
                }
            }>
            <Editor id=routine.unwrap_or_default() />
        </When>
    }
}

#[component]
fn Editor(id: RoutineId) -> impl IntoView {
    let data = AppData::get();
    data.current.set(Some(id));
    let drag = DragController::new();
    let lifted = RwSignal::new(None);
    on_cleanup(move || drag.cancel());

    let entry_ids = Memo::new(move |_| {
        data.book
            .with(|b| {
                b.get(id)
                    .map(|r| r.entries.iter().map(|e| e.id).collect::<Vec<_>>())
            })
            .unwrap_or_default()
    });
    // Each row by its entry and exercise: a move swapped in place
    // (`band_gaps`) gets a row of its own, named for the new move.
    let rows = Memo::new(move |_| {
        data.book
            .with(|b| {
                b.get(id).map(|r| {
                    r.entries
                        .iter()
                        .map(|e| (e.id, e.exercise.clone()))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let summary = Memo::new(move |_| data.book.with(|b| b.get(id).map(describe)));
    let on_drop = Callback::new(move |drop: Drop| match drop.source {
        DragSource::Entry(from) => {
            let to = index_for_gap(from, drop.gap);
            if to != from {
                data.change_routine(id, |r| r.move_entry(from, to));
                let len = entry_ids.with_untracked(Vec::len);
                let name = data.book.with_untracked(|b| {
                    b.get(id)
                        .and_then(|r| r.entries.get(to))
                        .map(|entry| catalog::name_of(&entry.exercise))
                        .unwrap_or_default()
                });
                StatusMessage::announce(announce(&name, Some(KeyOutcome::Moved { from, to }), len));
            }
        }
        DragSource::Exercise(exercise) => {
            if let Some(at) = add_exercise(data, id, exercise, Some(drop.gap)) {
                announce_added(exercise, at, entry_ids.with_untracked(Vec::len));
            }
        }
    });
    let add = Callback::new(move |exercise: &'static str| {
        if let Some(at) = add_exercise(data, id, exercise, None) {
            announce_added(exercise, at, entry_ids.with_untracked(Vec::len));
        }
    });

    view! {
        <section class="screen routine-editor" aria-labelledby="screen-title">
            <div class="editor-main">
            <a class="back-link" href=Route::Routines.href()>
                "‹ Routines"
            </a>
            <h1 id="screen-title" tabindex="-1">
                {move || data.book.with(|b| b.get(id).map(|r| r.name.clone()).unwrap_or_default())}
            </h1>
            <NameField id />
            <div class="routine-head">
                <p class="routine-summary">{move || summary.get().unwrap_or_default()}</p>
                <StartButton routine=id />
            </div>
            <SharePanel routine=id />
            <Suggestions routine=id />
            <BandGaps routine=id />
            <p id="drag-help" class="visually-hidden">
                "Press Space to pick up, the arrow keys to move, Space to drop, Escape to cancel."
            </p>
            <When when=Signal::derive(move || entry_ids.with(|ids| !ids.is_empty())) fallback=move || {
                    view! {
                        <div class="card empty-state routine-empty">
                            <p class="empty-title">"No exercises yet"</p>
                            <p>"Add some from the list below, or drag one here."</p>
                        </div>
                    }
                }>
                <ul class="routine-list" aria-label="Routine">
                    <For each=move || rows.get() key=|row| row.clone() let:row>
                        <EntryRow routine=id entry_id=row.0 drag lifted on_drop />
                    </For>
                </ul>
            </When>
            // An empty routine still needs a drop target.
            {move || entry_ids.with(Vec::is_empty).then(|| view! {
                <ul class="routine-list routine-list-empty" aria-hidden="true"></ul>
            }.into_any())}
            </div>
            <AddPanel drag on_drop add />
            <When when=Signal::derive(move || drag.state.with(Option::is_some))>
                <div
                    class="drag-ghost"
                    aria-hidden="true"
                    style:transform=move || {
                        drag.state.with(|s| s.as_ref().map(|d| format!("translateY({}px)", (d.y - 24.0) as i32)).unwrap_or_default())
                    }
                >
                    {move || drag.state.with(|s| s.as_ref().map(|d| d.label.clone()).unwrap_or_default())}
                </div>
            </When>
        </section>
    }
}

fn announce_added(exercise: &str, at: usize, len: usize) {
    let name = catalog::name_of(exercise);
    StatusMessage::announce(format!("Added {name} at position {} of {len}.", at + 1));
}

/// Characters typed before the name field shows how many are left.
const NAME_COUNT_FROM: usize = MAX_NAME_CHARS - 15;

/// The routine's name, saved as the user types unless it is empty or taken.
/// The field takes no more than a name may have, and says so as the limit
/// nears, so nothing is ever cut off unseen.
#[component]
fn NameField(id: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let error = RwSignal::new(None::<String>);
    let initial = data
        .book
        .with_untracked(|b| b.get(id).map(|r| r.name.clone()).unwrap_or_default());
    let text = RwSignal::new(initial);
    let count = Memo::new(move |_| text.with(|t| t.chars().count()));
    let count_words = move || {
        let n = count.get();
        (n >= NAME_COUNT_FROM).then(|| {
            if n >= MAX_NAME_CHARS {
                format!("{n} of {MAX_NAME_CHARS} characters: a name can be no longer.")
            } else {
                format!("{n} of {MAX_NAME_CHARS} characters.")
            }
        })
    };
    let described_by = move || {
        let ids: Vec<&str> = [
            error.with(Option::is_some).then_some("routine-name-error"),
            (count.get() >= NAME_COUNT_FROM).then_some("routine-name-count"),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="field name-field">
            <label for="routine-name">"Routine name"</label>
            <input
                id="routine-name"
                type="text"
                maxlength=MAX_NAME_CHARS
                prop:value=move || text.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:input=move |event| {
                    let typed = event_target_value(&event);
                    text.set(typed.clone());
                    let checked = data.book.with_untracked(|b| b.check_name(&typed, Some(id)));
                    match checked {
                        Ok(_) => {
                            error.set(None);
                            data.change_book(|b| b.rename(id, &typed)).ok();
                        }
                        Err(problem) => error.set(Some(problem.to_string())),
                    }
                }
            />
            <p class="field-hint" id="routine-name-count" aria-live="polite">
                {move || count_words().unwrap_or_default()}
            </p>
            {move || error.with(Option::is_some).then(|| view! {
                <p class="field-error" id="routine-name-error" role="alert">
                    {move || error.get().unwrap_or_default()}
                </p>
            }.into_any())}
        </div>
    }
}
