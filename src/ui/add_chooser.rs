//! "Add <Exercise> to routine" outside the editor: a button that opens a
//! small dialog asking which routine. Nothing is added, and no routine
//! made, until the runner picks. The dialog and the note after a pick read
//! the routines, so they are on demand ([`crate::ui::add_choices`]), fetched
//! the first time a chooser opens (see [`crate::ui::add_part`]).
//!
//! Keys: Enter or Space opens it, Escape closes it and puts the focus back
//! on Add (the dialog itself handles the arrows).

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::platform::focus;
use crate::ui::add_part::{AddPart, Added, OpenChooser};
use crate::ui::icons::{Icon, IconSvg};

/// The Add button, its chooser, and the note once added. `part` draws the
/// dialog and the note: `on_demand::add_part` in the first load (it
/// fetches their chunk), `add_choices::add_part_here` in code that is in
/// the chunk already. (A chunk that itself calls a split function leaves that
/// split's import in every wasm-bindgen test binary, which then cannot
/// start.)
#[component]
pub fn AddChooser(exercise: &'static Exercise, part: fn(AddPart) -> AnyView) -> impl IntoView {
    let open_one = OpenChooser::get();
    let open = Memo::new(move |_| open_one.open() == Some(exercise.id));
    let added = RwSignal::new(None::<Added>);
    let button_id = format!("add-{}", exercise.id);
    let dialog_id = format!("add-{}-choices", exercise.id);

    let toggle = move |_| {
        if open.get_untracked() {
            open_one.close();
        } else {
            added.set(None);
            open_one.open_for(exercise.id);
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            open_one.close();
            focus::focus_selector(&format!("#add-{}", exercise.id));
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
                aria-controls=dialog_id
                on:click=toggle
            >
                <IconSvg icon=Icon::Plus />
                <span aria-hidden="true">"Add"</span>
            </button>
            {move || {
                open.get()
                    .then(|| part(AddPart::Choices { exercise, open_one, added }))
            }}
            {move || added.get().map(|done| part(AddPart::Note { exercise, done }))}
        </div>
    }
}
