//! Turns the player's state into tones, speech, a buzz and a flash, as far
//! as Settings allow, and keeps the screen on while the workout runs.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::routine::timeline::Timeline;
use crate::model::settings::Settings;
use crate::model::voice::beep_level;
use crate::model::workout::cue::{Cue, CueTracker};
use crate::model::workout::playback::State;
use crate::platform::{device, sound, speech, vibrate, visibility, wake_lock};
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;

use crate::model::workout::shown::Shown;

/// How long the screen flash lasts.
const FLASH: Duration = Duration::from_millis(500);

/// Gives the cues due as the state moves on. Returns the flash signal the
/// screen's class follows.
pub fn run(
    timeline: StoredValue<Timeline>,
    state: Memo<Option<State>>,
    shown: Memo<Option<Shown>>,
) -> ReadSignal<bool> {
    let settings = SettingsContext::get().settings;
    let tracker = StoredValue::new(CueTracker::default());
    let support = device::cue_support();
    let (flash, set_flash) = signal(false);
    Effect::new(move |_| {
        let Some(state) = state.get() else {
            return;
        };
        // A hidden page stays quiet; when it is seen again, the tracker
        // cues only where the workout is by then.
        if !visibility::visible() {
            return;
        }
        let due = timeline.with_value(|t| {
            let mut cues = Vec::new();
            tracker.update_value(|tracker| cues = tracker.due(t, &state));
            cues
        });
        let (switches, voice, level) = settings.with_untracked(|s| {
            (
                support.effective(s.cues),
                s.voice.clone(),
                beep_level(s.beep_volume),
            )
        });
        for cue in due {
            match cue {
                Cue::Work | Cue::Break => {
                    if switches.beeps {
                        tone(cue, level);
                    }
                    if switches.voice {
                        shown.with_untracked(|s| {
                            s.as_ref()
                                .map(|s| speech::say_as(&s.spoken, voice.as_ref()))
                        });
                    }
                    if switches.vibrate {
                        vibrate::buzz(if cue == Cue::Work { 300 } else { 150 });
                    }
                    if switches.flash {
                        set_flash.set(true);
                        set_timeout(move || set_flash.set(false), FLASH);
                    }
                }
                // The end is cued by `finished`, just before the summary.
                Cue::Finished => {}
                Cue::Countdown(_) | Cue::Tempo => {
                    if switches.beeps && (cue != Cue::Tempo || switches.tempo) {
                        tone(cue, level);
                    }
                }
            }
        }
    });
    flash
}

/// The cues for the end of the workout, in the chosen voice and volume.
pub fn finished(settings: &Settings) {
    let switches = device::cue_support().effective(settings.cues);
    if switches.beeps {
        tone(Cue::Finished, beep_level(settings.beep_volume));
    }
    if switches.voice {
        speech::say_as("Workout complete. Well done", settings.voice.as_ref());
    }
    if switches.vibrate {
        vibrate::buzz(500);
    }
}

/// Each cue's tone: higher for work, lower for breaks, short ticks; at
/// `level` (0 to 1) of full volume.
fn tone(cue: Cue, level: f32) {
    let (hertz, millis) = match cue {
        Cue::Work => (880.0, 350),
        Cue::Break => (440.0, 350),
        Cue::Countdown(_) => (660.0, 120),
        Cue::Tempo => (1200.0, 40),
        Cue::Finished => (1046.5, 700),
    };
    sound::beep_at(hertz, millis, level);
}

thread_local! {
    /// Whether the user has been told the screen can't be kept on.
    static TOLD: Cell<bool> = const { Cell::new(false) };
}

/// Holds the screen on while the workout runs, lets it go when paused, and
/// says once per visit when the browser can't do it.
pub fn keep_screen_on(paused: bool, status: StatusMessage) {
    if paused {
        wake_lock::release();
        speech::hush();
        return;
    }
    spawn_local(async move {
        if wake_lock::acquire().await == wake_lock::Outcome::Unsupported && !TOLD.get() {
            TOLD.set(true);
            status.say(
                "This browser can't keep the screen on. Set a longer screen timeout for your workout.",
            );
        }
    });
}
