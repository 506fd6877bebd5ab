//! Which of the player's cues this device can give. Safari on an iPhone and
//! Firefox have no vibration, some browsers have no voices or no Web Audio:
//! Settings then says so in words instead of offering a switch that does
//! nothing, and the player does not try.

use crate::model::settings::Cues;

/// What the device offers the player's cues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueSupport {
    /// Web Audio, for beeps and the tempo tick.
    pub sound: bool,
    /// Speech synthesis, for spoken cues.
    pub speech: bool,
    /// The Vibration API.
    pub vibration: bool,
}

impl CueSupport {
    /// A device that can give every cue.
    pub const ALL: Self = Self {
        sound: true,
        speech: true,
        vibration: true,
    };

    /// Whether the cue stored under `name` (see [`Cues::LABELS`]) can be
    /// given here. The screen flash needs nothing but the screen.
    pub fn can_give(&self, name: &str) -> bool {
        match name {
            "beeps" | "tempo" => self.sound,
            "voice" => self.speech,
            "vibrate" => self.vibration,
            _ => true,
        }
    }

    /// The cues to give: the runner's choices, less what the device can't.
    pub fn effective(&self, chosen: Cues) -> Cues {
        let mut cues = chosen;
        for (name, _) in Cues::LABELS {
            if !self.can_give(name) {
                cues.set(name, false);
            }
        }
        cues
    }

    /// What Settings says in place of the switch for a cue the device
    /// can't give, e.g. "Vibration: not available on this device".
    pub fn unavailable_text(label: &str) -> String {
        format!("{label}: not available on this device")
    }

    /// What still marks the moment when the cue `name` can't be given.
    pub fn stand_in(&self, name: &str) -> &'static str {
        match (name, self.sound) {
            ("vibrate", true) => "The screen flash and the beeps stand in for it.",
            ("voice", true) => "The beeps and the words on screen stand in for it.",
            _ => "The screen flash and the words on screen stand in for it.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_VIBRATION: CueSupport = CueSupport {
        sound: true,
        speech: true,
        vibration: false,
    };

    #[test]
    fn a_phone_without_vibration_can_give_every_other_cue() {
        for (name, _) in Cues::LABELS {
            assert_eq!(NO_VIBRATION.can_give(name), name != "vibrate", "{name}");
        }
    }

    #[test]
    fn beeps_and_the_tempo_tick_need_sound_and_the_voice_needs_speech() {
        let silent = CueSupport {
            sound: false,
            ..CueSupport::ALL
        };
        assert!(!silent.can_give("beeps"));
        assert!(!silent.can_give("tempo"));
        assert!(silent.can_give("voice"));
        let mute = CueSupport {
            speech: false,
            ..CueSupport::ALL
        };
        assert!(!mute.can_give("voice"));
        assert!(mute.can_give("beeps"));
        assert!(mute.can_give("flash"));
    }

    #[test]
    fn the_effective_cues_switch_off_only_what_the_device_lacks() {
        let chosen = Cues {
            tempo: true,
            ..Cues::default()
        };
        let given = NO_VIBRATION.effective(chosen);
        assert!(!given.vibrate);
        assert_eq!(
            Cues {
                vibrate: true,
                ..given
            },
            chosen
        );
        assert_eq!(CueSupport::ALL.effective(chosen), chosen);
    }

    #[test]
    fn a_cue_switched_off_by_the_runner_stays_off_on_any_device() {
        let chosen = Cues {
            beeps: false,
            ..Cues::default()
        };
        assert!(!CueSupport::ALL.effective(chosen).beeps);
    }

    #[test]
    fn settings_words_name_the_cue_and_what_stands_in() {
        assert_eq!(
            CueSupport::unavailable_text("Vibration"),
            "Vibration: not available on this device"
        );
        assert!(NO_VIBRATION.stand_in("vibrate").contains("beeps"));
        let silent = CueSupport {
            sound: false,
            ..NO_VIBRATION
        };
        assert!(!silent.stand_in("vibrate").contains("beeps"));
    }
}
