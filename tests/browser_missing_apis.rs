//! Browser APIs taken away or made to throw, in headless Chromium: each
//! wrapper answers plainly (false, None, a plain date) and never lets the
//! JavaScript exception through, which in the app would stop it (Safari and
//! Firefox have no `navigator.vibrate`; any browser may refuse the rest).
#![cfg(target_arch = "wasm32")]

use bandwork::platform::{clock, device, persist, sound, speech, vibrate};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An own property put over `target[name]` for the length of a test, then
/// taken off again: the browser's own comes back, whether it was an own
/// property (the window's constructors and `speechSynthesis`) or inherited.
struct Shadow {
    target: JsValue,
    name: &'static str,
    /// The own property it replaced, if there was one.
    before: Option<JsValue>,
}

impl Shadow {
    fn new(target: &JsValue, name: &'static str, value: &JsValue) -> Self {
        let before =
            Object::get_own_property_descriptor(target.unchecked_ref::<Object>(), &name.into());
        let before = (!before.is_undefined()).then_some(before);
        let descriptor = Object::new();
        Reflect::set(&descriptor, &"value".into(), value).unwrap();
        Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        Reflect::set(&descriptor, &"writable".into(), &JsValue::TRUE).unwrap();
        Object::define_property(target.unchecked_ref::<Object>(), &name.into(), &descriptor);
        Self {
            target: target.clone(),
            name,
            before,
        }
    }

    /// `target[name]` gone (undefined).
    fn missing(target: &JsValue, name: &'static str) -> Self {
        Self::new(target, name, &JsValue::UNDEFINED)
    }

    /// `target[name]` a function (or constructor) that throws.
    fn throwing(target: &JsValue, name: &'static str) -> Self {
        let refuse = Function::new_no_args("throw new Error('refused by the test')");
        Self::new(target, name, &refuse)
    }
}

impl Drop for Shadow {
    fn drop(&mut self) {
        let target = self.target.unchecked_ref::<Object>();
        match &self.before {
            Some(before) => {
                Object::define_property(target, &self.name.into(), before.unchecked_ref());
            }
            None => {
                let _ = Reflect::delete_property(target, &self.name.into());
            }
        }
    }
}

fn window() -> JsValue {
    web_sys::window().unwrap().into()
}

fn navigator() -> JsValue {
    web_sys::window().unwrap().navigator().into()
}

#[wasm_bindgen_test]
fn without_vibration_a_buzz_is_a_plain_no() {
    assert!(vibrate::supported(), "Chromium has navigator.vibrate");
    {
        let _gone = Shadow::missing(&navigator(), "vibrate");
        assert!(!vibrate::supported());
        assert!(!vibrate::buzz(300));
        assert!(!device::cue_support().vibration);
    }
    {
        let _refused = Shadow::throwing(&navigator(), "vibrate");
        assert!(!vibrate::buzz(300));
    }
    assert!(vibrate::supported(), "the browser's own is back");
}

#[wasm_bindgen_test]
fn without_speech_the_cues_say_nothing_and_carry_on() {
    assert!(speech::supported(), "Chromium has speech synthesis");
    {
        let _gone = Shadow::missing(&window(), "speechSynthesis");
        assert!(!speech::supported());
        assert!(!speech::say("Clamshell, left side"));
        speech::unlock();
        speech::hush();
        assert!(!device::cue_support().speech);
    }
    {
        let _refused = Shadow::throwing(&window(), "SpeechSynthesisUtterance");
        assert!(!speech::say("Clamshell, left side"));
        speech::unlock();
    }
    let synth = Reflect::get(&window(), &"speechSynthesis".into()).unwrap();
    {
        let _speak = Shadow::throwing(&synth, "speak");
        let _cancel = Shadow::throwing(&synth, "cancel");
        let _voices = Shadow::throwing(&synth, "getVoices");
        assert!(!speech::say("Clamshell, left side"));
        speech::unlock();
        speech::hush();
    }
    assert!(speech::say("Back again"));
    speech::hush();
}

/// Issue 27 #13: the voices and a chosen voice, with speech missing or
/// throwing, and with a device whose voices are given by the test.
#[wasm_bindgen_test]
fn the_voices_are_listed_and_a_chosen_voice_is_used_or_left_quietly() {
    use bandwork::model::voice::VoicePick;
    let daniel = VoicePick {
        uri: "urn:test:daniel".into(),
        name: "Daniel".into(),
    };
    {
        let _gone = Shadow::missing(&window(), "speechSynthesis");
        assert_eq!(speech::voices(), None);
        assert!(!speech::on_voices_changed(|| {}));
        assert!(!speech::say_as("Clamshell", Some(&daniel)));
    }
    let synth = Reflect::get(&window(), &"speechSynthesis".into()).unwrap();
    {
        let _voices = Shadow::throwing(&synth, "getVoices");
        assert_eq!(speech::voices(), None);
        // Without its voice, the line is still said in the default one.
        assert!(speech::say_as("Clamshell", Some(&daniel)));
        speech::hush();
    }
    {
        // Two voices, one of them named but not a voice object at all.
        let list = Function::new_no_args(
            "return [{name: 'Daniel', voiceURI: 'urn:test:daniel', lang: 'en-GB'}, {name: ''}, 7]",
        );
        let _voices = Shadow::new(&synth, "getVoices", &list);
        let spoken = Function::new_with_args(
            "line",
            "window.__spokenWith = line.voice && line.voice.name",
        );
        let _speak = Shadow::new(&synth, "speak", &spoken);
        // A real utterance takes only the browser's own voice objects.
        let plain = Function::new_no_args(
            "return class { constructor(text) { this.text = text; this.voice = null; } };",
        )
        .call0(&JsValue::NULL)
        .unwrap();
        let _line = Shadow::new(&window(), "SpeechSynthesisUtterance", &plain);
        let voices = speech::voices().unwrap();
        assert_eq!(voices.len(), 1);
        assert_eq!(voices[0].name, "Daniel");
        assert_eq!(voices[0].lang, "en-GB");
        assert!(speech::say_as("Clamshell", Some(&daniel)));
        let with = Reflect::get(&window(), &"__spokenWith".into()).unwrap();
        assert_eq!(with.as_string().as_deref(), Some("Daniel"));
        let gone = VoicePick {
            uri: "urn:test:gone".into(),
            name: "Gone".into(),
        };
        assert!(speech::say_as("Clamshell", Some(&gone)));
        let with = Reflect::get(&window(), &"__spokenWith".into()).unwrap();
        assert!(!with.is_truthy(), "the default voice");
    }
    {
        // A handler that cannot be set is said as false, not thrown.
        let frozen = Object::new();
        Reflect::set(&frozen, &"speak".into(), &Function::new_no_args("")).unwrap();
        Object::freeze(&frozen);
        let _frozen = Shadow::new(&window(), "speechSynthesis", &frozen);
        assert!(!speech::on_voices_changed(|| {}));
    }
    assert!(speech::on_voices_changed(|| {}));
}

#[wasm_bindgen_test]
fn without_web_audio_there_are_no_beeps_and_an_interrupted_context_is_resumed() {
    // One test, in order: the context, once made, is kept for the page.
    {
        let _gone = Shadow::missing(&window(), "AudioContext");
        let _old = Shadow::missing(&window(), "webkitAudioContext");
        assert!(!sound::supported());
        assert!(!sound::unlock());
        assert!(!sound::wake());
        assert!(!sound::beep(440.0, 50));
        assert!(!sound::beep_at(440.0, 50, 0.5));
        assert!(!device::cue_support().sound);
    }
    {
        let _refused = Shadow::throwing(&window(), "AudioContext");
        assert!(!sound::unlock());
        assert!(!sound::beep(440.0, 50));
        assert!(!sound::beep_at(440.0, 50, 0.5));
    }
    {
        // Older Safari names it webkitAudioContext. (This one also keeps
        // the context it makes, for the test to look at.)
        let keeping = Function::new_no_args(
            "const Real = window.AudioContext; \
             return class extends Real { constructor() { super(); window.__context = this; } };",
        )
        .call0(&JsValue::NULL)
        .unwrap();
        let _gone = Shadow::missing(&window(), "AudioContext");
        let _old = Shadow::new(&window(), "webkitAudioContext", &keeping);
        assert!(sound::supported());
        assert!(sound::unlock());
    }
    assert!(sound::beep(440.0, 50));
    assert!(sound::beep_at(440.0, 50, 0.25));
    assert!(
        sound::beep_at(440.0, 50, 7.0),
        "a level beyond full is full"
    );
    // iOS says "interrupted" after a lock or a call; waking resumes it.
    let resumed = Function::new_no_args(
        "window.__resumed = (window.__resumed || 0) + 1; return Promise.resolve();",
    );
    let state = Function::new_no_args("return 'interrupted';");
    let context = audio_context();
    let _resume = Shadow::new(&context, "resume", &resumed);
    let getter = Object::new();
    Reflect::set(&getter, &"get".into(), &state).unwrap();
    Reflect::set(&getter, &"configurable".into(), &JsValue::TRUE).unwrap();
    Object::define_property(context.unchecked_ref::<Object>(), &"state".into(), &getter);
    assert_eq!(sound::state().as_deref(), Some("interrupted"));
    assert!(sound::wake());
    assert!((resumes() - 1.0).abs() < f64::EPSILON, "resumed once");
    let _ = Reflect::delete_property(context.unchecked_ref::<Object>(), &"state".into());
    // A running context is left alone.
    let running = Function::new_no_args("return 'running';");
    let getter = Object::new();
    Reflect::set(&getter, &"get".into(), &running).unwrap();
    Reflect::set(&getter, &"configurable".into(), &JsValue::TRUE).unwrap();
    Object::define_property(context.unchecked_ref::<Object>(), &"state".into(), &getter);
    assert!(sound::wake());
    assert!((resumes() - 1.0).abs() < f64::EPSILON);
    let _ = Reflect::delete_property(context.unchecked_ref::<Object>(), &"state".into());
}

/// The `AudioContext` that `sound` made, as the constructor above kept it.
fn audio_context() -> JsValue {
    Reflect::get(&window(), &"__context".into()).unwrap()
}

fn resumes() -> f64 {
    Reflect::get(&window(), &"__resumed".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0)
}

#[wasm_bindgen_test]
fn without_intl_dates_come_in_plain_words() {
    let intl = Reflect::get(&window(), &"Intl".into()).unwrap();
    let _gone = Shadow::missing(&intl, "DateTimeFormat");
    // 21 November 2026, midday UTC: the same date in nearly every zone.
    let text = clock::short_date(1_795_262_400_000);
    assert_eq!(text, "21 Nov 2026");
    let with_time = clock::local_date(1_795_262_400_000);
    assert!(with_time.starts_with("21 Nov 2026, "), "{with_time}");
    assert_eq!(with_time.len(), "21 Nov 2026, 12:00".len(), "{with_time}");
}

#[wasm_bindgen_test]
async fn without_a_storage_manager_persistence_is_unknown() {
    {
        let _gone = Shadow::missing(&navigator(), "storage");
        assert_eq!(persist::is_persisted().await, None);
        assert_eq!(persist::request().await, None);
    }
    let manager = Reflect::get(&navigator(), &"storage".into()).unwrap();
    let _refused = Shadow::throwing(&manager, "persisted");
    let _refused_too = Shadow::throwing(&manager, "persist");
    assert_eq!(persist::is_persisted().await, None);
    assert_eq!(persist::request().await, None);
}
