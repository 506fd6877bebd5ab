//! The runner's week as stored: what they run each weekday, and the band
//! work planned for it (which routine, and when). The planner
//! ([`super::planner`]) proposes band work; this file only holds it, so the
//! first screen can read today's plan without the planner's code.

use serde::{Deserialize, Serialize};

use crate::model::routine::routine_book::RoutineId;

/// Days of a week, Monday first (as the app's weeks are).
pub const DAYS: usize = 7;

/// The weekday names, Monday first.
pub const DAY_NAMES: [&str; DAYS] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// What the runner runs on a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    #[default]
    None,
    Easy,
    /// Intervals, tempo or hills.
    Hard,
    Long,
    Race,
}

impl RunKind {
    /// Every kind, in the order the Plan screen offers them.
    pub const ALL: [RunKind; 5] = [
        RunKind::None,
        RunKind::Easy,
        RunKind::Hard,
        RunKind::Long,
        RunKind::Race,
    ];

    /// The kind in words, as the Plan screen's select shows it.
    pub fn label(self) -> &'static str {
        match self {
            RunKind::None => "No run",
            RunKind::Easy => "Easy run",
            RunKind::Hard => "Hard run",
            RunKind::Long => "Long run",
            RunKind::Race => "Race",
        }
    }

    /// The code used in forms and storage.
    pub fn code(self) -> &'static str {
        match self {
            RunKind::None => "none",
            RunKind::Easy => "easy",
            RunKind::Hard => "hard",
            RunKind::Long => "long",
            RunKind::Race => "race",
        }
    }

    /// The kind with this code, if any.
    pub fn from_code(code: &str) -> Option<RunKind> {
        RunKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The kind as a noun in a sentence: "easy run", "race", "rest day".
    pub fn noun(self) -> &'static str {
        match self {
            RunKind::None => "rest day",
            RunKind::Easy => "easy run",
            RunKind::Hard => "hard run",
            RunKind::Long => "long run",
            RunKind::Race => "race",
        }
    }

    /// Whether the runner runs at all.
    pub fn is_run(self) -> bool {
        self != RunKind::None
    }

    /// A run the day before which is no day for strength work.
    pub fn is_big(self) -> bool {
        matches!(self, RunKind::Long | RunKind::Race)
    }
}

/// A routine the plan points at: one of the runner's, or a starter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoutineRef {
    /// A saved routine; its name as it was when chosen, so the plan still
    /// finds it after an import gives it another id.
    Saved { id: RoutineId, name: String },
    /// A starter routine, by its id (built with the runner's kit).
    Starter(String),
}

impl RoutineRef {
    /// The value of this routine in a form's select: `starter:<id>` or
    /// `saved:<id>`.
    pub fn choice_code(&self) -> String {
        match self {
            RoutineRef::Saved { id, .. } => Self::saved_code(*id),
            RoutineRef::Starter(id) => format!("starter:{id}"),
        }
    }

    /// The select's value for the saved routine with this id.
    pub fn saved_code(id: RoutineId) -> String {
        format!("saved:{id}")
    }

    /// The routine a select's value names; `name_of` gives a saved
    /// routine's name by its id (None: there is no such routine).
    pub fn from_choice_code(
        code: &str,
        name_of: impl Fn(RoutineId) -> Option<String>,
    ) -> Option<Self> {
        match code.split_once(':')? {
            ("saved", id) => {
                let id: RoutineId = id.parse().ok()?;
                Some(RoutineRef::Saved {
                    id,
                    name: name_of(id)?,
                })
            }
            ("starter", id) if !id.is_empty() => Some(RoutineRef::Starter(id.to_owned())),
            _ => None,
        }
    }
}

/// When in the day the band work comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum When {
    BeforeRun,
    AfterRun,
    /// At a clock time, in minutes after midnight (local time).
    At(u16),
}

/// The kinds of band work the planner knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BandKind {
    /// A short routine that wakes up hips, glutes and feet before a run.
    Activation,
    /// A longer routine or circuit that builds strength.
    Strength,
    /// Light stretching with the lightest band, after a run.
    Stretch,
}

/// Band work planned for a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planned {
    pub routine: RoutineRef,
    pub when: When,
    /// The runner chose it (the planner never changes it); otherwise the
    /// planner suggested it as this kind of work.
    pub by_hand: bool,
    /// What kind of work the planner had in mind (None when chosen by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BandKind>,
}

/// One weekday of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub run: RunKind,
    /// Minutes of running, when the runner gave them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u16>,
    /// The band work, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<Planned>,
    /// The runner set this day's band work to nothing on purpose.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub none_by_hand: bool,
}

impl Day {
    /// The band work on this day was chosen by the runner (a routine or
    /// nothing), so the planner leaves it.
    pub fn chosen_by_hand(&self) -> bool {
        self.none_by_hand || self.band.as_ref().is_some_and(|band| band.by_hand)
    }

    /// A run of this many minutes or fewer counts as short.
    pub fn is_short_run(&self) -> bool {
        self.run.is_run() && self.minutes.is_some_and(|m| m <= SHORT_RUN_MINUTES)
    }
}

/// Runs of this many minutes or less are short enough for an activation
/// routine before them (the fabric-band article's "30 minutes or less").
pub const SHORT_RUN_MINUTES: u16 = 30;
/// The longest run the Plan screen takes, in minutes (a 24-hour race).
pub const MAX_RUN_MINUTES: u16 = 1440;
/// Minutes before a session that the calendar reminds by default.
pub const DEFAULT_REMINDER_MIN: u16 = 15;
/// The longest reminder lead the Plan screen offers (a day).
pub const MAX_REMINDER_MIN: u16 = 1440;
/// When runs start if the runner says nothing: 07:00.
pub const DEFAULT_RUN_CLOCK: u16 = 7 * 60;

/// The runner's week, stored as one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    /// Monday to Sunday.
    pub days: [Day; DAYS],
    /// Minutes after midnight when the runner usually runs; band work
    /// before or after a run is placed around it in the calendar.
    pub run_clock: u16,
    /// Minutes before each session that the calendar reminds.
    pub reminder_min: u16,
    /// The runner took the suggested plan: days not chosen by hand follow
    /// the suggestions as the runs change.
    #[serde(default)]
    pub follows_suggestions: bool,
}

impl Default for Week {
    fn default() -> Self {
        Self {
            days: Default::default(),
            run_clock: DEFAULT_RUN_CLOCK,
            reminder_min: DEFAULT_REMINDER_MIN,
            follows_suggestions: false,
        }
    }
}

impl Week {
    /// Whether any day has band work planned: then the first screen shows
    /// Today.
    pub fn has_band_work(&self) -> bool {
        self.days.iter().any(|day| day.band.is_some())
    }

    /// How many days have band work: the weekly goal the plan sets.
    pub fn band_days(&self) -> usize {
        self.days.iter().filter(|day| day.band.is_some()).count()
    }

    /// Days with neither a run nor band work.
    pub fn empty_days(&self) -> usize {
        self.days
            .iter()
            .filter(|day| !day.run.is_run() && day.band.is_none())
            .count()
    }

    /// The week if the runner has set anything in it, else None (nothing to
    /// export, nothing to keep over an imported one).
    pub fn if_set(self) -> Option<Week> {
        (self != Week::default()).then_some(self)
    }

    /// Keeps stored values within what the Plan screen offers (a record
    /// edited by hand may hold anything).
    #[must_use]
    pub fn clamped(mut self) -> Self {
        self.run_clock = self.run_clock.min(24 * 60 - 1);
        self.reminder_min = self.reminder_min.min(MAX_REMINDER_MIN);
        for day in &mut self.days {
            day.minutes = day.minutes.map(|m| m.clamp(1, MAX_RUN_MINUTES));
            if let Some(Planned {
                when: When::At(clock),
                ..
            }) = &mut day.band
            {
                *clock = (*clock).min(24 * 60 - 1);
            }
        }
        self
    }
}

/// Whether a stored week (its text, unread) plans any band work: a day's
/// `"band":{` appears only then, since a name inside it would have its
/// quotes escaped. Lets the first screen decide on its Today card without
/// the week's reader.
pub fn stored_week_has_band_work(text: &str) -> bool {
    text.contains("\"band\":{")
}

/// The weekday (0 = Monday) of a local day counted from 1 January 1970
/// (a Thursday).
pub fn weekday_of_day(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// Clock text for minutes after midnight, e.g. `07:05`.
pub fn clock_words(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

/// Reads `HH:MM` (as a time input gives it) as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u16> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let hours: u16 = hours.parse().ok()?;
    let minutes: u16 = minutes.get(..2).unwrap_or(minutes).parse().ok()?;
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday_of_day(0), 3, "1 January 1970 was a Thursday");
        assert_eq!(weekday_of_day(-3), 0, "29 December 1969 was a Monday");
        assert_eq!(weekday_of_day(4), 0);
        assert_eq!(weekday_of_day(-4), 6);
    }

    #[test]
    fn clock_times_read_and_write_as_a_time_input_does() {
        assert_eq!(parse_clock("07:05"), Some(425));
        assert_eq!(parse_clock("23:59"), Some(1439));
        assert_eq!(parse_clock("18:30:00"), Some(1110));
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("7"), None);
        assert_eq!(parse_clock(""), None);
        assert_eq!(clock_words(425), "07:05");
        assert_eq!(clock_words(0), "00:00");
    }

    #[test]
    fn routine_choices_round_trip_through_a_select() {
        let name_of = |id| (id == 4).then(|| "Hills".to_owned());
        let saved = RoutineRef::Saved {
            id: 4,
            name: "Hills".to_owned(),
        };
        assert_eq!(saved.choice_code(), "saved:4");
        assert_eq!(
            RoutineRef::from_choice_code("saved:4", name_of),
            Some(saved)
        );
        let starter = RoutineRef::Starter("runners-ten".to_owned());
        assert_eq!(
            RoutineRef::from_choice_code(&starter.choice_code(), name_of),
            Some(starter)
        );
        for bad in ["saved:5", "saved:x", "none", "starter:", ""] {
            assert_eq!(RoutineRef::from_choice_code(bad, name_of), None, "{bad}");
        }
    }

    #[test]
    fn run_kinds_round_trip_through_their_codes() {
        for kind in RunKind::ALL {
            assert_eq!(RunKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(RunKind::from_code("sprint"), None);
    }

    #[test]
    fn a_hand_edited_week_is_brought_within_limits() {
        let mut week = Week {
            run_clock: 5000,
            reminder_min: 9999,
            ..Week::default()
        };
        week.days[0].minutes = Some(0);
        week.days[1].minutes = Some(60_000);
        let week = week.clamped();
        assert_eq!(week.run_clock, 1439);
        assert_eq!(week.reminder_min, MAX_REMINDER_MIN);
        assert_eq!(week.days[0].minutes, Some(1));
        assert_eq!(week.days[1].minutes, Some(MAX_RUN_MINUTES));
    }
}
