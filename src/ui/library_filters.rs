//! The library's search box and filter chips. They edit the shared
//! `LibraryFilter`, so the choice survives a visit to an exercise. On a
//! phone the chips and selects fold behind one Filters button, which says
//! how many are on, so the results start right under the search; while
//! the runner types, the search is brought to the top of what can be seen
//! when the results would otherwise start out of sight.

use leptos::prelude::*;

use crate::model::catalog::exercise::{Category, Muscle, Placement};
use crate::model::catalog::library_filter::LibraryFilter;
use crate::platform::focus;

/// The search box's id, which typing scrolls to.
const SEARCH_ID: &str = "library-search";
/// Where the results start (their count), watched while typing.
const RESULTS_SELECTOR: &str = "main .result-count";
/// The results are out of sight when they start this close to the bottom
/// of what can be seen: the tab bar (64 px) and a card's name.
const RESULTS_ROOM_PX: f64 = 160.0;

#[component]
pub fn LibraryFilters() -> impl IntoView {
    let chosen = expect_context::<RwSignal<LibraryFilter>>();
    let open = RwSignal::new(false);
    let toggle_words = move || match chosen.with(LibraryFilter::filters_on) {
        0 => "Filters".to_owned(),
        on => format!("Filters, {on} on"),
    };

    view! {
        <div class="library-filters">
            <label class="search">
                <span class="visually-hidden">"Search exercises"</span>
                <input
                    type="search"
                    id=SEARCH_ID
                    placeholder="Search by name or muscle"
                    autocomplete="off"
                    aria-label="Search exercises"
                    prop:value=move || chosen.with(|f| f.query.clone())
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        chosen.update(|f| f.query = text);
                        focus::bring_up_if_below(SEARCH_ID, RESULTS_SELECTOR, RESULTS_ROOM_PX);
                    }
                />
            </label>
            <button
                type="button"
                class="button button-quiet filter-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="library-filter-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="filter-toggle-mark" aria-hidden="true">
                    {move || if open.get() { "▴" } else { "▾" }}
                </span>
                {toggle_words}
            </button>
            <div id="library-filter-panel" class="filter-panel" class:folded=move || !open.get()>
            <div class="chips" role="group" aria-label="Category">
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        let on = move || chosen.with(|f| f.category == Some(category));
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || on().to_string()
                                on:click=move |_| {
                                    chosen.update(|f| {
                                        f.category = if f.category == Some(category) {
                                            None
                                        } else {
                                            Some(category)
                                        };
                                    });
                                }
                            >
                                <Tick />
                                {category.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="chips" role="group" aria-label="Needs">
                <Toggle
                    label="No anchor needed"
                    on=Signal::derive(move || chosen.with(|f| f.no_anchor))
                    flip=move || chosen.update(|f| f.no_anchor = !f.no_anchor)
                />
                <Toggle
                    label="Desk-friendly"
                    on=Signal::derive(move || chosen.with(|f| f.desk_friendly))
                    flip=move || chosen.update(|f| f.desk_friendly = !f.desk_friendly)
                />
                <Toggle
                    label="Yours"
                    on=Signal::derive(move || chosen.with(|f| f.yours))
                    flip=move || chosen.update(|f| f.yours = !f.yours)
                />
            </div>
            <div class="filter-selects">
                <label class="select">
                    <span>"Muscle"</span>
                    <select on:change=move |event| {
                        let index = event_target_value(&event).parse::<usize>().ok();
                        chosen.update(|f| f.muscle = index.and_then(|i| Muscle::ALL.get(i).copied()));
                    }>
                        <option value="" selected=move || chosen.with(|f| f.muscle.is_none())>
                            "Any muscle"
                        </option>
                        {Muscle::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(i, muscle)| {
                                view! {
                                    <option
                                        value=i.to_string()
                                        selected=move || chosen.with(|f| f.muscle == Some(muscle))
                                    >
                                        {muscle.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="select">
                    <span>"Band placement"</span>
                    <select on:change=move |event| {
                        let index = event_target_value(&event).parse::<usize>().ok();
                        chosen.update(|f| f.placement = index.and_then(|i| Placement::ALL.get(i).copied()));
                    }>
                        <option value="" selected=move || chosen.with(|f| f.placement.is_none())>
                            "Anywhere"
                        </option>
                        {Placement::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(i, placement)| {
                                view! {
                                    <option
                                        value=i.to_string()
                                        selected=move || chosen.with(|f| f.placement == Some(placement))
                                    >
                                        {placement.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            </div>
        </div>
    }
}

/// A chip that is on or off.
#[component]
fn Toggle(
    label: &'static str,
    on: Signal<bool>,
    flip: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="chip"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| flip()
        >
            <Tick />
            {label}
        </button>
    }
}

/// The tick a pressed chip shows (CSS hides it on an unpressed one). It is
/// hidden from the accessibility tree: the state is in `aria-pressed`, and
/// the chip's name stays its label (generated CSS content would join it).
#[component]
fn Tick() -> impl IntoView {
    view! { <span class="chip-tick" aria-hidden="true">"✓ "</span> }
}
