//! The week at a glance, above the day-by-day fields: one short line per
//! day (the run, then the band work), today marked, and a tick for each day
//! of this week whose band work is done.

use leptos::prelude::*;

use crate::model::plan::week::{weekday_of_day, DAYS, DAY_NAMES};
use crate::model::plan::{resolve, today};
use crate::model::time;
use crate::platform::clock::{now_ms, offset_min};
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::plan::PlanData;

#[component]
pub fn WeekGlance() -> impl IntoView {
    let plan = PlanData::get();
    let data = AppData::get();
    let workouts = HistoryData::get();
    let now = now_ms();
    let local_day = time::day_of(now, offset_min(now));
    let this_weekday = weekday_of_day(local_day);
    let monday = local_day - this_weekday as i64;

    let rows = move || {
        plan.week.with(|week| {
            data.book.with(|book| {
                (0..DAYS)
                    .map(|day| {
                        let planned = &week.days[day];
                        let name = planned
                            .band
                            .as_ref()
                            .and_then(|band| resolve::name(&band.routine, book));
                        let (run, band) = today::glance(planned, name.as_deref());
                        let done = day <= this_weekday
                            && name.as_ref().is_some_and(|name| {
                                workouts.history.with(|h| {
                                    today::done(h, name, monday + day as i64, offset_min)
                                })
                            });
                        let is_today = day == this_weekday;
                        view! {
                            <li class="glance-day" class:glance-today=is_today>
                                <span class="glance-name">
                                    {&DAY_NAMES[day][..3]}
                                    {is_today.then(|| view! { <span class="visually-hidden">", today"</span> })}
                                </span>
                                <span class="glance-run">{run}</span>
                                <span class="glance-band">
                                    {band}
                                    {done.then(|| view! { <span class="glance-done">" ✓ done"</span> })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };

    view! {
        <section class="card week-glance" aria-labelledby="week-glance-title">
            <h2 id="week-glance-title">"At a glance"</h2>
            <ol class="glance-list">{rows}</ol>
        </section>
    }
}
