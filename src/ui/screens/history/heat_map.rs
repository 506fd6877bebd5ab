//! The heat map of the last weeks: a column a week, Monday at the top, the
//! weekdays named down its side and the months along its top, with a
//! legend that does not rely on shade alone.

use leptos::prelude::*;

use crate::model::history::heat_labels::{month_labels, WEEKDAY_LABELS};
use crate::model::history::stats::HeatDay;

/// One cell and the gap after it, in SVG user units.
const PITCH: usize = 12;
/// Room for the weekday names at the left, and the months at the top.
const SIDE: usize = 20;
const TOP: usize = 12;

/// The map of `days` (from `stats::heat_map`) over `weeks` weeks.
#[component]
pub fn HeatMap(days: Vec<HeatDay>, weeks: usize) -> impl IntoView {
    let in_range: u32 = days.iter().map(|day| day.count).sum();
    let months = month_labels(&days)
        .into_iter()
        .map(|label| {
            let x = SIDE + label.week * PITCH;
            view! { <text x=x y=TOP - 4 class="heat-label heat-month">{label.name}</text> }
        })
        .collect_view();
    let weekdays = WEEKDAY_LABELS
        .into_iter()
        .map(|(row, name)| {
            let y = TOP + row * PITCH + 8;
            view! { <text x=SIDE - 4 y=y text-anchor="end" class="heat-label heat-weekday">{name}</text> }
        })
        .collect_view();
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
            // Not by shade alone: a day with two or more workouts also
            // has a dot in its middle (see the legend).
            let (x, y) = (SIDE + week * PITCH, TOP + weekday * PITCH);
            view! {
                <rect x=x y=y width="10" height="10" rx="2" class=class></rect>
                {(count >= 2 && !future).then(|| view! {
                    <circle cx=x + 5 cy=y + 5 r="2" class="heat-mark"></circle>
                })}
            }
            .into_any()
        })
        .collect_view();
    let width = SIDE + weeks * PITCH;
    let height = TOP + 7 * PITCH;
    view! {
        <svg
            class="heat-map"
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-label=format!("{in_range} workouts in the last {weeks} weeks, one column a week, Monday at the top")
        >
            {months}
            {weekdays}
            {cells}
        </svg>
        <p class="heat-legend" aria-hidden="true">
            <HeatKey class="heat-0" label="none" />
            <HeatKey class="heat-1" label="one workout" />
            <HeatKey class="heat-2" label="two or more" />
        </p>
    }
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
