//! Short tones through Web Audio, for the workout player's beeps.
//!
//! Browsers only let a page make sound after the user has touched it, so
//! [`unlock`] is called from the Start and Resume buttons; before that, or
//! where Web Audio is missing, [`beep`] quietly does nothing.

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Creates (or wakes) the audio context. Call it from a user's tap or key.
/// Returns false where the browser has no Web Audio.
pub fn unlock() -> bool {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        match context.as_ref() {
            Some(audio) => {
                // Resuming an already running context is harmless.
                let _ = audio.resume();
                true
            }
            None => false,
        }
    })
}

/// Plays a tone of `hertz` for `millis`, with a quick fade in and out so
/// it does not click. Returns whether a tone was scheduled.
pub fn beep(hertz: f32, millis: u32) -> bool {
    CONTEXT.with(|context| {
        let context = context.borrow();
        let Some(audio) = context.as_ref() else {
            return false;
        };
        play(audio, hertz, millis).is_ok()
    })
}

fn play(audio: &AudioContext, hertz: f32, millis: u32) -> Result<(), wasm_bindgen::JsValue> {
    let oscillator = audio.create_oscillator()?;
    let gain = audio.create_gain()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(hertz);
    let start = audio.current_time();
    let end = start + f64::from(millis) / 1000.0;
    let volume = gain.gain();
    volume.set_value_at_time(0.0, start)?;
    volume.linear_ramp_to_value_at_time(0.6, start + 0.01)?;
    volume.linear_ramp_to_value_at_time(0.0, end)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&audio.destination())?;
    oscillator.start_with_when(start)?;
    oscillator.stop_with_when(end + 0.02)?;
    Ok(())
}
