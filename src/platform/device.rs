//! What this browser offers the workout player's cues, asked of each API's
//! own wrapper (nothing is called, only looked for).

use crate::model::workout::cue_support::CueSupport;

use super::{sound, speech, vibrate};

/// The cues this browser can give.
pub fn cue_support() -> CueSupport {
    CueSupport {
        sound: sound::supported(),
        speech: speech::supported(),
        vibration: vibrate::supported(),
    }
}
