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
mod tests {
    use super::*;
    use crate::model::kit::band::preset;

    fn kit() -> BandKit {
        preset("fabric-loop-3").unwrap().kit()
    }

    fn clamshell(sets: u8, reps: u16, band: usize) -> Current {
        Current {
            dose: Dose::reps(sets, reps, 30).each_side(),
            range: Some(Range { low: 10, high: 12 }),
            band: Some(kit().bands[band].id),
            rounds: None,
        }
    }

    fn done(amount: u16, rating: Option<Rating>) -> Outcome {
        Outcome {
            completed: true,
            amount,
            rating,
        }
    }

    #[test]
    fn within_the_range_a_completed_session_adds_a_rep() {
        let step = suggest(&clamshell(3, 10, 0), &done(10, None), &kit());
        assert_eq!(step, Some(Step::Amount(11)));
        let step = suggest(
            &clamshell(3, 11, 0),
            &done(11, Some(Rating::JustRight)),
            &kit(),
        );
        assert_eq!(step, Some(Step::Amount(12)));
    }

    #[test]
    fn too_easy_adds_two_reps_but_never_past_the_top() {
        let step = suggest(
            &clamshell(3, 10, 0),
            &done(10, Some(Rating::TooEasy)),
            &kit(),
        );
        assert_eq!(step, Some(Step::Amount(12)));
        let step = suggest(
            &clamshell(3, 11, 0),
            &done(11, Some(Rating::TooEasy)),
            &kit(),
        );
        assert_eq!(step, Some(Step::Amount(12)));
    }

    #[test]
    fn at_the_top_add_a_set_up_to_four_then_a_heavier_band_at_the_bottom() {
        let kit = kit();
        assert_eq!(
            suggest(&clamshell(3, 12, 0), &done(12, None), &kit),
            Some(Step::Sets(4))
        );
        assert_eq!(
            suggest(&clamshell(4, 12, 0), &done(12, None), &kit),
            Some(Step::Band {
                band: kit.bands[1].id,
                amount: 10
            })
        );
        // The heaviest band, four sets, top of the range: nothing left.
        assert_eq!(suggest(&clamshell(4, 12, 2), &done(12, None), &kit), None);
    }

    #[test]
    fn in_a_circuit_rounds_go_up_to_four_instead_of_sets() {
        let kit = kit();
        let mut bridge = clamshell(1, 12, 0);
        bridge.rounds = Some(2);
        assert_eq!(
            suggest(&bridge, &done(12, None), &kit),
            Some(Step::Rounds(3))
        );
        bridge.rounds = Some(4);
        assert!(matches!(
            suggest(&bridge, &done(12, None), &kit),
            Some(Step::Band { .. })
        ));
    }

    #[test]
    fn too_easy_at_the_top_skips_straight_to_the_next_band() {
        let kit = kit();
        let step = suggest(&clamshell(3, 12, 0), &done(12, Some(Rating::TooEasy)), &kit);
        assert_eq!(
            step,
            Some(Step::Band {
                band: kit.bands[1].id,
                amount: 10
            })
        );
        // Without a heavier band, it adds a set as usual.
        let step = suggest(&clamshell(3, 12, 2), &done(12, Some(Rating::TooEasy)), &kit);
        assert_eq!(step, Some(Step::Sets(4)));
    }

    #[test]
    fn too_hard_steps_back_within_the_range_or_holds_at_its_bottom() {
        let kit = kit();
        let hard = |n| done(n, Some(Rating::TooHard));
        assert_eq!(
            suggest(&clamshell(3, 12, 1), &hard(12), &kit),
            Some(Step::Back(10))
        );
        assert_eq!(
            suggest(&clamshell(3, 11, 1), &hard(11), &kit),
            Some(Step::Back(10))
        );
        assert_eq!(suggest(&clamshell(3, 10, 1), &hard(10), &kit), None);
    }

    #[test]
    fn unfinished_sessions_hold_the_dose() {
        let unfinished = Outcome {
            completed: false,
            amount: 10,
            rating: Some(Rating::TooEasy),
        };
        assert_eq!(suggest(&clamshell(3, 10, 0), &unfinished, &kit()), None);
    }

    #[test]
    fn without_a_catalog_range_the_range_is_a_quarter_up() {
        let mut plank = clamshell(3, 20, 0);
        plank.dose = Dose::hold(3, 20, 30);
        plank.range = None;
        assert_eq!(range_of(&plank), Range { low: 20, high: 25 });
        let mut small = plank;
        small.dose = Dose::reps(3, 4, 0);
        assert_eq!(range_of(&small), Range { low: 4, high: 6 });
        assert_eq!(
            suggest(&plank, &done(20, None), &kit()),
            Some(Step::Amount(21))
        );
    }

    #[test]
    fn applying_a_step_changes_only_what_it_names() {
        let dose = Dose::holds(3, 8, 5, 30).each_side();
        assert_eq!(
            apply(Step::Amount(6), dose),
            Dose::holds(3, 8, 6, 30).each_side()
        );
        assert_eq!(
            apply(Step::Sets(4), dose),
            Dose::holds(4, 8, 5, 30).each_side()
        );
        assert_eq!(apply(Step::Rounds(3), dose), dose);
        let walk = Dose::steps_each_way(3, 15, 0);
        assert_eq!(
            apply(
                Step::Band {
                    band: 7,
                    amount: 10
                },
                walk
            ),
            Dose::steps_each_way(3, 10, 0)
        );
        assert_eq!(
            apply(Step::Back(20), Dose::timed(4, 30, 20)),
            Dose::timed(4, 20, 20)
        );
        for step in [Step::Amount(12), Step::Sets(4), Step::Back(10)] {
            assert!(apply(step, Dose::reps(3, 10, 30)).errors().is_empty());
        }
    }

    #[test]
    fn the_last_session_counts_only_while_the_routine_has_its_dose() {
        use crate::model::history::session::{BandUsed, Session};
        let done = |dose: Dose, sets_done, actual, rating| SessionExercise {
            exercise: "clamshell".into(),
            dose,
            bands: vec![BandUsed {
                id: 1,
                name: "Green, light".into(),
                swatch: "#2e7d32".into(),
            }],
            sets_done,
            actual,
            rating,
        };
        let session = |id, routine: &str, exercise| Session {
            id,
            routine: routine.into(),
            started_at: id,
            ended_at: id + 1,
            active_s: 600,
            finished: true,
            exercises: vec![exercise],
        };
        let ten = Dose::reps(3, 10, 30).each_side();
        let eleven = Dose::reps(3, 11, 30).each_side();
        let history = History {
            sessions: vec![
                session(1, "Evening", done(ten, 3, None, None)),
                session(2, "Morning", done(eleven, 3, None, None)),
                session(3, "Evening", done(ten, 2, Some(12), Some(Rating::TooEasy))),
            ],
        };
        let last = last_done(&history, "Evening", "clamshell", &ten).unwrap();
        assert_eq!(last.sets_done, 2);
        assert_eq!(
            outcome(last),
            Outcome {
                completed: false,
                amount: 12,
                rating: Some(Rating::TooEasy)
            }
        );
        // Applied already (the routine moved on to 11): no suggestion.
        assert_eq!(last_done(&history, "Evening", "clamshell", &eleven), None);
        assert_eq!(last_done(&history, "Evening", "dead-bug", &ten), None);
        assert_eq!(last_done(&history, "Lunch", "clamshell", &ten), None);
        let full = outcome(&done(ten, 3, None, None));
        assert_eq!((full.completed, full.amount), (true, 10));
    }

    #[test]
    fn suggestions_read_as_one_plain_sentence() {
        let kit = kit();
        let current = clamshell(3, 12, 0);
        let last = done(12, Some(Rating::TooEasy));
        let step = suggest(&current, &last, &kit).unwrap();
        assert_eq!(
            describe("Clamshell", step, &current, &last, &kit),
            "Clamshell: move up to Grey, medium, and go back to 10 reps. \
             You did 3 x 12 last time and rated it too easy."
        );
        let easy = clamshell(3, 10, 0);
        assert_eq!(
            describe("Clamshell", Step::Amount(11), &easy, &done(10, None), &kit),
            "Clamshell: go up to 11 reps. You did 3 x 10 last time."
        );
    }
}
