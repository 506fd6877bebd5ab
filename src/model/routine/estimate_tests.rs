//! Tests for `estimate`.

#[test]
fn a_routine_is_described_by_its_count_and_duration() {
    let mut routine = Routine::new("R");
    assert_eq!(describe(&routine), "0 exercises · 0 s");
    routine.push("clamshell", Dose::timed(1, 30, 0), BandChoice::default());
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
fn a_circuit_round_is_one_set_of_each_move() {
    let mut routine = Routine::new("Circuit");
    routine.push("a", Dose::reps(2, 5, 15), BandChoice::default());
    routine.push("b", Dose::timed(1, 20, 0), BandChoice::default());
    let id = routine.group(0, 1, 1).unwrap();
    assert_eq!(routine.circuit(id).unwrap().rounds, 2, "a's two sets");
    routine.set_circuit(Circuit {
        id,
        rounds: 2,
        transition_s: 0,
        round_rest_s: 30,
    });
    // a: 10 s; b: 20 s (no set rest inside a round). Round: 30 s.
    assert_eq!(routine_seconds(&routine), 10 + 2 * 30 + 30);
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
fn an_impossible_dose_counts_for_nothing_until_it_is_fixed() {
    let mut routine = Routine::new("Editing");
    routine.push("a", Dose::reps(1, 10, 0), BandChoice::default());
    routine.push("b", Dose::reps(0, 10, 0), BandChoice::default());
    assert!(!routine.entries[1].dose.errors().is_empty());
    assert_eq!(routine_seconds(&routine), 10 + 20);
    assert_eq!(entry_seconds(&routine.entries[1].dose), 0);
}

#[test]
fn the_largest_doses_allowed_add_up_without_overflowing() {
    let dose = Dose::holds(10, 30, 600, 600).each_side();
    assert!(dose.errors().is_empty(), "{:?}", dose.errors());
    let mut routine = Routine::new("Huge");
    for _ in 0..200 {
        routine.push("a", dose, BandChoice::default());
    }
    let one = u64::from(entry_seconds(&dose)) + 10;
    assert_eq!(u64::from(routine_seconds(&routine)), 200 * one);
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
