//! Today's line of the runner's week at the top of the first screen: the
//! run, the band work with a Start button that opens the player, and a
//! tick once a workout of that routine has finished today (another
//! workout done today is said too, and the Start button steps back). Shown only when
//! a plan has band work. The region's frame is in the first load; what is
//! in it (which builds routines and starts workouts) comes in a chunk of
//! the on-demand chunk (`on_demand::today_body`, handed in), into a frame
//! of the same height.

use leptos::prelude::*;

use crate::model::plan::week::{weekday_of_day, DAYS, DAY_NAMES};
use crate::model::plan::{resolve, today};
use crate::model::route::Route;
use crate::model::routine::estimate;
use crate::model::time;
use crate::platform::clock::{now_ms, offset_min};
use crate::ui::start_routine::start_now;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::plan::PlanData;
use crate::ui::state::stores::Stores;

/// The Today region, when the week has band work; `body` draws its
/// contents (from the on-demand chunk).
#[component]
pub fn TodayCard(body: fn() -> AnyView) -> impl IntoView {
    let has_plan = Stores::get().plan_has_band_work;
    let now = now_ms();
    let weekday = weekday_of_day(time::day_of(now, offset_min(now)));
    view! {
        <Show when=move || has_plan.get()>
            <section class="card today" aria-labelledby="today-title">
                <div class="today-head">
                    <h2 id="today-title">"Today"</h2>
                    <span class="today-day">{DAY_NAMES[weekday]}</span>
                </div>
                // The body's box is here, in the first load, so the room
                // for its line and button is kept before the chunk fills it.
                <div class="today-body">{body()}</div>
                <a class="today-plan-link" href=Route::Plan.href()>"Your week"</a>
            </section>
        </Show>
    }
}

/// Today's line and its Start button or tick (on demand), drawn
/// inside the card's `today-body` box.
#[component]
pub fn TodayBody() -> impl IntoView {
    let plan = PlanData::get();
    let data = AppData::get();
    let history = HistoryData::get();
    let now = now_ms();
    let local_day = time::day_of(now, offset_min(now));
    let weekday = weekday_of_day(local_day);
    let problem = RwSignal::new(None::<String>);

    // Today's routine as it would play now (None: nothing planned, or gone).
    let routine = Memo::new(move |_| {
        let planned = plan.week.with(|w| w.days[weekday].band.clone())?;
        let kit = data.kit.get().unwrap_or_default();
        data.book
            .with(|book| resolve::routine(&planned.routine, book, &kit))
    });
    let line = move || {
        let day = plan.week.with(|w| w.days[weekday].clone());
        let routine = routine.get();
        today::words(
            &day,
            routine
                .as_ref()
                .map(|r| (r.name.as_str(), estimate::routine_seconds(r))),
        )
    };
    let done = Memo::new(move |_| {
        routine.with(|routine| {
            routine.as_ref().is_some_and(|routine| {
                history
                    .history
                    .with(|h| today::done(h, &routine.name, local_day, offset_min))
            })
        })
    });
    // Another workout finished today (the planned one's own tick is `done`).
    let other_done = Memo::new(move |_| {
        history
            .history
            .with(|h| today::done_today(h, local_day, offset_min).map(ToOwned::to_owned))
    });
    let next = move || {
        plan.week.with(|week| {
            (1..DAYS)
                .map(|ahead| (weekday + ahead) % DAYS)
                .find(|&day| week.days[day].band.is_some())
                .map(|day| format!("Next band work: {}.", DAY_NAMES[day]))
        })
    };
    let start = move |_| {
        let Some(routine) = routine.get_untracked() else {
            return;
        };
        problem.set(start_now(&routine).err());
    };

    view! {
        <p class="today-line">{line}</p>
        {move || match (routine.get(), done.get()) {
            (Some(_), true) => {
                view! {
                    <p class="today-done">
                        <span class="today-tick" aria-hidden="true">"✓"</span>
                        " Done today. Well done."
                    </p>
                }
                    .into_any()
            }
            (Some(routine), false) if other_done.with(Option::is_some) => {
                let done_name = other_done.get().unwrap_or_default();
                view! {
                    <p class="today-done">
                        <span class="today-tick" aria-hidden="true">"✓"</span>
                        {format!(" Done today: {done_name}.")}
                    </p>
                    <button type="button" class="button button-quiet today-start" on:click=start>
                        {format!("Start {} too", routine.name)}
                    </button>
                }
                    .into_any()
            }
            (Some(routine), false) => {
                view! {
                    <button type="button" class="button button-primary today-start" on:click=start>
                        {format!("Start {}", routine.name)}
                    </button>
                }
                    .into_any()
            }
            (None, _) => view! { <p class="today-next">{next}</p> }.into_any(),
        }}
        {move || problem.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
    }
}
