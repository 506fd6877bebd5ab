//! A reminder on every other screen while a workout is in progress (after a
//! reload it waits, paused, exactly where it was).

use leptos::prelude::*;

use crate::model::route::Route;
use crate::ui::state::stores::Stores;

#[component]
pub fn ResumeBanner(route: Memo<Route>) -> impl IntoView {
    let stores = Stores::get();
    let name = Memo::new(move |_| {
        stores
            .routine_in_progress()
            .filter(|_| route.get() != Route::Player)
    });
    move || {
        name.get().map(|name| {
            view! {
                <div class="resume-banner" role="region" aria-label="Workout in progress">
                    <p>
                        <strong>"Workout in progress: "</strong>
                        {name}
                    </p>
                    <a class="button button-primary" href=Route::Player.href()>"Resume workout"</a>
                </div>
            }
            .into_any()
        })
    }
}
