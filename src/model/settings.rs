//! The user's preferences (units, theme and workout cues) and how they are
//! read back from the text kept in storage.
//!
//! Reading is lenient on purpose: a field that cannot be understood falls back
//! to its default on its own, the rest is kept, and the caller is told what
//! happened so it can tell the user and keep the original text safe.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use crate::model::kit::resistance::Units;
use crate::model::storage::load::{Persisted, Reading};
use crate::model::storage::store::StoredProblem;

/// The schema version this build writes.
pub const SETTINGS_VERSION: u64 = 1;

/// Light or dark colours, or whatever the device prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// A choice that is stored as a short lowercase code.
pub trait Choice: Copy + Sized + 'static {
    /// Every option, in the order offered to the user.
    const ALL: &'static [Self];
    /// The stored code, e.g. `kg`.
    fn code(self) -> &'static str;
    /// The option as offered to the user.
    fn label(self) -> &'static str;
    /// The option with this stored code, if any.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == code)
    }
}

impl Choice for Units {
    const ALL: &'static [Self] = &[Units::Lb, Units::Kg];
    fn code(self) -> &'static str {
        match self {
            Units::Lb => "lb",
            Units::Kg => "kg",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Units::Lb => "Pounds (lb)",
            Units::Kg => "Kilograms (kg)",
        }
    }
}

impl Choice for Theme {
    const ALL: &'static [Self] = &[Theme::System, Theme::Light, Theme::Dark];
    fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Theme::System => "Match my device",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// Which cues the workout player gives; each can be turned off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Cues {
    /// Tones: 3-2-1 before a segment ends, one for work, one for breaks.
    pub beeps: bool,
    /// Spoken cues, e.g. "Clamshell, left side, 12 reps, red band".
    pub voice: bool,
    /// A buzz at each change, where the device can.
    pub vibrate: bool,
    /// The screen flashes at each change (never under reduced motion).
    pub flash: bool,
    /// A soft tick every rep's worth of time during rep sets.
    pub tempo: bool,
}

impl Default for Cues {
    fn default() -> Self {
        Self {
            beeps: true,
            voice: true,
            vibrate: true,
            flash: true,
            tempo: false,
        }
    }
}

impl Cues {
    /// Each cue's stored name and what the Settings screen calls it.
    pub const LABELS: [(&'static str, &'static str); 5] = [
        ("beeps", "Beeps"),
        ("voice", "Spoken cues"),
        ("vibrate", "Vibration"),
        ("flash", "Screen flash"),
        ("tempo", "Tempo tick during rep sets"),
    ];

    /// The cue stored under `name`.
    pub fn get(&self, name: &str) -> bool {
        match name {
            "beeps" => self.beeps,
            "voice" => self.voice,
            "vibrate" => self.vibrate,
            "flash" => self.flash,
            "tempo" => self.tempo,
            _ => false,
        }
    }

    /// Turns the cue stored under `name` on or off.
    pub fn set(&mut self, name: &str, on: bool) {
        match name {
            "beeps" => self.beeps = on,
            "voice" => self.voice = on,
            "vibrate" => self.vibrate = on,
            "flash" => self.flash = on,
            "tempo" => self.tempo = on,
            _ => {}
        }
    }
}

/// Workouts a week to aim for: the articles' two by default.
pub const DEFAULT_WEEKLY_GOAL: u32 = 2;
/// The highest weekly goal offered (twice a day).
pub const MAX_WEEKLY_GOAL: u32 = 14;

impl Settings {
    /// The goal a plan with `band_days` days of band work sets, unless the
    /// runner set one by hand; None when nothing changes.
    pub fn goal_from_plan(&self, band_days: usize) -> Option<u32> {
        let goal = (band_days as u32).clamp(1, MAX_WEEKLY_GOAL);
        (!self.goal_by_hand && band_days > 0 && goal != self.weekly_goal).then_some(goal)
    }
}

/// Settings as they are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SettingsRecord {
    pub version: u64,
    pub units: &'static str,
    pub theme: &'static str,
    pub cues: Cues,
    pub weekly_goal: u32,
    pub goal_by_hand: bool,
}

/// Everything the Settings screen controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub units: Units,
    pub theme: Theme,
    pub cues: Cues,
    /// Workouts a week to aim for, 1 to [`MAX_WEEKLY_GOAL`].
    pub weekly_goal: u32,
    /// The runner set the goal themselves; otherwise it follows the plan's
    /// band days once there is a plan.
    pub goal_by_hand: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            units: Units::default(),
            theme: Theme::default(),
            cues: Cues::default(),
            weekly_goal: DEFAULT_WEEKLY_GOAL,
            goal_by_hand: false,
        }
    }
}

/// The result of reading stored settings: always usable settings, plus what
/// went wrong, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedSettings {
    pub settings: Settings,
    pub problem: Option<StoredProblem>,
}

impl Settings {
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
            Some(fields) => Self::from_fields(&fields),
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

    /// The record to store.
    pub fn to_record(self) -> SettingsRecord {
        SettingsRecord {
            version: SETTINGS_VERSION,
            units: self.units.code(),
            theme: self.theme.code(),
            cues: self.cues,
            weekly_goal: self.weekly_goal,
            goal_by_hand: self.goal_by_hand,
        }
    }

    /// The record as stored text.
    pub fn to_stored(self) -> String {
        serde_json::to_string(&self.to_record()).unwrap_or_default()
    }
}

/// Settings read leniently: what can be read is kept, field by field.
impl Persisted for Settings {
    /// Settings read leniently field by field, so nothing is written back.
    const MIGRATES: bool = false;

    fn read(raw: &str) -> Reading<Self> {
        let loaded = Settings::from_stored(Some(raw));
        Reading {
            value: Some(loaded.settings),
            problem: loaded.problem,
            outdated: false,
        }
    }

    fn write(&self) -> Option<String> {
        Some(self.to_stored())
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
        Ok(Loose::Other)
    }

    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Other)
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
#[path = "settings_tests.rs"]
mod tests;
