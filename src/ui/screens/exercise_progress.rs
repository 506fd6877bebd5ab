//! The "Progress by exercise" card on the History screen: pick an exercise
//! and see its last sessions as a chart of three lanes (amount per set,
//! sets, band level), worded in full for screen readers, with the same
//! figures as a table. A value or a date shown once is labelled once. An
//! exercise done each side in turn, with the sides given, has a line per
//! side (solid left, dashed right, named in a key), and a sentence when
//! one side keeps falling behind.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::progress::{exercises_done, progress, Progress};
use crate::model::history::progress_chart::{
    axis_dates, describe, lanes, Lane, BOX_HEIGHT, BOX_WIDTH,
};
use crate::model::history::sides::side_behind_words;
use crate::model::kit::band::BandKit;
use crate::platform::clock::short_date;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;

/// Sessions shown in the chart and the table.
const SESSIONS_SHOWN: usize = 30;

/// The name of a band level in `kit` (0 is no band).
fn level_name(kit: Option<&BandKit>, level: usize) -> String {
    match level.checked_sub(1) {
        None => "No band".to_owned(),
        Some(at) => kit.and_then(|kit| kit.bands.get(at)).map_or_else(
            || format!("Level {level}"),
            crate::model::kit::band::Band::name,
        ),
    }
}

#[component]
pub fn ExerciseProgress() -> impl IntoView {
    let workouts = HistoryData::get();
    let data = AppData::get();
    let exercises = Memo::new(move |_| workouts.history.with(exercises_done));
    let picked: RwSignal<Option<String>> = RwSignal::new(None);
    // The one picked, or else the one done most recently.
    let current = Memo::new(move |_| {
        let list = exercises.get();
        picked
            .get()
            .filter(|id| list.contains(id))
            .or_else(|| list.first().cloned())
    });
    let shown = Memo::new(move |_| {
        let id = current.get()?;
        let progress = data.kit.with(|kit| {
            workouts
                .history
                .with(|history| progress(history, &id, kit.as_ref(), SESSIONS_SHOWN))
        })?;
        Some((id, progress))
    });
    let options = move || {
        let chosen = current.get();
        exercises
            .get()
            .into_iter()
            .map(|id| {
                let selected = chosen.as_ref() == Some(&id);
                view! { <option value=id.clone() selected=selected>{catalog::name_of(&id)}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="card progress-card">
            <h2 id="progress-title">"Progress by exercise"</h2>
            <label class="select progress-pick">
                "Exercise"
                <select on:change=move |event| picked.set(Some(event_target_value(&event)))>
                    {options}
                </select>
            </label>
            {move || shown.get().map(|(id, progress)| {
                let kit = data.kit.get_untracked();
                view! { <Chart name=catalog::name_of(&id) progress kit /> }
            })}
        </div>
    }
}

#[component]
fn Chart(name: String, progress: Progress, kit: Option<BandKit>) -> impl IntoView {
    let mut words = describe(&name, &progress, short_date);
    if let Some([left, right]) = progress.points.last().and_then(|p| p.sides) {
        let measure = progress.measure;
        words.push_str(&format!(
            " Last session by side: left {}, right {}.",
            measure.with_unit(left),
            measure.with_unit(right)
        ));
    }
    let lanes = lanes(&progress, |level| level_name(kit.as_ref(), level));
    let count = progress.points.len();
    let caption = if count == 1 {
        format!("{name}: your one session so far.")
    } else {
        format!("{name}: your last {count} sessions, oldest on the left.")
    };
    // One date when every session is on one day, centred under its dots.
    let dates = axis_dates(&progress, short_date);
    let dates_class = if dates.len() == 1 {
        "chart-dates chart-dates-one"
    } else {
        "chart-dates"
    };
    let dates = dates
        .into_iter()
        .map(|date| view! { <span>{date}</span> })
        .collect_view();
    let measure = progress.measure;
    let sided = progress.points.iter().any(|p| p.sides.is_some());
    let behind = side_behind_words(&progress.points);
    // The table's rows are made when it is first opened: most visits only
    // look at the chart.
    let opened = RwSignal::new(false);
    let points = progress.points.clone();
    let rows = move || {
        opened.get().then(|| {
            points
                .iter()
                .rev()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{short_date(p.at)}</th>
                            <td>{p.sets}</td>
                            <td>{measure.with_unit(p.per_set)}</td>
                            {sided.then(|| {
                                let [left, right] = p.sides.unwrap_or([p.per_set, p.per_set]);
                                view! { <td>{measure.with_unit(left)}</td><td>{measure.with_unit(right)}</td> }
                            })}
                            <td>{p.band.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="progress-chart">
            <figcaption class="hint">{caption}</figcaption>
            <div class="chart-lanes" role="img" aria-label=words>
                {lanes.into_iter().map(|lane| view! { <LaneView lane /> }).collect_view()}
                <div class=dates_class>{dates}</div>
            </div>
            {sided.then(|| view! {
                <p class="chart-key hint">
                    <span class="key-left">"Left: solid line"</span>
                    <span class="key-right">"Right: dashed line"</span>
                </p>
            })}
        </figure>
        {behind.map(|words| view! { <p class="side-behind">{words}</p> })}
        <details class="progress-table" on:toggle=move |_| opened.set(true)>
            <summary>"Show as a table"</summary>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{format!("{name}, newest first")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Sets"</th>
                            <th scope="col">{measure.title()}</th>
                            {sided.then(|| view! { <th scope="col">"Left"</th><th scope="col">"Right"</th> })}
                            <th scope="col">"Band"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

#[component]
fn LaneView(lane: Lane) -> impl IntoView {
    let view_box = format!("0 0 {BOX_WIDTH} {BOX_HEIGHT}");
    // One label when every value is the same: level with the dots, which
    // are drawn across the middle.
    let axis: Vec<String> = lane.axis().into_iter().map(str::to_owned).collect();
    let axis_class = if axis.len() == 1 {
        "lane-axis lane-axis-one"
    } else {
        "lane-axis"
    };
    let axis = axis
        .into_iter()
        .map(|label| view! { <span>{label}</span> })
        .collect_view();
    view! {
        <div class="chart-lane">
            <span class="lane-title">{lane.title}</span>
            <div class=axis_class>{axis}</div>
            <svg class="lane-plot" viewBox=view_box preserveAspectRatio="none" focusable="false">
                <path class="lane-line" d=lane.line />
                <path class="lane-dots" d=lane.dots />
                {(!lane.right_line.is_empty()).then(|| view! {
                    <path class="lane-line-right" d=lane.right_line />
                    <path class="lane-dots-right" d=lane.right_dots />
                })}
            </svg>
        </div>
    }
}
