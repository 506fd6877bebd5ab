//! Tests for `settings_format`.

use super::*;
use crate::model::kit::resistance::Units;
use crate::model::settings::Theme;
use crate::model::voice::VoicePick;

fn load(raw: &str) -> LoadedSettings {
    from_stored(Some(raw))
}

#[test]
fn nothing_stored_gives_defaults_without_a_problem() {
    let loaded = from_stored(None);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.settings.units, Units::Lb);
    assert_eq!(loaded.settings.theme, Theme::System);
    assert_eq!(loaded.problem, None);
}

#[test]
fn every_combination_round_trips() {
    for &units in Units::ALL {
        for &theme in Theme::ALL {
            let settings = Settings {
                units,
                theme,
                ..Settings::default()
            };
            let loaded = load(&to_stored(&settings));
            assert_eq!(loaded.settings, settings);
            assert_eq!(loaded.problem, None);
        }
    }
}

#[test]
fn stored_text_carries_the_version_and_codes() {
    let stored = to_stored(&Settings {
        units: Units::Kg,
        theme: Theme::Dark,
        ..Settings::default()
    });
    assert_eq!(
        stored,
        r#"{"version":1,"units":"kg","theme":"dark","cues":{"beeps":true,"voice":true,"vibrate":true,"flash":true,"tempo":false},"weekly_goal":2,"goal_by_hand":false,"beep_volume":100}"#
    );
}

#[test]
fn text_that_is_not_a_record_gives_defaults_and_says_so() {
    for raw in ["", "{", "not json", "[1,2]", "42", "null", "\"kg\""] {
        let loaded = load(raw);
        assert_eq!(loaded.settings, Settings::default(), "raw {raw:?}");
        assert_eq!(loaded.problem, Some(StoredProblem::Unreadable));
    }
}

#[test]
fn an_unknown_value_resets_only_that_field() {
    let loaded = load(r#"{"version":1,"units":"stone","theme":"dark"}"#);
    assert_eq!(loaded.settings.units, Units::Lb);
    assert_eq!(loaded.settings.theme, Theme::Dark);
    assert_eq!(
        loaded.problem,
        Some(StoredProblem::FieldsReset(vec!["units"]))
    );
}

#[test]
fn wrongly_typed_values_are_reported_too() {
    let loaded = load(r#"{"units":7,"theme":null}"#);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(
        loaded.problem,
        Some(StoredProblem::FieldsReset(vec!["units", "theme"]))
    );
}

#[test]
fn missing_fields_take_defaults_quietly() {
    let loaded = load(r#"{"units":"kg"}"#);
    assert_eq!(loaded.settings.units, Units::Kg);
    assert_eq!(loaded.settings.theme, Theme::System);
    assert_eq!(loaded.problem, None);
}

#[test]
fn a_newer_version_keeps_what_it_understands_and_says_so() {
    let loaded = load(r#"{"version":9,"units":"kg","theme":"light","sound":"loud"}"#);
    assert_eq!(loaded.settings.units, Units::Kg);
    assert_eq!(loaded.settings.theme, Theme::Light);
    assert_eq!(loaded.problem, Some(StoredProblem::NewerVersion(9)));
}

#[test]
fn messages_are_plain_words_and_name_the_reset_fields() {
    let reset = StoredProblem::FieldsReset(vec!["units", "theme"]).words("settings");
    assert!(reset.contains("(units, theme)"), "{reset}");
    for problem in [
        StoredProblem::Unreadable,
        StoredProblem::FieldsReset(vec!["units"]),
    ] {
        let message = problem.words("settings");
        assert!(
            message.contains("kept the original text safely"),
            "{message}"
        );
        assert!(!message.contains('{'), "{message}");
    }
    let newer = StoredProblem::NewerVersion(3).words("settings");
    assert!(newer.contains("leaves the saved copy untouched"), "{newer}");
}

#[test]
fn every_cue_switch_round_trips_on_its_own() {
    for (name, _) in Cues::LABELS {
        let mut settings = Settings::default();
        let before = settings.cues.get(name);
        settings.cues.set(name, !before);
        let loaded = load(&to_stored(&settings));
        assert_eq!(loaded.settings, settings, "{name}");
        assert_eq!(loaded.settings.cues.get(name), !before, "{name}");
        assert_eq!(loaded.problem, None);
    }
}

#[test]
fn records_from_before_cues_get_the_default_cues_quietly() {
    let loaded = load(r#"{"version":1,"units":"kg","theme":"dark"}"#);
    assert_eq!(loaded.settings.cues, Cues::default());
    assert_eq!(loaded.problem, None);
    let partial = load(r#"{"cues":{"voice":false}}"#);
    assert!(!partial.settings.cues.voice);
    assert!(partial.settings.cues.beeps);
    assert_eq!(partial.problem, None);
}

#[test]
fn a_damaged_cue_switch_resets_only_itself() {
    let loaded = load(r#"{"cues":{"beeps":"loud","voice":false,"flash":1}}"#);
    assert!(loaded.settings.cues.beeps);
    assert!(!loaded.settings.cues.voice);
    assert!(loaded.settings.cues.flash);
    assert_eq!(
        loaded.problem,
        Some(StoredProblem::FieldsReset(vec!["beeps", "flash"]))
    );
    let not_a_map = load(r#"{"units":"kg","cues":true}"#);
    assert_eq!(not_a_map.settings.units, Units::Kg);
    assert_eq!(not_a_map.settings.cues, Cues::default());
    assert_eq!(
        not_a_map.problem,
        Some(StoredProblem::FieldsReset(vec!["cues"]))
    );
}

#[test]
fn the_weekly_goal_is_kept_within_its_limits() {
    let settings = Settings {
        weekly_goal: 3,
        ..Settings::default()
    };
    assert_eq!(load(&to_stored(&settings)).settings.weekly_goal, 3);
    assert_eq!(load("{}").settings.weekly_goal, DEFAULT_WEEKLY_GOAL);
    for bad in ["0", "15", "\"two\"", "-1", "2.5"] {
        let loaded = load(&format!("{{\"weekly_goal\":{bad}}}"));
        assert_eq!(loaded.settings.weekly_goal, DEFAULT_WEEKLY_GOAL, "{bad}");
        assert_eq!(
            loaded.problem,
            Some(StoredProblem::FieldsReset(vec!["weekly_goal"])),
            "{bad}"
        );
    }
}

#[test]
fn the_goal_follows_the_plan_until_the_runner_sets_it() {
    let plain = Settings::default();
    assert_eq!(plain.goal_from_plan(4), Some(4));
    assert_eq!(plain.goal_from_plan(2), None, "already 2");
    assert_eq!(plain.goal_from_plan(0), None, "no plan, no change");
    assert_eq!(plain.goal_from_plan(20), Some(MAX_WEEKLY_GOAL));
    let mine = Settings {
        weekly_goal: 3,
        goal_by_hand: true,
        ..Settings::default()
    };
    assert_eq!(mine.goal_from_plan(5), None);
    assert!(load(&to_stored(&mine)).settings.goal_by_hand);
    // Settings from before the flag: a goal other than the default was set
    // by hand; the default one was not.
    assert!(load(r#"{"weekly_goal":3}"#).settings.goal_by_hand);
    assert!(!load(r#"{"weekly_goal":2}"#).settings.goal_by_hand);
    let odd = load(r#"{"weekly_goal":2,"goal_by_hand":"yes"}"#);
    assert!(!odd.settings.goal_by_hand);
    assert_eq!(
        odd.problem,
        Some(StoredProblem::FieldsReset(vec!["goal_by_hand"]))
    );
}

/// Issue 27 #13: the voice and the beeps' volume are kept.
#[test]
fn the_voice_and_the_beep_volume_round_trip() {
    let settings = Settings {
        voice: Some(VoicePick {
            uri: "urn:voice:daniel".into(),
            name: "Daniel".into(),
        }),
        beep_volume: 35,
        ..Settings::default()
    };
    let stored = to_stored(&settings);
    assert!(
        stored
            .ends_with(r#""voice_uri":"urn:voice:daniel","voice_name":"Daniel","beep_volume":35}"#),
        "{stored}"
    );
    let loaded = load(&stored);
    assert_eq!(loaded.settings, settings);
    assert_eq!(loaded.problem, None);
    let silent = Settings {
        beep_volume: 0,
        ..Settings::default()
    };
    assert_eq!(load(&to_stored(&silent)).settings.beep_volume, 0);
}

/// A record stored before there was a voice or a volume: the device's
/// default voice at full volume, quietly, and the rest kept.
#[test]
fn a_record_from_before_the_voice_and_volume_loads_with_defaults() {
    let old = r#"{"version":1,"units":"kg","theme":"dark","cues":{"beeps":true,"voice":false,"vibrate":true,"flash":true,"tempo":false},"weekly_goal":3,"goal_by_hand":true}"#;
    let loaded = load(old);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.settings.voice, None);
    assert_eq!(loaded.settings.beep_volume, DEFAULT_BEEP_VOLUME);
    assert_eq!(loaded.settings.units, Units::Kg);
    assert!(!loaded.settings.cues.voice);
    assert_eq!(loaded.settings.weekly_goal, 3);
}

#[test]
fn a_damaged_voice_or_volume_resets_only_itself() {
    let loaded = load(r#"{"version":1,"units":"kg","voice_uri":7,"beep_volume":101}"#);
    assert_eq!(loaded.settings.voice, None);
    assert_eq!(loaded.settings.beep_volume, DEFAULT_BEEP_VOLUME);
    assert_eq!(loaded.settings.units, Units::Kg);
    assert_eq!(
        loaded.problem,
        Some(StoredProblem::FieldsReset(vec!["voice", "beep_volume"]))
    );
    let named_only = load(r#"{"voice_name":"Daniel","voice_uri":null,"beep_volume":-3}"#);
    assert_eq!(
        named_only.settings.voice,
        Some(VoicePick {
            uri: String::new(),
            name: "Daniel".into()
        })
    );
    assert_eq!(
        named_only.problem,
        Some(StoredProblem::FieldsReset(vec!["beep_volume"]))
    );
}
