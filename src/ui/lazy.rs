//! Screens that live in wasm chunks of their own, fetched the first time
//! they open, so the first load carries only the shell and the library.
//! `scripts/split-wasm.mjs` cuts the wasm at each `#[wasm_split]` function
//! here. `ui/prefetch.rs` loads the next screens' chunks ahead through
//! each one's `preload_*` function, once the first screen is idle.
//!
//! Leptos's `#[lazy]` panics when a chunk cannot be fetched; `fallible`
//! returns the error instead, the screen says so, and the next visit tries
//! again.

// A fallible split returns a Result even where only Ok is built here.
#![allow(clippy::unnecessary_wraps)]

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::platform::focus;
use crate::ui::add_choices::{add_part_here, AddPart};
use crate::ui::first_run::FirstRun;
use crate::ui::own_data::OwnData;
use crate::ui::own_presence::OwnPresence;
use crate::ui::player::PlayerScreen;
use crate::ui::screens::{
    BandsScreen, ExerciseDetail, ExerciseForm, HistoryScreen, PlanScreen, RoutineEditor,
    RoutinesScreen, SettingsScreen, SharedRoutineScreen,
};
use crate::ui::today::TodayBody;
use crate::ui::workout_data::WorkoutData;

#[wasm_split(routine_editor, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_routine_editor))]
pub(super) fn routine_view(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <RoutineEditor id /> }.into_any())
}

#[wasm_split(routines, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_routines))]
pub(super) fn routines_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <RoutinesScreen /> }.into_any())
}

#[wasm_split(exercise_detail, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_exercise_detail))]
pub(super) fn exercise_view(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ExerciseDetail id /> }.into_any())
}

#[wasm_split(exercise_form, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_exercise_form))]
pub(super) fn exercise_form_view(id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ExerciseForm id /> }.into_any())
}

#[wasm_split(band_kit, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_band_kit))]
pub(super) fn bands_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <BandsScreen /> }.into_any())
}

#[wasm_split(player, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_player))]
pub(super) fn player_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <PlayerScreen /> }.into_any())
}

#[wasm_split(history, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_history))]
pub(super) fn history_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <HistoryScreen /> }.into_any())
}

#[wasm_split(shared_routine, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_shared_routine))]
pub(super) fn shared_view(payload: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SharedRoutineScreen payload /> }.into_any())
}

#[wasm_split(first_run, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_first_run))]
pub(super) fn first_run_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <FirstRun /> }.into_any())
}

#[wasm_split(plan, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_plan))]
pub(super) fn plan_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <PlanScreen /> }.into_any())
}

#[wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_settings))]
pub(super) fn settings_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SettingsScreen /> }.into_any())
}

#[wasm_split(today, wasm_split_path = ::leptos::wasm_split, fallible)]
fn today_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <TodayBody /> }.into_any())
}

/// The inside of the first screen's Today card, loaded on demand: it builds
/// routines and starts workouts, which the rest of the first screen never
/// does. If its chunk cannot be fetched, the card says so in a line.
pub fn today_body() -> AnyView {
    Suspend::new(async move {
        own_ready().await;
        today_view().await.unwrap_or_else(|_| {
            view! { <p class="today-line">"Today's plan could not be loaded. Check your connection, then reload the page."</p> }
                .into_any()
        })
    })
    .into_any()
}

#[wasm_split(own_exercises, wasm_split_path = ::leptos::wasm_split, fallible)]
fn own_loader() -> Result<(), SplitLoaderError> {
    OwnData::get();
    Ok(())
}

/// Loads the runner's own exercises (their reader is in chunks only);
/// false when the chunk could not be fetched.
pub async fn load_own() -> bool {
    own_loader().await.is_ok()
}

/// Waits until stored own exercises are loaded, so that code in a chunk
/// finds them by id. (If their chunk cannot be fetched, the screen's own
/// chunk most likely cannot be either, and says so.)
async fn own_ready() {
    if OwnPresence::get().must_load() {
        let _ = load_own().await;
    }
}

#[wasm_split(workouts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn workouts_loader() -> Result<(), SplitLoaderError> {
    WorkoutData::get();
    Ok(())
}

/// Loads the workout in progress and the history (their readers are in
/// chunks only); false when the chunk could not be fetched.
pub async fn load_workouts() -> bool {
    own_ready().await;
    workouts_loader().await.is_ok()
}

#[wasm_split(add_choices, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_add_choices))]
pub(super) fn add_part_view(part: AddPart) -> Result<AnyView, SplitLoaderError> {
    Ok(add_part_here(part))
}

/// A part of the Add chooser (its dialog, or the note after a pick), loaded
/// when a chooser first opens. If its chunk cannot be fetched, the dialog
/// says so.
pub fn add_part(part: AddPart) -> AnyView {
    let is_dialog = matches!(part, AddPart::Choices { .. });
    Suspend::new(async move {
        own_ready().await;
        add_part_view(part).await.unwrap_or_else(|_| {
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

/// Shows `screen` once its chunk has loaded (nothing before: it takes a
/// moment on the first visit only), and moves the focus to its heading if
/// the user navigated to it.
pub fn lazy_screen(screen: LazyScreen, navigated: StoredValue<bool>) -> AnyView {
    Suspend::new(async move {
        own_ready().await;
        let loaded = match screen {
            LazyScreen::Routines => routines_view().await,
            LazyScreen::Exercise(id) => exercise_view(id).await,
            LazyScreen::Routine(id) => routine_view(id).await,
            LazyScreen::Bands => bands_view().await,
            LazyScreen::Player => player_view().await,
            LazyScreen::History => history_view().await,
            LazyScreen::Shared(payload) => shared_view(payload).await,
            LazyScreen::Settings => settings_view().await,
            LazyScreen::Plan => plan_view().await,
            LazyScreen::FirstRun => first_run_view().await,
            LazyScreen::ExerciseForm(id) => exercise_form_view(id).await,
        };
        let view = loaded.unwrap_or_else(|_| load_failed());
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
