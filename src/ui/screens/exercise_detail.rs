//! One exercise in full: where the band goes, what it works, how to do it,
//! and its variations.

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::catalog;
use crate::model::catalog::exercise::Exercise;
use crate::model::catalog::own::is_own_id;
use crate::model::route::{Location, Route};
use crate::model::routine::Routine;
use crate::ui::add_choices::add_part_here;
use crate::ui::add_chooser::AddChooser;
use crate::ui::add_part::OpenChooser;
use crate::ui::band_type_note::BandTypeNote;
use crate::ui::exercise_card::muscle_list;
use crate::ui::placement_picture::PlacementPicture;
use crate::ui::screens::own_parts::OwnParts;
use crate::ui::start_routine::start_now;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::own::OwnData;

#[component]
pub fn ExerciseDetail(id: String) -> impl IntoView {
    // A deleted own exercise is still known (for History) but has no page.
    let gone = is_own_id(&id)
        && OwnData::get()
            .exercises
            .with_untracked(|o| o.get_live(&id).is_none());
    match catalog::by_id(&id).filter(|_| !gone) {
        Some(exercise) => view! { <Detail exercise /> }.into_any(),
        None => view! {
            <section class="screen" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">"Exercise not found"</h1>
                <p class="lead">"This link points at an exercise the library does not have."</p>
                <a class="button button-quiet" href=Route::Library.href()>
                    "Back to the library"
                </a>
            </section>
        }
        .into_any(),
    }
}

/// The exercises related to this one: its base, and the base's variations.
fn related(exercise: &Exercise) -> Vec<&'static Exercise> {
    let base = exercise.variation_of.unwrap_or(exercise.id);
    catalog::all()
        .filter(|other| other.id != exercise.id)
        .filter(|other| other.id == base || other.variation_of == Some(base))
        .collect()
}

/// Add to a routine, or play this exercise alone now: a one-exercise
/// workout at its starting dose, with a band of its type from the kit. It
/// is not saved as a routine; its session goes to History like any other.
#[component]
fn Actions(exercise: &'static Exercise) -> impl IntoView {
    OpenChooser::provide();
    let problem = RwSignal::new(None::<String>);
    let try_it = move |_| {
        let kit = AppData::get().kit.get_untracked();
        let mut routine = Routine::new(exercise.name);
        routine.add_exercise(exercise, None, kit.as_ref());
        problem.set(start_now(&routine).err());
    };
    view! {
        <div class="exercise-actions">
            <button type="button" class="button button-primary" on:click=try_it>
                "Try it now"
            </button>
            <AddChooser exercise part=add_part_here />
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </div>
    }
}

#[component]
fn Detail(exercise: &'static Exercise) -> impl IntoView {
    let equipment = if exercise.equipment.is_empty() {
        "Just the band".to_owned()
    } else {
        exercise
            .equipment
            .iter()
            .map(|e| e.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let related = related(exercise);
    let sides = if exercise.per_side {
        "Yes, one side then the other"
    } else {
        "No"
    };

    view! {
        <article class="screen exercise-detail" aria-labelledby="screen-title">
            <a class="back-link" href=Route::Library.href()>
                "‹ Library"
            </a>
            <h1 id="screen-title" tabindex="-1">{exercise.name}</h1>
            <When when=Signal::derive(move || !exercise.aliases.is_empty())>
                <p class="aliases">"Also called " {exercise.aliases.join(", ")}</p>
            </When>
            <Actions exercise />
            <div class="card placement-card">
                <PlacementPicture placement=exercise.placement size=120 />
                <div>
                    <p class="label">"Band"</p>
                    <p class="placement-text">{exercise.placement.label()}</p>
                    <p class="muted">{exercise.band_type.label()}</p>
                    <BandTypeNote needed=exercise.band_type />
                </div>
            </div>
            <dl class="facts card">
                <div>
                    <dt>"Works"</dt>
                    <dd>{muscle_list(exercise)}</dd>
                </div>
                <div>
                    <dt>"Type"</dt>
                    <dd>{exercise.category.label()}</dd>
                </div>
                <div>
                    <dt>"Start with"</dt>
                    <dd>{exercise.default_dose.summary()}</dd>
                </div>
                <div>
                    <dt>"Each side"</dt>
                    <dd>{sides}</dd>
                </div>
                <div>
                    <dt>"You need"</dt>
                    <dd>{equipment}</dd>
                </div>
            </dl>
            {is_own_id(exercise.id).then(|| view! { <OwnParts id=exercise.id /> })}
            {catalog::guide(exercise.id).map(|guide| view! {
                <section class="card" aria-labelledby="steps-title">
                    <h2 id="steps-title">"How to do it"</h2>
                    <ol class="steps">
                        {guide.steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}
                    </ol>
                </section>
                <section class="card" aria-labelledby="cues-title">
                    <h2 id="cues-title">"Form cues"</h2>
                    <ul class="cues">
                        {guide.cues.iter().map(|cue| view! { <li>{*cue}</li> }).collect_view()}
                    </ul>
                    <h3>"Common mistake"</h3>
                    <p>{guide.mistake}</p>
                </section>
            })}
            {(!related.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="related-title">
                    <h2 id="related-title">"Variations"</h2>
                    <ul class="related">
                        {related
                            .iter()
                            .map(|other| {
                                view! {
                                    <li>
                                        <a href=Location::exercise_href(other.id)>{other.name}</a>
                                        <span class="muted">" · " {other.placement.label()}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            })}
        </article>
    }
}
