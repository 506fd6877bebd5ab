//! Tests for `timeline`.

use super::*;
use crate::model::kit::band::BandKit;
use crate::model::routine::estimate;
use crate::model::routine::starter;
use crate::model::routine::{BandChoice, Circuit};

fn routine(moves: &[(&str, Dose)]) -> Routine {
    let mut routine = Routine::new("Test");
    for (exercise, dose) in moves {
        routine.push(exercise, *dose, BandChoice::default());
    }
    routine
}

/// A compact picture of a timeline: phase, seconds, set/sets, side.
fn shape(timeline: &Timeline) -> Vec<String> {
    timeline
        .segments
        .iter()
        .map(|s| {
            let mut line = format!("{:?} {}", s.phase, s.seconds);
            if s.phase == Phase::Work {
                line += &format!(" set {}/{}", s.set, s.sets);
                if s.rounds > 1 {
                    line += &format!(" round {}/{}", s.round, s.rounds);
                }
                if let Some(side) = s.side {
                    line += &format!(" {}", side.word());
                }
                match s.goal {
                    Some(Goal::Reps(n)) => line += &format!(" {n} reps"),
                    Some(Goal::Steps(n)) => line += &format!(" {n} steps"),
                    Some(Goal::Hold { number, of }) => line += &format!(" hold {number}/{of}"),
                    Some(Goal::Timed) | None => {}
                }
            }
            line
        })
        .collect()
}

#[test]
fn walking_squat_is_four_thirty_second_sets_with_twenty_seconds_rest() {
    let timeline = Timeline::build(&routine(&[("walking-squat", Dose::timed(4, 30, 20))]));
    assert_eq!(
        shape(&timeline.unwrap()),
        [
            "GetReady 10",
            "Work 30 set 1/4",
            "SetRest 20",
            "Work 30 set 2/4",
            "SetRest 20",
            "Work 30 set 3/4",
            "SetRest 20",
            "Work 30 set 4/4",
            "Done 0",
        ]
    );
}

#[test]
fn clamshell_is_three_sets_of_twelve_on_each_side_waiting_for_done() {
    let dose = Dose::reps(3, 12, 30).each_side();
    let timeline = Timeline::build(&routine(&[("clamshell", dose)])).unwrap();
    assert_eq!(
        shape(&timeline),
        [
            "GetReady 10",
            "Work 24 set 1/3 Left 12 reps",
            "SwitchSides 5",
            "Work 24 set 1/3 Right 12 reps",
            "SetRest 30",
            "Work 24 set 2/3 Left 12 reps",
            "SwitchSides 5",
            "Work 24 set 2/3 Right 12 reps",
            "SetRest 30",
            "Work 24 set 3/3 Left 12 reps",
            "SwitchSides 5",
            "Work 24 set 3/3 Right 12 reps",
            "Done 0",
        ]
    );
    let works: Vec<bool> = timeline
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Work)
        .map(|s| s.waits_for_done)
        .collect();
    assert_eq!(works, [true; 6]);
    assert!(!timeline.segments[0].waits_for_done);
}

#[test]
fn plantar_flexion_counts_each_five_second_hold_and_the_release_between() {
    let dose = Dose::holds(2, 3, 5, 30).each_side();
    let timeline = Timeline::build(&routine(&[("ankle-plantar-flexion", dose)])).unwrap();
    assert_eq!(
        shape(&timeline),
        [
            "GetReady 10",
            "Work 5 set 1/2 Left hold 1/3",
            "Release 2",
            "Work 5 set 1/2 Left hold 2/3",
            "Release 2",
            "Work 5 set 1/2 Left hold 3/3",
            "SwitchSides 5",
            "Work 5 set 1/2 Right hold 1/3",
            "Release 2",
            "Work 5 set 1/2 Right hold 2/3",
            "Release 2",
            "Work 5 set 1/2 Right hold 3/3",
            "SetRest 30",
            "Work 5 set 2/2 Left hold 1/3",
            "Release 2",
            "Work 5 set 2/2 Left hold 2/3",
            "Release 2",
            "Work 5 set 2/2 Left hold 3/3",
            "SwitchSides 5",
            "Work 5 set 2/2 Right hold 1/3",
            "Release 2",
            "Work 5 set 2/2 Right hold 2/3",
            "Release 2",
            "Work 5 set 2/2 Right hold 3/3",
            "Done 0",
        ]
    );
    assert!(!timeline.segments[1].waits_for_done);
    assert_eq!(timeline.segments[2].side, Some(Side::Left));
}

#[test]
fn steps_each_way_and_single_holds_have_their_own_goals() {
    let timeline = Timeline::build(&routine(&[
        ("lateral-band-walk", Dose::steps_each_way(1, 15, 0)),
        ("banded-plank-hold", Dose::hold(1, 30, 0)),
    ]))
    .unwrap();
    assert_eq!(
        shape(&timeline),
        [
            "GetReady 10",
            "Work 30 set 1/1 15 steps",
            "GetReady 10",
            "Work 30 set 1/1 hold 1/1",
            "Done 0",
        ]
    );
    assert_eq!(timeline.segments[2].entry, 1);
    assert!(timeline.segments[1].waits_for_done);
    assert!(!timeline.segments[3].waits_for_done);
}

#[test]
fn fabric_circuit_week_three_is_three_rounds_with_a_minute_between() {
    let routine = starter::by_id("fabric-circuit-week-3")
        .unwrap()
        .build(&BandKit::default());
    let timeline = Timeline::build(&routine).unwrap();
    let phases: Vec<(Phase, usize, u8)> = timeline
        .segments
        .iter()
        // The bicycle is done on each side: count its left side only.
        .filter(|s| s.phase != Phase::SwitchSides && s.side != Some(Side::Right))
        .map(|s| (s.phase, s.entry, s.round))
        .collect();
    let mut expected = vec![(Phase::GetReady, 0, 1)];
    for round in 1..=3u8 {
        for entry in 0..5 {
            expected.push((Phase::Work, entry, round));
            if entry < 4 {
                expected.push((Phase::Transition, entry + 1, round));
            }
        }
        if round < 3 {
            expected.push((Phase::RoundRest, 0, round));
        }
    }
    expected.push((Phase::Done, 4, 1));
    // The fabric moves are one-set doses.
    assert!(timeline
        .segments
        .iter()
        .all(|s| s.phase != Phase::Work || s.sets == 1));
    let bicycle_sides: Vec<Option<Side>> = timeline
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Work && s.entry == 3 && s.round == 1)
        .map(|s| s.side)
        .collect();
    assert_eq!(bicycle_sides, [Some(Side::Left), Some(Side::Right)]);
    assert_eq!(phases, expected);
    let rests: Vec<u32> = timeline
        .segments
        .iter()
        .filter(|s| s.phase == Phase::RoundRest)
        .map(|s| s.seconds)
        .collect();
    assert_eq!(rests, [60, 60]);
    assert!(timeline
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Work)
        .all(|s| s.rounds == 3));
}

#[test]
fn every_starter_plays_for_exactly_its_estimate() {
    for s in starter::starters() {
        let routine = s.build(&BandKit::default());
        let timeline = Timeline::build(&routine).unwrap();
        assert_eq!(
            timeline.seconds_from(0),
            estimate::routine_seconds(&routine),
            "{}",
            s.id
        );
        assert_eq!(timeline.segments.last().unwrap().phase, Phase::Done);
        assert_eq!(
            timeline
                .segments
                .iter()
                .filter(|s| s.phase == Phase::Done)
                .count(),
            1
        );
        assert!(timeline
            .segments
            .iter()
            .all(|seg| seg.seconds > 0 || seg.phase == Phase::Done));
    }
}

#[test]
fn zero_rest_and_zero_transition_leave_no_segment() {
    let mut r = routine(&[
        ("clamshell", Dose::reps(2, 10, 0)),
        ("glute-bridge", Dose::timed(1, 30, 0)),
    ]);
    let id = r.group(0, 1, 2).unwrap();
    r.set_circuit(Circuit {
        id,
        rounds: 2,
        transition_s: 0,
        round_rest_s: 0,
    });
    let timeline = Timeline::build(&r).unwrap();
    assert_eq!(
        shape(&timeline),
        [
            "GetReady 10",
            "Work 20 set 1/1 round 1/2 10 reps",
            "Work 30 set 1/1 round 1/2",
            "Work 20 set 1/1 round 2/2 10 reps",
            "Work 30 set 1/1 round 2/2",
            "Done 0",
        ]
    );
}

/// The runner's report: clamshell (3 sets a side) and a glute bridge
/// (3 x 30 s) grouped into a circuit played all clamshell sets, then all
/// bridge sets, and the estimate jumped. A round is one set of each.
#[test]
fn a_grouped_circuit_alternates_its_moves_and_keeps_the_work() {
    let mut r = routine(&[
        ("clamshell", Dose::reps(3, 12, 30).each_side()),
        ("glute-bridge", Dose::timed(3, 30, 20)),
    ]);
    let work = |timeline: &Timeline| -> u32 {
        timeline
            .segments
            .iter()
            .filter(|s| s.phase == Phase::Work)
            .map(|s| s.seconds)
            .sum()
    };
    let apart = Timeline::build(&r).unwrap();
    let id = r.group(0, 1, 2).unwrap();
    assert_eq!(r.circuit(id).unwrap().rounds, 3);
    let grouped = Timeline::build(&r).unwrap();
    assert_eq!(
        work(&grouped),
        work(&apart),
        "the same work, in another order"
    );
    let order: Vec<(usize, u8)> = grouped
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Work && s.side != Some(Side::Right))
        .map(|s| (s.entry, s.round))
        .collect();
    assert_eq!(order, [(0, 1), (1, 1), (0, 2), (1, 2), (0, 3), (1, 3)]);
    assert!(
        grouped.seconds_from(0) <= apart.seconds_from(0) + 60,
        "grouping costs at most the round rests' difference: {} vs {}",
        grouped.seconds_from(0),
        apart.seconds_from(0)
    );
}

#[test]
fn empty_routines_and_impossible_doses_cannot_be_played() {
    assert_eq!(
        Timeline::build(&Routine::new("Empty")),
        Err(TimelineError::Empty)
    );
    let bad = routine(&[
        ("clamshell", Dose::reps(3, 10, 0)),
        ("dead-bug", Dose::timed(0, 30, 20)),
    ]);
    assert_eq!(Timeline::build(&bad), Err(TimelineError::BadDose(1)));
}

#[test]
fn next_work_skips_breaks_and_stops_at_the_end() {
    let timeline = Timeline::build(&routine(&[("walking-squat", Dose::timed(2, 30, 20))])).unwrap();
    assert_eq!(timeline.next_work(0).map(|s| s.set), Some(1));
    assert_eq!(timeline.next_work(1).map(|s| s.set), Some(2));
    assert_eq!(timeline.next_work(3), None);
    assert_eq!(timeline.done_index(), 4);
    assert_eq!(timeline.seconds_from(2), 20 + 30);
}
