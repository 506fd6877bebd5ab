//! The workout history screen: this week against the weekly goal, the
//! streak, a heat map of the last twelve weeks, each exercise's progress,
//! and every workout, newest first, each opening to its details (and
//! Delete, with Undo).

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::Session;
use crate::model::history::stats;
use crate::model::route::Route;
use crate::model::settings::MAX_WEEKLY_GOAL;
use crate::model::storage::backup_reminder::{due, parse_last_export};
use crate::model::storage::keys::LAST_EXPORT_KEY;
use crate::model::time::{self, clock_text};
use crate::model::workout::cut_short_text;
use crate::platform::clock::{local_date, now_ms, offset_min};
use crate::platform::storage;
use crate::ui::screens::exercise_progress::ExerciseProgress;
use crate::ui::settings_context::SettingsContext;
use crate::ui::status::StatusMessage;
use crate::ui::workout_data::WorkoutData;

/// Weeks shown in the heat map.
const HEAT_WEEKS: usize = 12;
/// Workouts listed at first, and added by each "Show older workouts".
const PAGE: usize = 30;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    let data = WorkoutData::get();
    let empty = move || data.history.with(|h| h.sessions.is_empty());
    // Years of workouts would take long to draw at once: the newest come
    // first, and older ones a page at a time.
    let shown = RwSignal::new(PAGE);
    let items = move || {
        data.history.with(|history| {
            history
                .sessions
                .iter()
                .rev()
                .take(shown.get())
                .map(|session| view! { <SessionItem session=session.clone() /> }.into_any())
                .collect_view()
        })
    };
    let hidden = move || {
        data.history
            .with(|h| h.sessions.len().saturating_sub(shown.get()))
    };
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"History"</h1>
            <p class="lead">"Every workout you finish, newest first. Kept on this device only."</p>
            {move || {
                if empty() && data.history_set_aside() {
                    view! {
                        <div class="card empty-state">
                            <p class="empty-title">"Your saved workouts can't be shown"</p>
                            <p>"They could not be read on this device, so they were set aside untouched. The notice above says why."</p>
                        </div>
                    }
                    .into_any()
                } else if empty() {
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
                        <Week />
                        <ExerciseProgress />
                        <ul class="history-list" aria-label="Workout history">{items}</ul>
                        {move || (hidden() > 0).then(|| view! {
                            <button type="button" class="button button-quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                                {format!("Show older workouts ({} more)", hidden())}
                            </button>
                        })}
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
    let data = WorkoutData::get();
    let now = now_ms();
    let today = time::day_of(now, offset_min(now));
    let this_week = time::week_of_day(today);
    let settings = expect_context::<SettingsContext>();
    let goal = Memo::new(move |_| settings.settings.with(|s| s.weekly_goal));
    let set_goal = move |goal: u32| {
        // A failed save keeps the goal for now; a notice says so and
        // keeps trying.
        settings.change(|s| s.weekly_goal = goal.clamp(1, MAX_WEEKLY_GOAL));
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
        let in_range: u32 = days.iter().map(|day| day.count).sum();
        let cells = days
            .iter()
            .map(|day| {
                let (week, weekday, count, future) = (day.week, day.weekday, day.count, day.future);
                let level = match count {
                    0 => "heat-0",
                    1 => "heat-1",
                    _ => "heat-2",
                };
                let class = if future { "heat-future" } else { level };
                // Not by shade alone: a day with two or more workouts
                // also has a dot in its middle (see the legend).
                let (x, y) = (week * 12, weekday * 12);
                view! {
                    <rect x=x y=y width="10" height="10" rx="2" class=class></rect>
                    {(count >= 2 && !future).then(|| view! {
                        <circle cx=x + 5 cy=y + 5 r="2" class="heat-mark"></circle>
                    })}
                }
                .into_any()
            })
            .collect_view();
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
                <svg
                    class="heat-map"
                    viewBox=format!("0 0 {} 82", HEAT_WEEKS * 12)
                    role="img"
                    aria-label=format!("{in_range} workouts in the last {HEAT_WEEKS} weeks, one column a week, Monday at the top")
                >
                    {cells}
                </svg>
                <p class="heat-legend" aria-hidden="true">
                    <HeatKey class="heat-0" label="none" />
                    <HeatKey class="heat-1" label="one workout" />
                    <HeatKey class="heat-2" label="two or more" />
                </p>
            </div>
        }
    }
}

/// One workout: a summary line that opens to its details.
#[component]
fn SessionItem(session: Session) -> impl IntoView {
    let data = WorkoutData::get();
    let done: Vec<_> = session
        .exercises
        .iter()
        .filter(|e| e.sets_done > 0 || !e.cut_short_s.is_empty())
        .cloned()
        .collect();
    let meta = format!(
        "{} · {} · {} {}{}",
        local_date(session.started_at),
        clock_text(u64::from(session.active_s)),
        done.len(),
        if done.len() == 1 {
            "exercise"
        } else {
            "exercises"
        },
        if session.finished {
            ""
        } else {
            " · ended early"
        }
    );
    let id = session.id;
    let rows = done
        .into_iter()
        .map(|e| {
            let bands = e
                .bands
                .iter()
                .map(|b| b.name.clone())
                .collect::<Vec<_>>()
                .join(" + ");
            let actual = e
                .actual
                .map(|n| format!(" · did {n} {}", e.actual_unit()))
                .unwrap_or_default();
            let rating = e
                .rating
                .map(|r| format!(" · {}", r.label().to_ascii_lowercase()))
                .unwrap_or_default();
            let short = cut_short_text(&e)
                .map(|text| format!(" · {text}"))
                .unwrap_or_default();
            let line = format!(
                "{} of {} sets, {}{}{}{}",
                e.sets_done,
                e.dose.sets,
                e.dose.summary(),
                if bands.is_empty() {
                    String::new()
                } else {
                    format!(" · {bands}")
                },
                actual,
                rating
            ) + &short;
            view! {
                <li><strong>{catalog::name_of(&e.exercise)}</strong>" "<span>{line}</span></li>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <li class="card history-item">
            <details>
                <summary>
                    <span class="history-name">{session.routine.clone()}</span>
                    <span class="history-meta">{meta}</span>
                </summary>
                <ul class="history-detail">{rows}</ul>
                <button type="button" class="button button-quiet" on:click=move |_| data.delete_session(id)>
                    "Delete this workout"
                </button>
            </details>
        </li>
    }
}

/// A gentle nudge to export when data has gone 30 days without a backup.
#[component]
fn BackupReminder() -> impl IntoView {
    let data = WorkoutData::get();
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

/// One entry of the heat map's legend: a cell as drawn, and its words.
#[component]
fn HeatKey(class: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <span class="heat-key">
            <svg viewBox="0 0 10 10" width="14" height="14">
                <rect width="10" height="10" rx="2" class=class></rect>
                {(class == "heat-2").then(|| view! { <circle cx="5" cy="5" r="2" class="heat-mark"></circle> })}
            </svg>
            {label}
        </span>
    }
}
