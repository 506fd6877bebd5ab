//! A routine someone shared as a link (`#/r/<payload>`): a preview with
//! the bands matched to my own kit, and Save to my routines. Nothing is
//! saved before that button, and a bad link only explains itself.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::kit::band::BandKit;
use crate::model::route::{Location, Route};
use crate::model::routine::estimate::describe;
use crate::model::routine::Routine;
use crate::model::share;
use crate::platform::location;
use crate::ui::band_label::BandChip;
use crate::ui::data::AppData;
use crate::ui::settings_context::SettingsContext;
use crate::ui::status::StatusMessage;

#[component]
pub fn SharedRoutineScreen(payload: String) -> impl IntoView {
    let data = AppData::get();
    let kit = data.kit.get_untracked().unwrap_or_default();
    match share::decode(&payload) {
        Err(problem) => view! {
            <section class="screen" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">"This link can't be opened"</h1>
                <p class="notice" role="alert">{problem.to_string()}</p>
                <p class="lead">"Nothing was saved, and your routines are as they were."</p>
                <a class="button button-quiet" href=Route::Routines.href()>"Your routines"</a>
            </section>
        }
        .into_any(),
        Ok(shared) => {
            let routine = shared.to_routine(&kit);
            view! { <Preview routine kit /> }.into_any()
        }
    }
}

#[component]
fn Preview(routine: Routine, kit: BandKit) -> impl IntoView {
    let data = AppData::get();
    let units = expect_context::<SettingsContext>()
        .settings
        .with_untracked(|s| s.units);
    let summary = describe(&routine);
    let name = routine.name.clone();
    let items = routine
        .entries
        .iter()
        .map(|entry| {
            let title = match catalog::by_id(&entry.exercise) {
                Some(_) => catalog::name_of(&entry.exercise),
                None => format!(
                    "{} (not in this app's library)",
                    catalog::name_of(&entry.exercise)
                ),
            };
            let in_circuit = entry
                .circuit
                .and_then(|id| routine.circuit(id))
                .map(|c| format!("In a circuit of {} rounds", c.rounds));
            let bands = [entry.bands.main, entry.bands.stacked]
                .into_iter()
                .flatten()
                .filter_map(|id| kit.get(id).cloned())
                .map(|band| view! { <BandChip band units /> }.into_any())
                .collect::<Vec<_>>();
            let bands = if bands.is_empty() {
                view! { <span class="band-chip">"No band"</span> }.into_any()
            } else {
                bands.into_iter().collect_view().into_any()
            };
            view! {
                <li class="card shared-item">
                    <p class="shared-item-name">{title}</p>
                    <p class="shared-item-dose">{entry.dose.summary()}</p>
                    {in_circuit.map(|text| view! { <p class="hint">{text}</p> })}
                    <p class="shared-item-bands">{bands}</p>
                </li>
            }
            .into_any()
        })
        .collect_view();
    let routine = StoredValue::new(routine);
    let save = move |_| {
        let id = data.change_book(|book| book.add(routine.get_value()));
        let saved = data
            .book
            .with_untracked(|b| b.get(id).map(|r| r.name.clone()));
        let name = saved.unwrap_or_default();
        StatusMessage::announce(if data.saves_routines() {
            format!("Saved {name} to your routines.")
        } else {
            format!("Added {name} for now, but not saved: your saved routines could not be read.")
        });
        location::go(&Location::routine_href(id));
    };
    view! {
        <section class="screen shared" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Shared routine"</h1>
            <p class="shared-name">{name}</p>
            <p class="routine-summary">{summary}</p>
            <p class="hint">
                "Bands are matched to your kit by level: the sender's second-lightest band becomes your second-lightest."
            </p>
            <ul class="shared-list" aria-label="Exercises in the shared routine">{items}</ul>
            <div class="shared-actions">
                <button type="button" class="button button-primary" on:click=save>"Save to my routines"</button>
                <a class="button button-quiet" href=Route::Routines.href()>"Not now"</a>
            </div>
        </section>
    }
}
