//! The saved routines: what each holds and how long it takes, with ways to
//! create, duplicate and delete them, and ready-made starters to add.

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::route::{Location, Route};
use crate::model::routine::estimate::{describe, format_duration};
use crate::model::routine::routine_book::{RoutineId, SavedRoutine};
use crate::model::routine::starter::{starters, Starter};
use crate::model::routine::Routine;
use crate::platform::location;
use crate::ui::band_label::BandChip;
use crate::ui::start_routine::start_now;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

#[component]
pub fn RoutinesScreen() -> impl IntoView {
    let data = AppData::get();
    let has_kit = move || {
        data.kit
            .with(|k| k.as_ref().is_some_and(|k| !k.bands.is_empty()))
    };
    let ids = Memo::new(move |_| {
        data.book
            .with(|b| b.routines.iter().map(|r| r.id).collect::<Vec<_>>())
    });
    let create = move |_| {
        let id = data.change_book(|b| b.add(Routine::new("My routine")));
        location::go(&Location::routine_href(id));
    };

    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Routines"</h1>
            <p class="lead">"Your own band routines, built from the library and sized to your bands."</p>
            <When when=Signal::derive(move || !has_kit())>
                <div class="card callout">
                    <p>
                        <strong>"Start with your bands. "</strong>
                        "Tell Bandwork which bands you own, so every exercise can name the right one."
                    </p>
                    <a class="button button-primary" href=Route::Bands.href()>
                        "Set up your bands"
                    </a>
                </div>
            </When>
            <div class="toolbar">
                <button type="button" class="button button-primary" on:click=create>
                    "New routine"
                </button>
            </div>
            <When when=Signal::derive(move || ids.with(|ids| !ids.is_empty())) fallback=move || {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"No routines yet"</p>
                            <p>"Make a new one, or add a starter routine below."</p>
                        </div>
                    }
                }>
                // Heading levels go 1, 2, 3: the cards' names are h3.
                <h2 class="visually-hidden">"Your routines"</h2>
                <ul class="routine-cards" aria-label="Your routines">
                    {move || ids.get().into_iter().map(|id| view! { <RoutineCard id /> }.into_any()).collect_view()}
                </ul>
            </When>
            <section aria-labelledby="starters-title" class="starters">
                <h2 id="starters-title">"Starter routines"</h2>
                <p class="hint">"Ready-made routines from coaches' advice. Add one, then make it yours."</p>
                <ul class="starter-cards" aria-label="Starter routines">
                    {starters().iter().map(|starter| view! { <StarterCard starter /> }).collect_view()}
                </ul>
            </section>
        </section>
    }
}

#[component]
fn RoutineCard(id: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let units = SettingsContext::get().settings;
    let routine = Memo::new(move |_| data.book.with(|b| b.get(id).cloned()));
    let name = move || routine.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    let chips = move || {
        let bands = data.kit.with(|kit| {
            routine.with(|r| match (r, kit) {
                (Some(r), Some(kit)) => r.bands_used(&kit.bands).into_iter().cloned().collect(),
                _ => Vec::new(),
            })
        });
        let units = units.with(|s| s.units);
        bands
            .into_iter()
            .map(|band| view! { <li><BandChip band units /></li> })
            .collect_view()
    };
    let duplicate = move |_| {
        if let Some(copy) = data.change_book(|b| b.duplicate(id)) {
            let copy_name = data
                .book
                .with_untracked(|b| b.get(copy).map(|r| r.name.clone()));
            StatusMessage::announce(format!("Made {}.", copy_name.unwrap_or_default()));
        }
    };
    let problem = RwSignal::new(None::<String>);
    let start = move |_| {
        if let Some(routine) = routine.get_untracked() {
            problem.set(start_now(&routine).err());
        }
    };
    let delete = move |_| {
        if let Some((at, saved)) = data.change_book(|b| b.delete(id)) {
            let SavedRoutine { routine, .. } = &saved;
            let text = format!("Deleted {}.", routine.name);
            Undo::get().offer(text, move || data.change_book(|b| b.restore(at, saved)));
        }
    };

    view! {
        <li class="routine-card card">
            <h3 class="routine-card-name">
                <a href=Location::routine_href(id)>{name}</a>
            </h3>
            <p class="muted">{move || routine.with(|r| r.as_ref().map(describe).unwrap_or_default())}</p>
            <ul class="band-chips" aria-label="Bands used">
                {chips}
            </ul>
            <div class="card-actions">
                <button type="button" class="button button-primary" on:click=start>
                    "Start"
                    <span class="visually-hidden">" " {name}</span>
                </button>
                <a class="button button-quiet" href=Location::routine_href(id)>
                    "Edit"
                    <span class="visually-hidden">" " {name}</span>
                </a>
                <button type="button" class="button button-quiet" on:click=duplicate>
                    "Duplicate"
                    <span class="visually-hidden">" " {name}</span>
                </button>
                <button type="button" class="button button-quiet danger" on:click=delete>
                    "Delete"
                    <span class="visually-hidden">" " {name}</span>
                </button>
            </div>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
}

#[component]
fn StarterCard(starter: &'static Starter) -> impl IntoView {
    let data = AppData::get();
    let add = move |_| {
        let kit = data.kit.get_untracked().unwrap_or_default();
        let routine = starter.build(&kit);
        let id = data.change_book(|b| b.add(routine));
        let name = data
            .book
            .with_untracked(|b| b.get(id).map(|r| r.name.clone()).unwrap_or_default());
        StatusMessage::announce(format!("Added {name} to your routines."));
    };
    view! {
        <li class="starter-card card">
            <h3>{starter.name}</h3>
            <p>{starter.summary}</p>
            <p class="muted">{format_duration(starter.estimated_seconds())}</p>
            // The visible word starts the accessible name, so a person who
            // says what they see ("Add") reaches this button by voice.
            <button type="button" class="button button-quiet" on:click=add>
                "Add"
                <span class="visually-hidden">" " {starter.name} " to my routines"</span>
            </button>
        </li>
    }
}
