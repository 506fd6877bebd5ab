//! What is kept in the browser, and how it is read back.
//!
//! - [`keys`]: every localStorage key;
//! - [`key_value`]: the storage trait (localStorage in the browser, a map
//!   in tests) and its errors;
//! - [`load`]: how every record is loaded and saved, decided once;
//! - [`store`]: the stored schema, its versions and migrations;
//! - [`history_format`]: the compact form of the history;
//! - [`settings_format`]: the settings as stored, read back leniently;
//! - [`backup`]: where unreadable stored text is kept;
//! - [`backup_reminder`]: when to suggest an export;
//! - [`export`]: the export file and its import;
//! - [`csv`]: the history as CSV;
//! - `fixtures` (tests only): records as every version wrote them.

// Code here reads untrusted or stored input: it must not panic on it.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod backup;
pub mod backup_reminder;
pub mod csv;
pub mod export;
#[cfg(test)]
mod fixtures;
pub mod history_format;
pub mod key_value;
pub mod keys;
pub mod load;
pub mod settings_format;
pub mod store;
