//! Tests for `saved`.

use super::*;
use crate::model::dose::Dose;
use crate::model::history::session::{History, Rating};
use crate::model::kit::band::preset;
use crate::model::routine::BandChoice;

const T0: u64 = 1_700_000_000_000;

pub(crate) fn kit() -> BandKit {
    preset("fabric-loop-3").unwrap().kit()
}

pub(crate) fn routine(kit: &BandKit) -> Routine {
    let mut routine = Routine::new("Evening");
    let band = |n: usize| BandChoice {
        main: Some(kit.bands[n].id),
        stacked: None,
    };
    routine.push("walking-squat", Dose::timed(2, 30, 20), band(1));
    routine.push("clamshell", Dose::reps(2, 12, 0), band(0));
    routine
}

fn name(id: &str) -> String {
    crate::model::catalog::name_of(id)
}

#[test]
fn a_workout_last_seen_at_its_end_becomes_its_session() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    // Played straight through: every rep set is done after a second.
    let mut now = T0;
    while !state_at(&timeline, &workout.run, now).finished {
        let state = state_at(&timeline, &workout.run, now);
        if timeline.segments[state.index].waits_for_done && state.elapsed_ms > 0 {
            workout.run.act(&timeline, Action::Done, now);
        }
        now += 1_000;
    }
    workout.last_seen = now;
    let session = workout.ended_session().expect("the end was reached");
    assert_eq!(session, workout.session(&timeline, now));
    assert_eq!(session.sets(), 4);
    assert_eq!(session.id, T0);
}

/// Plays `workout` straight through (every rep set done after a second)
/// and returns when it ended.
fn play_through(workout: &mut Workout, timeline: &Timeline) -> u64 {
    let mut now = T0;
    while !state_at(timeline, &workout.run, now).finished {
        let state = state_at(timeline, &workout.run, now);
        if timeline.segments[state.index].waits_for_done && state.elapsed_ms > 0 {
            workout.run.act(timeline, Action::Done, now);
        }
        now += 1_000;
    }
    now
}

#[test]
fn a_circuit_session_counts_each_move_once_per_round() {
    let kit = kit();
    let mut routine = routine(&kit);
    routine.group(0, 1, 2).unwrap();
    let mut workout = Workout::start(&routine, &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    let now = play_through(&mut workout, &timeline);
    let session = workout.session(&timeline, now);
    let done: Vec<(u8, u8)> = session
        .exercises
        .iter()
        .map(|e| (e.sets_done, e.dose.sets))
        .collect();
    assert_eq!(done, [(2, 2), (2, 2)], "two rounds of one set each");
    assert_eq!(session.sets(), 4);
}

#[test]
fn a_workout_last_seen_before_its_end_goes_back_to_the_player() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    workout.last_seen = T0 + 45_000;
    assert_eq!(workout.ended_session(), None);
    // Found later, it waits paused where it was: still not ended.
    let found = workout.found(T0 + 3_600_000);
    assert_eq!(found.ended_session(), None);
    let timeline = found.timeline().unwrap();
    assert!(state_at(&timeline, &found.run, T0 + 3_600_000).paused);
}

#[test]
fn starting_copies_the_routine_and_only_the_bands_it_uses() {
    let kit = kit();
    let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    assert_eq!(workout.routine, routine(&kit));
    let names: Vec<String> = workout.bands.iter().map(Band::name).collect();
    assert_eq!(names, ["Grey, medium", "Green, light"]);
    assert_eq!(workout.run, Run::new(T0));
}

#[test]
fn routines_that_cannot_start_say_why_in_plain_words() {
    let kit = kit();
    let empty = Workout::start(&Routine::new("Empty"), &kit, T0, name);
    assert_eq!(empty, Err(StartProblem::Empty));
    assert!(StartProblem::Empty.to_string().contains("no exercises"));

    let mut smaller = kit.clone();
    smaller.remove(kit.bands[1].id);
    let problem = Workout::start(&routine(&kit), &smaller, T0, name).unwrap_err();
    assert_eq!(
        problem,
        StartProblem::MissingBands(vec!["Walking squat".to_owned()])
    );
    assert!(problem
        .to_string()
        .starts_with("The band for Walking squat is no longer"));

    let mut bad = routine(&kit);
    bad.entries[1].dose.sets = 0;
    let problem = Workout::start(&bad, &kit, T0, name).unwrap_err();
    assert_eq!(
        problem.to_string(),
        "Clamshell has a dose that can't be done. Fix it in the routine editor first."
    );
}

#[test]
fn reopening_pauses_at_the_last_moment_seen() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    workout.last_seen = T0 + 25_000;
    let timeline = workout.timeline().unwrap();
    let reopened = workout.clone().reopened();
    // An hour later it is still 15 s into the first set.
    let state = state_at(&timeline, &reopened.run, T0 + 3_600_000);
    assert!(state.paused);
    assert_eq!((state.index, state.elapsed_ms), (1, 15_000));
    // Already paused: nothing more is added.
    let twice = reopened.clone().reopened();
    assert_eq!(twice.run.events.len(), 1);
}

#[test]
fn a_workout_another_tab_is_playing_carries_on_and_a_left_one_waits() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    workout.last_seen = T0 + 20_000;
    // Heard from 4 s ago, page not left: another tab is playing it.
    assert_eq!(workout.clone().found(T0 + 24_000), workout);
    // Quiet for longer than three heartbeats: it waits.
    let quiet = workout.clone().found(T0 + 20_000 + 3 * HEARTBEAT_MS + 1);
    assert_eq!(quiet.run.events.len(), 1);
    // Its page was left (reloaded or closed): it waits, however recent.
    workout.left = true;
    let left = workout.found(T0 + 20_001);
    assert_eq!(left.run.events.len(), 1);
    assert!(!left.left);
}

#[test]
fn a_session_counts_sets_reached_and_time_without_pauses() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    // Squats run on time to 90 s; then two clamshell sets with Done.
    workout.run.act(&timeline, Action::Pause, T0 + 95_000);
    workout.run.act(&timeline, Action::Resume, T0 + 155_000);
    workout.run.act(&timeline, Action::Done, T0 + 180_000);
    workout.run.act(&timeline, Action::Done, T0 + 200_000);
    let session = workout.session(&timeline, T0 + 200_000);
    assert!(session.finished);
    assert_eq!(session.active_s, 140);
    let sets: Vec<u8> = session.exercises.iter().map(|e| e.sets_done).collect();
    assert_eq!(sets, [2, 2]);
    assert_eq!(session.sets(), 4);
    assert_eq!(session.exercises[0].bands[0].name, "Grey, medium");
    assert_eq!(session.exercises[1].actual_unit(), "reps");
    assert_eq!(session.exercises[1].planned(), 12);

    // Ended early, 10 s into the first 30 s squat set: not a set done.
    let early = workout.session(&timeline, T0 + 20_000);
    assert!(!early.finished);
    let sets: Vec<u8> = early.exercises.iter().map(|e| e.sets_done).collect();
    assert_eq!(sets, [0, 0]);
    assert_eq!(early.exercises[0].cut_short_s, [10]);
}

/// A workout of `dose` on the glute bridge hold, and its timeline.
fn holding(dose: Dose) -> (Workout, Timeline) {
    let kit = kit();
    let mut routine = Routine::new("Bridge");
    routine.push("glute-bridge-hold", dose, BandChoice::default());
    let workout = Workout::start(&routine, &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    (workout, timeline)
}

#[test]
fn a_hold_skipped_after_a_second_is_logged_as_that_second() {
    let (mut workout, timeline) = holding(Dose::hold(1, 30, 0));
    // Get ready 10 s, then the 30 s hold skipped after 1 s.
    assert!(workout.run.act(&timeline, Action::Skip, T0 + 11_000));
    let session = workout.session(&timeline, T0 + 11_000);
    assert!(session.finished);
    let bridge = &session.exercises[0];
    assert_eq!(
        (bridge.sets_done, bridge.cut_short_s.as_slice()),
        (0, &[1][..])
    );
    assert_eq!(session.sets(), 0);
    assert!(has_work(&session), "a cut-short hold is worth keeping");
    assert_eq!(
        cut_short_text(bridge).as_deref(),
        Some("1 set cut short: 1 s of 30 s")
    );
}

#[test]
fn timed_sets_run_to_their_end_or_skipped_in_the_last_second_are_done() {
    let (mut workout, timeline) = holding(Dose::hold(3, 30, 0));
    // Set 1 runs out (10 to 40 s); set 2 is skipped 29.5 s in; set 3 is
    // skipped at 12 s, after a Previous that started it again.
    assert!(workout.run.act(&timeline, Action::Skip, T0 + 69_500));
    assert!(workout.run.act(&timeline, Action::Previous, T0 + 90_000));
    assert!(workout.run.act(&timeline, Action::Skip, T0 + 102_000));
    let bridge = workout.session(&timeline, T0 + 102_000).exercises[0].clone();
    assert_eq!(bridge.sets_done, 2);
    assert_eq!(bridge.cut_short_s, [21], "the longer of the two tries");
    assert!(cut_short_text(&bridge).is_some());
}

#[test]
fn a_set_of_holds_counts_its_whole_work_on_both_sides() {
    // 3 holds of 10 s each side: 60 s of work a set.
    let (mut workout, timeline) = holding(Dose::holds(1, 3, 10, 0).each_side());
    let right = timeline
        .segments
        .iter()
        .position(|s| s.side == Some(crate::model::routine::timeline::Side::Right))
        .unwrap();
    // Let the left side run out, then skip through the right side.
    let mut now = T0;
    while state_at(&timeline, &workout.run, now).index < right {
        now += 500;
    }
    now += 5_000;
    while !state_at(&timeline, &workout.run, now).finished {
        workout.run.act(&timeline, Action::Skip, now);
    }
    let bridge = workout.session(&timeline, now).exercises[0].clone();
    assert_eq!(
        (bridge.sets_done, bridge.cut_short_s.as_slice()),
        (0, &[35][..])
    );
    assert_eq!(
        cut_short_text(&bridge).as_deref(),
        Some("1 set cut short: 35 s of 60 s")
    );
}

#[test]
fn rep_sets_and_untouched_sets_are_as_before() {
    let kit = kit();
    let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    // Paused at once, then everything skipped while paused: nothing was
    // done, so nothing is logged, not even a cut-short set.
    workout.run.act(&timeline, Action::Pause, T0 + 1_000);
    while workout.run.act(&timeline, Action::Skip, T0 + 2_000) {}
    let session = workout.session(&timeline, T0 + 2_000);
    assert!(session.finished);
    assert!(session
        .exercises
        .iter()
        .all(|e| e.sets_done == 0 && e.cut_short_s.is_empty()));
    assert!(!has_work(&session));
    assert_eq!(cut_short_text(&session.exercises[0]), None);
}

#[test]
fn several_cut_short_sets_read_as_one_line() {
    let (workout, timeline) = holding(Dose::hold(3, 30, 0));
    let mut bridge = workout.session(&timeline, T0).exercises[0].clone();
    bridge.cut_short_s = vec![1, 12, 20];
    assert_eq!(
        cut_short_text(&bridge).as_deref(),
        Some("3 sets cut short: 1 s, 12 s and 20 s of 30 s")
    );
    bridge.cut_short_s = vec![1, 12];
    assert_eq!(
        cut_short_text(&bridge).as_deref(),
        Some("2 sets cut short: 1 s and 12 s of 30 s")
    );
}

#[test]
fn a_workout_that_ended_unseen_counts_only_its_own_time() {
    let kit = kit();
    let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    let mut done = workout.clone();
    done.run.act(&timeline, Action::Done, T0 + 120_000);
    done.run.act(&timeline, Action::Done, T0 + 140_000);
    // Looked at twenty minutes later.
    let session = done.session(&timeline, T0 + 1_340_000);
    assert!(session.finished);
    assert_eq!(session.active_s, 140);
    assert_eq!(session.ended_at, T0 + 140_000);
}

#[test]
fn hand_edited_runs_and_circuits_that_cannot_replay_have_no_timeline() {
    let kit = kit();
    let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let mut backwards = workout.clone();
    backwards
        .run
        .events
        .push(crate::model::workout::playback::Event {
            at: T0 - 10,
            action: Action::Skip,
        });
    assert_eq!(backwards.timeline(), None);
    let mut circuit = workout;
    let id = circuit.routine.group(0, 1, 2).unwrap();
    assert!(circuit.timeline().is_some());
    circuit.routine.circuits.iter_mut().for_each(|c| {
        assert_eq!(c.id, id);
        c.rounds = 0;
    });
    assert_eq!(circuit.timeline(), None);
}

#[test]
fn recording_a_session_twice_keeps_one() {
    let kit = kit();
    let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
    let timeline = workout.timeline().unwrap();
    let mut history = History::default();
    history.record(workout.session(&timeline, T0 + 5_000));
    let mut rated = workout.session(&timeline, T0 + 5_000);
    rated.exercises[0].rating = Some(Rating::TooHard);
    history.record(rated.clone());
    assert_eq!(history.sessions, [rated]);
}

#[test]
fn a_removed_session_comes_back_in_its_place() {
    let kit = kit();
    let mut history = History::default();
    for start in [T0, T0 + 1, T0 + 2] {
        let workout = Workout::start(&routine(&kit), &kit, start, name).unwrap();
        history.record(workout.session(&workout.timeline().unwrap(), start + 5_000));
    }
    let (at, removed) = history.remove(T0 + 1).unwrap();
    assert_eq!(at, 1);
    assert_eq!(history.sessions.len(), 2);
    assert_eq!(history.remove(T0 + 1), None);
    history.restore(at, removed.clone());
    let ids: Vec<u64> = history.sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids, [T0, T0 + 1, T0 + 2]);
    history.restore(at, removed);
    assert_eq!(history.sessions.len(), 3, "never twice");
}
