//! How much of an exercise to do: every shape the source articles use, and
//! the checks that reject impossible values instead of quietly clamping them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What one set consists of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// A number of repetitions, finished when the user says so.
    Reps { reps: u16 },
    /// Work for a fixed time (e.g. 30 s), then the set's rest (e.g. 20 s).
    Timed { work_s: u16 },
    /// A number of holds of a fixed length (e.g. 10 holds of 5 s), with a
    /// short release between them.
    Holds { holds: u16, hold_s: u16 },
    /// A number of steps one way, then the same number back.
    StepsEachWay { steps: u16 },
    /// One hold for a fixed time (e.g. a 30 s plank).
    Hold { hold_s: u16 },
}

/// A full prescription: sets of a shape, with rest between sets, done on
/// each side in turn when `per_side` is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dose {
    pub sets: u8,
    pub shape: Shape,
    /// Rest after each set but the last, in seconds.
    pub rest_s: u16,
    /// Each set is done once on the left and once on the right.
    pub per_side: bool,
}

/// The largest values the editor accepts: beyond them a typo is far more
/// likely than a real plan.
pub const MAX_SETS: u8 = 10;
pub const MAX_REPS: u16 = 100;
pub const MAX_STEPS: u16 = 100;
pub const MAX_HOLDS: u16 = 30;
pub const MAX_SECONDS: u16 = 600;

/// One impossible value in a dose, named by its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseError {
    Sets,
    Reps,
    Steps,
    Holds,
    Seconds,
    Rest,
}

impl DoseError {
    /// The field the error belongs to, as the editor names it.
    pub fn field(self) -> &'static str {
        match self {
            DoseError::Sets => "sets",
            DoseError::Reps => "reps",
            DoseError::Steps => "steps",
            DoseError::Holds => "holds",
            DoseError::Seconds => "seconds",
            DoseError::Rest => "rest",
        }
    }
}

impl Dose {
    /// `sets` sets of `reps` reps, with `rest_s` between sets.
    pub const fn reps(sets: u8, reps: u16, rest_s: u16) -> Self {
        Self {
            sets,
            shape: Shape::Reps { reps },
            rest_s,
            per_side: false,
        }
    }

    /// `sets` sets of `work_s` seconds of work and `rest_s` of rest.
    pub const fn timed(sets: u8, work_s: u16, rest_s: u16) -> Self {
        Self {
            sets,
            shape: Shape::Timed { work_s },
            rest_s,
            per_side: false,
        }
    }

    /// `sets` sets of `holds` holds of `hold_s` seconds.
    pub const fn holds(sets: u8, holds: u16, hold_s: u16, rest_s: u16) -> Self {
        Self {
            sets,
            shape: Shape::Holds { holds, hold_s },
            rest_s,
            per_side: false,
        }
    }

    /// `sets` sets of `steps` steps one way and `steps` back.
    pub const fn steps_each_way(sets: u8, steps: u16, rest_s: u16) -> Self {
        Self {
            sets,
            shape: Shape::StepsEachWay { steps },
            rest_s,
            per_side: false,
        }
    }

    /// `sets` single holds of `hold_s` seconds.
    pub const fn hold(sets: u8, hold_s: u16, rest_s: u16) -> Self {
        Self {
            sets,
            shape: Shape::Hold { hold_s },
            rest_s,
            per_side: false,
        }
    }

    /// The same dose, done on each side.
    #[must_use]
    pub const fn each_side(self) -> Self {
        Self {
            per_side: true,
            ..self
        }
    }

    /// Every impossible value in this dose; empty when it is valid.
    pub fn errors(&self) -> Vec<DoseError> {
        let mut errors = Vec::new();
        if !(1..=MAX_SETS).contains(&self.sets) {
            errors.push(DoseError::Sets);
        }
        let seconds_ok = |s: u16| (1..=MAX_SECONDS).contains(&s);
        match self.shape {
            Shape::Reps { reps } if !(1..=MAX_REPS).contains(&reps) => errors.push(DoseError::Reps),
            Shape::StepsEachWay { steps } if !(1..=MAX_STEPS).contains(&steps) => {
                errors.push(DoseError::Steps);
            }
            Shape::Holds { holds, hold_s } => {
                if !(1..=MAX_HOLDS).contains(&holds) {
                    errors.push(DoseError::Holds);
                }
                if !seconds_ok(hold_s) {
                    errors.push(DoseError::Seconds);
                }
            }
            Shape::Timed { work_s: s } | Shape::Hold { hold_s: s } if !seconds_ok(s) => {
                errors.push(DoseError::Seconds);
            }
            _ => {}
        }
        if self.rest_s > MAX_SECONDS {
            errors.push(DoseError::Rest);
        }
        errors
    }

    /// A short summary, e.g. `3 x 12 per side` or `4 x 30 s on / 20 s off`.
    /// One set of the dose in words, without the sets or the rest between
    /// them: what a circuit round asks of a move, e.g. "12 reps per side".
    pub fn one_set(&self) -> String {
        let side = if self.per_side { " per side" } else { "" };
        match self.shape {
            Shape::Reps { reps } => format!("{reps} reps{side}"),
            Shape::Timed { work_s } => format!("{work_s} s of work{side}"),
            Shape::Holds { holds, hold_s } => format!("{holds} holds of {hold_s} s{side}"),
            Shape::StepsEachWay { steps } => format!("{steps} steps each way"),
            Shape::Hold { hold_s } => format!("{hold_s} s hold{side}"),
        }
    }

    pub fn summary(&self) -> String {
        let sets = self.sets;
        let side = if self.per_side { " per side" } else { "" };
        match self.shape {
            Shape::Reps { reps } => format!("{sets} x {reps}{side}"),
            Shape::Timed { work_s } => {
                format!("{sets} x {work_s} s on / {} s off{side}", self.rest_s)
            }
            Shape::Holds { holds, hold_s } => {
                format!("{sets} x {holds} holds of {hold_s} s{side}")
            }
            Shape::StepsEachWay { steps } => format!("{sets} x {steps} steps each way"),
            Shape::Hold { hold_s } => format!("{sets} x {hold_s} s hold{side}"),
        }
    }
}

/// What is wrong, in plain words.
impl fmt::Display for DoseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = {
            match self {
                DoseError::Sets => format!("Sets must be between 1 and {MAX_SETS}."),
                DoseError::Reps => format!("Reps must be between 1 and {MAX_REPS}."),
                DoseError::Steps => format!("Steps must be between 1 and {MAX_STEPS}."),
                DoseError::Holds => format!("Holds must be between 1 and {MAX_HOLDS}."),
                DoseError::Seconds => format!("Seconds must be between 1 and {MAX_SECONDS}."),
                DoseError::Rest => format!("Rest must be between 0 and {MAX_SECONDS} seconds."),
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DoseError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_doses_are_valid() {
        for dose in [
            Dose::reps(3, 12, 30).each_side(),
            Dose::timed(4, 30, 20),
            Dose::holds(3, 10, 5, 30).each_side(),
            Dose::steps_each_way(3, 15, 30),
            Dose::hold(3, 30, 30),
        ] {
            assert_eq!(dose.errors(), vec![], "{dose:?}");
        }
    }

    #[test]
    fn zero_and_oversized_values_are_rejected_by_field() {
        assert_eq!(Dose::reps(0, 12, 30).errors(), vec![DoseError::Sets]);
        assert_eq!(Dose::reps(3, 0, 30).errors(), vec![DoseError::Reps]);
        assert_eq!(
            Dose::reps(3, MAX_REPS + 1, 30).errors(),
            vec![DoseError::Reps]
        );
        assert_eq!(Dose::timed(4, 0, 20).errors(), vec![DoseError::Seconds]);
        assert_eq!(
            Dose::holds(3, 0, 0, 30).errors(),
            vec![DoseError::Holds, DoseError::Seconds]
        );
        assert_eq!(
            Dose::steps_each_way(3, 0, 30).errors(),
            vec![DoseError::Steps]
        );
        assert_eq!(
            Dose::hold(3, MAX_SECONDS + 1, 30).errors(),
            vec![DoseError::Seconds]
        );
        assert_eq!(
            Dose::reps(3, 12, MAX_SECONDS + 1).errors(),
            vec![DoseError::Rest]
        );
        assert_eq!(
            Dose::reps(MAX_SETS + 1, 12, 30).errors(),
            vec![DoseError::Sets]
        );
    }

    #[test]
    fn the_limits_themselves_are_allowed() {
        assert!(Dose::reps(MAX_SETS, MAX_REPS, MAX_SECONDS)
            .errors()
            .is_empty());
        assert!(Dose::reps(1, 1, 0).errors().is_empty());
    }

    #[test]
    fn summaries_read_like_the_articles() {
        assert_eq!(
            Dose::reps(3, 12, 30).each_side().summary(),
            "3 x 12 per side"
        );
        assert_eq!(Dose::timed(4, 30, 20).summary(), "4 x 30 s on / 20 s off");
        assert_eq!(Dose::holds(3, 10, 5, 30).summary(), "3 x 10 holds of 5 s");
        assert_eq!(
            Dose::steps_each_way(3, 15, 30).summary(),
            "3 x 15 steps each way"
        );
        assert_eq!(Dose::hold(1, 30, 0).summary(), "1 x 30 s hold");
    }

    #[test]
    fn one_set_leaves_out_the_sets_and_their_rest() {
        assert_eq!(
            Dose::reps(3, 12, 30).each_side().one_set(),
            "12 reps per side"
        );
        assert_eq!(Dose::timed(4, 30, 20).one_set(), "30 s of work");
        assert_eq!(Dose::holds(3, 10, 5, 30).one_set(), "10 holds of 5 s");
        assert_eq!(
            Dose::steps_each_way(3, 15, 30).one_set(),
            "15 steps each way"
        );
        assert_eq!(
            Dose::hold(2, 30, 10).each_side().one_set(),
            "30 s hold per side"
        );
    }

    #[test]
    fn every_error_names_its_limits() {
        for error in [
            DoseError::Sets,
            DoseError::Reps,
            DoseError::Steps,
            DoseError::Holds,
            DoseError::Seconds,
            DoseError::Rest,
        ] {
            assert!(error.to_string().contains("between"), "{error:?}");
            assert!(!error.field().is_empty());
        }
    }
}
