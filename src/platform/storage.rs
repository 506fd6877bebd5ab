//! localStorage: text is read back raw (so unreadable text can be kept
//! safe), records are written as JSON text, and every
//! failure comes back as an error the user can be told about in plain words.

use crate::model::storage::backup::{choose_backup_slot, BackupSlot};

/// Why the browser's storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off or blocked for this site.
    Unavailable,
    /// The site's storage space is full.
    QuotaExceeded,
    /// Something else the browser reported.
    Other(String),
}

impl StorageError {
    /// The error in plain words.
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable => "This browser is not letting Bandwork save anything \
                (storage is off or blocked for this site), so changes last only until the tab closes."
                .into(),
            StorageError::QuotaExceeded => "This browser's storage for Bandwork is full, so the \
                change was not saved yet. It stays on screen, and Bandwork keeps trying to save \
                it. Export your data to keep a copy, and free some space in this browser."
                .into(),
            StorageError::Other(detail) => {
                format!("The browser refused to save the change ({detail}). It still applies until the tab closes.")
            }
        }
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    match web_sys::window().map(|window| window.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

fn from_js(error: wasm_bindgen::JsValue) -> StorageError {
    let name = js_name(&error);
    if name.as_deref() == Some("QuotaExceededError") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(name.unwrap_or_else(|| "an unknown error".into()))
    }
}

fn js_name(error: &wasm_bindgen::JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
}

/// The text stored under `key`, if any.
pub fn read_text(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(from_js)
}

/// Stores `text` under `key` exactly as given (used for backups).
pub fn write_text(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, text).map_err(from_js)
}

/// Stores a record under `key`, as JSON.
pub fn write_record<T: serde::Serialize>(key: &str, record: &T) -> Result<(), StorageError> {
    let text = serde_json::to_string(record)
        .map_err(|_| StorageError::Other("the record could not be written as text".into()))?;
    write_text(key, &text)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(from_js)
}

/// Copies `raw`, the unreadable text found under `key`, to a free backup key
/// next to it (unless the same text is already kept), so that no later save
/// of `key` can lose it. Returns the backup key that holds it.
pub fn keep_unreadable(key: &str, raw: &str) -> Result<String, StorageError> {
    let read = |slot: &str| read_text(slot).ok().flatten();
    match choose_backup_slot(key, raw, read) {
        BackupSlot::AlreadyKept(slot) => Ok(slot),
        BackupSlot::WriteTo(slot) => write_text(&slot, raw).map(|()| slot),
        BackupSlot::Full => Err(StorageError::Other("every backup slot is in use".into())),
    }
}
