//! How long a routine takes, estimated before it is started.
//!
//! The estimate walks the routine in the same order as the workout player
//! will: a get-ready pause before each exercise, the work itself, a pause to
//! change sides in per-side doses, the dose's rest between sets, the
//! circuit's transition between moves, its rest between rounds, then done
//! (which takes no time). Timed work, holds and rests have a fixed length;
//! reps and steps end when the user taps Done, so they are counted at a
//! steady tempo. Every assumption is a named constant below, gathered in
//! [`Assumptions::DEFAULT`].
//!
//! Circuits:
//! - A round does each move once, in order, with the circuit's
//!   `transition_s` between consecutive moves (none after the last move).
//! - A move counts as its whole dose in every round. A circuit move
//!   normally has one set; if it has more, all of them are done each time
//!   its turn comes, with the dose's own rest between them, so nothing the
//!   user entered is silently dropped.
//! - `round_rest_s` comes between rounds, not after the last.
//! - Get ready comes once, before the circuit's first move: the round rest
//!   already gives time to set up for the next round, and the transition
//!   time covers moving from one exercise to the next.

use crate::model::routine::dose::{Dose, Shape};
use crate::model::routine::{Block, Routine};

/// Seconds for one repetition: a brisk but controlled band tempo (lift,
/// a brief pause, slow return).
pub const SECONDS_PER_REP: u32 = 2;
/// Seconds for one sideways or forward step of a band walk.
pub const SECONDS_PER_STEP: u32 = 1;
/// Seconds to let go between two holds of one set.
pub const HOLD_RELEASE_S: u32 = 2;
/// Seconds shown before each exercise to read it and put the band on.
pub const GET_READY_S: u32 = 10;
/// Seconds to change sides in a per-side set.
pub const SWITCH_SIDES_S: u32 = 5;

/// The figures an estimate rests on. [`Assumptions::DEFAULT`] is what the
/// app shows; other values let tests ask what a faster pace would give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assumptions {
    pub seconds_per_rep: u32,
    pub seconds_per_step: u32,
    pub hold_release_s: u32,
    pub get_ready_s: u32,
    pub switch_sides_s: u32,
}

impl Assumptions {
    pub const DEFAULT: Self = Self {
        seconds_per_rep: SECONDS_PER_REP,
        seconds_per_step: SECONDS_PER_STEP,
        hold_release_s: HOLD_RELEASE_S,
        get_ready_s: GET_READY_S,
        switch_sides_s: SWITCH_SIDES_S,
    };
}

impl Default for Assumptions {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Estimated seconds for a whole routine, from the first get ready to done.
pub fn routine_seconds(routine: &Routine) -> u32 {
    routine_seconds_with(routine, &Assumptions::DEFAULT)
}

/// Estimated seconds for one pass of an entry: all its sets, with side
/// changes and the rest between sets, but not the get ready before it.
pub fn entry_seconds(dose: &Dose) -> u32 {
    clamp(entry_total(dose, &Assumptions::DEFAULT))
}

/// [`routine_seconds`] under other assumptions.
pub fn routine_seconds_with(routine: &Routine, assumptions: &Assumptions) -> u32 {
    let get_ready = u64::from(assumptions.get_ready_s);
    let total: u64 = routine
        .blocks()
        .into_iter()
        .map(|block| match block {
            Block::Single(index) => {
                get_ready + entry_total(&routine.entries[index].dose, assumptions)
            }
            Block::Circuit {
                circuit,
                start,
                end,
            } => {
                let (rounds, transition, round_rest) = routine.circuit_plan(circuit);
                let rounds = u64::from(rounds);
                if rounds == 0 {
                    return 0;
                }
                let moves = &routine.entries[start..=end];
                let work: u64 = moves
                    .iter()
                    .map(|entry| entry_total(&entry.dose, assumptions))
                    .sum();
                let changes = (moves.len() as u64 - 1) * u64::from(transition);
                get_ready + rounds * (work + changes) + (rounds - 1) * u64::from(round_rest)
            }
        })
        .sum();
    clamp(total)
}

/// Seconds of work in one set on one side.
fn work_seconds(shape: Shape, assumptions: &Assumptions) -> u64 {
    match shape {
        Shape::Reps { reps } => u64::from(reps) * u64::from(assumptions.seconds_per_rep),
        Shape::Timed { work_s } => u64::from(work_s),
        Shape::Holds { holds, hold_s } => {
            let holds = u64::from(holds);
            holds * u64::from(hold_s)
                + holds.saturating_sub(1) * u64::from(assumptions.hold_release_s)
        }
        Shape::StepsEachWay { steps } => {
            2 * u64::from(steps) * u64::from(assumptions.seconds_per_step)
        }
        Shape::Hold { hold_s } => u64::from(hold_s),
    }
}

/// All sets of a dose, in seconds, without the get ready.
fn entry_total(dose: &Dose, assumptions: &Assumptions) -> u64 {
    let work = work_seconds(dose.shape, assumptions);
    let set = if dose.per_side {
        2 * work + u64::from(assumptions.switch_sides_s)
    } else {
        work
    };
    let sets = u64::from(dose.sets);
    sets * set + sets.saturating_sub(1) * u64::from(dose.rest_s)
}

fn clamp(seconds: u64) -> u32 {
    u32::try_from(seconds).unwrap_or(u32::MAX)
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
mod tests {

    #[test]
    fn a_routine_is_described_by_its_count_and_duration() {
        let mut routine = Routine::new("R");
        assert_eq!(describe(&routine), "0 exercises · 0 s");
        routine.push("clamshell", Dose::timed(1, 30, 0), Default::default());
        assert_eq!(describe(&routine), "1 exercise · 40 s");
    }

    use super::*;
    use crate::model::routine::{BandChoice, Circuit};

    fn single(dose: Dose) -> Routine {
        let mut routine = Routine::new("Test");
        routine.push("clamshell", dose, BandChoice::default());
        routine
    }

    #[test]
    fn the_assumptions_are_the_documented_constants() {
        assert_eq!(SECONDS_PER_REP, 2);
        assert_eq!(SECONDS_PER_STEP, 1);
        assert_eq!(HOLD_RELEASE_S, 2);
        assert_eq!(GET_READY_S, 10);
        assert_eq!(SWITCH_SIDES_S, 5);
        assert_eq!(Assumptions::default(), Assumptions::DEFAULT);
    }

    #[test]
    fn a_single_set_of_reps_is_tempo_times_reps_plus_get_ready() {
        let dose = Dose::reps(1, 12, 30);
        // 12 reps x 2 s; the rest never applies after the last set.
        assert_eq!(entry_seconds(&dose), 24);
        assert_eq!(routine_seconds(&single(dose)), 10 + 24);
    }

    #[test]
    fn per_side_sets_do_both_sides_with_a_switch_and_rest_between_sets() {
        let dose = Dose::reps(3, 10, 30).each_side();
        // A set: 20 s left + 5 s switch + 20 s right = 45 s.
        // Three sets and two rests: 3 x 45 + 2 x 30 = 195 s.
        assert_eq!(entry_seconds(&dose), 195);
        assert_eq!(routine_seconds(&single(dose)), 205);
    }

    #[test]
    fn timed_sets_use_their_own_work_and_rest() {
        let dose = Dose::timed(4, 30, 20);
        // 4 x 30 s of work and 3 x 20 s of rest.
        assert_eq!(entry_seconds(&dose), 180);
        assert_eq!(routine_seconds(&single(dose)), 190);
    }

    #[test]
    fn holds_add_a_release_between_holds_but_not_after_the_last() {
        let dose = Dose::holds(3, 10, 5, 30);
        // A set: 10 x 5 s of holding and 9 x 2 s of release = 68 s.
        // Three sets and two rests: 3 x 68 + 2 x 30 = 264 s.
        assert_eq!(entry_seconds(&dose), 264);
        let per_side = Dose::holds(1, 8, 5, 30).each_side();
        // One side: 8 x 5 + 7 x 2 = 54 s; both with the switch: 113 s.
        assert_eq!(entry_seconds(&per_side), 113);
        // A single hold has nothing to release between.
        assert_eq!(entry_seconds(&Dose::holds(1, 1, 20, 0)), 20);
        assert_eq!(entry_seconds(&Dose::hold(2, 30, 15)), 75);
    }

    #[test]
    fn steps_count_both_ways() {
        let dose = Dose::steps_each_way(3, 15, 30);
        // A set: 15 steps right and 15 left at 1 s = 30 s.
        // 3 x 30 + 2 x 30 = 150 s.
        assert_eq!(entry_seconds(&dose), 150);
        assert_eq!(routine_seconds(&single(dose)), 160);
    }

    #[test]
    fn a_routine_adds_one_get_ready_per_exercise() {
        let mut routine = Routine::new("Two");
        routine.push("a", Dose::reps(1, 10, 0), BandChoice::default());
        routine.push("b", Dose::timed(1, 30, 0), BandChoice::default());
        assert_eq!(routine_seconds(&routine), (10 + 20) + (10 + 30));
        assert_eq!(routine_seconds(&Routine::new("Empty")), 0);
    }

    #[test]
    fn a_two_move_circuit_of_three_rounds() {
        let mut routine = Routine::new("Circuit");
        routine.push("a", Dose::reps(1, 8, 30), BandChoice::default());
        routine.push("b", Dose::reps(1, 8, 30).each_side(), BandChoice::default());
        let id = routine.group(0, 1, 3).unwrap();
        routine.set_circuit(Circuit {
            id,
            rounds: 3,
            transition_s: 10,
            round_rest_s: 60,
        });
        // A round: a (16 s), transition (10 s), b (16 + 5 + 16 = 37 s) = 63 s.
        // One get ready, three rounds, two round rests: 10 + 3 x 63 + 2 x 60.
        assert_eq!(routine_seconds(&routine), 10 + 189 + 120);
    }

    #[test]
    fn a_circuit_move_with_several_sets_does_them_all_each_round() {
        let mut routine = Routine::new("Circuit");
        routine.push("a", Dose::reps(2, 5, 15), BandChoice::default());
        routine.push("b", Dose::timed(1, 20, 0), BandChoice::default());
        let id = routine.group(0, 1, 2).unwrap();
        routine.set_circuit(Circuit {
            id,
            rounds: 2,
            transition_s: 0,
            round_rest_s: 30,
        });
        // a: 2 x 10 s + 15 s rest = 35 s; b: 20 s. Round: 55 s.
        assert_eq!(routine_seconds(&routine), 10 + 2 * 55 + 30);
    }

    #[test]
    fn circuits_and_single_entries_mix() {
        let mut routine = Routine::new("Mixed");
        routine.push("warm", Dose::timed(1, 60, 0), BandChoice::default());
        routine.push("a", Dose::reps(1, 10, 0), BandChoice::default());
        routine.push("b", Dose::reps(1, 10, 0), BandChoice::default());
        routine.group(1, 2, 1).unwrap();
        // Single: 10 + 60. Circuit of one round: 10 + 20 + 10 + 20.
        assert_eq!(routine_seconds(&routine), 70 + 60);
    }

    #[test]
    fn other_assumptions_change_the_estimate() {
        let bare = Assumptions {
            seconds_per_rep: 1,
            seconds_per_step: 1,
            hold_release_s: 0,
            get_ready_s: 0,
            switch_sides_s: 0,
        };
        let routine = single(Dose::reps(3, 10, 30).each_side());
        assert_eq!(routine_seconds_with(&routine, &bare), 3 * 20 + 2 * 30);
    }

    #[test]
    fn huge_values_saturate_instead_of_overflowing() {
        let dose = Dose::reps(u8::MAX, u16::MAX, u16::MAX).each_side();
        let mut routine = Routine::new("Huge");
        for _ in 0..100 {
            routine.push("a", dose, BandChoice::default());
        }
        assert_eq!(routine_seconds(&routine), u32::MAX);
    }

    #[test]
    fn durations_read_in_plain_words() {
        assert_eq!(format_duration(0), "0 s");
        assert_eq!(format_duration(45), "45 s");
        assert_eq!(format_duration(59), "59 s");
        assert_eq!(format_duration(60), "about 1 min");
        assert_eq!(format_duration(89), "about 1 min");
        assert_eq!(format_duration(90), "about 2 min");
        assert_eq!(format_duration(12 * 60 + 29), "about 12 min");
        assert_eq!(format_duration(12 * 60 + 30), "about 13 min");
        assert_eq!(format_duration(59 * 60 + 29), "about 59 min");
        assert_eq!(format_duration(59 * 60 + 30), "about 1 h");
        assert_eq!(format_duration(65 * 60), "about 1 h 5 min");
        assert_eq!(format_duration(125 * 60 + 40), "about 2 h 6 min");
        assert_eq!(format_duration(u32::MAX), "about 1193046 h 28 min");
    }
}
