//! The player's browser wrappers (clock, wake lock, sound, speech,
//! vibration, visibility) in headless Chromium: each works where the API is
//! there and degrades to a plain answer, never an exception, where it is not.
#![cfg(target_arch = "wasm32")]

use bandwork::platform::{clock, sound, speech, vibrate, visibility, wake_lock};
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_clock_reads_date_now_in_whole_milliseconds() {
    let before = js_sys::Date::now();
    let now = clock::now_ms() as f64;
    let after = js_sys::Date::now();
    assert!(
        before.floor() <= now && now <= after,
        "{before} {now} {after}"
    );
}

#[wasm_bindgen_test]
fn local_dates_name_the_day_and_month() {
    // 21 November 2026, midday UTC: the same date in nearly every zone.
    let text = clock::local_date(1_795_262_400_000);
    assert!(text.contains("21"), "{text}");
    assert!(text.contains("Nov"), "{text}");
    // The formatter is made once and reused: a second date comes out right.
    let next_day = clock::local_date(1_795_262_400_000 + 86_400_000);
    assert!(next_day.contains("22"), "{next_day}");
}

#[wasm_bindgen_test]
fn short_dates_give_day_month_and_year_without_the_time() {
    let text = clock::short_date(1_795_262_400_000);
    assert!(
        text.contains("21") && text.contains("Nov") && text.contains("2026"),
        "{text}"
    );
    assert!(!text.contains(':'), "{text}");
}

#[wasm_bindgen_test]
fn sound_waits_for_a_tap_then_plays() {
    assert!(!sound::beep(440.0, 50), "no audio before unlock");
    assert!(sound::unlock(), "Chromium has Web Audio");
    assert!(sound::beep(440.0, 50));
    assert!(sound::unlock(), "unlocking again is harmless");
}

#[wasm_bindgen_test]
fn speech_and_vibration_answer_without_throwing() {
    assert!(speech::say("Clamshell, left side, 12 reps"));
    speech::hush();
    speech::hush();
    // Desktop Chromium has navigator.vibrate; whatever it answers is fine,
    // as long as asking does not throw.
    let _ = vibrate::buzz(10);
}

#[wasm_bindgen_test]
fn the_page_is_visible_in_the_test_browser() {
    assert!(visibility::visible());
}

#[wasm_bindgen_test]
async fn the_wake_lock_is_held_or_refused_and_always_releasable() {
    assert!(wake_lock::supported());
    let outcome = wake_lock::acquire().await;
    assert_ne!(outcome, wake_lock::Outcome::Unsupported);
    assert_eq!(wake_lock::held(), outcome == wake_lock::Outcome::Held);
    wake_lock::release();
    assert!(!wake_lock::held());
    wake_lock::release();
}

#[wasm_bindgen_test]
async fn without_the_api_the_wake_lock_says_unsupported() {
    let navigator = web_sys::window().unwrap().navigator();
    let hide = Object::new();
    Reflect::set(&hide, &"value".into(), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&hide, &"configurable".into(), &JsValue::TRUE).unwrap();
    Object::define_property(&navigator, &"wakeLock".into(), &hide);
    assert!(!wake_lock::supported());
    assert_eq!(wake_lock::acquire().await, wake_lock::Outcome::Unsupported);
    assert!(!wake_lock::held());
    wake_lock::release();
    // Put the browser's own API back for any test after this one.
    Reflect::delete_property(&navigator, &"wakeLock".into()).unwrap();
}
