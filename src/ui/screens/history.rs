//! The workout history screen: this week against the weekly goal, the
//! streak, a heat map of the last twelve weeks, each exercise's progress,
//! and every workout, newest first, each opening to its details (rated
//! again there, and deleted with Undo). On a wide screen the week sits in
//! a column of its own beside the progress and the workouts.

mod fit_export;
mod heat_map;
mod past_workout;
mod session_figures;
mod session_item;

use leptos::prelude::*;

use crate::model::history::session::Session;
use crate::model::history::stats;
use crate::model::route::Route;
use crate::model::settings::MAX_WEEKLY_GOAL;
use crate::model::storage::backup_reminder::{due, parse_last_export};
use crate::model::storage::keys::LAST_EXPORT_KEY;
use crate::model::time;
use crate::platform::clock::{now_ms, offset_min};
use crate::platform::storage;
use crate::ui::screens::exercise_progress::ExerciseProgress;
use crate::ui::state::history::HistoryData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;
use heat_map::HeatMap;
use past_workout::PastWorkout;
use session_item::SessionItem;

/// Weeks shown in the heat map.
const HEAT_WEEKS: usize = 12;
/// Workouts listed at first, and added by each "Show older workouts".
const PAGE: usize = 30;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    let data = HistoryData::get();
    // A memo, so that the screen is drawn again only when the history
    // empties or fills, not on every change (an open workout would close).
    let empty = Memo::new(move |_| data.history.with(|h| h.sessions.is_empty()));
    // Years of workouts would take long to draw at once: the newest come
    // first, and older ones a page at a time.
    let shown = RwSignal::new(PAGE);
    // Keyed by id: rating an exercise changes the history, and must not
    // draw the list again (an open workout would close).
    let listed = move || {
        data.history.with(|history| {
            history
                .sessions
                .iter()
                .rev()
                .take(shown.get())
                .cloned()
                .collect::<Vec<Session>>()
        })
    };
    let hidden = move || {
        data.history
            .with(|h| h.sessions.len().saturating_sub(shown.get()))
    };
    view! {
        <section class="screen history-screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"History"</h1>
            <p class="lead">"Every workout you finish, newest first. Kept on this device only."</p>
            <PastWorkout />
            {move || {
                if empty.get() && data.set_aside() {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"Your saved workouts can't be shown"</p>
                            <p>"They could not be read on this device, so they were set aside untouched. The notice above says why."</p>
                        </div>
                    }
                    .into_any()
                } else if empty.get() {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"No workouts yet"</p>
                            <p>"Finish a workout in the player and it shows up here."</p>
                            <a class="button button-primary" href=Route::Routines.href()>"Pick a routine"</a>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <BackupReminder />
                        // The workouts first, what a runner opens History
                        // for; the week and the charts after them (beside
                        // them on a wide screen).
                        <div class="history-layout">
                            <div class="history-main">
                                <ul class="history-list" aria-label="Workout history">
                                    <For each=listed key=|session| session.id let:session>
                                        <SessionItem session />
                                    </For>
                                </ul>
                                {move || (hidden() > 0).then(|| view! {
                                    <button type="button" class="button button-quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                                        {format!("Show older workouts ({} more)", hidden())}
                                    </button>
                                })}
                            </div>
                            <div class="history-side">
                                <Week />
                                <ExerciseProgress />
                            </div>
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// This week against the goal, the streak, and the heat map.
#[component]
fn Week() -> impl IntoView {
    let data = HistoryData::get();
    let now = now_ms();
    let today = time::day_of(now, offset_min(now));
    let this_week = time::week_of_day(today);
    let settings = SettingsContext::get();
    let goal = Memo::new(move |_| settings.settings.with(|s| s.weekly_goal));
    let set_goal = move |goal: u32| {
        // A failed save keeps the goal for now; a notice says so and
        // keeps trying.
        settings.change(|s| {
            s.weekly_goal = goal.clamp(1, MAX_WEEKLY_GOAL);
            s.goal_by_hand = true;
        });
        StatusMessage::announce(format!(
            "Weekly goal: {} workouts.",
            settings.settings.with_untracked(|s| s.weekly_goal)
        ));
    };
    let figures = move || {
        let goal = goal.get();
        data.history.with(|h| {
            // Each workout by its own offset (summer or winter time).
            let done = stats::weekly_counts(h, offset_min, this_week, 1)[0];
            let streak = stats::streak(h, offset_min, this_week, goal);
            let days = stats::heat_map(h, offset_min, today, HEAT_WEEKS);
            (done, streak, days, goal)
        })
    };
    move || {
        let (done, streak, days, goal) = figures();
        let streak_text = match streak {
            0 => "No streak yet: reach the goal this week to start one.".to_owned(),
            1 => "Streak: 1 week at the goal.".to_owned(),
            n => format!("Streak: {n} weeks in a row at the goal."),
        };
        view! {
            <div class="card week-card">
                <h2>"This week"</h2>
                <p class="week-count">
                    <strong>{done}</strong>" of "{goal}" workouts"
                    {if done >= goal { " · goal reached" } else { "" }}
                </p>
                <meter min="0" max=goal value=done.min(goal) aria-label="Workouts this week against the goal"></meter>
                <div class="goal-row">
                    <span>"Goal: "{goal}" a week"</span>
                    <button
                        type="button"
                        class="button button-quiet goal-button"
                        aria-label="Fewer workouts a week"
                        disabled={goal <= 1}
                        on:click=move |_| set_goal(goal.saturating_sub(1))
                    >
                        "−"
                    </button>
                    <button
                        type="button"
                        class="button button-quiet goal-button"
                        aria-label="More workouts a week"
                        disabled={goal >= MAX_WEEKLY_GOAL}
                        on:click=move |_| set_goal(goal + 1)
                    >
                        "+"
                    </button>
                </div>
                <p class="hint">{streak_text}</p>
                <HeatMap days weeks=HEAT_WEEKS />
            </div>
        }
    }
}

/// A gentle nudge to export when data has gone 30 days without a backup.
#[component]
fn BackupReminder() -> impl IntoView {
    let data = HistoryData::get();
    let first = data
        .history
        .with_untracked(|h| h.sessions.iter().map(|s| s.started_at).min());
    let last_export = parse_last_export(
        storage::read_text(LAST_EXPORT_KEY)
            .ok()
            .flatten()
            .as_deref(),
    );
    due(now_ms(), last_export, first).then(|| {
        view! {
            <div class="card backup-reminder" role="region" aria-label="Backup reminder">
                <p>
                    "Your workouts live only in this browser, and it has been a month without a backup. "
                    "Export your data to keep a copy safe."
                </p>
                <a class="button button-quiet" href=Route::Settings.href()>"Export in Settings"</a>
            </div>
        }
    })
}
