//! A workout added afterwards (done at the park without the phone): a
//! session built from a routine as planned, every set done at its dose,
//! for the runner to adjust before it is kept; and a past session's
//! figures, ratings and notes edited later, checked before they replace
//! the stored ones.

use crate::model::history::session::{BandUsed, History, Session, SessionExercise};
use crate::model::kit::band::BandKit;
use crate::model::routine::estimate::routine_seconds;
use crate::model::routine::Routine;

/// The most a figure (reps, steps, seconds) may be.
pub const FIGURE_MAX: u16 = 999;

/// `routine` as a session that started at `started_at` (ms, UTC) and did
/// every set as planned, with the bands the routine names in `kit`, taking
/// the routine's estimated time. Its id is its start, moved on by a
/// millisecond at a time past any id `history` already has.
pub fn past_session(
    routine: &Routine,
    kit: &BandKit,
    started_at: u64,
    history: &History,
) -> Session {
    let mut id = started_at;
    while history.sessions.iter().any(|s| s.id == id) {
        id += 1;
    }
    let exercises = routine
        .entries
        .iter()
        .map(|entry| {
            let dose = routine.session_dose(entry);
            SessionExercise {
                exercise: entry.exercise.clone(),
                dose,
                bands: [entry.bands.main, entry.bands.stacked]
                    .into_iter()
                    .flatten()
                    .filter_map(|band| kit.get(band).map(BandUsed::from))
                    .collect(),
                sets_done: dose.sets,
                actual: None,
                rating: None,
                cut_short_s: Vec::new(),
                sides: Vec::new(),
                note: String::new(),
            }
        })
        .collect();
    let active_s = routine_seconds(routine);
    Session {
        id,
        routine: routine.name.clone(),
        started_at,
        ended_at: started_at + u64::from(active_s) * 1000,
        active_s,
        finished: true,
        exercises,
    }
}

impl SessionExercise {
    /// Sets the sets done (at most the planned sets), keeping the sides'
    /// figures to one pair per set done.
    pub fn set_sets_done(&mut self, sets: u8) {
        let sets = sets.min(self.dose.sets);
        if !self.sides.is_empty() {
            let each = self.per_set();
            self.sides.resize(usize::from(sets), [each, each]);
        }
        self.sets_done = sets;
    }

    /// Sets the figure per set; the plan's own figure is kept as no
    /// change. For an exercise done by side, both sides of every set take
    /// it.
    pub fn set_per_set(&mut self, value: u16) {
        self.actual = (value != self.planned()).then_some(value);
        if !self.sides.is_empty() {
            self.sides = vec![[value, value]; usize::from(self.sets_done)];
        }
    }
}

impl History {
    /// Puts `session` in its place by start time (an added past workout
    /// goes among the others, oldest first), or replaces the one with its
    /// id; returns the session it replaced, for Undo.
    pub fn put(&mut self, session: Session) -> Option<Session> {
        if let Some(existing) = self.sessions.iter_mut().find(|s| s.id == session.id) {
            return Some(std::mem::replace(existing, session));
        }
        let at = self
            .sessions
            .iter()
            .position(|s| s.started_at > session.started_at)
            .unwrap_or(self.sessions.len());
        self.sessions.insert(at, session);
        None
    }
}

/// Why a date and time typed for a past workout can't be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenError {
    /// Not a date `YYYY-MM-DD` and a time `HH:MM`.
    Unreadable,
    /// After now.
    Future,
}

impl WhenError {
    pub fn words(self) -> &'static str {
        match self {
            WhenError::Unreadable => "Enter a date and a time, such as 2026-11-28 and 07:30.",
            WhenError::Future => "A past workout can't start later than now.",
        }
    }
}

/// The moment (ms, UTC) of local `date` (`YYYY-MM-DD`) and `time`
/// (`HH:MM`), where `offset_min` gives the UTC offset in force at a
/// moment; not after `now`.
pub fn local_moment(
    date: &str,
    time: &str,
    now: u64,
    offset_min: impl Fn(u64) -> i32,
) -> Result<u64, WhenError> {
    let number = |text: &str| text.parse::<i64>().ok();
    let mut date_parts = date.trim().splitn(3, '-').map(number);
    let mut time_parts = time.trim().splitn(3, ':').map(number);
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (date_parts.next(), date_parts.next(), date_parts.next())
    else {
        return Err(WhenError::Unreadable);
    };
    let (Some(Some(hour)), Some(Some(minute))) = (time_parts.next(), time_parts.next()) else {
        return Err(WhenError::Unreadable);
    };
    if !(1970..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || !(0..24).contains(&hour)
        || !(0..60).contains(&minute)
    {
        return Err(WhenError::Unreadable);
    }
    let local_ms = (days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60) * 1000;
    let local = u64::try_from(local_ms).map_err(|_| WhenError::Unreadable)?;
    // The offset of the moment itself (summer or winter time).
    let guess = local.saturating_add_signed(-i64::from(offset_min(local)) * 60_000);
    let moment = local.saturating_add_signed(-i64::from(offset_min(guess)) * 60_000);
    if moment > now {
        return Err(WhenError::Future);
    }
    Ok(moment)
}

/// Days since 1970-01-01 of a date (Howard Hinnant's days-from-civil).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// `ms` as the local date and time a form shows: `("YYYY-MM-DD",
/// "HH:MM")`.
pub fn local_fields(ms: u64, offset_min: i32) -> (String, String) {
    let local = ms.saturating_add_signed(i64::from(offset_min) * 60_000);
    let text = crate::model::time::iso_utc(local);
    (
        text.get(..10).unwrap_or_default().to_owned(),
        text.get(11..16).unwrap_or_default().to_owned(),
    )
}

#[cfg(test)]
#[path = "past_tests.rs"]
mod tests;
