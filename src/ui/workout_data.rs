//! The workout in progress and the history of finished ones, as shared
//! signals. The workout is saved after every action and segment change, and
//! when the page is left, so a reload or a closed tab loses nothing. Both
//! are read the first time a screen asks (see [`WorkoutPresence`] for what
//! the first screen knows before that).

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{History, Rating, Session};
use crate::model::kit::band::BandKit;
use crate::model::routine::Routine;
use crate::model::storage::keys::{HISTORY_KEY, WORKOUT_KEY};
use crate::model::workout::playback::{state_at, Action};
use crate::model::workout::{has_work, StartProblem, Workout};
use crate::platform::clock;
use crate::ui::notices::{Notice, Notices};
use crate::ui::persisted::{Refused, Spec, Stored};
use crate::ui::plan_presence::RootOwner;
use crate::ui::undo::Undo;
use crate::ui::workout_presence::WorkoutPresence;

const WORKOUT: Spec = Spec {
    key: WORKOUT_KEY,
    what: "workout in progress",
    load_notice: "workout-load",
    save_notice: "workout-save",
    unsaved: "The workout could not be saved on this device, so it carries on here but a \
              reload would lose it.",
    refused: Refused::Quietly,
};

const HISTORY: Spec = Spec {
    key: HISTORY_KEY,
    what: "workout history",
    load_notice: "history-load",
    save_notice: "history-save",
    unsaved: "This workout could not be saved to your history.",
    refused: Refused::Notice(
        "Your saved history could not be read earlier, so this workout was not saved over it.",
    ),
};

/// The player's data, shared through context.
#[derive(Clone, Copy)]
pub struct WorkoutData {
    /// The workout being done, if any.
    pub workout: RwSignal<Option<Workout>>,
    /// The session just finished, shown in the summary until closed.
    pub finished: RwSignal<Option<Session>>,
    /// Which of the finished session's exercises were moves of a circuit.
    pub finished_in_circuit: StoredValue<Vec<bool>>,
    pub history: RwSignal<History>,
    stored_workout: Stored<Option<Workout>>,
    stored_history: Stored<History>,
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
        let presence = WorkoutPresence::get();
        if let Some(data) = presence.loaded.get_untracked() {
            return data;
        }
        let load = move || {
            let notices = Notices::get();
            let stored_workout = Stored::<Option<Workout>>::load(&WORKOUT, notices);
            let stored_history = Stored::<History>::load(&HISTORY, notices);
            stored_workout.value.update_untracked(|workout| {
                *workout = workout.take().map(|saved| saved.found(clock::now_ms()));
            });
            let data = WorkoutData {
                workout: stored_workout.value,
                finished: RwSignal::new(None),
                finished_in_circuit: StoredValue::new(Vec::new()),
                history: stored_history.value,
                stored_workout,
                stored_history,
                notices,
            };
            presence.loaded.set(Some(data));
            data.keep_ended_workout();
            data.follow_other_tabs(presence);
            data
        };
        match use_context::<RootOwner>() {
            Some(RootOwner(root)) => root.with(load),
            None => load(),
        }
    }

    /// Takes up what another tab saves, for the life of the page.
    fn follow_other_tabs(self, presence: WorkoutPresence) {
        Effect::new(move |seen: Option<u32>| {
            let count = presence.workout_changed_elsewhere.get();
            if seen.is_some_and(|seen| seen != count) {
                self.follow_stored_workout();
            }
            count
        });
        Effect::new(move |seen: Option<u32>| {
            let count = presence.history_changed_elsewhere.get();
            if seen.is_some_and(|seen| seen != count) {
                self.reload_history();
            }
            count
        });
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
        self.reload_history();
        self.history.update(|history| history.record(session));
        if self.save_history() {
            self.workout.set(None);
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

    /// Whether the stored history was set aside at start-up because it
    /// could not be used here (a notice says why).
    pub fn history_set_aside(self) -> bool {
        self.stored_history.set_aside()
    }

    /// Starts `routine` now, or says why it cannot start.
    pub fn start(self, routine: &Routine, kit: &BandKit) -> Result<(), StartProblem> {
        // One started in another tab or window (or kept back because its
        // session could not be saved) is never overwritten: it is taken up.
        if let Some(stored) = self.stored_workout.stored().flatten() {
            self.workout.set(Some(stored.found(clock::now_ms())));
            return Err(StartProblem::InProgress);
        }
        let workout = Workout::start(routine, kit, clock::now_ms(), catalog::name_of)?;
        self.finished.set(None);
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
            self.reload_history();
            self.history
                .update(|history| history.record(session.clone()));
            if !self.save_history() {
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
        self.reload_history();
        self.history.update(|history| history.record(session));
        self.save_history();
    }

    /// Rates exercise `exercise` (its index) of past session `session`, and
    /// saves; false when it is gone (deleted in another tab, say) or the
    /// save failed (a notice then says so).
    pub fn rate_past(self, session: u64, exercise: usize, rating: Rating) -> bool {
        self.reload_history();
        let rated = self
            .history
            .try_update(|h| h.set_rating(session, exercise, Some(rating)))
            .unwrap_or(false);
        rated && self.save_history()
    }

    /// Deletes a session from history, with Undo.
    pub fn delete_session(self, id: u64) {
        self.reload_history();
        let Some((at, session)) = self.history.try_update(|h| h.remove(id)).flatten() else {
            return;
        };
        self.save_history();
        let name = session.routine.clone();
        Undo::get().offer(format!("Deleted the {name} workout."), move || {
            self.reload_history();
            self.history.update(|h| h.restore(at, session));
            self.save_history();
        });
    }

    /// Keeps `session` in history: a past workout added, or a session's
    /// edited figures, ratings and notes; with Undo. False when it could
    /// not be saved (a notice then says so).
    pub fn put_session(self, session: Session) -> bool {
        self.reload_history();
        let id = session.id;
        let name = session.routine.clone();
        let before = self.history.try_update(|h| h.put(session)).flatten();
        if !self.save_history() {
            return false;
        }
        let text = if before.is_some() {
            format!("Saved the changes to the {name} workout.")
        } else {
            format!("Added the {name} workout.")
        };
        Undo::get().offer(text, move || {
            self.reload_history();
            self.history.update(|h| match before {
                Some(old) => {
                    h.put(old);
                }
                None => {
                    h.remove(id);
                }
            });
            self.save_history();
        });
        true
    }

    /// Replaces the whole history (after an import) and saves it through
    /// the same path as a finished workout; false if it was not saved.
    pub fn replace_history(self, history: History) -> bool {
        self.history.set(history);
        self.save_history()
    }

    /// Follows the workout in progress as another tab saved it: one started
    /// there shows here (with its Resume banner), one paused or moved on
    /// there moves here too, and one ended there ends here.
    pub fn follow_stored_workout(self) {
        let ours = self
            .workout
            .with_untracked(|w| w.as_ref().map(|w| w.run.started_at));
        // None: unreadable (or storage refused), which changes nothing here.
        match (self.stored_workout.stored(), ours) {
            (Some(Some(stored)), None) => self.workout.set(Some(stored)),
            (Some(Some(stored)), Some(ours)) if stored.run.started_at == ours => {
                self.workout.set(Some(stored));
            }
            (None, Some(_)) if self.stored_workout.is_absent() => self.workout.set(None),
            _ => {}
        }
    }

    /// Takes up the history as stored now, so that a session saved by
    /// another tab or window is kept when this one saves. (Unreadable text
    /// stays as it is: this tab then does not save over it.)
    pub fn reload_history(self) {
        if self.stored_history.can_save() {
            self.stored_history.follow_stored();
        }
    }

    /// Saves the workout in progress; false when it could not be saved
    /// (the notice then says so, and it is tried again later). With none
    /// in progress nothing is written: a workout kept stored because its
    /// session could not yet be saved (see [`Self::finish`]) stays stored.
    fn save_workout(self) -> bool {
        if self.workout.with_untracked(Option::is_none) {
            return true;
        }
        // Retried through this same check, so a retry that comes after the
        // workout ended never removes one kept stored on purpose.
        self.stored_workout
            .save_retrying(move || self.save_workout())
    }

    /// Removes the stored workout in progress, once it is over. A failed
    /// removal leaves a workout that offers to resume; nothing is lost, so
    /// nothing is said.
    fn clear_workout(self) {
        self.workout.set(None);
        self.stored_workout.try_save();
    }

    /// Tries again to save a history that could not be saved. A workout
    /// kept stored because its session was not yet in history (see
    /// [`Self::finish`]) is let go once it is.
    fn retry_history(self) -> bool {
        let saved = self
            .stored_history
            .save_retrying(move || self.retry_history());
        if saved && self.workout.with_untracked(Option::is_none) {
            self.clear_workout();
        }
        saved
    }

    /// Saves the history; false (with a notice) when it could not be.
    fn save_history(self) -> bool {
        self.stored_history
            .save_retrying(move || self.retry_history())
    }
}
