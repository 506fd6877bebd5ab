//! The Plan screen, "Your week": what the runner runs each day, the band
//! work planned around it with the reason for each day, the suggested plan,
//! and the week as a calendar file. Loads as a chunk of its own.
//!
//! - [`glance`]: the week in seven short lines, with this week's ticks;
//! - [`day_row`]: one weekday's run, minutes and band work;
//! - [`calendar_card`]: the usual run time, the reminder and Add to calendar.

mod calendar_card;
mod day_row;
mod glance;

use leptos::prelude::*;

use crate::model::plan::planner::{self, Menu};
use crate::model::plan::week::{Week, DAYS};
use crate::ui::state::plan::PlanData;
use crate::ui::status::StatusMessage;
use calendar_card::CalendarCard;
use day_row::DayRow;
use glance::WeekGlance;

/// Re-plans the days not chosen by hand, if the week follows the
/// suggestions.
pub(super) fn replan(week: &mut Week) {
    if week.follows_suggestions {
        planner::use_suggested(week, &Menu::default());
    }
}

/// The week in a line, e.g. "4 band sessions and 2 full rest days."
fn week_summary(week: &Week) -> String {
    let sessions = week.band_days();
    let rest = week.empty_days();
    format!(
        "{sessions} band {} and {rest} full rest {}.",
        if sessions == 1 { "session" } else { "sessions" },
        if rest == 1 { "day" } else { "days" }
    )
}

#[component]
pub fn PlanScreen() -> impl IntoView {
    let plan = PlanData::get();
    let use_suggested = move |_| {
        plan.change(|week| planner::use_suggested(week, &Menu::default()));
        StatusMessage::announce(format!(
            "Suggested plan in place: {}",
            plan.week.with_untracked(week_summary)
        ));
    };
    let warnings = Memo::new(move |_| plan.week.with(planner::warnings));

    view! {
        <section class="screen plan-screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Your week"</h1>
            <p class="lead">
                "Say what you run each day. Bandwork plans band work around your runs and says why."
            </p>
            <div class="plan-actions">
                <button type="button" class="button button-primary" on:click=use_suggested>
                    "Use suggested plan"
                </button>
                <p class="plan-summary">{move || plan.week.with(week_summary)}</p>
            </div>
            {move || {
                warnings
                    .get()
                    .into_iter()
                    .map(|text| view! { <p class="plan-warning"><strong>"Note: "</strong>{text}</p> })
                    .collect_view()
            }}
            <WeekGlance />
            <h2 class="plan-days-title">"Day by day"</h2>
            <ol class="week-list">
                {(0..DAYS).map(|day| view! { <li><DayRow day /></li> }).collect_view()}
            </ol>
            <CalendarCard />
            <details class="card plan-rules">
                <summary>"How the plan is made"</summary>
                <ul>
                    {planner::rules_in_words()
                        .map(|(says, must)| {
                            view! {
                                <li>
                                    {says}
                                    {must.then_some(" (always kept unless you choose otherwise)")}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </section>
    }
}
