//! When to make an exercise harder, from the articles' rules: within the
//! exercise's range, add reps each session until the top; then add a set
//! (or a circuit round, up to four); then move to the next band in the
//! user's kit and start again at the bottom of the range. Ratings steer it:
//! "too easy" moves faster, "too hard" holds or steps back.
//!
//! The engine only suggests. Applying a suggestion is a separate, pure
//! step the user asks for; nothing here changes a routine by itself.

use crate::model::catalog::exercise::Range;
use crate::model::history::session::{History, Rating, SessionExercise};
use crate::model::kit::band::{BandId, BandKit};
use crate::model::routine::dose::{Dose, Shape, MAX_SETS};

/// The most sets or circuit rounds the engine suggests before a heavier
/// band (the fabric-band programme stops at four rounds).
pub const MOST_SETS: u8 = 4;

/// How one earlier session of this exercise went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Every planned set (and round) was reached.
    pub completed: bool,
    /// Reps, steps or seconds per set actually done.
    pub amount: u16,
    pub rating: Option<Rating>,
}

/// What to change next time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Do this many reps (steps, seconds) per set.
    Amount(u16),
    /// Do this many sets.
    Sets(u8),
    /// Do this many circuit rounds.
    Rounds(u8),
    /// Use this heavier band, back at the bottom of the range.
    Band { band: BandId, amount: u16 },
    /// Fewer reps (steps, seconds) per set, after a set that was too hard.
    Back(u16),
}

/// The exercise as it stands in the routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Current {
    pub dose: Dose,
    /// The catalog's range for the dose's main number, if it gives one.
    pub range: Option<Range>,
    pub band: Option<BandId>,
    /// Rounds of the circuit the exercise is in, if any.
    pub rounds: Option<u8>,
}

/// How a session's exercise went, for [`suggest`].
pub fn outcome(done: &SessionExercise) -> Outcome {
    Outcome {
        completed: done.sets_done >= done.dose.sets,
        amount: done.actual.unwrap_or_else(|| done.planned()),
        rating: done.rating,
    }
}

/// The latest time `exercise` was done in a routine named `routine` with
/// exactly `dose`: a suggestion stands only while the routine still has the
/// dose that was done (once applied, it is gone until the next workout).
pub fn last_done<'a>(
    history: &'a History,
    routine: &str,
    exercise: &str,
    dose: &Dose,
) -> Option<&'a SessionExercise> {
    let session = history
        .sessions
        .iter()
        .rev()
        .find(|s| s.routine == routine && s.exercises.iter().any(|e| e.exercise == exercise))?;
    session
        .exercises
        .iter()
        .find(|e| e.exercise == exercise && e.dose == *dose && e.sets_done > 0)
}

/// The dose's main number: reps, steps each way, or seconds.
pub fn amount(dose: &Dose) -> u16 {
    match dose.shape {
        Shape::Reps { reps } => reps,
        Shape::StepsEachWay { steps } => steps,
        Shape::Timed { work_s } => work_s,
        Shape::Hold { hold_s } | Shape::Holds { hold_s, .. } => hold_s,
    }
}

/// The range to work in: the catalog's, or from the current amount up by a
/// quarter (at least 2) when it gives none.
pub fn range_of(current: &Current) -> Range {
    current.range.unwrap_or_else(|| {
        let low = amount(&current.dose);
        Range {
            low,
            high: low + (low / 4).max(2),
        }
    })
}

/// The next step after `last`, or None to keep the dose as it is.
pub fn suggest(current: &Current, last: &Outcome, kit: &BandKit) -> Option<Step> {
    let range = range_of(current);
    let now = amount(&current.dose);
    match last.rating {
        Some(Rating::TooHard) => {
            // Back down within the range; at its bottom, hold.
            return (now > range.low).then(|| Step::Back(now.saturating_sub(2).max(range.low)));
        }
        _ if !last.completed => return None,
        _ => {}
    }
    let too_easy = last.rating == Some(Rating::TooEasy);
    if now < range.high {
        let by = if too_easy { 2 } else { 1 };
        return Some(Step::Amount((now + by).min(range.high)));
    }
    let heavier = current
        .band
        .and_then(|band| kit.next_heavier(band))
        .map(|band| Step::Band {
            band: band.id,
            amount: range.low,
        });
    // Too easy at the top of the range: straight to a heavier band.
    if too_easy && heavier.is_some() {
        return heavier;
    }
    match current.rounds {
        Some(rounds) if rounds < MOST_SETS => return Some(Step::Rounds(rounds + 1)),
        None if current.dose.sets < MOST_SETS.min(MAX_SETS) => {
            return Some(Step::Sets(current.dose.sets + 1))
        }
        _ => {}
    }
    heavier
}

/// The dose after `step` (a band or round change leaves the dose's other
/// numbers alone).
pub fn apply(step: Step, dose: Dose) -> Dose {
    let with_amount = |amount: u16| {
        let shape = match dose.shape {
            Shape::Reps { .. } => Shape::Reps { reps: amount },
            Shape::StepsEachWay { .. } => Shape::StepsEachWay { steps: amount },
            Shape::Timed { .. } => Shape::Timed { work_s: amount },
            Shape::Hold { .. } => Shape::Hold { hold_s: amount },
            Shape::Holds { holds, .. } => Shape::Holds {
                holds,
                hold_s: amount,
            },
        };
        Dose { shape, ..dose }
    };
    match step {
        Step::Amount(amount) | Step::Back(amount) | Step::Band { amount, .. } => {
            with_amount(amount)
        }
        Step::Sets(sets) => Dose { sets, ..dose },
        Step::Rounds(_) => dose,
    }
}

/// The suggestion in words, e.g. "Clamshell: move up to Red, heavy, and
/// go back to 10 reps. You did 3 x 12 last time and rated it too easy."
pub fn describe(
    exercise: &str,
    step: Step,
    current: &Current,
    last: &Outcome,
    kit: &BandKit,
) -> String {
    let unit = match current.dose.shape {
        Shape::Reps { .. } => "reps",
        Shape::StepsEachWay { .. } => "steps each way",
        _ => "seconds",
    };
    let what = match step {
        Step::Amount(n) => format!("go up to {n} {unit}"),
        Step::Back(n) => format!("ease back to {n} {unit}"),
        Step::Sets(n) => format!("add a set, to {n}"),
        Step::Rounds(n) => format!("add a round, to {n}"),
        Step::Band { band, amount } => match kit.get(band) {
            Some(band) => format!("move up to {}, and go back to {amount} {unit}", band.name()),
            None => format!("move up a band, and go back to {amount} {unit}"),
        },
    };
    let rated = match last.rating {
        Some(Rating::TooEasy) => " and rated it too easy",
        Some(Rating::JustRight) => " and rated it just right",
        Some(Rating::TooHard) => " and rated it too hard",
        None => "",
    };
    format!(
        "{exercise}: {what}. You did {} x {} last time{rated}.",
        current.dose.sets, last.amount
    )
}

#[cfg(test)]
#[path = "progression_tests.rs"]
mod tests;
