//! What an own exercise's page shows beyond a catalog one's facts: its
//! steps, cues and video link in the runner's words, and Edit exercise and
//! Delete exercise. Deleting asks first, naming the routines that use it,
//! takes it out of them, and offers Undo.

use leptos::prelude::*;

use crate::model::route::{Location, Route};
use crate::model::routine::own_merge::{delete_everywhere, routines_using, undo_delete};
use crate::platform::{focus, location};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::own::OwnData;
use crate::ui::undo::Undo;

#[component]
pub fn OwnParts(id: &'static str) -> impl IntoView {
    let own = OwnData::get();
    let exercise = own.exercises.with_untracked(|o| o.get_live(id).cloned());
    let Some(exercise) = exercise else {
        return ().into_any();
    };
    let asking = RwSignal::new(false);
    let steps = exercise.steps.clone();
    let cues = exercise.cues.clone();
    let video = exercise.video.clone();
    let name = exercise.name.clone();
    view! {
        <div class="own-actions">
            <p class="own-mark"><span class="tag tag-yours">"Yours"</span> " You made this exercise."</p>
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| location::go(&Location::edit_exercise_href(id))
            >
                "Edit exercise"
            </button>
            <button
                type="button"
                class="button button-quiet own-delete"
                id="own-delete"
                on:click=move |_| {
                    asking.set(true);
                    request_animation_frame(|| focus::focus_selector("#own-delete-title"));
                }
            >
                "Delete exercise"
            </button>
        </div>
        {move || asking.get().then(|| view! { <DeleteDialog id name=name.clone() asking /> })}
        {(!steps.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="steps-title">
                <h2 id="steps-title">"How to do it"</h2>
                <ol class="steps">
                    {steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}
                </ol>
            </section>
        })}
        {(!cues.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="cues-title">
                <h2 id="cues-title">"Form cues"</h2>
                <ul class="cues">
                    {cues.into_iter().map(|cue| view! { <li>{cue}</li> }).collect_view()}
                </ul>
            </section>
        })}
        {video.map(|link| view! {
            <section class="card" aria-labelledby="video-title">
                <h2 id="video-title">"Video"</h2>
                <p>
                    <a class="own-video" href=link.clone() target="_blank" rel="noopener noreferrer">
                        {link.clone()}
                    </a>
                </p>
                <p class="muted">"Opens in a new tab, on the site it comes from."</p>
            </section>
        })}
    }
    .into_any()
}

/// "Delete Hip airplane?", naming the routines that use it.
#[component]
fn DeleteDialog(id: &'static str, name: String, asking: RwSignal<bool>) -> impl IntoView {
    let data = AppData::get();
    let own = OwnData::get();
    let users = data.book.with_untracked(|book| routines_using(book, id));
    let used_in = match users.as_slice() {
        [] => "No routine uses it. Past workouts keep its name and figures.".to_owned(),
        [one] => format!(
            "It is in 1 routine: {one}. Deleting takes it out of that routine. Past workouts keep its name and figures."
        ),
        many => format!(
            "It is in {} routines: {}. Deleting takes it out of them. Past workouts keep its name and figures.",
            many.len(),
            many.join(", ")
        ),
    };
    let cancel = move || {
        asking.set(false);
        focus::focus_selector("#own-delete");
    };
    let confirm = {
        let name = name.clone();
        move |_| {
            let before = own.change(|o| data.change_book(|book| delete_everywhere(o, book, id)));
            let name = name.clone();
            Undo::get().offer(format!("Deleted {name}."), move || {
                own.change(|o| data.change_book(|book| undo_delete(o, book, id, before)));
                location::go(&Location::exercise_href(id));
            });
            location::go(&Route::Library.href());
        }
    };
    view! {
        <div
            class="remove-dialog own-delete-dialog"
            role="alertdialog"
            aria-labelledby="own-delete-title"
            aria-describedby="own-delete-text"
            on:keydown=move |event| {
                if event.key() == "Escape" {
                    cancel();
                }
            }
        >
            <h2 class="dialog-title" id="own-delete-title" tabindex="-1">"Delete " {name} "?"</h2>
            <p id="own-delete-text">{used_in}</p>
            <div class="dialog-actions">
                <button type="button" class="button button-danger-solid" on:click=confirm>
                    "Delete"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
