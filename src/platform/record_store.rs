//! Loads and saves the versioned records (band kit, routines). Unreadable
//! text is backed up before anything else happens, and a record from a newer
//! version is never saved over.

use super::storage::{self, StorageError};
use crate::model::storage::store::{
    decode, decode_versioned, encode, Record, StoredProblem, SCHEMA_VERSION,
};

/// A record as found at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    /// None when nothing usable is stored.
    pub value: Option<T>,
    /// What the user should be told, if anything.
    pub notice: Option<String>,
    /// False when saving could destroy data that could not be read.
    pub can_save: bool,
    /// The backup key holding text that could not be read, if any.
    pub kept: Option<String>,
}

/// Reads the record under `key`; `what` names it in messages ("routines").
pub fn load<T: Record>(key: &str, what: &str) -> Loaded<T> {
    let raw = match storage::read_text(key) {
        Ok(raw) => raw,
        Err(error) => {
            return Loaded {
                value: None,
                notice: Some(error.message()),
                can_save: false,
                kept: None,
            }
        }
    };
    let Some(raw) = raw else {
        return Loaded {
            value: None,
            notice: None,
            can_save: true,
            kept: None,
        };
    };
    match decode_versioned::<T>(&raw) {
        Ok((value, version)) => {
            if version < SCHEMA_VERSION {
                upgrade(key, &value);
            }
            Loaded {
                value: Some(value),
                notice: None,
                can_save: true,
                kept: None,
            }
        }
        Err(problem) => {
            let backed_up = storage::keep_unreadable(key, &raw);
            let notice = match &backed_up {
                Ok(_) => problem.message(what),
                Err(error) => format!(
                    "Your saved {what} could not be read and no safe copy could be made ({}). \
                     Bandwork will not save over them.",
                    error.message()
                ),
            };
            Loaded {
                value: None,
                notice: Some(notice),
                can_save: backed_up.is_ok() && !matches!(problem, StoredProblem::NewerVersion(_)),
                kept: backed_up.ok(),
            }
        }
    }
}

/// The record under `key` as stored now, if it reads (to take up what
/// another tab saved; problems are reported by [`load`] at start-up).
pub fn current<T: Record>(key: &str) -> Option<T> {
    let raw = storage::read_text(key).ok().flatten()?;
    decode(&raw).ok()
}

/// Saves a record under `key`.
pub fn save<T: Record>(key: &str, value: &T) -> Result<(), StorageError> {
    storage::write_text(key, &encode(value))
}

/// Writes a record read from an older version in this version's form, so
/// the migration runs once. Nothing is written unless the new text reads
/// back to the same record; a failed write (a full quota) leaves the old
/// text, which still loads.
fn upgrade<T: Record>(key: &str, value: &T) {
    let text = encode(value);
    let reads_back = decode::<T>(&text).is_ok_and(|again| encode(&again) == text);
    if reads_back {
        let _ = storage::write_text(key, &text);
    }
}
