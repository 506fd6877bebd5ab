//! Spoken cues through the browser's speech synthesis. Where there is none,
//! [`say`] returns false and the player carries on with beeps and text.

use web_sys::SpeechSynthesisUtterance;

/// Says `text`, cutting off whatever was still being said so cues never
/// pile up behind each other. Returns whether it was handed to a voice.
pub fn say(text: &str) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang("en");
    synth.cancel();
    synth.speak(&utterance);
    true
}

/// Stops speaking at once (on pause or when the workout ends).
pub fn hush() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}
