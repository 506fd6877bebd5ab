//! One exercise in the library list: name, what it works, where the band
//! goes, and the starting dose.

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::catalog::own::is_own_id;
use crate::model::route::Location;
use crate::ui::add_chooser::AddChooser;
use crate::ui::add_part::AddPart;
use crate::ui::placement_picture::PlacementPicture;

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
    /// Draws the Add chooser's dialog and note (from the on-demand chunk).
    add_part: fn(AddPart) -> AnyView,
) -> impl IntoView {
    view! {
        <li class="exercise-card" hidden=move || !shown.get()>
            <div class="exercise-card-text">
                <h2 class="exercise-name">
                    <a href=Location::exercise_href(exercise.id)>{exercise.name}</a>
                </h2>
                <p class="exercise-muscles">{muscle_list(exercise)}</p>
                <p class="exercise-facts">
                    {is_own_id(exercise.id).then(|| view! { <span class="tag tag-yours">"Yours"</span> })}
                    <span class="tag">{exercise.category.label()}</span>
                    <span>{exercise.default_dose.summary()}</span>
                </p>
                <p class="exercise-placement">{exercise.placement.label()}</p>
            </div>
            <PlacementPicture placement=exercise.placement size=56 />
            <AddChooser exercise part=add_part />
        </li>
    }
}
