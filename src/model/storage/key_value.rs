//! The storage the app keeps its records in, as a small key-value trait:
//! the browser's localStorage implements it in `platform/`, and
//! [`MemoryStore`] in native tests, where it can be told to fail.

use std::fmt;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off or blocked for this site.
    Unavailable,
    /// The site's storage space is full.
    QuotaExceeded,
    /// Something else the browser reported (its name for it).
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser is not letting Bandwork save anything (storage is off or blocked \
                 for this site), so changes last only until the tab closes.",
            ),
            StorageError::QuotaExceeded => f.write_str(
                "This browser's storage for Bandwork is full, so the change was not saved yet. \
                 It stays on screen, and Bandwork keeps trying to save it. Export your data to \
                 keep a copy, and free some space in this browser.",
            ),
            StorageError::Other(detail) => write!(
                f,
                "The browser refused to save the change ({detail}). It still applies until the \
                 tab closes."
            ),
        }
    }
}

impl std::error::Error for StorageError {}

/// Text stored under string keys.
pub trait KeyValue {
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `text` under `key` exactly as given.
    fn set(&self, key: &str, text: &str) -> Result<(), StorageError>;
    /// Removes `key` (nothing happens if it is not there).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key in use.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

#[cfg(test)]
pub use memory::{Failure, MemoryStore};

#[cfg(test)]
mod memory {
    use std::cell::{Cell, RefCell};
    use std::collections::BTreeMap;

    use super::{KeyValue, StorageError};

    /// What a [`MemoryStore`] has been told to do wrong.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Failure {
        /// Every call fails, as when storage is blocked.
        Unavailable,
        /// Writes fail as when the quota is full; reads and removals work.
        QuotaFull,
        /// Every call fails with a browser error of another kind.
        Other,
    }

    /// Storage in a map, for native tests.
    #[derive(Debug, Default)]
    pub struct MemoryStore {
        map: RefCell<BTreeMap<String, String>>,
        failure: Cell<Option<Failure>>,
        writes: Cell<usize>,
    }

    impl MemoryStore {
        /// A store holding `entries`.
        pub fn with(entries: &[(&str, &str)]) -> Self {
            let store = Self::default();
            for (key, text) in entries {
                store.map.borrow_mut().insert((*key).into(), (*text).into());
            }
            store
        }

        /// From now on, fails as `failure` says (None: works again).
        pub fn fail(&self, failure: Option<Failure>) {
            self.failure.set(failure);
        }

        /// The text under `key`, read past any failure.
        pub fn peek(&self, key: &str) -> Option<String> {
            self.map.borrow().get(key).cloned()
        }

        /// How many writes and removals succeeded.
        pub fn writes(&self) -> usize {
            self.writes.get()
        }

        fn check(&self, writing: bool) -> Result<(), StorageError> {
            match self.failure.get() {
                Some(Failure::Unavailable) => Err(StorageError::Unavailable),
                Some(Failure::Other) => Err(StorageError::Other("SecurityError".into())),
                Some(Failure::QuotaFull) if writing => Err(StorageError::QuotaExceeded),
                _ => Ok(()),
            }
        }
    }

    impl KeyValue for MemoryStore {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            self.check(false)?;
            Ok(self.peek(key))
        }

        fn set(&self, key: &str, text: &str) -> Result<(), StorageError> {
            self.check(true)?;
            self.map.borrow_mut().insert(key.into(), text.into());
            self.writes.set(self.writes.get() + 1);
            Ok(())
        }

        fn remove(&self, key: &str) -> Result<(), StorageError> {
            self.check(false)?;
            self.map.borrow_mut().remove(key);
            self.writes.set(self.writes.get() + 1);
            Ok(())
        }

        fn keys(&self) -> Result<Vec<String>, StorageError> {
            self.check(false)?;
            Ok(self.map.borrow().keys().cloned().collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memory_store_keeps_text_as_given_and_fails_when_told() {
        let store = MemoryStore::default();
        store.set("k", "<b>ünïcode</b>").unwrap();
        assert_eq!(store.get("k"), Ok(Some("<b>ünïcode</b>".into())));
        assert_eq!(store.keys(), Ok(vec!["k".to_owned()]));
        store.fail(Some(Failure::QuotaFull));
        assert_eq!(store.set("k", "new"), Err(StorageError::QuotaExceeded));
        assert_eq!(store.get("k"), Ok(Some("<b>ünïcode</b>".into())));
        store.fail(Some(Failure::Unavailable));
        assert_eq!(store.get("k"), Err(StorageError::Unavailable));
        store.fail(None);
        store.remove("k").unwrap();
        assert_eq!(store.get("k"), Ok(None));
    }

    #[test]
    fn storage_errors_read_as_plain_words() {
        assert!(StorageError::QuotaExceeded
            .to_string()
            .contains("storage for Bandwork is full"));
        assert!(StorageError::Unavailable
            .to_string()
            .contains("only until the tab closes"));
        assert!(StorageError::Other("SecurityError".into())
            .to_string()
            .contains("(SecurityError)"));
    }
}
