//! localStorage through gloo-storage, as the model's [`KeyValue`]: text is
//! stored and read back exactly as given (so unreadable text can be kept
//! safe byte for byte), and every failure comes back as a
//! [`StorageError`] the user can be told about in plain words.
//!
//! gloo's typed `get`/`set` would JSON-encode each value again, and its
//! handle throws when storage is blocked, so storage is checked first and
//! the text goes through its raw handle; JavaScript errors are read with
//! gloo's `JsError`.

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use wasm_bindgen::JsValue;

use super::js;

pub use crate::model::storage::key_value::{KeyValue, StorageError};

/// The browser's localStorage.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStorage;

/// The storage handle, if this page may use storage at all. (Blocked
/// storage throws on access, which gloo's `raw()` would not survive.)
fn handle() -> Result<web_sys::Storage, StorageError> {
    match web_sys::window().map(|window| window.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

/// A thrown JavaScript error as one of ours: a full quota by its name
/// (Firefox once called it `NS_ERROR_DOM_QUOTA_REACHED`), the rest by name.
fn from_js(thrown: JsValue) -> StorageError {
    // gloo reads an Error; anything else thrown is read by its `name`.
    let name = match JsError::try_from(thrown) {
        Ok(error) => Some(error.name),
        Err(other) => js::get(&other.js_value, "name").and_then(|name| name.as_string()),
    };
    match name.as_deref() {
        Some(name) if is_quota(name) => StorageError::QuotaExceeded,
        Some("SecurityError") => StorageError::Unavailable,
        Some(name) => StorageError::Other(name.to_owned()),
        None => StorageError::Other("an unknown error".into()),
    }
}

fn is_quota(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        handle()?.get_item(key).map_err(from_js)
    }

    fn set(&self, key: &str, text: &str) -> Result<(), StorageError> {
        handle()?.set_item(key, text).map_err(from_js)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        handle()?.remove_item(key).map_err(from_js)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = handle()?;
        let count = storage.length().map_err(from_js)?;
        (0..count)
            .filter_map(|at| storage.key(at).map_err(from_js).transpose())
            .collect()
    }
}

/// The text stored under `key`, if any.
pub fn read_text(key: &str) -> Result<Option<String>, StorageError> {
    BrowserStorage.get(key)
}

/// Stores `text` under `key` exactly as given.
pub fn write_text(key: &str, text: &str) -> Result<(), StorageError> {
    BrowserStorage.set(key, text)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    BrowserStorage.remove(key)
}
