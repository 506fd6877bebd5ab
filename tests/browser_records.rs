//! The versioned records (band kit, routines, history) in real
//! localStorage, in headless Chromium: migration on load, damaged text kept
//! under a backup key, a really full quota, and persistent storage.
#![cfg(target_arch = "wasm32")]

use bandwork::model::dose::Dose;
use bandwork::model::history::session::History;
use bandwork::model::kit::band::{preset, BandKit};
use bandwork::model::routine::routine_book::RoutineBook;
use bandwork::model::routine::{BandChoice, Routine};
use bandwork::model::storage::keys::HISTORY_KEY;
use bandwork::model::storage::keys::{KIT_KEY, ROUTINES_KEY};
use bandwork::model::storage::load::{load, Persisted, SaveError, Saving};
use bandwork::platform::persist;
use bandwork::platform::storage::{self, BrowserStorage, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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

fn sample_book(kit: &BandKit) -> RoutineBook {
    let mut routine = Routine::new("Hips");
    let band = BandChoice {
        main: kit.starting_band(false),
        stacked: None,
    };
    routine.push("clamshell", Dose::reps(3, 12, 30).each_side(), band);
    routine.push("monster-walk", Dose::steps_each_way(3, 10, 30), band);
    routine.link_with_next(0);
    let mut book = RoutineBook::default();
    book.add(routine);
    book
}

#[wasm_bindgen_test]
fn nothing_stored_loads_as_nothing_and_may_be_saved() {
    clear();
    let loaded = load::<BandKit>(&BrowserStorage, KIT_KEY, "band kit");
    assert_eq!(loaded.value, None);
    assert_eq!(loaded.notice, None);
    assert!(loaded.saving.can_save());
}

#[wasm_bindgen_test]
fn kit_and_routines_round_trip_through_local_storage() {
    clear();
    let kit = preset("mini-loop-5").unwrap().kit();
    let book = sample_book(&kit);
    save(KIT_KEY, &kit).unwrap();
    save(ROUTINES_KEY, &book).unwrap();

    let raw = storage::read_text(ROUTINES_KEY).unwrap().unwrap();
    assert!(raw.contains(r#""version":4"#), "{raw}");
    let kit_back = load::<BandKit>(&BrowserStorage, KIT_KEY, "band kit");
    let book_back = load::<RoutineBook>(&BrowserStorage, ROUTINES_KEY, "routines");
    assert_eq!(kit_back.value, Some(kit));
    assert_eq!(book_back.value, Some(book));
    assert_eq!(book_back.notice, None);
}

#[wasm_bindgen_test]
fn damaged_routines_are_kept_aside_and_the_app_starts_empty() {
    clear();
    storage::write_text(ROUTINES_KEY, "{\"version\":1,\"data\":{\"routines\":[{").unwrap();
    let loaded = load::<RoutineBook>(&BrowserStorage, ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    assert!(loaded.saving.can_save());
    assert!(loaded.notice.unwrap().contains("could not be read"));
    let backup = storage::read_text(&format!("{ROUTINES_KEY}.backup")).unwrap();
    assert_eq!(
        backup.as_deref(),
        Some("{\"version\":1,\"data\":{\"routines\":[{")
    );
}

#[wasm_bindgen_test]
fn routines_from_a_newer_version_are_never_saved_over() {
    clear();
    let newer = r#"{"version":7,"data":{"routines":[],"shiny":true}}"#;
    storage::write_text(ROUTINES_KEY, newer).unwrap();
    let loaded = load::<RoutineBook>(&BrowserStorage, ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    assert!(!loaded.saving.can_save());
    assert!(loaded.notice.unwrap().contains("newer version"));
    assert_eq!(
        storage::read_text(ROUTINES_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_history_from_version_1_loads_and_is_written_back_compact() {
    clear();
    let old = include_str!("fixtures/v1/history.json");
    storage::write_text(HISTORY_KEY, old).unwrap();
    let loaded = load::<History>(&BrowserStorage, HISTORY_KEY, "workout history");
    assert_eq!(loaded.notice, None);
    let history = loaded.value.unwrap();
    assert_eq!(history.sessions[0].routine, "Club hips");
    let now = storage::read_text(HISTORY_KEY).unwrap().unwrap();
    assert!(now.starts_with(r#"{"version":4,"data":{"bands":"#), "{now}");
    assert!(now.len() < old.len());
    let again = load::<History>(&BrowserStorage, HISTORY_KEY, "workout history");
    assert_eq!(again.value, Some(history));
}

#[wasm_bindgen_test]
fn a_damaged_history_is_kept_under_its_backup_key_and_named_for_download() {
    clear();
    let damaged = r#"{"version":2,"data":{"bands":[],"sessions":[[1,"x""#;
    storage::write_text(HISTORY_KEY, damaged).unwrap();
    let loaded = load::<History>(&BrowserStorage, HISTORY_KEY, "workout history");
    assert_eq!(loaded.value, None);
    assert!(loaded.saving.can_save());
    assert_eq!(loaded.kept.as_deref(), Some("bandwork.history.backup"));
    assert_eq!(
        storage::read_text("bandwork.history.backup")
            .unwrap()
            .as_deref(),
        Some(damaged)
    );
    // Loading again (a reload) keeps the one copy rather than a second.
    let again = load::<History>(&BrowserStorage, HISTORY_KEY, "workout history");
    assert_eq!(again.kept.as_deref(), Some("bandwork.history.backup"));
    assert_eq!(
        storage::read_text("bandwork.history.backup.2").unwrap(),
        None
    );
}

/// Fills localStorage with filler keys until the browser refuses more;
/// returns their names.
fn fill_storage() -> Vec<String> {
    let chunk = "x".repeat(512 * 1024);
    let mut keys = Vec::new();
    for n in 0..64 {
        let key = format!("filler.{n}");
        match storage::write_text(&key, &chunk) {
            Ok(()) => keys.push(key),
            Err(StorageError::QuotaExceeded) => break,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    // Top up with smaller and smaller pieces, so that not even a small
    // record fits.
    for size in [16 * 1024, 1024, 64, 1] {
        for n in 0..1024 {
            let key = format!("f.{size}.{n}");
            if storage::write_text(&key, &"y".repeat(size)).is_err() {
                break;
            }
            keys.push(key);
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_leaves_the_stored_record_as_it_was() {
    clear();
    let kit = preset("fabric-loop-3").unwrap().kit();
    save(KIT_KEY, &kit).unwrap();
    let before = storage::read_text(KIT_KEY).unwrap();
    let fillers = fill_storage();
    assert!(!fillers.is_empty());

    let book = sample_book(&kit);
    let error = save(ROUTINES_KEY, &book).unwrap_err();
    assert_eq!(error, StorageError::QuotaExceeded);
    assert!(error.to_string().contains("full"), "{}", error.to_string());
    let mut bigger = kit.clone();
    bigger.bands[0].label = "l".repeat(4096);
    assert_eq!(save(KIT_KEY, &bigger), Err(StorageError::QuotaExceeded));
    assert_eq!(storage::read_text(KIT_KEY).unwrap(), before);

    // Once space is freed, the same save works.
    for key in &fillers {
        storage::remove(key).unwrap();
    }
    save(ROUTINES_KEY, &book).unwrap();
    let loaded = load::<RoutineBook>(&BrowserStorage, ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, Some(book));
    clear();
}

#[wasm_bindgen_test]
async fn the_browser_answers_whether_it_keeps_the_data() {
    let before = persist::is_persisted().await;
    assert!(before.is_some(), "Chromium has navigator.storage");
    let asked = persist::request().await;
    assert!(asked.is_some());
    // Asking never makes the browser forget an agreement it gave.
    if before == Some(true) {
        assert_eq!(asked, Some(true));
    }
}
