//! The voice for spoken cues: the device's voices for the app's language,
//! the runner's choice among them (kept by the voice's URI, and its name
//! in case the URI changes), and what to say when the device has none.
//! The beeps' volume is here too: both are how the cues sound.

/// The language cues are spoken in, as a BCP 47 primary tag.
pub const LANGUAGE: &str = "en";
/// The language's name, for the words below.
pub const LANGUAGE_NAME: &str = "English";

/// A voice the device offers, as its speech synthesis describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// `voiceURI`: the voice's identity on this device.
    pub uri: String,
    /// e.g. `en-GB`.
    pub lang: String,
    /// The device's own default voice.
    pub default: bool,
}

/// The runner's chosen voice, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoicePick {
    pub uri: String,
    pub name: String,
}

impl VoicePick {
    /// The pick of `voice`.
    pub fn of(voice: &Voice) -> Self {
        Self {
            uri: voice.uri.clone(),
            name: voice.name.clone(),
        }
    }
}

/// Whether a voice's language tag (`en-US`, `en_GB`, `EN`) is `language`.
pub fn speaks(voice: &Voice, language: &str) -> bool {
    let primary = voice.lang.split(['-', '_']).next().unwrap_or_default();
    primary.eq_ignore_ascii_case(language)
}

/// The voices for the cues' language, in the device's order.
pub fn for_language(voices: &[Voice]) -> Vec<&Voice> {
    voices.iter().filter(|v| speaks(v, LANGUAGE)).collect()
}

/// The voice to speak with: the pick by URI, else by name, among the
/// voices for the language; None (the device's default) when nothing was
/// picked or the picked voice is gone.
pub fn chosen<'v>(voices: &'v [Voice], pick: Option<&VoicePick>) -> Option<&'v Voice> {
    let pick = pick?;
    let usable = for_language(voices);
    usable
        .iter()
        .find(|v| !pick.uri.is_empty() && v.uri == pick.uri)
        .or_else(|| {
            usable
                .iter()
                .find(|v| !pick.name.is_empty() && v.name == pick.name)
        })
        .copied()
}

/// A voice as the Voice select offers it, e.g. `Daniel (en-GB)`.
pub fn label(voice: &Voice) -> String {
    if voice.lang.is_empty() {
        voice.name.clone()
    } else {
        format!("{} ({})", voice.name, voice.lang)
    }
}

/// The option for the device's own choice.
pub const DEVICE_DEFAULT: &str = "The device's default voice";

/// What Settings says when the device has no voice for the language.
pub fn no_voices_text() -> String {
    format!("This device has no voices for {LANGUAGE_NAME}, so spoken cues are off.")
}

/// The line Test voice speaks: a cue as the player would say it.
pub const SAMPLE: &str = "Clamshell, left side, 12 reps. Blue band.";

/// The beeps' volume, 0 to 100, by default the full volume beeps had
/// before there was a choice.
pub const DEFAULT_BEEP_VOLUME: u8 = 100;
pub const MAX_BEEP_VOLUME: u8 = 100;

/// The volume as a share of a beep's full loudness, 0 to 1.
pub fn beep_level(volume: u8) -> f32 {
    f32::from(volume.min(MAX_BEEP_VOLUME)) / f32::from(MAX_BEEP_VOLUME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(name: &str, uri: &str, lang: &str) -> Voice {
        Voice {
            name: name.into(),
            uri: uri.into(),
            lang: lang.into(),
            default: false,
        }
    }

    fn device() -> Vec<Voice> {
        vec![
            voice("Anna", "de-anna", "de-DE"),
            voice("Daniel", "en-gb-daniel", "en-GB"),
            voice("Samantha", "en-us-samantha", "en_US"),
            voice("Plain", "plain", "EN"),
        ]
    }

    #[test]
    fn only_the_languages_voices_are_offered() {
        let voices = device();
        let names: Vec<&str> = for_language(&voices)
            .iter()
            .map(|v| v.name.as_str())
            .collect();
        assert_eq!(names, ["Daniel", "Samantha", "Plain"]);
        assert!(for_language(&[voice("Anna", "a", "de-DE")]).is_empty());
        assert!(
            !speaks(&voice("Enya", "e", "eng"), "en"),
            "a tag, not a prefix"
        );
    }

    #[test]
    fn the_pick_is_found_by_uri_then_by_name_and_a_gone_voice_is_the_default() {
        let voices = device();
        let by_uri = VoicePick {
            uri: "en-us-samantha".into(),
            name: "Renamed".into(),
        };
        assert_eq!(
            chosen(&voices, Some(&by_uri)).map(|v| v.name.as_str()),
            Some("Samantha")
        );
        let by_name = VoicePick {
            uri: "an-old-uri".into(),
            name: "Daniel".into(),
        };
        assert_eq!(
            chosen(&voices, Some(&by_name)).map(|v| v.uri.as_str()),
            Some("en-gb-daniel")
        );
        let gone = VoicePick {
            uri: "gone".into(),
            name: "Gone".into(),
        };
        assert_eq!(chosen(&voices, Some(&gone)), None);
        let other_language = VoicePick::of(&voices[0]);
        assert_eq!(chosen(&voices, Some(&other_language)), None);
        assert_eq!(chosen(&voices, None), None);
        assert_eq!(chosen(&[], Some(&by_uri)), None);
    }

    #[test]
    fn voices_and_the_volume_in_words_and_numbers() {
        assert_eq!(label(&device()[1]), "Daniel (en-GB)");
        assert_eq!(label(&voice("Bare", "b", "")), "Bare");
        assert_eq!(
            no_voices_text(),
            "This device has no voices for English, so spoken cues are off."
        );
        assert!((beep_level(100) - 1.0).abs() < f32::EPSILON);
        assert!((beep_level(50) - 0.5).abs() < f32::EPSILON);
        assert!(beep_level(0).abs() < f32::EPSILON);
        assert!((beep_level(250) - 1.0).abs() < f32::EPSILON);
    }
}
