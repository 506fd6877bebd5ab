//! One weekday of the plan: a group named by the day, with its run, the
//! minutes of running, the band work (which routine, and when) and the
//! reason for it.

use leptos::prelude::*;

use super::replan;
use crate::model::plan::planner::{self, Menu};
use crate::model::plan::resolve;
use crate::model::plan::week::{
    clock_words, parse_clock, Planned, RoutineRef, RunKind, When, DAY_NAMES, MAX_RUN_MINUTES,
};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::plan::PlanData;

#[component]
pub fn DayRow(day: usize) -> impl IntoView {
    let plan = PlanData::get();
    let data = AppData::get();
    let name = DAY_NAMES[day];
    let this = Memo::new(move |_| plan.week.with(|w| w.days[day].clone()));
    let minutes_error = RwSignal::new(None::<String>);
    let id = move |what: &str| format!("plan-{day}-{what}");

    let set_run = move |code: String| {
        let run = RunKind::from_code(&code).unwrap_or_default();
        plan.change(|week| {
            week.days[day].run = run;
            if !run.is_run() {
                week.days[day].minutes = None;
            }
            replan(week);
        });
    };
    let set_minutes = move |text: String| {
        let text = text.trim().to_owned();
        let minutes = if text.is_empty() {
            None
        } else if let Ok(minutes @ 1..=MAX_RUN_MINUTES) = text.parse::<u16>() {
            Some(minutes)
        } else {
            minutes_error.set(Some(format!(
                "Minutes must be a whole number from 1 to {MAX_RUN_MINUTES}."
            )));
            return;
        };
        minutes_error.set(None);
        plan.change(|week| {
            week.days[day].minutes = minutes;
            replan(week);
        });
    };
    let set_band = move |code: String| {
        let routine = data.book.with_untracked(|book| {
            RoutineRef::from_choice_code(&code, |id| book.get(id).map(|r| r.name.clone()))
        });
        plan.change(|week| {
            let runs = week.days[day].run.is_run();
            let clock = week.run_clock;
            let today = &mut week.days[day];
            if let Some(routine) = routine {
                let when = today.band.as_ref().map_or(
                    if runs {
                        When::BeforeRun
                    } else {
                        When::At(clock)
                    },
                    |b| b.when,
                );
                today.band = Some(Planned {
                    routine,
                    when,
                    by_hand: true,
                    kind: None,
                });
                today.none_by_hand = false;
            } else {
                today.band = None;
                today.none_by_hand = true;
            }
        });
    };
    let set_when = move |code: String| {
        plan.change(|week| {
            let clock = week.run_clock;
            if let Some(band) = &mut week.days[day].band {
                band.when = match code.as_str() {
                    "before" => When::BeforeRun,
                    "after" => When::AfterRun,
                    _ => When::At(clock),
                };
                band.by_hand = true;
            }
        });
    };
    let set_clock = move |text: String| {
        if let Some(clock) = parse_clock(&text) {
            plan.change(|week| {
                if let Some(band) = &mut week.days[day].band {
                    band.when = When::At(clock);
                    band.by_hand = true;
                }
            });
        }
    };
    let back_to_suggestion = move |_| {
        plan.change(|week| {
            let today = &mut week.days[day];
            today.none_by_hand = false;
            today.band = None;
            planner::use_suggested(week, &Menu::default());
        });
    };

    let band_value = move || {
        this.with(|d| {
            d.band
                .as_ref()
                .map_or_else(|| "none".to_owned(), |b| b.routine.choice_code())
        })
    };
    let when_value = move || {
        this.with(|d| match d.band.as_ref().map(|b| b.when) {
            Some(When::BeforeRun) if d.run.is_run() => "before",
            Some(When::AfterRun) if d.run.is_run() => "after",
            _ => "at",
        })
    };
    let clock_value = move || {
        let run_clock = plan.week.with(|w| w.run_clock);
        this.with(|d| match d.band.as_ref().map(|b| b.when) {
            Some(When::At(clock)) => clock_words(clock),
            _ => clock_words(run_clock),
        })
    };
    // A saved routine the plan names but the book has lost still shows.
    let missing = move || {
        this.with(|d| {
            let band = d.band.as_ref()?;
            data.book
                .with(|book| resolve::name(&band.routine, book))
                .is_none()
                .then(|| "The planned routine is no longer in your routines.".to_owned())
        })
    };

    view! {
        <fieldset class="card plan-day" class:plan-day-rest=move || this.with(|d| !d.run.is_run() && d.band.is_none())>
            <legend class="plan-day-name">{name}</legend>
            <div class="plan-day-fields">
                <div class="field">
                    <label for=id("run")>"Run" <span class="visually-hidden">{format!(" on {name}")}</span></label>
                    <select id=id("run") on:change=move |event| set_run(event_target_value(&event))>
                        {RunKind::ALL
                            .into_iter()
                            .map(|kind| {
                                view! {
                                    <option value=kind.code() selected=move || this.with(|d| d.run == kind)>
                                        {kind.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field plan-minutes">
                    <label for=id("minutes")>
                        "Minutes" <span class="visually-hidden">{format!(" of running on {name}")}</span>
                    </label>
                    <input
                        id=id("minutes")
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max=MAX_RUN_MINUTES.to_string()
                        disabled=move || this.with(|d| !d.run.is_run())
                        aria-invalid=move || minutes_error.with(Option::is_some).then_some("true")
                        aria-describedby=id("minutes-error")
                        prop:value=move || this.with(|d| d.minutes.map(|m| m.to_string()).unwrap_or_default())
                        on:change=move |event| set_minutes(event_target_value(&event))
                    />
                </div>
                <div class="field plan-band">
                    <label for=id("band")>
                        "Band work" <span class="visually-hidden">{format!(" on {name}")}</span>
                    </label>
                    <select id=id("band") on:change=move |event| set_band(event_target_value(&event))>
                        <option value="none" selected=move || band_value() == "none">"None"</option>
                        <optgroup label="Starter routines">
                            {move || {
                                let chosen = this.with(|d| d.band.as_ref().map(|b| b.routine.clone()));
                                data.book
                                    .with(|book| resolve::starter_choices(book, chosen.as_ref()))
                                    .into_iter()
                                    .map(|(s, words)| {
                                        let code = RoutineRef::Starter(s.id.to_owned()).choice_code();
                                        let value = code.clone();
                                        view! {
                                            <option value=value selected=move || band_value() == code>
                                                {words}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </optgroup>
                        {move || {
                            data.book
                                .with(|book| {
                                    (!book.routines.is_empty())
                                        .then(|| {
                                            let options = book
                                                .routines
                                                .iter()
                                                .map(|saved| {
                                                    let code = RoutineRef::saved_code(saved.id);
                                                    let value = code.clone();
                                                    view! {
                                                        <option value=value selected=move || band_value() == code>
                                                            {saved.routine.name.clone()}
                                                        </option>
                                                    }
                                                })
                                                .collect_view();
                                            view! { <optgroup label="Your routines">{options}</optgroup> }
                                        })
                                })
                        }}
                    </select>
                </div>
                <Show when=move || this.with(|d| d.band.is_some())>
                    <Show when=move || this.with(|d| d.run.is_run())>
                        <div class="field">
                            <label for=id("when")>
                                "When" <span class="visually-hidden">{format!(" on {name}")}</span>
                            </label>
                            <select id=id("when") on:change=move |event| set_when(event_target_value(&event))>
                                <option value="before" selected=move || when_value() == "before">"Before the run"</option>
                                <option value="after" selected=move || when_value() == "after">"After the run"</option>
                                <option value="at" selected=move || when_value() == "at">"At a set time"</option>
                            </select>
                        </div>
                    </Show>
                    <Show when=move || when_value() == "at">
                        <div class="field plan-clock">
                            <label for=id("clock")>
                                "Time" <span class="visually-hidden">{format!(" on {name}")}</span>
                            </label>
                            <input
                                id=id("clock")
                                type="time"
                                prop:value=clock_value
                                on:change=move |event| set_clock(event_target_value(&event))
                            />
                        </div>
                    </Show>
                </Show>
            </div>
            <p class="field-error" id=id("minutes-error") role="alert">{move || minutes_error.get()}</p>
            <p class="plan-reason">{move || plan.week.with(|w| planner::reason(w, day))}</p>
            {move || missing().map(|text| view! { <p class="plan-warning">{text}</p> })}
            <Show when=move || plan.week.with(|w| w.follows_suggestions && w.days[day].chosen_by_hand())>
                <button type="button" class="button button-quiet plan-back" on:click=back_to_suggestion>
                    {format!("Use the suggestion for {name}")}
                </button>
            </Show>
        </fieldset>
    }
}
