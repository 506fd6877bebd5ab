//! Spoken cues through the browser's speech synthesis. Where there is none
//! (or it throws), [`say`] returns false and the player carries on with
//! beeps and text.
//!
//! Safari speaks only after a person has touched the page: [`unlock`] is
//! called inside the Start and Resume taps and speaks an empty, silent
//! line there, so the first real cue ten seconds later is not dropped.

use wasm_bindgen::JsValue;

use super::js;

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

/// Says `text`, cutting off whatever was still being said so cues never
/// pile up behind each other. Returns whether a voice took it.
pub fn say(text: &str) -> bool {
    let Some(synth) = synth() else {
        return false;
    };
    let Some(line) = utterance(text, 1.0) else {
        return false;
    };
    js::call(&synth, "cancel", &[]);
    js::call(&synth, "speak", &[line]).is_some()
}

/// Speaks a silent, empty line: called inside a tap, it lets Safari speak
/// the later cues that come without a tap. Harmless elsewhere.
pub fn unlock() {
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
