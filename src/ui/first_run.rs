//! The first run (`#/start`): choose your bands with one tap, pick a
//! starter routine that fits them having seen its exercises, its length
//! and any move swapped to fit (`model::routine::first_offer`), and start
//! it.
//! Every step can be skipped and the library stays a link away. Skipping
//! the bands is said plainly: the workout will then show no band.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::kit::band::{Preset, PRESETS};
use crate::model::kit::band_match;
use crate::model::route::Route;
use crate::model::routine::estimate::format_duration;
use crate::model::routine::first_offer;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::starter::{Fitted, Starter};
use crate::model::routine::swap::Change;
use crate::platform::focus;
use crate::ui::band_label::{BandChip, BandSwatch};
use crate::ui::start_routine::start_now;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;
use crate::ui::when::When;

/// Focuses the element with this id once the view has caught up.
fn focus_soon(id: &'static str) {
    set_timeout(
        move || focus::focus_selector(&format!("#{id}")),
        Duration::ZERO,
    );
}

#[component]
pub fn FirstRun() -> impl IntoView {
    let skipped = RwSignal::new(false);
    let chosen = RwSignal::new(None::<&'static Starter>);
    view! {
        <section class="screen first-run" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Get started"</h1>
            <p class="lead">
                "Three steps to your first band workout. Skip any of them: the library is always a tap away."
            </p>
            <ol class="first-run-steps">
                <li class="card first-run-step"><BandsStep skipped /></li>
                <li class="card first-run-step"><StarterStep chosen /></li>
                <li class="card first-run-step"><StartStep chosen /></li>
            </ol>
            <p>
                <a href=Route::Library.href()>"Skip these steps and browse the library"</a>
            </p>
        </section>
    }
}

/// Step 1: one tap on a ready-made set, or skip.
#[component]
fn BandsStep(skipped: RwSignal<bool>) -> impl IntoView {
    let data = AppData::get();
    let units = SettingsContext::get().settings;
    let has_kit = Memo::new(move |_| data.kit.with(Option::is_some));
    let pick = move |preset: &'static Preset| {
        data.set_kit(preset.kit());
        skipped.set(false);
        StatusMessage::announce(format!("Saved your bands: {}.", preset.name));
        focus_soon("step-starter");
    };
    let skip = move |_| {
        skipped.set(true);
        StatusMessage::announce("No bands for now: each exercise will show no band.");
    };
    let own_bands = move || {
        let units = units.with(|s| s.units);
        data.kit
            .get()
            .unwrap_or_default()
            .bands
            .into_iter()
            .map(|band| view! { <li><BandChip band units /></li> })
            .collect_view()
    };
    view! {
        <h2 id="step-bands" tabindex="-1">"1. Choose your bands"</h2>
        <When
            when=Signal::derive(move || has_kit.get())
            fallback=move || {
                view! {
                    <p>"Pick the set closest to yours. You can rename, reorder and add bands later."</p>
                    <ul class="first-run-presets" aria-label="Ready-made band sets">
                        {PRESETS
                            .iter()
                            .map(|preset| view! { <PresetChoice preset pick /> })
                            .collect_view()}
                    </ul>
                    <div class="card-actions">
                        <a class="button button-quiet" href=Route::Bands.href()>"Enter my own bands"</a>
                        <button type="button" class="button button-quiet" on:click=skip>
                            "Skip bands for now"
                        </button>
                    </div>
                    <When when=Signal::derive(move || skipped.get())>
                        <p class="first-run-warning">
                            <strong>"No bands yet. "</strong>
                            "Your workout will show “No band” for every exercise. "
                            "Pick a set above whenever you like, or later in Settings, Your bands."
                        </p>
                    </When>
                }
            }
        >
            <p class="first-run-done">"Your bands are set up."</p>
            <ul class="band-chips" aria-label="Your bands">{own_bands}</ul>
            <a href=Route::Bands.href()>"Change your bands"</a>
        </When>
    }
}

/// One ready-made set: its name, its colours in order, and one button.
#[component]
fn PresetChoice(
    preset: &'static Preset,
    pick: impl Fn(&'static Preset) + Copy + 'static,
) -> impl IntoView {
    let bands = preset.kit().bands;
    let words = bands
        .iter()
        .map(|band| band.colour.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="first-run-preset">
            <span class="first-run-preset-name">{preset.name}</span>
            <span class="first-run-swatches">
                {bands
                    .into_iter()
                    .map(|band| view! { <BandSwatch colour=band.colour /> })
                    .collect_view()}
            </span>
            <span class="muted">{words}</span>
            <button
                type="button"
                class="button button-primary"
                aria-label=format!("Use these bands: {}", preset.name)
                on:click=move |_| pick(preset)
            >
                "Use these bands"
            </button>
        </li>
    }
}

/// Step 2: the starters that fit the bands chosen, each with its
/// exercises, length and any move swapped to fit; those that do not fit
/// are named, with why.
#[component]
fn StarterStep(chosen: RwSignal<Option<&'static Starter>>) -> impl IntoView {
    let data = AppData::get();
    let offer = Memo::new(move |_| data.kit.with(|kit| first_offer::for_kit(kit.as_ref())));
    // A starter chosen before the bands changed may no longer be offered.
    Effect::new(move |_| {
        let offered = offer.with(|o| o.offered.iter().map(|(s, _)| s.id).collect::<Vec<_>>());
        if chosen.with_untracked(|c| c.is_some_and(|s| !offered.contains(&s.id))) {
            chosen.set(None);
        }
    });
    view! {
        <h2 id="step-starter" tabindex="-1">"2. Pick a starter routine"</h2>
        {move || offer.with(|o| o.offered.is_empty()).then(|| view! {
            <p class="first-run-warning">
                "None of the starters suits these bands. "
                <a href=Route::Bands.href()>"Add a band"</a>
                ", or build your own routine from the library."
            </p>
        })}
        <fieldset class="choice-group first-run-starters">
            <legend class="visually-hidden">"Starter routine"</legend>
            {move || {
                offer
                    .get()
                    .offered
                    .into_iter()
                    .map(|(starter, fitted)| view! { <StarterChoice starter fitted chosen /> })
                    .collect_view()
            }}
        </fieldset>
        {move || {
            offer
                .get()
                .not_offered
                .into_iter()
                .map(|(starter, fitted)| {
                    view! {
                        <p class="band-type-note">
                            <span>
                                {format!("{} is not offered with these bands. ", starter.name)}
                                {left_out_words(&fitted.changes)}
                                ". "
                            </span>
                            <a href=Route::Bands.href()>"Add a band"</a>
                        </p>
                    }
                })
                .collect_view()
        }}
        <p class="hint">
            "More starters, and your own routines, are under "
            <a href=Route::Routines.href()>"Routines"</a>
            "."
        </p>
    }
}

/// The moves fitting would leave out, by the band they need, e.g. `No
/// flat band in your kit for Seated hamstring stretch, Standing hamstring
/// stretch`.
fn left_out_words(changes: &[Change]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for change in changes.iter().filter(|c| c.swapped_for.is_none()) {
        let text = band_match::missing_text(change.needed);
        let name = catalog::name_of(change.exercise);
        match groups.iter_mut().find(|(known, _)| *known == text) {
            Some((_, names)) => names.push(name),
            None => groups.push((text, vec![name])),
        }
    }
    groups
        .into_iter()
        .map(|(text, names)| format!("{text} for {}", names.join(", ")))
        .collect::<Vec<_>>()
        .join(". ")
}

/// The moves done with a band of another kind, and how, e.g. `Clamshell,
/// Glute bridge with band: tie your flat band into a loop…`.
fn stand_in_words(fitted: &Fitted) -> Vec<String> {
    let Some(kit) = AppData::get().kit.get() else {
        return Vec::new();
    };
    let mut groups: Vec<(&'static str, Vec<String>)> = Vec::new();
    for entry in &fitted.routine.entries {
        let how = catalog::by_id(&entry.exercise).and_then(|exercise| {
            let band = kit.get(entry.bands.main?)?;
            band_match::stand_in_words(exercise.band_type, band.band_type)
        });
        let Some(how) = how else { continue };
        let name = catalog::name_of(&entry.exercise);
        match groups.iter_mut().find(|(known, _)| *known == how) {
            Some((_, names)) => names.push(name),
            None => groups.push((how, vec![name])),
        }
    }
    groups
        .into_iter()
        .map(|(how, names)| {
            let mut how = how.to_owned();
            if let Some(first) = how.get_mut(..1) {
                first.make_ascii_lowercase();
            }
            format!("{}: {how}", names.join(", "))
        })
        .collect()
}

#[component]
fn StarterChoice(
    starter: &'static Starter,
    fitted: Fitted,
    chosen: RwSignal<Option<&'static Starter>>,
) -> impl IntoView {
    let input_id = format!("starter-{}", starter.id);
    let names: Vec<String> = fitted
        .routine
        .entries
        .iter()
        .map(|entry| catalog::name_of(&entry.exercise))
        .collect();
    let count = names.len();
    let exercises = names.join(", ");
    let changes: Vec<String> = fitted.changes.iter().map(Change::words).collect();
    let stand_ins = stand_in_words(&fitted);
    let notes = (!changes.is_empty() || !stand_ins.is_empty()).then(|| {
        view! {
            <ul class="first-run-swaps" aria-label=format!("Changes to {} for these bands", starter.name)>
                {changes
                    .into_iter()
                    .chain(stand_ins)
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <div class="first-run-starter" class:chosen=move || chosen.get() == Some(starter)>
            <label class="first-run-starter-head" for=input_id.clone()>
                <input
                    type="radio"
                    id=input_id.clone()
                    name="first-run-starter"
                    prop:checked=move || chosen.get() == Some(starter)
                    on:change=move |_| chosen.set(Some(starter))
                />
                <span class="first-run-starter-name">{starter.name}</span>
                <span class="tag">{format_duration(fitted.estimated_seconds())}</span>
            </label>
            <p class="muted">{starter.summary}</p>
            <p class="first-run-exercises">
                <span class="label">{format!("{count} exercises")}</span>
                " "
                {exercises}
            </p>
            {notes}
        </div>
    }
}

/// Step 3: save the chosen starter to Routines and play it.
#[component]
fn StartStep(chosen: RwSignal<Option<&'static Starter>>) -> impl IntoView {
    let data = AppData::get();
    let has_kit = Memo::new(move |_| data.kit.with(Option::is_some));
    // The routine this visit saved for a starter, so a second Start does
    // not save it twice.
    let saved = RwSignal::new(None::<(&'static str, RoutineId)>);
    let problem = RwSignal::new(None::<String>);
    let start = move |_| {
        let Some(starter) = chosen.get_untracked() else {
            return;
        };
        let existing = saved
            .get_untracked()
            .filter(|(id, _)| *id == starter.id)
            .and_then(|(_, routine)| data.book.with_untracked(|b| b.get(routine).cloned()));
        let routine = existing.unwrap_or_else(|| {
            let kit = data.kit.get_untracked().unwrap_or_default();
            let fitted = starter.fitted(&kit).routine;
            let id = data.change_book(|b| b.add(fitted.clone()));
            saved.set(Some((starter.id, id)));
            data.book
                .with_untracked(|b| b.get(id).cloned())
                .unwrap_or(fitted)
        });
        problem.set(start_now(&routine).err());
    };
    view! {
        <h2 id="step-start" tabindex="-1">"3. Start"</h2>
        {move || match chosen.get() {
            None => view! { <p class="muted">"Pick a starter above, then start it here."</p> }.into_any(),
            Some(starter) => view! {
                <p>"It is saved to your routines, and the workout opens full screen."</p>
                <When when=Signal::derive(move || !has_kit.get())>
                    <p class="first-run-warning">
                        "You have no bands set up, so each exercise will show “No band”."
                    </p>
                </When>
                <button type="button" class="button button-primary button-start" on:click=start>
                    "Start " {starter.name}
                </button>
            }
            .into_any(),
        }}
        {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
    }
}
