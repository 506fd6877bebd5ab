//! The exercise library: search and filter the catalog and the runner's
//! own exercises, open one, or make a new one.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::catalog;
use crate::model::catalog::exercise::Exercise;
use crate::model::catalog::library_filter::{filter, LibraryFilter};
use crate::model::catalog::own_lookup;
use crate::model::route::{Location, Route};
use crate::platform::{focus, location};
use crate::ui::add_part::AddPart;
use crate::ui::add_part::OpenChooser;
use crate::ui::exercise_card::ExerciseCard;
use crate::ui::library_filters::LibraryFilters;
use crate::ui::state::stores::Stores;
use crate::ui::takeover::Takeover;
use crate::ui::today::TodayCard;

/// The takeover's steps for the library's parts (see `ui/takeover.rs`):
/// the words under the heading, then the search and filters, then the
/// cards, [`CARDS_PER_STEP`] at a time.
const INTRO_STEP: usize = 1;
const FILTERS_STEP: usize = 2;
const CARDS_STEP: usize = 3;
/// Each step of the first mount draws a few cards: on a phone, a card took
/// about 10 ms to build (at 4x CPU), and a step should stay well under 50.
const CARDS_PER_STEP: usize = 4;

/// Set once the runner turns the first-run offer down, for this visit.
static OFFER_DECLINED: AtomicBool = AtomicBool::new(false);

/// On a first visit (no bands, no routines, no workouts yet): three steps
/// to a first workout, which the runner can take or turn down.
#[component]
fn FirstRunOffer() -> impl IntoView {
    let stores = Stores::get();
    let declined = RwSignal::new(OFFER_DECLINED.load(Ordering::Relaxed));
    let first_visit = Signal::derive(move || {
        !declined.get() && !stores.has_kit_or_routines() && !stores.has_history()
    });
    let decline = move |_| {
        OFFER_DECLINED.store(true, Ordering::Relaxed);
        declined.set(true);
        focus::focus_selector("main h1");
    };
    view! {
        <When when=first_visit>
            <section class="card first-run-offer" aria-labelledby="first-run-offer-title">
                <h2 id="first-run-offer-title">"New to Bandwork?"</h2>
                <p>"Three quick steps: choose your bands, pick a starter routine, and start your first workout."</p>
                <div class="card-actions">
                    <a class="button button-primary" href=Route::Start.href()>"Get started"</a>
                    <button type="button" class="button button-quiet" on:click=decline>
                        "Not now"
                    </button>
                </div>
            </section>
        </When>
    }
}

/// The library. `add_part` draws the Add chooser's dialog and note, and
/// `today_body` the Today card's contents, both from the on-demand chunk.
#[component]
pub fn LibraryScreen(
    add_part: fn(AddPart) -> AnyView,
    today_body: fn() -> AnyView,
) -> impl IntoView {
    let chosen = expect_context::<RwSignal<LibraryFilter>>();
    OpenChooser::provide();
    let own = Stores::get().own;
    let total = Memo::new(move |_| {
        own.track();
        catalog::all().count()
    });
    let found = Memo::new(move |_| {
        own.track();
        chosen.with(|f| filter(catalog::all(), f))
    });
    let intro = Takeover::reached(INTRO_STEP);
    let filters = Takeover::reached(FILTERS_STEP);
    let built_in: Vec<&'static Exercise> = catalog::built_in().collect();
    let batches: Vec<(Signal<bool>, Vec<&'static Exercise>)> = built_in
        .chunks(CARDS_PER_STEP)
        .enumerate()
        .map(|(batch, cards)| (Takeover::reached(CARDS_STEP + batch), cards.to_vec()))
        .collect();
    let batches = StoredValue::new(batches);
    let card = move |exercise: &'static Exercise| {
        let shown = Signal::derive(move || found.with(|f| f.iter().any(|e| e.id == exercise.id)));
        view! { <ExerciseCard exercise shown add_part /> }
    };

    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Exercise library"</h1>
            <When when=intro>
            <TodayCard body=today_body />
            <p class="lead">
                "Band exercises picked for runners: hips, glutes, core, feet and ankles."
            </p>
            <FirstRunOffer />
            <div class="library-actions">
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=|_| location::go(Location::NEW_EXERCISE_HREF)
                >
                    "New exercise"
                </button>
            </div>
            </When>
            <When when=filters>
            <LibraryFilters />
            <p class="result-count" aria-live="polite">
                {move || {
                    let shown = found.with(Vec::len);
                    let total = total.get();
                    let count = if shown == total {
                        format!("{total} exercises")
                    } else {
                        format!("{shown} of {total} exercises")
                    };
                    match chosen.with(LibraryFilter::goal) {
                        Some(goal) => format!("{}: {count} that can help", goal.name),
                        None => count,
                    }
                }}
            </p>
            <When when=Signal::derive(move || found.with(|f| !f.is_empty())) fallback=move || {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"No exercise matches"</p>
                            <p>"Try another word, or clear the filters."</p>
                            <button
                                type="button"
                                class="button button-quiet"
                                on:click=move |_| chosen.set(LibraryFilter::default())
                            >
                                "Clear filters"
                            </button>
                        </div>
                    }
                }>
                <ul class="exercise-list" aria-label="Exercise library">
                    // Every card is rendered once; a keystroke only shows or
                    // hides cards, which is cheaper than rebuilding or diffing.
                    // On the first mount, a few cards per task (`CARDS_PER_STEP`).
                    {batches
                        .with_value(|batches| {
                            batches
                                .iter()
                                .map(|(reached, cards)| {
                                    let cards = cards.clone();
                                    view! {
                                        <When when=*reached>
                                            {cards.iter().copied().map(card).collect_view()}
                                        </When>
                                    }
                                })
                                .collect_view()
                        })}
                    // The runner's own, after the catalog, rebuilt when they change.
                    {move || {
                        own.track();
                        own_lookup::live().into_iter().map(card).collect_view()
                    }}
                </ul>
            </When>
            </When>
        </section>
    }
}
