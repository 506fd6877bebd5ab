//! The workout player screen (`#/play`): the live workout, full screen, or
//! once it is over, its summary (or, if it was discarded or ended in another
//! tab, a word saying so).

mod controls;
mod cues;
mod end_dialog;
mod how_to;
mod live;
mod summary;

use leptos::prelude::*;

use crate::model::route::Route;
use crate::platform::focus;
use crate::ui::state::workout::WorkoutData;

use end_dialog::Discarded;
use live::Live;
use summary::Summary;

#[component]
pub fn PlayerScreen() -> impl IntoView {
    let data = WorkoutData::get();
    let playing = Memo::new(move |_| data.workout.with(Option::is_some));
    let summary = Memo::new(move |_| data.finished.with(Option::is_some));
    let discarded = RwSignal::new(false);
    let ended_in_another_tab = data.ended_in_another_tab;
    provide_context(Discarded(discarded));
    move || {
        if playing.get() {
            view! { <Live /> }.into_any()
        } else if summary.get() {
            view! { <Summary /> }.into_any()
        } else if discarded.get() {
            over_note(
                "Workout discarded",
                "Nothing from it was added to your history.",
                [
                    (Route::Routines, "Your routines"),
                    (Route::History, "History"),
                ],
            )
        } else if ended_in_another_tab.get() {
            over_note(
                "Workout ended in another tab",
                "It was finished or discarded in another tab or window of Bandwork. A finished workout is in History.",
                [(Route::History, "History"), (Route::Routines, "Your routines")],
            )
        } else {
            view! {
                <section class="screen" aria-labelledby="screen-title">
                    <h1 id="screen-title" tabindex="-1">"No workout in progress"</h1>
                    <p class="lead">"Open a routine and press Start workout to begin."</p>
                    <a class="button button-primary" href=Route::Routines.href()>"Your routines"</a>
                </section>
            }
            .into_any()
        }
    }
}

/// Where a workout went once the live player gave way without a
/// navigation: a heading (which takes the focus), a line, and two links,
/// the first the main one.
fn over_note(
    title: &'static str,
    lead: &'static str,
    links: [(Route, &'static str); 2],
) -> AnyView {
    request_animation_frame(|| focus::focus_selector("main h1"));
    let [(main, main_label), (other, other_label)] = links;
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{title}</h1>
            <p class="lead">{lead}</p>
            <div class="summary-actions">
                <a class="button button-primary" href=main.href()>{main_label}</a>
                <a class="button button-quiet" href=other.href()>{other_label}</a>
            </div>
        </section>
    }
    .into_any()
}
