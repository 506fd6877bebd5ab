//! Everything the first load does not carry: every screen but the library,
//! the Today card's contents, the Add chooser's dialog, and the readers
//! and writers of the runner's stored records. They are one wasm chunk,
//! cut at the one `#[wasm_split]` function here (`scripts/split-wasm.mjs`),
//! fetched the first time any of them is needed or ahead of that, once the
//! first screen is idle (`ui/prefetch.rs`). Only the app's root imports
//! this file: it hands the library the parts it draws on demand.
//!
//! Leptos's `#[lazy]` panics when a chunk cannot be fetched; `fallible`
//! returns the error instead, the screen says so, and the next visit tries
//! again.

// A fallible split returns a Result even where only Ok is built here.
#![allow(clippy::unnecessary_wraps)]

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::model::route::Location;
use crate::platform::{focus, stylesheet};
use crate::ui::add_choices::add_part_here;
use crate::ui::add_part::AddPart;
use crate::ui::first_run::FirstRun;
use crate::ui::player::PlayerScreen;
use crate::ui::prefetch;
use crate::ui::screens::{
    BandsScreen, ExerciseDetail, ExerciseForm, HistoryScreen, PlanScreen, RoutineEditor,
    RoutinesScreen, SettingsScreen, SharedRoutineScreen,
};
use crate::ui::state::own::OwnData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::state::stores::Stores;
use crate::ui::state::workout::WorkoutData;
use crate::ui::today::TodayBody;

/// A screen that is loaded on demand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LazyScreen {
    Routines,
    /// The page of the exercise with this id.
    Exercise(String),
    /// The editor of the routine with this id.
    Routine(String),
    Bands,
    Player,
    History,
    /// The preview of a shared routine, with the link's payload.
    Shared(String),
    Settings,
    /// The runner's week.
    Plan,
    /// The first run's three steps.
    FirstRun,
    /// The own-exercise form: "new", or the id of the exercise to edit.
    ExerciseForm(String),
}

/// What the chunk draws or does.
enum Part {
    Screen(LazyScreen),
    TodayBody,
    Add(AddPart),
    /// Loads the stored records the first screen needs loaded (own
    /// exercises for the library, a workout in progress for the Resume
    /// banner, settings for the theme and any notice about them).
    LoadStored,
}

#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_screens))]
fn part_view(part: Part) -> Result<AnyView, SplitLoaderError> {
    load_stored();
    Ok(match part {
        Part::Screen(screen) => match screen {
            LazyScreen::Routines => view! { <RoutinesScreen /> }.into_any(),
            LazyScreen::Exercise(id) => view! { <ExerciseDetail id /> }.into_any(),
            LazyScreen::Routine(id) => view! { <RoutineEditor id /> }.into_any(),
            LazyScreen::Bands => view! { <BandsScreen /> }.into_any(),
            LazyScreen::Player => view! { <PlayerScreen /> }.into_any(),
            LazyScreen::History => view! { <HistoryScreen /> }.into_any(),
            LazyScreen::Shared(payload) => view! { <SharedRoutineScreen payload /> }.into_any(),
            LazyScreen::Settings => view! { <SettingsScreen /> }.into_any(),
            LazyScreen::Plan => view! { <PlanScreen /> }.into_any(),
            LazyScreen::FirstRun => view! { <FirstRun /> }.into_any(),
            LazyScreen::ExerciseForm(id) => view! { <ExerciseForm id /> }.into_any(),
        },
        Part::TodayBody => view! { <TodayBody /> }.into_any(),
        Part::Add(part) => add_part_here(part),
        Part::LoadStored => ().into_any(),
    })
}

/// `part` from the chunk, once the other screens' style sheet is in too
/// (both are fetched at once: the chunk's load is started here, and the
/// part then waits for that same load).
async fn with_styles(part: Part) -> Result<AnyView, SplitLoaderError> {
    let styles = stylesheet::load_screens();
    leptos::task::spawn_local(async {
        let _ = preload_screens().await;
    });
    styles.await;
    part_view(part).await
}

/// Fetches the chunk and the other screens' style sheet ahead of a visit.
async fn preload_with_styles() -> Result<(), SplitLoaderError> {
    let styles = stylesheet::load_screens();
    let loaded = preload_screens().await;
    styles.await;
    loaded
}

/// Loads what is stored of the records that code finds by id or that the
/// first screen shows (cheap once loaded).
fn load_stored() {
    let stores = Stores::get();
    if stores.own.must_load() {
        OwnData::get();
    }
    if stores.workout.must_load() {
        WorkoutData::get();
    }
    if stores.settings.must_load() {
        SettingsContext::get();
    }
}

/// Starts the on-demand side of the app, once, from its root: loads the
/// stored records the first screen needs (own exercises, a workout in
/// progress, settings) as soon as they are stored, here or in another tab,
/// and fetches the chunk ahead once the first screen at `first` is idle.
pub fn start(stores: Stores, first: &Location) {
    Effect::new(move |_| {
        // Runs again whenever another tab saves one of them.
        stores.own.saves_elsewhere();
        stores.workout.saves_elsewhere();
        let needed =
            stores.own.must_load() || stores.workout.must_load() || stores.settings.must_load();
        if needed {
            leptos::task::spawn_local_scoped(async move {
                // A chunk that cannot be fetched leaves only the catalog in
                // the library and no Resume banner; the next screen opened
                // tries again.
                let _ = part_view(Part::LoadStored).await;
            });
        }
    });
    prefetch::after_first_screen(first, preload_with_styles);
}

/// The inside of the first screen's Today card, loaded on demand: it builds
/// routines and starts workouts, which the rest of the first screen never
/// does. If its chunk cannot be fetched, the card says so in a line.
pub fn today_body() -> AnyView {
    Suspend::new(async move {
        with_styles(Part::TodayBody).await.unwrap_or_else(|_| {
            view! { <p class="today-line">"Today's plan could not be loaded. Check your connection, then reload the page."</p> }
                .into_any()
        })
    })
    .into_any()
}

/// A part of the Add chooser (its dialog, or the note after a pick), loaded
/// when a chooser first opens. If its chunk cannot be fetched, the dialog
/// says so.
pub fn add_part(part: AddPart) -> AnyView {
    let is_dialog = matches!(part, AddPart::Choices { .. });
    Suspend::new(async move {
        with_styles(Part::Add(part)).await.unwrap_or_else(|_| {
            if is_dialog {
                view! { <p class="add-choices" role="alert">"The list of routines could not be loaded. Check your connection, then try again."</p> }
                    .into_any()
            } else {
                ().into_any()
            }
        })
    })
    .into_any()
}

/// Shows `screen` once its chunk has loaded (nothing before: it takes a
/// moment on the first visit only), and moves the focus to its heading if
/// the user navigated to it.
pub fn lazy_screen(screen: LazyScreen, navigated: StoredValue<bool>) -> AnyView {
    Suspend::new(async move {
        let view = with_styles(Part::Screen(screen))
            .await
            .unwrap_or_else(|_| load_failed());
        if navigated.get_value() {
            request_animation_frame(|| focus::focus_selector("main h1"));
        }
        view
    })
    .into_any()
}

/// Shown when a screen's code could not be fetched (offline, or an old page
/// after a new release).
fn load_failed() -> AnyView {
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"This screen could not be loaded"</h1>
            <p class="lead">"Check your connection, then reload the page."</p>
        </section>
    }
    .into_any()
}
