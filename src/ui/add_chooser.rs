//! "Add <Exercise> to routine" outside the editor: a small dialog that asks
//! which routine (the runner's routines by name, the last one used first
//! in focus and marked, and New routine). Nothing is added, and no routine
//! made, until the runner picks. Afterwards a note names the routine, with
//! a link to open it.
//!
//! Keys: Enter or Space opens it, the arrows or Tab move between choices,
//! Enter picks, Escape closes it and puts the focus back on Add.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::route::Location;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::platform::focus;
use crate::ui::band_type_note::BandTypeNote;
use crate::ui::data::AppData;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::routine::add_exercise;
use crate::ui::status::StatusMessage;

/// Which exercise's chooser is open on this screen: one at a time.
#[derive(Clone, Copy)]
pub struct OpenChooser(RwSignal<Option<&'static str>>);

impl OpenChooser {
    /// Gives the screen's choosers one shared "open" state.
    pub fn provide() {
        provide_context(OpenChooser(RwSignal::new(None)));
    }

    fn get() -> Self {
        use_context::<OpenChooser>().unwrap_or_else(|| OpenChooser(RwSignal::new(None)))
    }
}

/// What the last pick did, for the note under the button.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Added {
    routine: RoutineId,
    name: String,
}

/// Focuses the element with this id once the view has caught up.
fn focus_soon(id: String) {
    set_timeout(
        move || focus::focus_selector(&format!("#{id}")),
        Duration::ZERO,
    );
}

/// Adds `exercise` to routine `to` (a new routine when None) and returns
/// where it went; None if the routine is gone.
fn add_to(exercise: &'static Exercise, to: Option<RoutineId>) -> Option<Added> {
    let data = AppData::get();
    let id = match to {
        Some(id) => id,
        None => data.change_book(|b| b.add(Routine::new("My routine"))),
    };
    add_exercise(data, id, exercise.id, None)?;
    data.current.set(Some(id));
    let name = data
        .book
        .with_untracked(|b| b.get(id).map(|r| r.name.clone()))?;
    StatusMessage::announce(format!("Added {} to {name}.", exercise.name));
    Some(Added { routine: id, name })
}

/// The Add button, its chooser, and the note once added.
#[component]
pub fn AddChooser(exercise: &'static Exercise) -> impl IntoView {
    let data = AppData::get();
    let open_one = OpenChooser::get();
    let open = Memo::new(move |_| open_one.0.get() == Some(exercise.id));
    let added = RwSignal::new(None::<Added>);
    let button_id = format!("add-{}", exercise.id);
    let dialog_id = format!("add-{}-choices", exercise.id);
    let title_id = format!("add-{}-title", exercise.id);
    let choice_id = move |at: usize| format!("add-{}-choice-{at}", exercise.id);

    // The routines to offer, the last used first (it is the one preselected).
    let choices = Memo::new(move |_| {
        let last = data.current.get();
        data.book.with(|b| {
            let mut list: Vec<(RoutineId, String, bool)> = b
                .routines
                .iter()
                .map(|saved| (saved.id, saved.routine.name.clone(), Some(saved.id) == last))
                .collect();
            list.sort_by_key(|(_, _, is_last)| !is_last);
            list
        })
    });
    let count = move || choices.with(Vec::len) + 1;

    let close = {
        let button_id = button_id.clone();
        move || {
            open_one.0.set(None);
            focus_soon(button_id.clone());
        }
    };
    let toggle = move |_| {
        if open.get_untracked() {
            open_one.0.set(None);
        } else {
            added.set(None);
            open_one.0.set(Some(exercise.id));
            focus_soon(choice_id(0));
        }
    };
    let pick = {
        let close = close.clone();
        move |to: Option<RoutineId>| {
            added.set(add_to(exercise, to));
            close();
        }
    };
    let on_keydown = {
        let close = close.clone();
        move |event: leptos::ev::KeyboardEvent| {
            let key = event.key();
            if key == "Escape" {
                event.prevent_default();
                close();
                return;
            }
            let step: isize = match key.as_str() {
                "ArrowDown" | "ArrowRight" => 1,
                "ArrowUp" | "ArrowLeft" => -1,
                "Home" => isize::MIN,
                "End" => isize::MAX,
                _ => return,
            };
            event.prevent_default();
            let count = count();
            let prefix = format!("add-{}-choice-", exercise.id);
            let at = focus::active_id()
                .and_then(|id| {
                    id.strip_prefix(&prefix)
                        .and_then(|n| n.parse::<usize>().ok())
                })
                .unwrap_or(0);
            let next = match step {
                isize::MIN => 0,
                isize::MAX => count - 1,
                1 => (at + 1) % count,
                _ => (at + count - 1) % count,
            };
            focus::focus_selector(&format!("#{}", choice_id(next)));
        }
    };

    view! {
        <div class="add-chooser" on:keydown=on_keydown>
            <button
                type="button"
                id=button_id
                class="button button-quiet add-button"
                aria-label=format!("Add {} to routine", exercise.name)
                aria-haspopup="dialog"
                aria-expanded=move || open.get().to_string()
                aria-controls=dialog_id.clone()
                on:click=toggle
            >
                <IconSvg icon=Icon::Plus />
                <span aria-hidden="true">"Add"</span>
            </button>
            {move || {
                let pick = pick.clone();
                let close = close.clone();
                open.get().then(|| {
                    let routines = choices.get();
                    let new_at = routines.len();
                    let pick_new = pick.clone();
                    view! {
                        <div
                            class="add-choices"
                            id=dialog_id.clone()
                            role="dialog"
                            aria-labelledby=title_id.clone()
                        >
                            <p class="add-choices-title" id=title_id.clone()>
                                "Add " {exercise.name} " to"
                            </p>
                            <ul class="add-choice-list">
                                {routines
                                    .into_iter()
                                    .enumerate()
                                    .map(|(at, (id, name, last))| {
                                        let pick = pick.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    id=choice_id(at)
                                                    class="add-choice"
                                                    class:last-used=last
                                                    on:click=move |_| pick(Some(id))
                                                >
                                                    <span class="add-choice-name">{name}</span>
                                                    {last.then(|| view! {
                                                        <span class="visually-hidden">", "</span>
                                                        <span class="tag">"Last used"</span>
                                                    })}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                <li>
                                    <button
                                        type="button"
                                        id=choice_id(new_at)
                                        class="add-choice add-choice-new"
                                        on:click=move |_| pick_new(None)
                                    >
                                        <IconSvg icon=Icon::Plus />
                                        "New routine"
                                    </button>
                                </li>
                            </ul>
                            <button
                                type="button"
                                class="button button-quiet add-choices-cancel"
                                on:click=move |_| close()
                            >
                                "Cancel"
                            </button>
                        </div>
                    }
                })
            }}
            {move || added.get().map(|done| view! {
                <div class="added-note">
                    <p>
                        "Added to " <strong>{done.name.clone()}</strong> ". "
                        <a href=Location::routine_href(done.routine)>"Open " {done.name}</a>
                    </p>
                    <BandTypeNote needed=exercise.band_type />
                </div>
            })}
        </div>
    }
}
