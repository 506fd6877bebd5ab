//! The workout in progress and the history of finished ones, as shared
//! signals. The workout is saved after every action and segment change, and
//! when the page is left, so a reload or a closed tab loses nothing.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{History, Session};
use crate::model::kit::band::BandKit;
use crate::model::routine::Routine;
use crate::model::storage::keys::{HISTORY_KEY, WORKOUT_KEY};
use crate::model::workout::playback::{state_at, Action};
use crate::model::workout::{StartProblem, Workout};
use crate::platform::{clock, record_store, storage};
use crate::ui::notices::{Notice, Notices};
use crate::ui::undo::Undo;

/// The player's data, shared through context.
#[derive(Clone, Copy)]
pub struct WorkoutData {
    /// The workout being done, if any.
    pub workout: RwSignal<Option<Workout>>,
    /// The session just finished, shown in the summary until closed.
    pub finished: RwSignal<Option<Session>>,
    pub history: RwSignal<History>,
    workout_can_save: StoredValue<bool>,
    history_can_save: StoredValue<bool>,
    /// The stored history could not be used at start-up (damaged, or from
    /// a newer version): an empty history then does not mean no workouts.
    history_set_aside: bool,
    notices: Notices,
}

impl WorkoutData {
    /// Loads the saved workout (paused where it was last seen) and history.
    pub fn provide(notices: Notices) -> Self {
        let workout = record_store::load::<Workout>(WORKOUT_KEY, "workout in progress");
        let history = record_store::load::<History>(HISTORY_KEY, "workout history");
        if let Some(text) = workout.notice {
            let kept = workout.kept.clone();
            notices.show(Notice::on_load("workout-load", text, kept, "workout"));
        }
        let history_set_aside = history.notice.is_some();
        if let Some(text) = history.notice {
            let kept = history.kept.clone();
            notices.show(Notice::on_load("history-load", text, kept, "history"));
        }
        let mut workout_can_save = workout.can_save;
        let saved = workout.value.and_then(|saved| {
            if saved.timeline().is_some() {
                return Some(saved.found(clock::now_ms()));
            }
            // It parsed but cannot be played (edited by hand, say): keep
            // the text, say so, and start afresh.
            let kept = storage::read_text(WORKOUT_KEY)
                .ok()
                .flatten()
                .and_then(|raw| storage::keep_unreadable(WORKOUT_KEY, &raw).ok());
            workout_can_save = kept.is_some();
            notices.show(Notice::on_load(
                "workout-load",
                "The saved workout in progress could not be resumed. Its text was kept safely; \
                 your routines and history are untouched."
                    .into(),
                kept,
                "workout",
            ));
            None
        });
        let data = WorkoutData {
            workout: RwSignal::new(saved),
            finished: RwSignal::new(None),
            history: RwSignal::new(history.value.unwrap_or_default()),
            workout_can_save: StoredValue::new(workout_can_save),
            history_can_save: StoredValue::new(history.can_save),
            history_set_aside,
            notices,
        };
        provide_context(data);
        data.keep_ended_workout();
        data
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

    pub fn get() -> Self {
        expect_context::<WorkoutData>()
    }

    /// Whether the stored history was set aside at start-up because it
    /// could not be used here (a notice says why).
    pub fn history_set_aside(self) -> bool {
        self.history_set_aside
    }

    /// Starts `routine` now, or says why it cannot start.
    pub fn start(self, routine: &Routine, kit: &BandKit) -> Result<(), StartProblem> {
        // One started in another tab or window (or kept back because its
        // session could not be saved) is never overwritten: it is taken up.
        if let Some(stored) = stored_workout() {
            self.workout.set(Some(stored.found(clock::now_ms())));
            return Err(StartProblem::InProgress);
        }
        let workout = Workout::start(routine, kit, clock::now_ms(), exercise_name)?;
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
        // A workout ended before any set began is not worth a history entry.
        if session.sets() > 0 || state_at(&timeline, &workout.run, now).finished {
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
        let stored = stored_workout();
        let ours = self
            .workout
            .with_untracked(|w| w.as_ref().map(|w| w.run.started_at));
        match (stored, ours) {
            (Some(stored), None) => self.workout.set(Some(stored)),
            (Some(stored), Some(ours)) if stored.run.started_at == ours => {
                self.workout.set(Some(stored))
            }
            (None, Some(_)) if storage::read_text(WORKOUT_KEY).ok().flatten().is_none() => {
                self.workout.set(None)
            }
            _ => {}
        }
    }

    /// Takes up the history as stored now, so that a session saved by
    /// another tab or window is kept when this one saves. (Unreadable text
    /// stays as it is: this tab then does not save over it.)
    pub fn reload_history(self) {
        if !self.history_can_save.get_value() {
            return;
        }
        if let Some(stored) = record_store::current::<History>(HISTORY_KEY) {
            self.history.set(stored);
        }
    }

    /// Saves the workout in progress; false when it could not be saved
    /// (the notice then says so, and it is tried again later).
    fn save_workout(self) -> bool {
        if !self.workout_can_save.get_value() {
            return false;
        }
        let saved = self.workout.with_untracked(|workout| match workout {
            Some(workout) => record_store::save(WORKOUT_KEY, workout),
            // Ended meanwhile: there is nothing left to save.
            None => Ok(()),
        });
        match saved {
            Ok(()) => {
                self.notices.dismiss("workout-save");
                true
            }
            Err(error) => {
                self.notices.save_failed(
                    "workout-save",
                    format!(
                        "The workout could not be saved on this device ({}). It carries on \
                         here, but a reload would lose it.",
                        error.message()
                    ),
                    move || self.save_workout(),
                );
                false
            }
        }
    }

    fn clear_workout(self) {
        if self.workout_can_save.get_value() {
            // A failed removal leaves a workout that offers to resume;
            // nothing is lost either way.
            let _ = storage::remove(WORKOUT_KEY);
        }
    }

    /// Tries again to save a history that could not be saved. A workout
    /// kept stored because its session was not yet in history (see
    /// [`Self::finish`]) is let go once it is.
    fn retry_history(self) -> bool {
        let saved = self.save_history();
        if saved && self.workout.with_untracked(Option::is_none) {
            self.clear_workout();
        }
        saved
    }

    /// Saves the history; false (with a notice) when it could not be.
    fn save_history(self) -> bool {
        if !self.history_can_save.get_value() {
            self.notices.show(Notice::problem(
                "history-save",
                "Your saved history could not be read earlier, so this workout was not saved \
                 over it.",
            ));
            return false;
        }
        let saved = self
            .history
            .with_untracked(|history| record_store::save(HISTORY_KEY, history));
        match saved {
            Ok(()) => {
                self.notices.dismiss("history-save");
                true
            }
            Err(error) => {
                self.notices.save_failed(
                    "history-save",
                    format!(
                        "This workout could not be saved to your history ({}).",
                        error.message()
                    ),
                    move || self.retry_history(),
                );
                false
            }
        }
    }
}

/// A playable workout saved on this device, if there is one.
fn stored_workout() -> Option<Workout> {
    record_store::current::<Workout>(WORKOUT_KEY).filter(|workout| workout.timeline().is_some())
}

/// An exercise's display name, or its id when the catalog lacks it.
pub fn exercise_name(id: &str) -> String {
    catalog::by_id(id).map_or_else(|| id.to_owned(), |exercise| exercise.name.to_owned())
}
