//! Add a past workout: a session done without the phone, logged
//! afterwards: which routine, the date and time it started, and its
//! figures, prefilled from the routine's doses. Saved into History among
//! the others by date, with Undo.

use leptos::prelude::*;

use crate::model::history::past::{local_fields, local_moment, past_session};
use crate::model::history::session::Session;
use crate::model::routine::routine_book::RoutineId;
use crate::platform::clock::{now_ms, offset_min};
use crate::platform::focus;
use crate::ui::screens::history::session_figures::SessionFigures;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;

/// The button, and the form it opens.
#[component]
pub fn PastWorkout() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <div class="past-workout">
            {move || {
                if open.get() {
                    view! { <PastWorkoutForm open /> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button-quiet past-button" on:click=move |_| open.set(true)>
                            "Add a past workout"
                        </button>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn PastWorkoutForm(open: RwSignal<bool>) -> impl IntoView {
    let data = AppData::get();
    let workouts = HistoryData::get();
    let routines: Vec<(RoutineId, String)> = data.book.with_untracked(|book| {
        book.routines
            .iter()
            .map(|saved| (saved.id, saved.routine.name.clone()))
            .collect()
    });
    let close = move || {
        open.set(false);
        request_animation_frame(|| focus::focus_selector(".past-button"));
    };
    request_animation_frame(|| focus::focus_selector("#past-title"));
    let Some(first) = routines.first().map(|(id, _)| *id) else {
        return view! {
            <div class="card session-form" role="group" aria-labelledby="past-title">
                <h2 id="past-title" tabindex="-1">"Add a past workout"</h2>
                <p>"A past workout is logged against one of your routines: save a routine first, then come back."</p>
                <button type="button" class="button button-quiet" on:click=move |_| close()>"Close"</button>
            </div>
        }
        .into_any();
    };
    let now = now_ms();
    let (today, time_now) = local_fields(now, offset_min(now));
    let date = RwSignal::new(today.clone());
    let time = RwSignal::new(time_now);
    let chosen = RwSignal::new(first);
    let error = RwSignal::new(None::<&'static str>);
    let build = move |id: RoutineId| -> Session {
        data.book
            .with_untracked(|b| b.get(id).cloned())
            .map_or_else(empty_session, |routine| {
                let kit = data.kit.get_untracked().unwrap_or_default();
                workouts
                    .history
                    .with_untracked(|h| past_session(&routine, &kit, now, h))
            })
    };
    let draft = RwSignal::new(build(first));
    let pick = move |value: String| {
        if let Some(id) = routines_id(&value) {
            draft.set(build(id));
            chosen.set(id);
        }
    };
    let save = move || {
        let mut session = draft.get_untracked();
        let started_at = match local_moment(
            &date.get_untracked(),
            &time.get_untracked(),
            now_ms(),
            offset_min,
        ) {
            Ok(at) => at,
            Err(problem) => {
                error.set(Some(problem.words()));
                request_animation_frame(|| focus::focus_selector("#past-date"));
                return;
            }
        };
        error.set(None);
        let Some(placed) = data
            .book
            .with_untracked(|b| b.get(chosen.get_untracked()).cloned())
            .map(|routine| {
                let kit = data.kit.get_untracked().unwrap_or_default();
                workouts
                    .history
                    .with_untracked(|h| past_session(&routine, &kit, started_at, h))
            })
        else {
            return;
        };
        session.id = placed.id;
        session.started_at = placed.started_at;
        session.ended_at = placed.ended_at;
        if workouts.put_session(session) {
            close();
        }
    };
    let options = routines
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
        .collect_view();
    view! {
        <form class="card session-form" aria-labelledby="past-title" novalidate on:submit=move |event| {
            event.prevent_default();
            save();
        }>
            <h2 id="past-title" tabindex="-1">"Add a past workout"</h2>
            <p class="hint">"For a workout done without Bandwork open: every set starts as planned; change what was different."</p>
            <div class="past-when">
                <div class="field">
                    <label for="past-routine">"Routine"</label>
                    <select id="past-routine" on:change=move |event| pick(event_target_value(&event))>{options}</select>
                </div>
                <div class="field">
                    <label for="past-date">"Date"</label>
                    <input
                        id="past-date"
                        type="date"
                        max=today
                        prop:value=move || date.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="past-when-error"
                        on:change=move |event| date.set(event_target_value(&event))
                    />
                </div>
                <div class="field">
                    <label for="past-time">"Time"</label>
                    <input
                        id="past-time"
                        type="time"
                        prop:value=move || time.get()
                        on:change=move |event| time.set(event_target_value(&event))
                    />
                </div>
            </div>
            <p id="past-when-error" class="field-error" role="alert">{move || error.get()}</p>
            {move || {
                chosen.track();
                view! { <ul class="figures-list"><SessionFigures draft /></ul> }
            }}
            <div class="history-actions">
                <button type="submit" class="button button-primary">"Save past workout"</button>
                <button type="button" class="button button-quiet" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
    .into_any()
}

fn routines_id(value: &str) -> Option<RoutineId> {
    value.parse().ok()
}

fn empty_session() -> Session {
    Session {
        id: 0,
        routine: String::new(),
        started_at: 0,
        ended_at: 0,
        active_s: 0,
        finished: true,
        exercises: Vec::new(),
    }
}
