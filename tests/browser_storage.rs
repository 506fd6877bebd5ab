//! localStorage through gloo-storage (the app's `KeyValue`), and settings
//! loaded and saved through it, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use bandwork::model::settings::{Settings, Theme};

use bandwork::model::kit::resistance::Units;
use bandwork::model::storage::keys::SETTINGS_KEY;
use bandwork::model::storage::load::{load, Persisted, SaveError, Saving};
use bandwork::platform::storage::{self, BrowserStorage, KeyValue, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The settings as loaded at start-up.
fn load_settings() -> SettingsLoaded {
    let loaded = load::<Settings>(&BrowserStorage, SETTINGS_KEY, "settings");
    SettingsLoaded {
        settings: loaded.value.unwrap_or_default(),
        notice: loaded.notice,
        can_save: loaded.saving.can_save(),
    }
}

struct SettingsLoaded {
    settings: Settings,
    notice: Option<String>,
    can_save: bool,
}

/// Saves `value` under `key` through the one save path.
fn save<T: Persisted>(key: &str, value: &T) -> Result<(), StorageError> {
    Saving::new(true)
        .save(&BrowserStorage, key, value)
        .map_err(|error| match error {
            SaveError::Storage(error) => error,
            SaveError::Refused => unreachable!("a new Saving may save"),
        })
}

fn clear() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

#[wasm_bindgen_test]
fn text_round_trips_and_can_be_removed() {
    clear();
    assert_eq!(storage::read_text("k"), Ok(None));
    storage::write_text("k", "<b>as text</b> ünïcode").unwrap();
    assert_eq!(
        storage::read_text("k"),
        Ok(Some("<b>as text</b> ünïcode".into()))
    );
    storage::remove("k").unwrap();
    assert_eq!(storage::read_text("k"), Ok(None));
}

#[wasm_bindgen_test]
fn keys_lists_what_is_stored() {
    clear();
    storage::write_text("a", "1").unwrap();
    storage::write_text("b", "2").unwrap();
    let mut keys = BrowserStorage.keys().unwrap();
    keys.sort();
    assert_eq!(keys, ["a", "b"]);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_keeps_the_old_value() {
    clear();
    storage::write_text("k", "kept").unwrap();
    // Chromium allows about 10 MB (5 million UTF-16 characters) per origin.
    let too_big = "x".repeat(12_000_000);
    assert_eq!(
        storage::write_text("k", &too_big),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(storage::read_text("k"), Ok(Some("kept".into())));
    let message = StorageError::QuotaExceeded.to_string();
    assert!(message.contains("full"), "{message}");
}

#[wasm_bindgen_test]
fn settings_round_trip_through_storage() {
    clear();
    let first = load_settings();
    assert_eq!(first.settings, Settings::default());
    assert_eq!(first.notice, None);
    assert!(first.can_save);

    let mut chosen = Settings {
        units: Units::Kg,
        theme: Theme::Dark,
        ..Settings::default()
    };
    chosen.cues.voice = false;
    save(SETTINGS_KEY, &chosen).unwrap();
    let again = load_settings();
    assert_eq!(again.settings, chosen);
    assert_eq!(again.notice, None);
}

#[wasm_bindgen_test]
fn damaged_settings_are_backed_up_once_and_left_in_place() {
    clear();
    storage::write_text(SETTINGS_KEY, "{broken").unwrap();
    let loaded = load_settings();
    assert_eq!(loaded.settings, Settings::default());
    assert!(loaded.notice.unwrap().contains("could not be read"));
    assert!(loaded.can_save);
    assert_eq!(storage::read_text(SETTINGS_KEY), Ok(Some("{broken".into())));
    let backup = format!("{SETTINGS_KEY}.backup");
    assert_eq!(storage::read_text(&backup), Ok(Some("{broken".into())));

    // Loading again does not make a second copy of the same text.
    load_settings();
    assert_eq!(storage::read_text(&format!("{backup}.2")), Ok(None));

    // Different damaged text goes to the next slot; the first stays.
    storage::write_text(SETTINGS_KEY, "[]").unwrap();
    load_settings();
    assert_eq!(storage::read_text(&backup), Ok(Some("{broken".into())));
    assert_eq!(
        storage::read_text(&format!("{backup}.2")),
        Ok(Some("[]".into()))
    );
}

#[wasm_bindgen_test]
fn settings_from_a_newer_version_may_not_be_saved_over() {
    clear();
    storage::write_text(SETTINGS_KEY, r#"{"version":5,"units":"kg"}"#).unwrap();
    let loaded = load_settings();
    assert_eq!(loaded.settings.units, Units::Kg);
    assert!(!loaded.can_save);
    assert!(loaded.notice.unwrap().contains("newer version"));
}
