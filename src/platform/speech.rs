//! Spoken cues through the browser's speech synthesis. Where there is none
//! (or it throws), [`say`] returns false and the player carries on with
//! beeps and text.
//!
//! Safari speaks only after a person has touched the page: [`unlock`] is
//! called inside the Start and Resume taps and speaks an empty, silent
//! line there, so the first real cue ten seconds later is not dropped.
//!
//! The device's voices ([`voices`]) load after the page in Chromium:
//! the list is empty until `voiceschanged` ([`on_voices_changed`]).
//! [`say_as`] speaks with the runner's chosen voice, or the default one
//! when it is gone.

use js_sys::Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::js;
use crate::model::voice::{self, Voice, VoicePick};

/// `speechSynthesis`, where the browser has it.
fn synth() -> Option<JsValue> {
    js::get(&js::global()?, "speechSynthesis")
}

/// A new utterance of `text`, in English, at `volume` (0 to 1).
fn utterance(text: &str, volume: f32) -> Option<JsValue> {
    let constructor = js::function(&js::global()?, "SpeechSynthesisUtterance")?;
    let line = js::construct(&constructor, &[JsValue::from_str(text)])?;
    let _ = js_sys::Reflect::set(&line, &"lang".into(), &"en".into());
    let _ = js_sys::Reflect::set(&line, &"volume".into(), &JsValue::from(volume));
    Some(line)
}

/// Whether this browser can speak at all.
pub fn supported() -> bool {
    synth().is_some_and(|synth| js::has_function(&synth, "speak"))
        && js::global().is_some_and(|global| js::has_function(&global, "SpeechSynthesisUtterance"))
}

/// The device's voices as `speechSynthesis.getVoices()` gives them, each
/// with the browser's own voice object; None where there is no speech
/// synthesis or the list cannot be had.
fn device_voices() -> Option<Vec<(Voice, JsValue)>> {
    let list = js::call(&synth()?, "getVoices", &[])?;
    if !Array::is_array(&list) {
        return None;
    }
    let list: Array = list.unchecked_into();
    Some(
        list.iter()
            .filter_map(|object| describe(&object).map(|voice| (voice, object)))
            .collect(),
    )
}

/// A browser voice in the model's words; None for one with no name.
fn describe(object: &JsValue) -> Option<Voice> {
    let text = |key: &str| js::get(object, key).and_then(|value| value.as_string());
    Some(Voice {
        name: text("name").filter(|name| !name.trim().is_empty())?,
        uri: text("voiceURI").unwrap_or_default(),
        lang: text("lang").unwrap_or_default(),
        default: js::get(object, "default").and_then(|value| value.as_bool()) == Some(true),
    })
}

/// The device's voices, in its order (some may be for other languages);
/// None where speech synthesis or its list of voices is missing or throws.
/// Empty in Chromium until the voices have loaded.
pub fn voices() -> Option<Vec<Voice>> {
    device_voices().map(|voices| voices.into_iter().map(|(voice, _)| voice).collect())
}

/// Calls `changed` when the device's voices change (they arrive after the
/// page loads in Chromium). One watcher at a time: a new one replaces the
/// last. Returns false where the browser cannot say.
pub fn on_voices_changed(changed: impl Fn() + 'static) -> bool {
    let Some(synth) = synth() else {
        return false;
    };
    let handler = Closure::<dyn Fn()>::new(changed).into_js_value();
    js_sys::Reflect::set(&synth, &"onvoiceschanged".into(), &handler).unwrap_or(false)
}

/// Says `text`, cutting off whatever was still being said so cues never
/// pile up behind each other. Returns whether a voice took it.
pub fn say(text: &str) -> bool {
    say_as(text, None)
}

/// Says `text` as [`say`] does, in the voice `pick` names when the device
/// still has it (`model::voice::chosen`), otherwise in its default voice.
pub fn say_as(text: &str, pick: Option<&VoicePick>) -> bool {
    let Some(synth) = synth() else {
        return false;
    };
    let Some(line) = utterance(text, 1.0) else {
        return false;
    };
    if let Some(voices) = pick.and_then(|_| device_voices()) {
        let described: Vec<Voice> = voices.iter().map(|(voice, _)| voice.clone()).collect();
        let object = voice::chosen(&described, pick)
            .and_then(|chosen| voices.iter().find(|(voice, _)| voice == chosen))
            .map(|(_, object)| object);
        if let Some(object) = object {
            let _ = js_sys::Reflect::set(&line, &"voice".into(), object);
        }
    }
    js::call(&synth, "cancel", &[]);
    js::call(&synth, "speak", &[line]).is_some()
}

/// Speaks a silent, empty line: called inside a tap, it lets Safari speak
/// the later cues that come without a tap. Harmless elsewhere. It also
/// asks for the voices, which sets Chromium loading them in time for the
/// chosen voice to speak the next cue.
pub fn unlock() {
    if let Some(synth) = synth() {
        js::call(&synth, "getVoices", &[]);
    }
    if let (Some(synth), Some(line)) = (synth(), utterance("", 0.0)) {
        js::call(&synth, "speak", &[line]);
    }
}

/// Stops speaking at once (on pause or when the workout ends).
pub fn hush() {
    if let Some(synth) = synth() {
        js::call(&synth, "cancel", &[]);
    }
}
