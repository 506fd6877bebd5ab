//! The routine editor's Start workout: starts the routine as every other
//! Start does ([`crate::ui::start_routine`]), and keeps the reason it could
//! not start only while the routine is unchanged.

use leptos::prelude::*;

use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::ui::start_routine::start_now;
use crate::ui::state::kit_and_routines::AppData;

#[component]
pub fn StartButton(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    // Why it could not start, with the routine as it was then: the message
    // holds only while the routine is unchanged, so the edit that fixes it
    // (adding the first exercise, say) takes it away.
    let problem = RwSignal::new(None::<(String, Option<Routine>)>);
    let current = Memo::new(move |_| data.book.with(|b| b.get(routine).cloned()));
    let shown = move || {
        problem.with(|p| {
            p.as_ref()
                .filter(|(_, then)| current.with(|now| now == then))
                .map(|(text, _)| text.clone())
        })
    };
    let start = move |_| {
        let Some(routine) = data.book.with_untracked(|b| b.get(routine).cloned()) else {
            return;
        };
        match start_now(&routine) {
            Ok(()) => problem.set(None),
            Err(why) => problem.set(Some((why, Some(routine)))),
        }
    };
    view! {
        <div class="start-workout">
            <button type="button" class="button button-primary button-start" on:click=start>
                "Start workout"
            </button>
            {move || shown().map(|text| view! { <p class="field-error" role="alert">{text}</p> }.into_any())}
        </div>
    }
}
