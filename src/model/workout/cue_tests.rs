//! Tests for `cue`.

use super::*;
use crate::model::dose::Dose;
use crate::model::routine::{BandChoice, Routine};
use crate::model::workout::playback::{state_at, Action, Run};

const T0: u64 = 1_700_000_000_000;

fn timeline(moves: &[(&str, Dose)]) -> Timeline {
    let mut routine = Routine::new("Test");
    for (exercise, dose) in moves {
        routine.push(exercise, *dose, BandChoice::default());
    }
    Timeline::build(&routine).unwrap()
}

/// Looks at the clock every `step_ms` from 0 to `until_s` and collects
/// the cues with the second they came at.
fn watch(timeline: &Timeline, run: &Run, until_s: u64, step_ms: u64) -> Vec<(u64, Cue)> {
    let mut tracker = CueTracker::default();
    let mut out = Vec::new();
    let mut t = 0;
    while t <= until_s * 1000 {
        let state = state_at(timeline, run, T0 + t);
        for cue in tracker.due(timeline, &state) {
            out.push((t / 1000, cue));
        }
        t += step_ms;
    }
    out
}

#[test]
fn each_segment_starts_with_its_tone_and_ends_with_three_two_one() {
    let squats = timeline(&[("walking-squat", Dose::timed(2, 30, 20))]);
    let cues = watch(&squats, &Run::new(T0), 100, 250);
    assert_eq!(
        cues,
        [
            (0, Cue::Break),
            (7, Cue::Countdown(3)),
            (8, Cue::Countdown(2)),
            (9, Cue::Countdown(1)),
            (10, Cue::Work),
            (37, Cue::Countdown(3)),
            (38, Cue::Countdown(2)),
            (39, Cue::Countdown(1)),
            (40, Cue::Break),
            (57, Cue::Countdown(3)),
            (58, Cue::Countdown(2)),
            (59, Cue::Countdown(1)),
            (60, Cue::Work),
            (87, Cue::Countdown(3)),
            (88, Cue::Countdown(2)),
            (89, Cue::Countdown(1)),
            (90, Cue::Finished),
        ]
    );
}

#[test]
fn a_hidden_tab_gets_one_cue_for_where_it_is_not_a_burst() {
    let squats = timeline(&[("walking-squat", Dose::timed(2, 30, 20))]);
    let run = Run::new(T0);
    let mut tracker = CueTracker::default();
    let first = state_at(&squats, &run, T0);
    assert_eq!(tracker.due(&squats, &first), [Cue::Break]);
    // Next look: 58.5 s later, three segments on.
    let later = state_at(&squats, &run, T0 + 58_500);
    assert_eq!(tracker.due(&squats, &later), [Cue::Break]);
    let again = state_at(&squats, &run, T0 + 58_900);
    assert_eq!(tracker.due(&squats, &again), []);
    let next = state_at(&squats, &run, T0 + 59_000);
    assert_eq!(tracker.due(&squats, &next), [Cue::Countdown(1)]);
}

#[test]
fn a_segment_started_again_is_cued_again() {
    let squats = timeline(&[("walking-squat", Dose::timed(2, 30, 20))]);
    let mut run = Run::new(T0);
    let mut tracker = CueTracker::default();
    let mut look = |run: &Run, ms| tracker.due(&squats, &state_at(&squats, run, T0 + ms));
    assert_eq!(look(&run, 0), [Cue::Break]);
    assert_eq!(look(&run, 10_000), [Cue::Work]);
    assert_eq!(look(&run, 20_000), []);
    run.act(&squats, Action::Previous, T0 + 20_000);
    assert_eq!(look(&run, 20_000), [Cue::Work]);
}

#[test]
fn rep_sets_tick_only_for_tempo_and_pauses_stay_quiet() {
    let clams = timeline(&[("clamshell", Dose::reps(1, 10, 0))]);
    let mut run = Run::new(T0);
    run.act(&clams, Action::Pause, T0 + 15_000);
    let cues = watch(&clams, &run, 20, 500);
    assert_eq!(
        cues,
        [
            (0, Cue::Break),
            (7, Cue::Countdown(3)),
            (8, Cue::Countdown(2)),
            (9, Cue::Countdown(1)),
            (10, Cue::Work),
            (12, Cue::Tempo),
            (14, Cue::Tempo),
        ]
    );
}

#[test]
fn spoken_cues_name_the_exercise_side_target_and_band() {
    let clams = timeline(&[("clamshell", Dose::reps(1, 12, 0).each_side())]);
    let s = &clams.segments;
    assert_eq!(
        spoken(&s[0], "Clamshell", Some("Red")),
        "Get ready: Clamshell, Red band"
    );
    assert_eq!(
        spoken(&s[1], "Clamshell", Some("Red")),
        "Clamshell, left side, 12 reps, Red band"
    );
    assert_eq!(spoken(&s[2], "Clamshell", None), "Switch to the right side");
    assert_eq!(
        spoken(&s[3], "Clamshell", None),
        "Clamshell, right side, 12 reps"
    );
    assert_eq!(
        spoken(&s[4], "Clamshell", None),
        "Workout complete. Well done"
    );

    let holds = timeline(&[
        ("ankle-plantar-flexion", Dose::holds(2, 3, 5, 30)),
        ("walking-squat", Dose::timed(1, 30, 0)),
        ("lateral-band-walk", Dose::steps_each_way(1, 15, 0)),
    ]);
    let said: Vec<String> = holds
        .segments
        .iter()
        .take(9)
        .map(|seg| spoken(seg, "Move", None))
        .collect();
    assert_eq!(
        said,
        [
            "Get ready: Move",
            "Move, hold 1 of 3, 5 seconds",
            "Release",
            "Move, hold 2 of 3, 5 seconds",
            "Release",
            "Move, hold 3 of 3, 5 seconds",
            "Rest 30 seconds",
            "Move, hold 1 of 3, 5 seconds",
            "Release",
        ]
    );
    let timed = holds
        .segments
        .iter()
        .find(|seg| seg.entry == 1 && seg.phase == Phase::Work);
    assert_eq!(
        spoken(timed.unwrap(), "Walking squat", None),
        "Walking squat, 30 seconds"
    );
    let walk = holds
        .segments
        .iter()
        .find(|seg| seg.entry == 2 && seg.phase == Phase::Work);
    assert_eq!(
        spoken(walk.unwrap(), "Lateral band walk", None),
        "Lateral band walk, 15 steps each way"
    );
}

#[test]
fn goals_and_counts_in_words() {
    let holds = timeline(&[
        ("ankle-plantar-flexion", Dose::holds(2, 8, 5, 30)),
        ("lateral-band-walk", Dose::steps_each_way(1, 15, 0)),
        ("walking-squat", Dose::timed(1, 30, 0)),
        ("clamshell", Dose::reps(1, 12, 0)),
        ("banded-plank-hold", Dose::hold(1, 30, 0)),
    ]);
    let goals: Vec<Option<String>> = holds
        .segments
        .iter()
        .filter(|s| {
            s.phase == Phase::Work
                && (s.entry != 0 || s.goal == Some(Goal::Hold { number: 2, of: 8 }))
        })
        .map(goal_text)
        .collect();
    assert_eq!(
        goals,
        [
            Some("Hold 2 of 8".to_owned()),
            Some("Hold 2 of 8".to_owned()),
            Some("15 steps each way".to_owned()),
            None,
            Some("12 reps".to_owned()),
            None,
        ]
    );
    assert_eq!(goal_text(&holds.segments[0]), None, "get ready");
    assert_eq!(count_text(&holds.segments[1]), "Set 1 of 2");
    let last = holds.segments.len() - 2;
    assert_eq!(count_text(&holds.segments[last]), "");

    let mut routine = Routine::new("Circuit");
    routine.push("clamshell", Dose::reps(2, 10, 0), BandChoice::default());
    routine.push("dead-bug", Dose::timed(1, 30, 0), BandChoice::default());
    routine.group(0, 1, 3).unwrap();
    let circuit = Timeline::build(&routine).unwrap();
    assert_eq!(count_text(&circuit.segments[1]), "Round 1 of 3");
    let done = circuit.segments.last().unwrap();
    assert_eq!(count_text(done), "");
}

#[test]
fn labels_name_the_phase_once() {
    let clams = timeline(&[("clamshell", Dose::reps(2, 12, 30))]);
    let labels: Vec<&str> = clams.segments.iter().map(phase_label).collect();
    assert_eq!(labels, ["Get ready", "Work", "Rest", "Work", "Done"]);
}

#[test]
fn a_segment_skipped_to_while_paused_gets_its_tone_on_resume() {
    let squats = timeline(&[("walking-squat", Dose::timed(2, 30, 20))]);
    let mut run = Run::new(T0);
    let mut tracker = CueTracker::default();
    let mut look = |run: &Run, ms| tracker.due(&squats, &state_at(&squats, run, T0 + ms));
    assert_eq!(look(&run, 0), [Cue::Break]);
    run.act(&squats, Action::Pause, T0 + 2_000);
    run.act(&squats, Action::Skip, T0 + 3_000);
    assert_eq!(look(&run, 3_000), [], "paused: quiet");
    run.act(&squats, Action::Resume, T0 + 9_000);
    assert_eq!(look(&run, 9_000), [Cue::Work]);
    // Paused and resumed within one segment: no tone again.
    run.act(&squats, Action::Pause, T0 + 12_000);
    assert_eq!(look(&run, 12_000), []);
    run.act(&squats, Action::Resume, T0 + 15_000);
    assert_eq!(look(&run, 15_000), []);
}

#[test]
fn a_hold_whose_name_says_hold_is_not_told_hold_again() {
    let bridge = timeline(&[("glute-bridge-hold", Dose::hold(1, 30, 0))]);
    let work = &bridge.segments[1];
    assert_eq!(
        spoken(work, "Glute bridge hold", None),
        "Glute bridge hold, 30 seconds"
    );
    assert_eq!(spoken(work, "Plank", None), "Plank, hold 30 seconds");
}
