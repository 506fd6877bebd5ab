//! Adding exercises while editing a routine: a searchable list of the
//! catalog, each with an Add button (mouse, finger or keyboard) and a handle
//! to drag it into the routine at a chosen place.

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use super::drag::{DragController, DragSource, Drop};
use crate::model::catalog;
use crate::model::catalog::library_filter::{filter, LibraryFilter};
use crate::ui::icons::{Icon, IconSvg};

#[component]
pub fn AddPanel(
    drag: DragController,
    on_drop: Callback<Drop>,
    add: Callback<&'static str>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let chosen = LibraryFilter {
            query: query.get(),
            ..LibraryFilter::default()
        };
        filter(catalog::all(), &chosen)
    });

    view! {
        <section class="add-panel card" aria-labelledby="add-title">
            <h2 id="add-title">"Add exercises"</h2>
            <p class="hint">"Tap Add, or drag an exercise by its handle to the place you want."</p>
            <label class="search">
                <span class="visually-hidden">"Search exercises"</span>
                <input
                    type="search"
                    placeholder="Search by name or muscle"
                    autocomplete="off"
                    aria-label="Search exercises"
                    prop:value=move || query.get()
                    on:input=move |event| query.set(event_target_value(&event))
                />
            </label>
            <ul class="add-list" aria-label="Exercises to add">
                {move || {
                    found
                        .get()
                        .into_iter()
                        .map(|exercise| {
                            view! {
                    <li class="add-item">
                        // Out of the Tab order: it only drags, and the
                        // Add button beside it does the same from the keyboard.
                        <button
                            type="button"
                            class="drag-handle"
                            tabindex="-1"
                            aria-label=format!("Drag {} into the routine", exercise.name)
                            on:pointerdown=move |event: PointerEvent| {
                                drag.start(&event, DragSource::Exercise(exercise.id), exercise.name.to_owned());
                            }
                            on:pointermove=move |event: PointerEvent| drag.follow(&event)
                            on:pointerup=move |event: PointerEvent| {
                                if let Some(drop) = drag.finish(&event) {
                                    on_drop.run(drop);
                                }
                            }
                            on:pointercancel=move |_| drag.cancel()
                        >
                            <IconSvg icon=Icon::Grip />
                        </button>
                        <div class="add-text">
                            <span class="add-name">{exercise.name}</span>
                            <span class="muted">{exercise.default_dose.summary()}</span>
                        </div>
                        <button
                            type="button"
                            class="button button-quiet add-button"
                            aria-label=format!("Add {} to routine", exercise.name)
                            on:click=move |_| add.run(exercise.id)
                        >
                            <IconSvg icon=Icon::Plus />
                            <span aria-hidden="true">"Add"</span>
                        </button>
                    </li>
                            }
                            .into_any()
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
