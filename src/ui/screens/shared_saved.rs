//! On the shared-routine preview, when Save to my routines finds the
//! routine saved here already (`model::share::already_saved`): says so,
//! with Open it (the saved routine) and Save a copy (a second one, named
//! "Pre-run hips 2" as the routine book names a taken name). Nothing is
//! saved unless Save a copy is pressed.

use leptos::prelude::*;

use crate::model::route::Location;
use crate::model::routine::routine_book::RoutineId;
use crate::platform::{focus, location};

/// The saved routine `id`, named `name`, is the link's; `on_copy` saves
/// the link's routine all the same.
#[component]
pub fn AlreadySaved(id: RoutineId, name: String, on_copy: Callback<()>) -> impl IntoView {
    // The buttons replace Save: the focus goes to what they are about.
    request_animation_frame(|| focus::focus_selector("#shared-saved-text"));
    view! {
        <div class="card callout shared-saved" role="group" aria-labelledby="shared-saved-text">
            <p id="shared-saved-text" tabindex="-1">
                <strong>{format!("You already have \u{201c}{name}\u{201d}.")}</strong>
            </p>
            <p class="hint">"It has the same exercises, doses and circuits as this link."</p>
            <div class="shared-actions">
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| location::go(&Location::routine_href(id))
                >
                    "Open it"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| on_copy.run(())>
                    "Save a copy"
                </button>
            </div>
        </div>
    }
}
