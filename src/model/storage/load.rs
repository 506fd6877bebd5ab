//! Loading and saving a stored record, decided once for every record:
//! - nothing stored: start from the default, and save freely;
//! - text that reads: use it; if an older version wrote it, write it again
//!   in this version's form (only when that reads back the same);
//! - text that does not read, or reads only in part: copy it to a backup key
//!   first, say so, and use what could be read;
//! - a record from a newer version: use what this version understands, but
//!   never save over it;
//! - no safe copy could be made: never save over it either;
//! - a save that fails (a full quota): the change stays, and the save is
//!   owed until a retry or a later save gets through.
//!
//! Reading what another tab saved ([`current`]) never writes anything.

use std::fmt;

use crate::model::storage::backup::{choose_backup_slot, BackupSlot};
use crate::model::storage::key_value::{KeyValue, StorageError};
use crate::model::storage::store::{decode_versioned, Record, StoredProblem, SCHEMA_VERSION};

/// A kind of value kept under one key.
pub trait Persisted: Sized {
    /// Whether an older version's form can be read, to be written back in
    /// this version's (false keeps the writer out of loading altogether).
    const MIGRATES: bool = true;
    /// Reads stored text: what could be read, and what went wrong.
    fn read(raw: &str) -> Reading<Self>;
    /// The text to store; None when nothing should be stored (the key is
    /// then removed).
    fn write(&self) -> Option<String>;
}

/// What reading stored text gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading<T> {
    /// What could be read, if anything.
    pub value: Option<T>,
    /// What went wrong, if anything.
    pub problem: Option<StoredProblem>,
    /// An older version wrote it: worth writing again in this one's form.
    pub outdated: bool,
}

/// Every versioned record reads through the schema in `store`.
impl<T: Record> Persisted for T {
    fn read(raw: &str) -> Reading<Self> {
        match decode_versioned::<T>(raw) {
            Ok((value, version)) => Reading {
                value: Some(value),
                problem: None,
                outdated: version < SCHEMA_VERSION,
            },
            Err(problem) => Reading {
                value: None,
                problem: Some(problem),
                outdated: false,
            },
        }
    }

    fn write(&self) -> Option<String> {
        Some(Record::write(self))
    }
}

/// A value that may be absent: absent is stored as no key at all.
impl<T: Persisted> Persisted for Option<T> {
    const MIGRATES: bool = T::MIGRATES;

    fn read(raw: &str) -> Reading<Self> {
        let reading = T::read(raw);
        Reading {
            value: reading.value.map(Some),
            problem: reading.problem,
            outdated: reading.outdated,
        }
    }

    fn write(&self) -> Option<String> {
        self.as_ref().and_then(T::write)
    }
}

/// A record as found at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    /// None when nothing usable is stored.
    pub value: Option<T>,
    /// What the user should be told, if anything.
    pub notice: Option<String>,
    /// How saving it goes from here.
    pub saving: Saving,
    /// The backup key holding text that could not be read, if any.
    pub kept: Option<String>,
}

/// Reads the record under `key`; `what` names it in messages ("routines").
pub fn load<T: Persisted>(store: &impl KeyValue, key: &str, what: &str) -> Loaded<T> {
    let raw = match store.get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return loaded(None, None, true, None),
        Err(error) => return loaded(None, Some(error.to_string()), false, None),
    };
    let reading = T::read(&raw);
    let Some(problem) = reading.problem else {
        if let Some(value) = &reading.value {
            if T::MIGRATES && reading.outdated {
                upgrade(store, key, value);
            }
        }
        return loaded(reading.value, None, true, None);
    };
    let (notice, can_save, kept) = set_aside(store, key, what, &raw, &problem);
    loaded(reading.value, Some(notice), can_save, kept)
}

/// Keeps text that did not read (wholly or in part) safe before anything
/// else: the notice to show, whether saving may go on, and the backup key.
/// Not generic, so the app carries one copy for every kind of record.
fn set_aside(
    store: &impl KeyValue,
    key: &str,
    what: &str,
    raw: &str,
    problem: &StoredProblem,
) -> (String, bool, Option<String>) {
    match keep_unreadable(store, key, raw) {
        Ok(backup) => {
            let newer = matches!(problem, StoredProblem::NewerVersion(_));
            (problem.words(what), !newer, Some(backup))
        }
        Err(error) => (
            format!(
                "Your saved {what} could not be read, and no safe copy could be made, so \
                 Bandwork will not save over them. {error}"
            ),
            false,
            None,
        ),
    }
}

fn loaded<T>(
    value: Option<T>,
    notice: Option<String>,
    can_save: bool,
    kept: Option<String>,
) -> Loaded<T> {
    Loaded {
        value,
        notice,
        saving: Saving::new(can_save),
        kept,
    }
}

/// The record under `key` as stored now, if there is one and it reads
/// cleanly (to take up what another tab saved). Never writes: problems are
/// for [`load`]. An absent key gives None: whether that means "none any
/// more" is for the caller to say (see [`absent`]).
pub fn current<T: Persisted>(store: &impl KeyValue, key: &str) -> Option<T> {
    let raw = store.get(key).ok()??;
    let reading = T::read(&raw);
    reading.problem.is_none().then_some(reading.value).flatten()
}

/// Whether nothing at all is stored under `key` (false when storage cannot
/// be read: then nothing is known).
pub fn absent(store: &impl KeyValue, key: &str) -> bool {
    matches!(store.get(key), Ok(None))
}

/// Copies `raw`, the unreadable text found under `key`, to a free backup key
/// next to it (unless the same text is already kept there), so that no
/// later save of `key` can lose it. Returns the backup key that holds it.
pub fn keep_unreadable(
    store: &impl KeyValue,
    key: &str,
    raw: &str,
) -> Result<String, StorageError> {
    let read = |slot: &str| store.get(slot).ok().flatten();
    match choose_backup_slot(key, raw, read) {
        BackupSlot::AlreadyKept(slot) => Ok(slot),
        BackupSlot::WriteTo(slot) => store.set(&slot, raw).map(|()| slot),
        BackupSlot::Full => Err(StorageError::Other("every backup slot is in use".into())),
    }
}

/// Writes a record read from an older version in this version's form, so
/// the migration runs once. Nothing is written unless the new text reads
/// back to the same record; a failed write (a full quota) leaves the old
/// text, which still loads.
fn upgrade<T: Persisted>(store: &impl KeyValue, key: &str, value: &T) {
    let Some(text) = value.write() else {
        return;
    };
    let again = T::read(&text);
    let reads_back = again.problem.is_none()
        && again.value.and_then(|again| again.write()).as_deref() == Some(text.as_str());
    if reads_back {
        let _ = store.set(key, &text);
    }
}

/// Why a change was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The stored copy is protected (from a newer version, or unreadable
    /// with no safe copy): changes last until the tab closes.
    Refused,
    /// Storage failed; the save is owed and worth trying again.
    Storage(StorageError),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Refused => f.write_str(
                "The saved copy could not be used here, so Bandwork does not save over it: \
                 this change lasts until the tab closes.",
            ),
            SaveError::Storage(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for SaveError {}

/// How one record is being saved over the life of the page: whether it may
/// be saved at all, and whether a failed save is still owed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saving {
    can_save: bool,
    owed: bool,
}

impl Saving {
    pub fn new(can_save: bool) -> Self {
        Self {
            can_save,
            owed: false,
        }
    }

    /// Whether changes are saved at all.
    pub fn can_save(self) -> bool {
        self.can_save
    }

    /// Whether the last save failed and waits to be tried again.
    pub fn owed(self) -> bool {
        self.owed
    }

    /// Saves `value` under `key`: the latest value each time, so a retry
    /// after a failure writes what is current, not what failed.
    pub fn save<T: Persisted>(
        &mut self,
        store: &impl KeyValue,
        key: &str,
        value: &T,
    ) -> Result<(), SaveError> {
        if !self.can_save {
            return Err(SaveError::Refused);
        }
        self.store_text(store, key, value.write())
    }

    /// Writes `text` under `key` (removes it for None) and notes whether a
    /// save is still owed. Not generic: one copy for every record.
    fn store_text(
        &mut self,
        store: &impl KeyValue,
        key: &str,
        text: Option<String>,
    ) -> Result<(), SaveError> {
        let result = match text {
            Some(text) => store.set(key, &text),
            None => store.remove(key),
        };
        self.owed = result.is_err();
        result.map_err(SaveError::Storage)
    }
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
