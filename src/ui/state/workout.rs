//! The workout in progress and the summary of the one just finished. The
//! workout is saved after every action and segment change, and when the
//! page is left, so a reload or a closed tab loses nothing. A finished
//! workout goes to [`HistoryData`].

use leptos::prelude::*;

use super::history::HistoryData;
use super::record::Stored;
use super::stores::Stores;
use crate::model::catalog;
use crate::model::history::session::Session;
use crate::model::kit::band::BandKit;
use crate::model::routine::Routine;
use crate::model::workout::playback::{state_at, Action};
use crate::model::workout::{has_work, StartProblem, Workout};
use crate::platform::clock;
use crate::ui::notices::{Notice, Notices};

/// The player's data.
#[derive(Clone, Copy)]
pub struct WorkoutData {
    /// The workout being done, if any.
    pub workout: RwSignal<Option<Workout>>,
    /// The session just finished, shown in the summary until closed.
    pub finished: RwSignal<Option<Session>>,
    /// Which of the finished session's exercises were moves of a circuit.
    pub finished_in_circuit: StoredValue<Vec<bool>>,
    history: HistoryData,
    stored: Stored<Option<Workout>>,
    /// The start (its time) of a workout begun here and not yet saved:
    /// until its first save, an empty store does not mean it ended.
    unsaved_start: StoredValue<Option<u64>>,
    /// The workout shown here was ended in another tab (finished or
    /// discarded there): the player says so instead of "no workout".
    pub ended_in_another_tab: RwSignal<bool>,
    notices: Notices,
}

impl WorkoutData {
    /// The shared workouts, loaded on first use: the saved workout (paused
    /// where it was last seen) and the history. This runs in chunk code
    /// only, under the app's root owner, so it outlives the screen that
    /// asked. A saved workout that can no longer be played (edited by hand,
    /// say) does not read: its text is kept, a notice says so, and the app
    /// starts afresh.
    pub fn get() -> Self {
        if let Some(data) = use_context::<WorkoutData>() {
            return data;
        }
        let store = Stores::get().workout;
        store.at_root(move || {
            let history = HistoryData::get();
            let notices = Notices::get();
            let stored = store.get(
                |stored| {
                    stored.value.update_untracked(|workout| {
                        *workout = workout.take().map(|saved| saved.found(clock::now_ms()));
                    });
                },
                follow_stored_workout,
            );
            let data = WorkoutData {
                workout: stored.value,
                finished: RwSignal::new(None),
                finished_in_circuit: StoredValue::new(Vec::new()),
                history,
                stored,
                unsaved_start: StoredValue::new(None),
                ended_in_another_tab: RwSignal::new(false),
                notices,
            };
            provide_context(data);
            data.keep_ended_workout();
            data
        })
    }

    /// A workout found at its end (the app stopped as it finished, before
    /// its session was kept) goes to history now, not back into the player.
    fn keep_ended_workout(self) {
        let ended = self
            .workout
            .with_untracked(|w| w.as_ref().and_then(Workout::ended_session));
        let Some(session) = ended else {
            return;
        };
        let routine = session.routine.clone();
        if self.history.record(session) {
            self.clear_workout();
            self.notices.show(Notice::problem(
                "workout-ended",
                format!(
                    "Your {routine} workout had reached its end when Bandwork last stopped, \
                     so it is now in History."
                ),
            ));
        }
    }

    /// Starts `routine` now, or says why it cannot start.
    pub fn start(self, routine: &Routine, kit: &BandKit) -> Result<(), StartProblem> {
        // Whichever way a workout is on now, none has ended elsewhere.
        self.ended_in_another_tab.set(false);
        // One started in another tab or window (or kept back because its
        // session could not be saved) is never overwritten: it is taken up.
        if let Some(stored) = self.stored.stored().flatten() {
            self.workout.set(Some(stored.found(clock::now_ms())));
            return Err(StartProblem::InProgress);
        }
        let workout = Workout::start(routine, kit, clock::now_ms(), catalog::name_of)?;
        self.finished.set(None);
        self.unsaved_start.set_value(Some(workout.run.started_at));
        self.workout.set(Some(workout));
        self.save_workout();
        Ok(())
    }

    /// Records `action` now; returns whether it changed anything.
    pub fn act(self, action: Action) -> bool {
        let now = clock::now_ms();
        let changed = self
            .workout
            .try_update(|workout| {
                let workout = workout.as_mut()?;
                let timeline = workout.timeline()?;
                workout.last_seen = now;
                workout.left = false;
                Some(workout.run.act(&timeline, action, now))
            })
            .flatten()
            .unwrap_or(false);
        if changed {
            self.save_workout();
        }
        changed
    }

    /// Notes that the player is still open now, and saves.
    pub fn touch(self) {
        self.seen(Some(false));
    }

    /// Notes that the page showing the player is being left (a reload, a
    /// closed tab), so that it waits, paused, when the app opens again.
    pub fn leave(self) {
        self.seen(Some(true));
    }

    /// Notes the time when the page is put away. A page being left hides
    /// too, just after `pagehide`: that must not undo [`Self::leave`].
    pub fn hidden(self) {
        self.seen(None);
    }

    fn seen(self, left: Option<bool>) {
        let now = clock::now_ms();
        self.workout.update(|workout| {
            if let Some(workout) = workout {
                workout.last_seen = now;
                if let Some(left) = left {
                    workout.left = left;
                }
            }
        });
        self.save_workout();
    }

    /// Ends the workout now: keeps a session in history if any work was
    /// done, and shows the summary.
    pub fn finish(self) {
        let now = clock::now_ms();
        let Some(workout) = self.workout.get_untracked() else {
            return;
        };
        let Some(timeline) = workout.timeline() else {
            return;
        };
        let session = workout.session(&timeline, now);
        self.finished_in_circuit.set_value(workout.in_circuit());
        // A workout ended before any work began is not worth a history entry.
        if has_work(&session) || state_at(&timeline, &workout.run, now).finished {
            if !self.history.record(session.clone()) {
                // Keep the workout stored so nothing is lost; the summary
                // still shows, and the notice says what went wrong.
                self.finished.set(Some(session));
                self.workout.set(None);
                return;
            }
            self.finished.set(Some(session));
            // There is a workout worth keeping now.
            crate::platform::persist::request_once();
        }
        self.workout.set(None);
        self.clear_workout();
    }

    /// Ends the workout now and keeps nothing of it: no session, no
    /// summary.
    pub fn discard(self) {
        self.finished.set(None);
        self.clear_workout();
    }

    /// Changes the finished session (rating, actual reps) and saves it.
    pub fn change_finished(self, change: impl FnOnce(&mut Session)) {
        let Some(mut session) = self.finished.get_untracked() else {
            return;
        };
        change(&mut session);
        self.finished.set(Some(session.clone()));
        self.history.record(session);
    }

    /// Saves the workout in progress; false when it could not be saved
    /// (the notice then says so, and it is tried again later). With none
    /// in progress nothing is written: a workout kept stored because its
    /// session could not yet be saved (see [`Self::finish`]) stays stored.
    fn save_workout(self) -> bool {
        if self.workout.with_untracked(Option::is_none) {
            return true;
        }
        if self.ended_elsewhere() {
            // Another tab ended it and its word has not reached this one
            // yet: saving now would bring the workout back to life there.
            self.ended_in_another_tab.set(true);
            self.workout.set(None);
            return true;
        }
        // Retried through this same check, so a retry that comes after the
        // workout ended never removes one kept stored on purpose.
        let saved = self.stored.save_retrying(move || self.save_workout());
        if saved {
            self.unsaved_start.set_value(None);
        }
        saved
    }

    /// Whether the workout held here was once stored and is stored no
    /// more: another tab ended it (its session is in history there).
    fn ended_elsewhere(self) -> bool {
        let ours = self
            .workout
            .with_untracked(|w| w.as_ref().map(|w| w.run.started_at));
        ours.is_some() && ours != self.unsaved_start.get_value() && self.stored.is_absent()
    }

    /// Removes the stored workout in progress, once it is over. A failed
    /// removal leaves a workout that offers to resume; nothing is lost, so
    /// nothing is said.
    fn clear_workout(self) {
        self.workout.set(None);
        self.stored.try_save();
    }
}

/// Marks the shared workouts' `ended_in_another_tab` (their context is on
/// the root owner this follower runs under; without it, nothing is said).
fn set_ended_in_another_tab(ended: bool) {
    if let Some(data) = use_context::<WorkoutData>() {
        data.ended_in_another_tab.set(ended);
    }
}

/// Follows the workout in progress as another tab saved it: one started
/// there shows here (with its Resume banner), one paused or moved on there
/// moves here too, and one ended there ends here.
fn follow_stored_workout(stored: Stored<Option<Workout>>) {
    let ours = stored
        .value
        .with_untracked(|w| w.as_ref().map(|w| w.run.started_at));
    // None: unreadable (or storage refused), which changes nothing here.
    match (stored.stored(), ours) {
        (Some(Some(theirs)), None) => {
            set_ended_in_another_tab(false);
            stored.value.set(Some(theirs));
        }
        (Some(Some(theirs)), Some(ours)) if theirs.run.started_at == ours => {
            stored.value.set(Some(theirs));
        }
        (None, Some(_)) if stored.is_absent() => {
            set_ended_in_another_tab(true);
            stored.value.set(None);
        }
        _ => {}
    }
}
