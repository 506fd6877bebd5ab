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
            // Live gave way without a navigation: the heading takes the focus.
            request_animation_frame(|| focus::focus_selector("main h1"));
            view! {
                <section class="screen" aria-labelledby="screen-title">
                    <h1 id="screen-title" tabindex="-1">"Workout discarded"</h1>
                    <p class="lead">"Nothing from it was added to your history."</p>
                    <div class="summary-actions">
                        <a class="button button-primary" href=Route::Routines.href()>"Your routines"</a>
                        <a class="button button-quiet" href=Route::History.href()>"History"</a>
                    </div>
                </section>
            }
            .into_any()
        } else if ended_in_another_tab.get() {
            request_animation_frame(|| focus::focus_selector("main h1"));
            view! {
                <section class="screen" aria-labelledby="screen-title">
                    <h1 id="screen-title" tabindex="-1">"Workout ended in another tab"</h1>
                    <p class="lead">"It was finished or discarded in another tab or window of Bandwork. A finished workout is in History."</p>
                    <div class="summary-actions">
                        <a class="button button-primary" href=Route::History.href()>"History"</a>
                        <a class="button button-quiet" href=Route::Routines.href()>"Your routines"</a>
                    </div>
                </section>
            }
            .into_any()
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
