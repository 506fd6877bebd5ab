//! Loads and saves the versioned records (band kit, routines). Unreadable
//! text is backed up before anything else happens, and a record from a newer
//! version is never saved over.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::storage::{self, StorageError};
use crate::model::store::{decode, encode, StoredProblem};

/// A record as found at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    /// None when nothing usable is stored.
    pub value: Option<T>,
    /// What the user should be told, if anything.
    pub notice: Option<String>,
    /// False when saving could destroy data that could not be read.
    pub can_save: bool,
}

/// Reads the record under `key`; `what` names it in messages ("routines").
pub fn load<T: DeserializeOwned>(key: &str, what: &str) -> Loaded<T> {
    let raw = match storage::read_text(key) {
        Ok(raw) => raw,
        Err(error) => {
            return Loaded {
                value: None,
                notice: Some(error.message()),
                can_save: false,
            }
        }
    };
    let Some(raw) = raw else {
        return Loaded {
            value: None,
            notice: None,
            can_save: true,
        };
    };
    match decode(&raw) {
        Ok(value) => Loaded {
            value: Some(value),
            notice: None,
            can_save: true,
        },
        Err(problem) => {
            let backed_up = storage::keep_unreadable(key, &raw);
            let notice = match &backed_up {
                Ok(()) => problem.message(what),
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
            }
        }
    }
}

/// Saves a record under `key`.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    storage::write_record(key, &encode(value))
}
