//! The history of finished workouts: loaded the first time a screen asks,
//! and reloaded before every change, so that a session saved by another
//! tab or window is kept when this one saves. Changes made by hand (a
//! rating, an edit, a past workout added, a deletion) offer Undo.

use leptos::prelude::*;

use super::record::Stored;
use super::store::Store;
use super::stores::Stores;
use crate::model::history::session::{History, Rating, Session};
use crate::model::workout::Workout;
use crate::ui::undo::Undo;

/// The history.
#[derive(Clone, Copy)]
pub struct HistoryData {
    pub history: RwSignal<History>,
    stored: Stored<History>,
    /// The workout in progress, for a save retried after a workout ended.
    workout: Store<Option<Workout>>,
}

impl HistoryData {
    /// The shared history, loaded on first use.
    pub fn get() -> Self {
        let stores = Stores::get();
        let stored = stores.history.get(|_| {}, reload);
        Self {
            history: stored.value,
            stored,
            workout: stores.workout,
        }
    }

    /// Whether the stored history was set aside at start-up because it
    /// could not be used here (a notice says why).
    pub fn set_aside(self) -> bool {
        self.stored.set_aside()
    }

    /// Takes up the history as stored now (unreadable text stays as it
    /// is: this tab then does not save over it).
    pub fn reload(self) {
        reload(self.stored);
    }

    /// Keeps `session` (a finished workout) and saves; false when it could
    /// not be saved (a notice then says so, and the save is retried).
    pub fn record(self, session: Session) -> bool {
        self.reload();
        self.history.update(|history| history.record(session));
        self.save()
    }

    /// Rates exercise `exercise` (its index) of past session `session`, and
    /// saves; false when it is gone (deleted in another tab, say) or the
    /// save failed (a notice then says so).
    pub fn rate_past(self, session: u64, exercise: usize, rating: Rating) -> bool {
        self.reload();
        let rated = self
            .history
            .try_update(|h| h.set_rating(session, exercise, Some(rating)))
            .unwrap_or(false);
        rated && self.save()
    }

    /// Deletes a session from history, with Undo.
    pub fn delete_session(self, id: u64) {
        self.reload();
        let Some((at, session)) = self.history.try_update(|h| h.remove(id)).flatten() else {
            return;
        };
        self.save();
        let name = session.routine.clone();
        Undo::get().offer(format!("Deleted the {name} workout."), move || {
            self.reload();
            self.history.update(|h| h.restore(at, session));
            self.save();
        });
    }

    /// Keeps `session` in history: a past workout added, or a session's
    /// edited figures, ratings and notes; with Undo. False when it could
    /// not be saved (a notice then says so).
    pub fn put_session(self, session: Session) -> bool {
        self.reload();
        let id = session.id;
        let name = session.routine.clone();
        let before = self.history.try_update(|h| h.put(session)).flatten();
        if !self.save() {
            return false;
        }
        let text = if before.is_some() {
            format!("Saved the changes to the {name} workout.")
        } else {
            format!("Added the {name} workout.")
        };
        Undo::get().offer(text, move || {
            self.reload();
            self.history.update(|h| match before {
                Some(old) => {
                    h.put(old);
                }
                None => {
                    h.remove(id);
                }
            });
            self.save();
        });
        true
    }

    /// Replaces the whole history (after an import) and saves it through
    /// the same path as a finished workout; false if it was not saved.
    pub fn replace(self, history: History) -> bool {
        self.history.set(history);
        self.save()
    }

    /// Saves the history; false (with a notice) when it could not be.
    pub fn save(self) -> bool {
        self.stored.save_retrying(move || self.retry())
    }

    /// Tries again to save a history that could not be saved. A workout
    /// kept stored because its session was not yet in history (see
    /// `WorkoutData::finish`) is let go once it is.
    fn retry(self) -> bool {
        let saved = self.stored.save_retrying(move || self.retry());
        if saved {
            if let Some(workout) = self.workout.loaded_untracked() {
                if workout.value.with_untracked(Option::is_none) {
                    workout.try_save();
                }
            }
        }
        saved
    }
}

/// Takes up the history as stored now, unless the stored one could not be
/// read (then this tab keeps what it has and does not save over it).
fn reload(stored: Stored<History>) {
    if stored.can_save() {
        stored.follow_stored();
    }
}
