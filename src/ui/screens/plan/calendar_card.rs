//! The calendar part of the Plan screen: when the runner usually runs, how
//! long before each session to be reminded, and Add to calendar, which
//! downloads the week as `bandwork-week.ics`. Each event's link is marked
//! as the runner's own routine (`model::share::mark`): on this phone it
//! opens the routine, elsewhere it is a share link.

use leptos::prelude::*;

use crate::model::plan::calendar::{self, Resolved};
use crate::model::plan::resolve;
use crate::model::plan::week::{clock_words, parse_clock, RoutineRef, Week, MAX_REMINDER_MIN};
use crate::model::routine::estimate;
use crate::model::share;
use crate::model::time;
use crate::platform::clock::{now_ms, offset_min};
use crate::platform::files;
use crate::platform::share::app_address;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::plan::PlanData;
use crate::ui::status::StatusMessage;

/// The week's calendar file, with a link to each routine.
fn calendar_text(week: &Week) -> String {
    let data = AppData::get();
    let kit = data.kit.get_untracked().unwrap_or_default();
    let address = app_address();
    let sessions = data.book.with_untracked(|book| {
        calendar::sessions(week, |day| {
            let reference = &day.band.as_ref()?.routine;
            let routine = resolve::routine(reference, book, &kit)?;
            // A saved routine's id (names are unique); none for a starter.
            let id = matches!(reference, RoutineRef::Saved { .. })
                .then(|| {
                    book.routines
                        .iter()
                        .find(|saved| saved.routine.name == routine.name)
                        .map(|saved| saved.id)
                })
                .flatten();
            let link = share::encode(&routine, &kit)
                .ok()
                .map(|payload| format!("{address}{}", share::mark::mine_hash(&payload, id)));
            Some(Resolved {
                seconds: estimate::routine_seconds(&routine),
                name: routine.name,
                link,
            })
        })
    });
    let now = now_ms();
    let today = time::day_of(now, offset_min(now));
    let monday = time::monday_of_week(time::week_of_day(today));
    calendar::ics(&sessions, monday, now, week.reminder_min)
}

#[component]
pub fn CalendarCard() -> impl IntoView {
    let plan = PlanData::get();
    let reminder_error = RwSignal::new(None::<String>);
    let set_run_clock = move |text: String| {
        if let Some(clock) = parse_clock(&text) {
            plan.change(|week| week.run_clock = clock);
        }
    };
    let set_reminder = move |text: String| match text.trim().parse::<u16>() {
        Ok(minutes) if minutes <= MAX_REMINDER_MIN => {
            reminder_error.set(None);
            plan.change(|week| week.reminder_min = minutes);
        }
        _ => reminder_error.set(Some(format!(
            "The reminder must be a whole number of minutes from 0 to {MAX_REMINDER_MIN}."
        ))),
    };
    let add_to_calendar = move |_| {
        let week = plan.week.get_untracked();
        if !week.has_band_work() {
            StatusMessage::announce("Plan some band work first: there is nothing to add yet.");
            return;
        }
        let text = calendar_text(&week);
        if files::download("bandwork-week.ics", "text/calendar", &text) {
            StatusMessage::announce(format!(
                "Downloaded bandwork-week.ics with {} weekly sessions. Open it to add them to your calendar.",
                week.band_days()
            ));
        } else {
            StatusMessage::announce("This browser would not download the calendar file.");
        }
    };

    view! {
        <section class="card plan-calendar" aria-labelledby="plan-calendar-title">
            <h2 id="plan-calendar-title">"Calendar reminders"</h2>
            <p>
                "Add your band sessions to your phone's calendar as weekly events, with a reminder and a link that opens each routine in Bandwork."
            </p>
            <div class="plan-calendar-fields">
                <div class="field">
                    <label for="plan-run-clock">"Usual run time"</label>
                    <input
                        id="plan-run-clock"
                        type="time"
                        prop:value=move || plan.week.with(|w| clock_words(w.run_clock))
                        on:change=move |event| set_run_clock(event_target_value(&event))
                    />
                </div>
                <div class="field">
                    <label for="plan-reminder">"Reminder (minutes before)"</label>
                    <input
                        id="plan-reminder"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max=MAX_REMINDER_MIN.to_string()
                        aria-invalid=move || reminder_error.with(Option::is_some).then_some("true")
                        aria-describedby="plan-reminder-error"
                        prop:value=move || plan.week.with(|w| w.reminder_min.to_string())
                        on:change=move |event| set_reminder(event_target_value(&event))
                    />
                </div>
            </div>
            <p class="field-error" id="plan-reminder-error" role="alert">{move || reminder_error.get()}</p>
            <button type="button" class="button" on:click=add_to_calendar>"Add to calendar"</button>
        </section>
    }
}
