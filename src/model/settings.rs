//! The user's preferences: units, theme, workout cues (with the voice and
//! the beeps' volume) and the weekly goal.
//! How they are stored and read back is
//! [`crate::model::storage::settings_format`].

use crate::model::kit::resistance::Units;
use crate::model::voice::{VoicePick, DEFAULT_BEEP_VOLUME};

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

/// Everything the Settings screen controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub units: Units,
    pub theme: Theme,
    pub cues: Cues,
    /// The voice for spoken cues; None for the device's default.
    pub voice: Option<VoicePick>,
    /// The beeps' volume, 0 to 100.
    pub beep_volume: u8,
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
            voice: None,
            beep_volume: DEFAULT_BEEP_VOLUME,
            weekly_goal: DEFAULT_WEEKLY_GOAL,
            goal_by_hand: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_matched_exactly() {
        assert_eq!(Units::from_code("KG"), None);
        assert_eq!(Theme::from_code(" dark"), None);
        assert_eq!(Theme::from_code("dark"), Some(Theme::Dark));
    }
}
