//! One loaded record as a shared signal (its [`super::store::Store`] loads
//! it on first use, with a notice and the kept text to download when it
//! could not be read), saved on every change through the model's one
//! load-and-save decision (`model::storage::load`), and able to take up
//! what another tab saved. Every failed save reaches the same notice, which
//! keeps retrying.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::storage::load::{self, Persisted, SaveError, Saving};
use crate::platform::storage::BrowserStorage;
use crate::ui::notices::{Notice, Notices};
use crate::ui::status::StatusMessage;

/// What a stored record is called and how its problems are told.
pub struct Spec {
    /// Its localStorage key (from `model::storage::keys`).
    pub key: &'static str,
    /// Its name in messages and in the kept file's name ("routines").
    pub what: &'static str,
    /// The notice about loading it.
    pub load_notice: &'static str,
    /// The notice about saving it.
    pub save_notice: &'static str,
    /// The first sentence of a failed save's notice; the reason follows.
    pub unsaved: &'static str,
    /// How a change that may not be saved (the stored copy is protected)
    /// is told.
    pub refused: Refused,
}

/// How a change that is not saved over a protected copy is told.
pub enum Refused {
    /// Not at all (the load notice already said so).
    Quietly,
    /// A polite announcement, for changes the user just made.
    Announce,
    /// A notice with these words.
    Notice(&'static str),
}

/// A stored record, shared as a signal.
pub struct Stored<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    saving: StoredValue<Saving>,
    /// It could not be used as stored at start-up (a notice said why).
    set_aside: bool,
    spec: &'static Spec,
    notices: Notices,
}

impl<T: Send + Sync + 'static> Clone for Stored<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Stored<T> {}

impl<T: Persisted + Default + Send + Sync + 'static> Stored<T> {
    /// Loads the record, saying what went wrong, if anything.
    pub fn load(spec: &'static Spec, notices: Notices) -> Self {
        let loaded = load::load::<T>(&BrowserStorage, spec.key, spec.what);
        let set_aside = loaded.notice.is_some();
        tell_load(spec, notices, loaded.notice, loaded.kept);
        Self {
            value: RwSignal::new(loaded.value.unwrap_or_default()),
            saving: StoredValue::new(loaded.saving),
            set_aside,
            spec,
            notices,
        }
    }

    /// Whether changes are saved at all (not over a stored copy from a
    /// newer version, or one that could not be read and kept safe).
    pub fn can_save(self) -> bool {
        self.saving.with_value(|saving| saving.can_save())
    }

    /// Whether the stored record could not be used as it was at start-up.
    pub fn set_aside(self) -> bool {
        self.set_aside
    }

    /// Applies `change` and saves.
    pub fn change<R>(self, change: impl FnOnce(&mut T) -> R) -> R {
        let result = self
            .value
            .try_update(change)
            .expect("a stored record's signal lives as long as the app");
        self.save();
        result
    }

    /// Replaces the value and saves; false when it was not saved.
    pub fn replace(self, value: T) -> bool {
        self.value.set(value);
        self.save()
    }

    /// Saves the current value; false when it was not saved (a notice then
    /// says why, and the save is retried).
    pub fn save(self) -> bool {
        self.save_retrying(move || self.save())
    }

    /// [`Self::save`], where a failure is retried by `retry` (which does
    /// more than save again).
    pub fn save_retrying(self, retry: impl Fn() -> bool + Send + Sync + 'static) -> bool {
        report(self.spec, self.notices, self.write(), Arc::new(retry))
    }

    /// Saves the current value and only says whether it worked: no notice,
    /// no retry (for a removal whose failure loses nothing).
    pub fn try_save(self) -> bool {
        self.write().is_ok()
    }

    /// Writes the current value, noting whether a save is still owed.
    fn write(self) -> Result<(), SaveError> {
        let mut saving = self.saving.get_value();
        let result = self
            .value
            .with_untracked(|value| saving.save(&BrowserStorage, self.spec.key, value));
        self.saving.set_value(saving);
        result
    }

    /// Whether nothing at all is stored under this record's key now.
    pub fn is_absent(self) -> bool {
        load::absent(&BrowserStorage, self.spec.key)
    }

    /// The record as another tab saved it, if it reads (never writes).
    pub fn stored(self) -> Option<T> {
        load::current(&BrowserStorage, self.spec.key)
    }

    /// Takes up the record as another tab saved it, if it reads.
    pub fn follow_stored(self) {
        if let Some(value) = self.stored() {
            self.value.set(value);
        }
    }
}

/// Tells how a save went: dismisses the notice, or says why it failed (and
/// keeps retrying with `retry`). Kept out of [`Stored`] so that its five
/// kinds of record share one copy of this code.
fn report(
    spec: &Spec,
    notices: Notices,
    result: Result<(), SaveError>,
    retry: Arc<dyn Fn() -> bool + Send + Sync>,
) -> bool {
    match result {
        Ok(()) => {
            notices.dismiss(spec.save_notice);
            true
        }
        Err(SaveError::Refused) => {
            match spec.refused {
                Refused::Quietly => {}
                Refused::Announce => StatusMessage::announce("Changed for now, not saved"),
                Refused::Notice(text) => notices.show(Notice::problem(spec.save_notice, text)),
            }
            false
        }
        Err(SaveError::Storage(error)) => {
            notices.save_failed(spec.save_notice, format!("{} {error}", spec.unsaved), retry);
            false
        }
    }
}

/// Shows what went wrong loading a record, if anything, with the kept text
/// to download.
fn tell_load(spec: &Spec, notices: Notices, notice: Option<String>, kept: Option<String>) {
    if let Some(text) = notice {
        notices.show(Notice::on_load(spec.load_notice, text, kept, spec.what));
    }
}
