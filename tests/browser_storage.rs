//! localStorage and the settings store, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use bandwork::model::settings::{Settings, Theme};

use bandwork::model::kit::resistance::Units;
use bandwork::model::storage::keys::SETTINGS_KEY;
use bandwork::platform::settings_store;
use bandwork::platform::storage::{self, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    let message = StorageError::QuotaExceeded.message();
    assert!(message.contains("full"), "{message}");
}

#[wasm_bindgen_test]
fn settings_round_trip_through_storage() {
    clear();
    let first = settings_store::load();
    assert_eq!(first.settings, Settings::default());
    assert_eq!(first.notice, None);
    assert!(first.can_save);

    let mut chosen = Settings {
        units: Units::Kg,
        theme: Theme::Dark,
        ..Settings::default()
    };
    chosen.cues.voice = false;
    settings_store::save(chosen).unwrap();
    let again = settings_store::load();
    assert_eq!(again.settings, chosen);
    assert_eq!(again.notice, None);
}

#[wasm_bindgen_test]
fn damaged_settings_are_backed_up_once_and_left_in_place() {
    clear();
    storage::write_text(SETTINGS_KEY, "{broken").unwrap();
    let loaded = settings_store::load();
    assert_eq!(loaded.settings, Settings::default());
    assert!(loaded.notice.unwrap().contains("could not be read"));
    assert!(loaded.can_save);
    assert_eq!(storage::read_text(SETTINGS_KEY), Ok(Some("{broken".into())));
    let backup = format!("{SETTINGS_KEY}.backup");
    assert_eq!(storage::read_text(&backup), Ok(Some("{broken".into())));

    // Loading again does not make a second copy of the same text.
    settings_store::load();
    assert_eq!(storage::read_text(&format!("{backup}.2")), Ok(None));

    // Different damaged text goes to the next slot; the first stays.
    storage::write_text(SETTINGS_KEY, "[]").unwrap();
    settings_store::load();
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
    let loaded = settings_store::load();
    assert_eq!(loaded.settings.units, Units::Kg);
    assert!(!loaded.can_save);
    assert!(loaded.notice.unwrap().contains("newer version"));
}
