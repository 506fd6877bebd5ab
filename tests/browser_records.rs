//! The versioned records (band kit, routines) in real localStorage, in
//! headless Chromium.
#![cfg(target_arch = "wasm32")]

use bandwork::model::band::{preset, BandKit};
use bandwork::model::dose::Dose;
use bandwork::model::routine::{BandChoice, Routine};
use bandwork::model::routine_book::RoutineBook;
use bandwork::model::store::{KIT_KEY, ROUTINES_KEY};
use bandwork::platform::record_store;
use bandwork::platform::storage;
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
    let loaded = record_store::load::<BandKit>(KIT_KEY, "band kit");
    assert_eq!(loaded.value, None);
    assert_eq!(loaded.notice, None);
    assert!(loaded.can_save);
}

#[wasm_bindgen_test]
fn kit_and_routines_round_trip_through_local_storage() {
    clear();
    let kit = preset("mini-loop-5").unwrap().kit();
    let book = sample_book(&kit);
    record_store::save(KIT_KEY, &kit).unwrap();
    record_store::save(ROUTINES_KEY, &book).unwrap();

    let raw = storage::read_text(ROUTINES_KEY).unwrap().unwrap();
    assert!(raw.contains(r#""version":2"#), "{raw}");
    let kit_back = record_store::load::<BandKit>(KIT_KEY, "band kit");
    let book_back = record_store::load::<RoutineBook>(ROUTINES_KEY, "routines");
    assert_eq!(kit_back.value, Some(kit));
    assert_eq!(book_back.value, Some(book));
    assert_eq!(book_back.notice, None);
}

#[wasm_bindgen_test]
fn damaged_routines_are_kept_aside_and_the_app_starts_empty() {
    clear();
    storage::write_text(ROUTINES_KEY, "{\"version\":1,\"data\":{\"routines\":[{").unwrap();
    let loaded = record_store::load::<RoutineBook>(ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    assert!(loaded.can_save);
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
    let loaded = record_store::load::<RoutineBook>(ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    assert!(!loaded.can_save);
    assert!(loaded.notice.unwrap().contains("newer version"));
    assert_eq!(
        storage::read_text(ROUTINES_KEY).unwrap().as_deref(),
        Some(newer)
    );
}
