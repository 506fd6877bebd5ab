//! The workout summary's offer to step up: the step-ups that follow from
//! the session just finished (what was done and the ratings just given)
//! after the routine's earlier workouts, for the saved routine it was of,
//! each with Apply, and Apply all. It follows the ratings as they are
//! changed, and shows nothing when there is nothing to suggest (a first
//! workout, nothing rated yet, or the routine is no longer saved).
//!
//! Usage, in the summary: `<StepUpOffer session=data.finished />`.

use leptos::prelude::*;

use crate::model::history::session::Session;
use crate::model::history::step_ups;
use crate::ui::routine::suggestions::StepUpList;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;

/// The step-ups after `session`.
///
/// - `session`: the session just finished, as the summary shows it
///   (`WorkoutData::finished`); None shows nothing. Its ratings are read
///   each time they change. The routine is found among the saved routines
///   by the session's routine name (names are unique).
#[component]
pub fn StepUpOffer(#[prop(into)] session: Signal<Option<Session>>) -> impl IntoView {
    let data = AppData::get();
    let workouts = HistoryData::get();
    let offer = Memo::new(move |_| {
        let kit = data.kit.with(|k| k.clone().unwrap_or_default());
        session.with(|session| {
            let session = session.as_ref()?;
            data.book.with(|book| {
                workouts
                    .history
                    .with(|history| step_ups::after_session(book, history, session, &kit))
            })
        })
    });
    // The list is drawn once per routine; its items follow the ratings.
    let routine = Memo::new(move |_| offer.with(|offer| offer.as_ref().map(|(id, _)| *id)));
    move || {
        let routine = routine.get()?;
        let ups = Signal::derive(move || {
            offer.with(|offer| {
                offer
                    .as_ref()
                    .map(|(_, ups)| ups.clone())
                    .unwrap_or_default()
            })
        });
        Some(view! {
            <StepUpList
                routine
                ups
                title="Ready for more next time?"
                title_id="step-up-offer-title"
                done_text="Applied to the routine. Your next workout of it uses the new figures."
            />
        })
    }
}
