//! How long a routine takes, estimated before it is started: the length
//! of the timeline the player will step through
//! ([`crate::model::routine::timeline`]), where every timing assumption is
//! a named constant. Timed work, holds and rests have a fixed length; reps
//! and steps end when the user taps Done, so they count at a steady tempo.
//! Entries whose dose cannot be done count for nothing until it is fixed.

use crate::model::dose::Dose;
use crate::model::routine::timeline::Timeline;
use crate::model::routine::Routine;

/// Estimated seconds for a whole routine, from the first get ready to done.
pub fn routine_seconds(routine: &Routine) -> u32 {
    Timeline::expand(routine).seconds_from(0)
}

/// Estimated seconds for one pass of an entry: all its sets, with side
/// changes and the rest between sets, but not the get ready before it.
pub fn entry_seconds(dose: &Dose) -> u32 {
    Timeline::of_dose(dose).seconds_from(0)
}

/// A routine at a glance, e.g. `3 exercises · about 9 min`.
pub fn describe(routine: &Routine) -> String {
    let count = routine.entries.len();
    let noun = if count == 1 { "exercise" } else { "exercises" };
    format!(
        "{count} {noun} · {}",
        format_duration(routine_seconds(routine))
    )
}

/// An estimate in words. Under a minute it is exact (`45 s`). From a
/// minute up it is rounded to the nearest whole minute, half a minute
/// rounding up (89 s is `about 1 min`, 90 s is `about 2 min`), and from an
/// hour it is split into hours and minutes (`about 1 h 5 min`, `about 2 h`).
pub fn format_duration(seconds: u32) -> String {
    if seconds < 60 {
        return format!("{seconds} s");
    }
    let minutes = (u64::from(seconds) + 30) / 60;
    let (hours, minutes) = (minutes / 60, minutes % 60);
    match (hours, minutes) {
        (0, m) => format!("about {m} min"),
        (h, 0) => format!("about {h} h"),
        (h, m) => format!("about {h} h {m} min"),
    }
}

#[cfg(test)]
#[path = "estimate_tests.rs"]
mod tests;
