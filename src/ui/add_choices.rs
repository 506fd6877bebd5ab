//! The inside of "Add <Exercise> to routine" (see [`crate::ui::add_chooser`]):
//! the runner's routines by name, the last one used first (focused and
//! marked), and New routine; and, once added, a note naming the routine
//! with a link to open it. It reads and changes the routines, so it is in
//! the on-demand chunk.
//!
//! Keys: the arrows, Home and End move between choices, Enter picks.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::route::Location;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::platform::focus;
use crate::ui::add_part::{AddPart, Added, OpenChooser};
use crate::ui::band_type_note::BandTypeNote;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::routine::add_exercise;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;

/// Draws `part` at once: for code already in a chunk (an exercise's page),
/// and for the on-demand chunk itself (`on_demand::add_part`).
pub fn add_part_here(part: AddPart) -> AnyView {
    match part {
        AddPart::Choices {
            exercise,
            open_one,
            added,
        } => view! { <AddChoices exercise open_one added /> }.into_any(),
        AddPart::Note { exercise, done } => view! { <AddedNote exercise done /> }.into_any(),
    }
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

/// The open chooser: its choices, focused on the first when shown.
#[component]
pub fn AddChoices(
    exercise: &'static Exercise,
    /// Which chooser of the screen is open.
    open_one: OpenChooser,
    /// Where the note after a pick goes.
    added: RwSignal<Option<Added>>,
) -> impl IntoView {
    let data = AppData::get();
    let dialog_id = format!("add-{}-choices", exercise.id);
    let title_id = format!("add-{}-title", exercise.id);
    let choice_id = move |at: usize| format!("add-{}-choice-{at}", exercise.id);
    let close = move || {
        open_one.close();
        focus_soon(format!("add-{}", exercise.id));
    };
    let pick = move |to: Option<RoutineId>| {
        added.set(add_to(exercise, to));
        close();
    };

    // The routines to offer, the last used first (it is the one preselected).
    let last = data.current.get_untracked();
    let routines: Vec<(RoutineId, String, bool)> = data.book.with_untracked(|b| {
        let mut list: Vec<_> = b
            .routines
            .iter()
            .map(|saved| (saved.id, saved.routine.name.clone(), Some(saved.id) == last))
            .collect();
        list.sort_by_key(|(_, _, is_last)| !is_last);
        list
    });
    let count = routines.len() + 1;
    let new_at = routines.len();
    focus_soon(choice_id(0));

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let step: isize = match event.key().as_str() {
            "ArrowDown" | "ArrowRight" => 1,
            "ArrowUp" | "ArrowLeft" => -1,
            "Home" => isize::MIN,
            "End" => isize::MAX,
            _ => return,
        };
        event.prevent_default();
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
    };

    view! {
        <div
            class="add-choices"
            id=dialog_id
            role="dialog"
            aria-labelledby=title_id.clone()
            on:keydown=on_keydown
        >
            <p class="add-choices-title" id=title_id.clone()>
                "Add " {exercise.name} " to"
            </p>
            <ul class="add-choice-list">
                {routines
                    .into_iter()
                    .enumerate()
                    .map(|(at, (id, name, last))| {
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
                        on:click=move |_| pick(None)
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
}

/// After a pick: where the exercise went, and what the kit lacks for it.
#[component]
pub fn AddedNote(exercise: &'static Exercise, done: Added) -> impl IntoView {
    view! {
        <div class="added-note">
            <p>
                "Added to " <strong>{done.name.clone()}</strong> ". "
                <a href=Location::routine_href(done.routine)>"Open " {done.name}</a>
            </p>
            <BandTypeNote needed=exercise.band_type />
        </div>
    }
}
