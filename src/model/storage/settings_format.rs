//! Settings as stored, and how they are read back: leniently on purpose. A
//! field that cannot be understood falls back to its default on its own,
//! the rest is kept, and the caller is told what happened so it can tell
//! the user and keep the original text safe.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use crate::model::settings::{Choice, Cues, Settings, DEFAULT_WEEKLY_GOAL, MAX_WEEKLY_GOAL};
use crate::model::storage::load::{Persisted, Reading};
use crate::model::storage::store::StoredProblem;
use crate::model::voice::{VoicePick, DEFAULT_BEEP_VOLUME, MAX_BEEP_VOLUME};

/// The schema version this build writes.
pub const SETTINGS_VERSION: u64 = 1;

/// Settings as they are stored. The voice and the beeps' volume came
/// later, in the same version: a record without them reads as the
/// device's default voice at full volume, and older builds ignore them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SettingsRecord {
    pub version: u64,
    pub units: &'static str,
    pub theme: &'static str,
    pub cues: Cues,
    pub weekly_goal: u32,
    pub goal_by_hand: bool,
    /// The chosen voice's `voiceURI` and name; absent for the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice_uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice_name: Option<String>,
    pub beep_volume: u8,
}

/// The result of reading stored settings: always usable settings, plus what
/// went wrong, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedSettings {
    pub settings: Settings,
    pub problem: Option<StoredProblem>,
}

/// Reads settings from stored text. `None` (nothing stored yet) gives the
/// defaults with no problem.
pub fn from_stored(raw: Option<&str>) -> LoadedSettings {
    let Some(raw) = raw else {
        return LoadedSettings {
            settings: Settings::default(),
            problem: None,
        };
    };
    // Only a JSON object is a record (serde would also read a struct
    // from an array).
    let parsed = raw
        .trim_start()
        .starts_with('{')
        .then(|| serde_json::from_str::<StoredFields>(raw).ok())
        .flatten();
    match parsed {
        Some(fields) => from_fields(&fields),
        None => LoadedSettings {
            settings: Settings::default(),
            problem: Some(StoredProblem::Unreadable),
        },
    }
}

fn from_fields(fields: &StoredFields) -> LoadedSettings {
    let mut reset = Vec::new();
    let mut settings = Settings {
        units: read_choice(&fields.units, "units", &mut reset),
        theme: read_choice(&fields.theme, "theme", &mut reset),
        cues: read_cues(&fields.cues, &mut reset),
        weekly_goal: match fields.weekly_goal {
            Loose::Missing => DEFAULT_WEEKLY_GOAL,
            Loose::Number(n) if (1..=u64::from(MAX_WEEKLY_GOAL)).contains(&n) => n as u32,
            _ => {
                reset.push("weekly_goal");
                DEFAULT_WEEKLY_GOAL
            }
        },
        goal_by_hand: false,
        voice: read_voice(&fields.voice_uri, &fields.voice_name, &mut reset),
        beep_volume: match fields.beep_volume {
            Loose::Missing => DEFAULT_BEEP_VOLUME,
            Loose::Number(n) if n <= u64::from(MAX_BEEP_VOLUME) => n as u8,
            _ => {
                reset.push("beep_volume");
                DEFAULT_BEEP_VOLUME
            }
        },
    };
    // Settings from before the flag count a goal other than the default
    // as one the runner set.
    settings.goal_by_hand = match fields.goal_by_hand {
        Loose::Bool(by_hand) => by_hand,
        Loose::Missing => settings.weekly_goal != DEFAULT_WEEKLY_GOAL,
        _ => {
            reset.push("goal_by_hand");
            settings.weekly_goal != DEFAULT_WEEKLY_GOAL
        }
    };
    let problem = match fields.version {
        Loose::Number(version) if version > SETTINGS_VERSION => {
            Some(StoredProblem::NewerVersion(version))
        }
        _ if !reset.is_empty() => Some(StoredProblem::FieldsReset(reset)),
        _ => None,
    };
    LoadedSettings { settings, problem }
}

/// Reads the chosen voice: missing (or null) is the device's default; a
/// URI or a name that is not text is reported.
fn read_voice(uri: &Loose, name: &Loose, reset: &mut Vec<&'static str>) -> Option<VoicePick> {
    let text = |value: &Loose| match value {
        Loose::Text(text) => Some(Some(text.clone())),
        Loose::Missing | Loose::Null => Some(None),
        _ => None,
    };
    match (text(uri), text(name)) {
        (Some(None), Some(None)) => None,
        (Some(uri), Some(name)) => Some(VoicePick {
            uri: uri.unwrap_or_default(),
            name: name.unwrap_or_default(),
        }),
        _ => {
            reset.push("voice");
            None
        }
    }
}

/// The record to store.
pub fn to_record(settings: &Settings) -> SettingsRecord {
    SettingsRecord {
        version: SETTINGS_VERSION,
        units: settings.units.code(),
        theme: settings.theme.code(),
        cues: settings.cues,
        weekly_goal: settings.weekly_goal,
        goal_by_hand: settings.goal_by_hand,
        voice_uri: settings.voice.as_ref().map(|v| v.uri.clone()),
        voice_name: settings.voice.as_ref().map(|v| v.name.clone()),
        beep_volume: settings.beep_volume,
    }
}

/// The record as stored text.
pub fn to_stored(settings: &Settings) -> String {
    serde_json::to_string(&to_record(settings)).unwrap_or_default()
}

/// Settings read leniently: what can be read is kept, field by field.
impl Persisted for Settings {
    /// Settings read leniently field by field, so nothing is written back.
    const MIGRATES: bool = false;

    fn read(raw: &str) -> Reading<Self> {
        let loaded = from_stored(Some(raw));
        Reading {
            value: Some(loaded.settings),
            problem: loaded.problem,
            outdated: false,
        }
    }

    fn write(&self) -> Option<String> {
        Some(to_stored(self))
    }
}

/// Reads one choice field. A missing field quietly takes its default (older
/// records may not have it); a field with an unknown value is reported.
fn read_choice<C: Choice + Default>(
    value: &Loose,
    field: &'static str,
    reset: &mut Vec<&'static str>,
) -> C {
    match value {
        Loose::Missing => C::default(),
        Loose::Text(code) if C::from_code(code).is_some() => C::from_code(code).unwrap_or_default(),
        _ => {
            reset.push(field);
            C::default()
        }
    }
}

/// Reads the cue switches. A missing record or switch takes its default
/// quietly; a switch that is not true or false is reported.
fn read_cues(value: &StoredCues, reset: &mut Vec<&'static str>) -> Cues {
    let mut cues = Cues::default();
    let StoredCues::Fields(fields) = value else {
        if matches!(value, StoredCues::Other) {
            reset.push("cues");
        }
        return cues;
    };
    for (name, _) in Cues::LABELS {
        match fields.iter().find(|(key, _)| key == name).map(|(_, v)| v) {
            None => {}
            Some(Loose::Bool(on)) => cues.set(name, *on),
            Some(_) => reset.push(name),
        }
    }
    cues
}

/// The stored cue switches: a map of names to values, or something else.
#[derive(Default)]
enum StoredCues {
    #[default]
    Missing,
    Fields(Vec<(String, Loose)>),
    Other,
}

impl<'de> Deserialize<'de> for StoredCues {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CuesVisitor)
    }
}

struct CuesVisitor;

impl<'de> Visitor<'de> for CuesVisitor {
    type Value = StoredCues;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a map of cue switches")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredCues, A::Error> {
        let mut fields = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Loose>()? {
            fields.push((key, value));
        }
        Ok(StoredCues::Fields(fields))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<StoredCues, E> {
        Ok(StoredCues::Other)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<StoredCues, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(StoredCues::Other)
    }
}

/// The fields of a stored settings record, each read leniently: a value of
/// the wrong kind is kept as `Other` instead of failing the whole record.
/// (Reading through `serde_json::Value` would do the same, at the cost of a
/// generic JSON tree and its map in the wasm.)
#[derive(Deserialize)]
struct StoredFields {
    #[serde(default)]
    version: Loose,
    #[serde(default)]
    units: Loose,
    #[serde(default)]
    theme: Loose,
    #[serde(default)]
    cues: StoredCues,
    #[serde(default)]
    weekly_goal: Loose,
    #[serde(default)]
    goal_by_hand: Loose,
    #[serde(default)]
    voice_uri: Loose,
    #[serde(default)]
    voice_name: Loose,
    #[serde(default)]
    beep_volume: Loose,
}

/// Any JSON value, reduced to what settings care about.
#[derive(Debug, Default, PartialEq, Eq)]
enum Loose {
    /// The field is not there at all.
    #[default]
    Missing,
    Text(String),
    Number(u64),
    Bool(bool),
    /// `null`.
    Null,
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Loose, E> {
        Ok(Loose::Text(text.to_owned()))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Loose, E> {
        Ok(Loose::Number(number))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_bool<E: de::Error>(self, on: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(on))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Loose, D::Error> {
        inner.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }
}

#[cfg(test)]
#[path = "settings_format_tests.rs"]
mod tests;
