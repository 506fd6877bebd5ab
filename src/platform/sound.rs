//! Short tones through Web Audio, for the workout player's beeps.
//!
//! Browsers only let a page make sound after the user has touched it, so
//! [`unlock`] is called from the Start and Resume buttons; before that, or
//! where Web Audio is missing or throws, [`beep`] quietly does nothing.
//! Older Safari names the API `webkitAudioContext`; iOS puts a running
//! context in the state `interrupted` after a lock or a phone call, and
//! [`wake`] (called on the next tap and when the page is seen again)
//! resumes it.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AudioContext, OscillatorType};

use super::js;

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// The browser's `AudioContext` constructor, under either of its names.
fn constructor() -> Option<js_sys::Function> {
    let global = js::global()?;
    js::function(&global, "AudioContext").or_else(|| js::function(&global, "webkitAudioContext"))
}

/// Whether this browser has Web Audio at all.
pub fn supported() -> bool {
    constructor().is_some()
}

/// Creates (or wakes) the audio context. Call it from a user's tap or key.
/// Returns false where the browser has no Web Audio or refused it.
pub fn unlock() -> bool {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = constructor()
                .and_then(|new| js::construct(&new, &[]))
                .map(JsValue::unchecked_into);
        }
        context.as_ref().inspect(|audio| resume(audio)).is_some()
    })
}

/// Resumes a context that is not running (suspended before a tap, or
/// interrupted by iOS); returns whether there is one to resume.
pub fn wake() -> bool {
    CONTEXT.with(|context| {
        context
            .borrow()
            .as_ref()
            .inspect(|audio| resume(audio))
            .is_some()
    })
}

/// The context's state as the browser words it: "running", "suspended",
/// "closed", or on iOS "interrupted".
pub fn state() -> Option<String> {
    CONTEXT.with(|context| {
        context
            .borrow()
            .as_ref()
            .and_then(|audio| js::get(audio, "state"))
            .and_then(|state| state.as_string())
    })
}

/// Asks a context that is not running to run; a refusal leaves the beeps
/// silent (the promise only says when).
fn resume(audio: &AudioContext) {
    let state = js::get(audio, "state").and_then(|state| state.as_string());
    if state.as_deref() != Some("running") {
        if let Some(promise) = js::call(audio, "resume", &[]) {
            let ignore = wasm_bindgen::closure::Closure::once_into_js(|_: JsValue| ());
            js::call(&promise, "catch", &[ignore]);
        }
    }
}

/// The gain a beep peaks at, at full volume: loud, with room to spare.
const FULL_GAIN: f32 = 0.6;

/// Plays a tone of `hertz` for `millis` at full volume, with a quick fade
/// in and out so it does not click. Returns whether a tone was scheduled.
pub fn beep(hertz: f32, millis: u32) -> bool {
    beep_at(hertz, millis, 1.0)
}

/// Plays a tone as [`beep`] does, at `level` (0 to 1) of full volume.
pub fn beep_at(hertz: f32, millis: u32, level: f32) -> bool {
    CONTEXT.with(|context| {
        let context = context.borrow();
        let Some(audio) = context.as_ref() else {
            return false;
        };
        play(audio, hertz, millis, FULL_GAIN * level.clamp(0.0, 1.0)).is_ok()
    })
}

fn play(audio: &AudioContext, hertz: f32, millis: u32, peak: f32) -> Result<(), JsValue> {
    let oscillator = audio.create_oscillator()?;
    let gain = audio.create_gain()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(hertz);
    let start = audio.current_time();
    let end = start + f64::from(millis) / 1000.0;
    let volume = gain.gain();
    volume.set_value_at_time(0.0, start)?;
    volume.linear_ramp_to_value_at_time(peak, start + 0.01)?;
    volume.linear_ramp_to_value_at_time(0.0, end)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&audio.destination())?;
    oscillator.start_with_when(start)?;
    oscillator.stop_with_when(end + 0.02)?;
    Ok(())
}
