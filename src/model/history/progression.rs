//! When to make an exercise harder, from the articles' rules: within the
//! exercise's range, add a step each session until the top (two reps, two
//! steps each way, or five seconds: see [`step_size`]); then add a set (or
//! a circuit round, up to four); then move to the next band of the same
//! kind in the user's kit and start again at the bottom of the range. A
//! move without a band, or at the heaviest band of its kind, stops at the
//! most sets. Ratings steer it: "too easy" moves two steps, "too hard"
//! steps back or holds. Stretches are never stepped up (see [`steps_up`]).
//!
//! A step up waits for the runner's word and some history (see
//! [`may_step_up`]): the rating scale is "too easy", "just right", "too
//! hard", so a step up follows a last session rated too easy, or two
//! running rated just right (or better) at the same dose; never a first
//! session, and never one left unrated. "Too hard" eases back at once.
//!
//! The engine only suggests. Applying a suggestion is a separate, pure
//! step the user asks for; nothing here changes a routine by itself.

use crate::model::catalog::exercise::{Category, Exercise, Range};
use crate::model::dose::{Dose, Shape, MAX_SETS};
use crate::model::history::session::{History, Rating, SessionExercise};
use crate::model::kit::band::{BandId, BandKit};

/// The most sets or circuit rounds the engine suggests before a heavier
/// band (the fabric-band programme stops at four rounds).
pub const MOST_SETS: u8 = 4;

/// How many sessions of a move a routine must have had before a step up
/// is offered: one session says little (a first go is often cautious, or
/// a lucky day), and a second shows whether it holds.
pub const SESSIONS_BEFORE_STEP_UP: usize = 2;

/// How one earlier session of this exercise went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Every planned set (and round) was reached.
    pub completed: bool,
    /// Sets done, every round of a circuit counted as a set of each of its
    /// moves (3 rounds of 12 clamshells are 3 x 12).
    pub sets: u8,
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

/// Whether an exercise is ever stepped up. Stretches are not: the articles
/// use a band for them after a run, the lightest one, to ease the muscles,
/// so neither longer holds nor a heavier band would be progress. In the
/// catalog the Mobility category ("Mobility & stretch") holds exactly the
/// post-run stretches, so the whole category is left out.
pub fn steps_up(exercise: &Exercise) -> bool {
    exercise.category != Category::Mobility
}

/// How far one step moves the dose's main number.
///
/// - Reps: 2. One rep more is hard to tell from the last session, and two
///   climb the articles' ranges (8-12, 10-12, 12-15) in one to three
///   sessions.
/// - Steps each way: 2, for the same reasons (the fabric-band walks run
///   8 to 12 steps each way): one more step each way is barely felt.
/// - Seconds (timed work, a hold, each of several holds): 5. A second more
///   is lost in counting; five is the smallest change the clock shows
///   plainly, and the articles lengthen holds in steps of five seconds or
///   more (5 to 10 s bridges, planks from 10 s towards 30, 45 and 60 s).
pub fn step_size(shape: Shape) -> u16 {
    match shape {
        Shape::Reps { .. } | Shape::StepsEachWay { .. } => 2,
        Shape::Timed { .. } | Shape::Hold { .. } | Shape::Holds { .. } => 5,
    }
}

/// The range to climb for `dose` of `exercise`, from the catalog.
///
/// The catalog's range counts reps, steps or seconds, and for several
/// holds the number of holds; progression changes the seconds of each
/// hold instead (what the summary records), so that range does not apply
/// to them. Where the catalog gives no range that applies, the exercise's
/// own default amount is the bottom and the top is a quarter more, in
/// whole steps (at least one step): 30 s of work climbs to 40 s, 5 s holds
/// to 10 s. None when the routine uses another shape than the catalog's
/// default (the range would count something else).
pub fn range_for(exercise: &Exercise, dose: &Dose) -> Option<Range> {
    let default = exercise.default_dose;
    if std::mem::discriminant(&default.shape) != std::mem::discriminant(&dose.shape) {
        return None;
    }
    match (exercise.range, dose.shape) {
        (Some(range), shape) if !matches!(shape, Shape::Holds { .. }) => Some(range),
        _ => Some(quarter_up(amount(&default), dose.shape)),
    }
}

/// From `low` up by a quarter, rounded up to whole steps (at least one).
fn quarter_up(low: u16, shape: Shape) -> Range {
    let step = step_size(shape);
    let quarter = (low / 4).max(1);
    Range {
        low,
        high: low.saturating_add(quarter.div_ceil(step) * step),
    }
}

/// How a session's exercise went, for [`suggest`]. A move in a circuit is
/// recorded with its rounds' worth of sets (see
/// [`crate::model::routine::Routine::session_dose`]), so it counts as
/// completed only once every round was done. A move done each side in
/// turn, with the sides' figures given, goes by the weaker side: it is
/// completed only if that side reached the plan too.
pub fn outcome(done: &SessionExercise) -> Outcome {
    let weaker_short = done
        .side_means()
        .is_some_and(|[left, right]| left.min(right) < done.planned());
    Outcome {
        completed: done.sets_done >= done.dose.sets && !weaker_short,
        sets: done.sets_done,
        amount: done.weaker_per_set(),
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

/// What came before the last session of `exercise` in a routine named
/// `routine`, for [`may_step_up`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Earlier {
    /// Sessions of the routine that did the move, the last one included.
    pub sessions: usize,
    /// How the session before the last went, when it did the move with the
    /// same dose as the last.
    pub before: Option<Outcome>,
}

/// The move's record before its last session, in sessions of `routine`
/// that did some of it, where the last did `dose`.
pub fn earlier(history: &History, routine: &str, exercise: &str, dose: &Dose) -> Earlier {
    let mut done = history
        .sessions
        .iter()
        .rev()
        .filter(|s| s.routine == routine)
        .filter_map(|s| {
            s.exercises
                .iter()
                .find(|e| e.exercise == exercise && e.sets_done > 0)
        });
    let sessions = done.clone().count();
    let before = done.nth(1).filter(|e| e.dose == *dose).map(outcome);
    Earlier { sessions, before }
}

/// Whether a step up may follow `last`, given what came before it. Only a
/// session done in full, after at least [`SESSIONS_BEFORE_STEP_UP`] of
/// the move, counts, and only with the runner's word: rated too easy, or
/// rated just right after a session of the same dose that was done in full
/// and rated just right or too easy (the dose has become routine). An
/// unrated session never steps up: the app cannot tell how it felt.
pub fn may_step_up(last: &Outcome, earlier: &Earlier) -> bool {
    if earlier.sessions < SESSIONS_BEFORE_STEP_UP || !last.completed {
        return false;
    }
    let fine = |rating| matches!(rating, Some(Rating::TooEasy | Rating::JustRight));
    match last.rating {
        Some(Rating::TooEasy) => true,
        Some(Rating::JustRight) => earlier
            .before
            .is_some_and(|before| before.completed && fine(before.rating)),
        Some(Rating::TooHard) | None => false,
    }
}

/// The step to offer after `last`: easing back after "too hard" at once,
/// a step up only when [`may_step_up`] allows it (then as [`suggest`]
/// says), else none.
pub fn next_step(
    current: &Current,
    last: &Outcome,
    earlier: &Earlier,
    kit: &BandKit,
) -> Option<Step> {
    let eases_back = last.rating == Some(Rating::TooHard);
    (eases_back || may_step_up(last, earlier))
        .then(|| suggest(current, last, kit))
        .flatten()
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

/// The range to work in: the one given (see [`range_for`]), or from the
/// current amount up by a quarter, in whole steps, when there is none.
pub fn range_of(current: &Current) -> Range {
    current
        .range
        .unwrap_or_else(|| quarter_up(amount(&current.dose), current.dose.shape))
}

/// The next step after `last`, or None to keep the dose as it is.
pub fn suggest(current: &Current, last: &Outcome, kit: &BandKit) -> Option<Step> {
    let range = range_of(current);
    let now = amount(&current.dose);
    let step = step_size(current.dose.shape);
    match last.rating {
        Some(Rating::TooHard) => {
            // Back down a step within the range; at its bottom, hold.
            return (now > range.low).then(|| Step::Back(now.saturating_sub(step).max(range.low)));
        }
        _ if !last.completed => return None,
        _ => {}
    }
    let too_easy = last.rating == Some(Rating::TooEasy);
    if now < range.high {
        let by = if too_easy { 2 * step } else { step };
        return Some(Step::Amount(now.saturating_add(by).min(range.high)));
    }
    let heavier = current
        .band
        .and_then(|band| kit.next_heavier_of_kind(band))
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
        Shape::Holds { .. } => "seconds a hold",
        Shape::Timed { .. } | Shape::Hold { .. } => "seconds",
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
    // The sets as done, not the routine's: a move in a circuit has one set
    // a round in the routine, and its rounds' worth in the session.
    format!(
        "{exercise}: {what}. You did {} x {} last time{rated}.",
        last.sets, last.amount
    )
}

#[cfg(test)]
#[path = "progression_tests.rs"]
mod tests;
