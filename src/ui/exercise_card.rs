//! One exercise in the library list: name, what it works, where the band
//! goes, and the starting dose.

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::route::Location;
use crate::model::routine::Routine;
use crate::ui::data::AppData;
use crate::ui::icons::{Icon, IconSvg};
use crate::ui::placement_picture::PlacementPicture;
use crate::ui::routine::add_exercise;
use crate::ui::status::StatusMessage;

/// Adds an exercise to the routine last opened, or to a new one.
fn add_to_current_routine(exercise: &'static Exercise) {
    let data = AppData::get();
    let current = data
        .current
        .get_untracked()
        .filter(|id| data.book.with_untracked(|b| b.get(*id).is_some()));
    let id = current.unwrap_or_else(|| {
        let id = data.change_book(|b| b.add(Routine::new("My routine")));
        data.current.set(Some(id));
        id
    });
    if add_exercise(data, id, exercise.id, None).is_some() {
        let routine = data
            .book
            .with_untracked(|b| b.get(id).map(|r| r.name.clone()));
        StatusMessage::announce(format!(
            "Added {} to {}.",
            exercise.name,
            routine.unwrap_or_default()
        ));
    }
}

/// The muscles as a short list, e.g. `Glute medius, Glutes`.
pub fn muscle_list(exercise: &Exercise) -> String {
    exercise
        .muscles
        .iter()
        .map(|m| m.label())
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn ExerciseCard(
    exercise: &'static Exercise,
    /// Whether the library's search and filters let this card show.
    shown: Signal<bool>,
) -> impl IntoView {
    view! {
        <li class="exercise-card" hidden=move || !shown.get()>
            <div class="exercise-card-text">
                <h2 class="exercise-name">
                    <a href=Location::exercise_href(exercise.id)>{exercise.name}</a>
                </h2>
                <p class="exercise-muscles">{muscle_list(exercise)}</p>
                <p class="exercise-facts">
                    <span class="tag">{exercise.category.label()}</span>
                    <span>{exercise.default_dose.summary()}</span>
                </p>
                <p class="exercise-placement">{exercise.placement.label()}</p>
            </div>
            <PlacementPicture placement=exercise.placement size=56 />
            <button
                type="button"
                class="button button-quiet add-button"
                aria-label=format!("Add {} to routine", exercise.name)
                on:click=move |_| add_to_current_routine(exercise)
            >
                <IconSvg icon=Icon::Plus />
                <span aria-hidden="true">"Add"</span>
            </button>
        </li>
    }
}
