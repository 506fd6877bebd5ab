//! Tests for `playback`.

use super::*;
use crate::model::dose::Dose;
use crate::model::routine::timeline::Side;
use crate::model::routine::{BandChoice, Routine};

const T0: u64 = 1_700_000_000_000;
const S: u64 = 1000;

fn timeline(moves: &[(&str, Dose)]) -> Timeline {
    let mut routine = Routine::new("Test");
    for (exercise, dose) in moves {
        routine.push(exercise, *dose, BandChoice::default());
    }
    Timeline::build(&routine).unwrap()
}

/// Get ready 10 s, then 4 x 30 s with 20 s rests.
fn squats() -> Timeline {
    timeline(&[("walking-squat", Dose::timed(4, 30, 20))])
}

fn at(timeline: &Timeline, run: &Run, seconds: u64) -> (usize, u64) {
    let state = state_at(timeline, run, T0 + seconds * S);
    (state.index, state.left_seconds())
}

#[test]
fn timed_segments_follow_the_clock_with_exact_boundaries() {
    let squats = squats();
    let run = Run::new(T0);
    assert_eq!(at(&squats, &run, 0), (0, 10));
    assert_eq!(state_at(&squats, &run, T0 + 9_999).index, 0);
    assert_eq!(state_at(&squats, &run, T0 + 9_001).left_seconds(), 1);
    assert_eq!(at(&squats, &run, 10), (1, 30));
    assert_eq!(at(&squats, &run, 39), (1, 1));
    assert_eq!(at(&squats, &run, 40), (2, 20));
    assert_eq!(at(&squats, &run, 60), (3, 30));
    // 10 + 4 x 30 + 3 x 20 = 190 s to the end, and it stays there.
    assert_eq!(at(&squats, &run, 189), (7, 1));
    let end = state_at(&squats, &run, T0 + 190 * S);
    assert_eq!((end.index, end.finished), (8, true));
    assert_eq!(state_at(&squats, &run, T0 + 10_000 * S).index, 8);
    // Before the start (a clock that stepped back) is the start.
    assert_eq!(state_at(&squats, &run, T0 - 5 * S).elapsed_ms, 0);
}

#[test]
fn thirty_minutes_hidden_lands_exactly_where_the_clock_says() {
    let routine = crate::model::routine::starter::by_id("mini-band-eight")
        .unwrap()
        .build(&crate::model::kit::band::BandKit::default());
    let timeline = Timeline::build(&routine).unwrap();
    let mut run = Run::new(T0);
    // Work through the first segments with Done taps, then leave the
    // tab hidden for 30 minutes on a timed stretch: nothing ticks, and
    // the state is computed from the timestamps alone.
    let first_timed = timeline
        .segments
        .iter()
        .position(|s| s.phase == Phase::Work && !s.waits_for_done)
        .unwrap();
    assert_eq!(first_timed, 1, "plantar flexion holds come first");
    let later = T0 + 30 * 60 * S;
    let state = state_at(&timeline, &run, later);
    // Expected: walk the segments by hand until 1800 s are used up.
    let mut left = 1800 * S;
    let mut index = 0;
    while !timeline.segments[index].waits_for_done
        && u64::from(timeline.segments[index].seconds) * S <= left
    {
        left -= u64::from(timeline.segments[index].seconds) * S;
        index += 1;
    }
    assert_eq!((state.index, state.elapsed_ms), (index, left));
    assert!(timeline.segments[index].waits_for_done);
    // The same answer whichever moments were looked at on the way.
    assert!(run.act(&timeline, Action::Pause, later));
    assert_eq!(state_at(&timeline, &run, later + 99 * S).index, index);
}

#[test]
fn the_next_change_is_the_next_whole_second_shown() {
    let squats = squats();
    let mut run = Run::new(T0);
    let at = |run: &Run, ms: u64| state_at(&squats, run, T0 + ms);
    // 10 s of get ready: at 0.3 s the display reads 10 until 1.0 s.
    assert_eq!(at(&run, 300).ms_to_next_change(false), 700);
    // At 9.6 s it reads 1; the work segment starts at 10.0 s.
    assert_eq!(at(&run, 9_600).ms_to_next_change(false), 400);
    assert_eq!(at(&run, 10_000).ms_to_next_change(false), 1000);
    // Counting up: the next whole second of elapsed time.
    assert_eq!(at(&run, 10_250).ms_to_next_change(true), 750);
    run.act(&squats, Action::Pause, T0 + 11_000);
    assert_eq!(at(&run, 11_300).ms_to_next_change(false), 1000);
}

#[test]
fn total_time_left_and_progress_follow_the_segments() {
    let squats = squats();
    let run = Run::new(T0);
    let start = state_at(&squats, &run, T0);
    assert_eq!(start.total_left_ms(&squats), 190 * S);
    assert_eq!(start.progress_permille(&squats), 0);
    let later = state_at(&squats, &run, T0 + 95 * S);
    assert_eq!(later.total_left_ms(&squats), 95 * S);
    assert_eq!(later.progress_permille(&squats), 500);
    let end = state_at(&squats, &run, T0 + 500 * S);
    assert_eq!(end.total_left_ms(&squats), 0);
    assert_eq!(end.progress_permille(&squats), 1000);
}

#[test]
fn pause_stops_time_and_resume_carries_on_from_the_same_point() {
    let squats = squats();
    let mut run = Run::new(T0);
    assert!(run.act(&squats, Action::Pause, T0 + 15 * S));
    assert!(
        !run.act(&squats, Action::Pause, T0 + 16 * S),
        "already paused"
    );
    let paused = state_at(&squats, &run, T0 + 500 * S);
    assert!(paused.paused);
    assert_eq!((paused.index, paused.left_seconds()), (1, 25));
    assert!(run.act(&squats, Action::Resume, T0 + 515 * S));
    assert_eq!(at(&squats, &run, 515), (1, 25));
    assert_eq!(at(&squats, &run, 540), (2, 20));
    assert_eq!(state_at(&squats, &run, T0 + 540 * S).active_ms, 40 * S);
}

#[test]
fn rep_sets_wait_for_done_however_long_it_takes() {
    let clams = timeline(&[("clamshell", Dose::reps(2, 12, 30).each_side())]);
    let mut run = Run::new(T0);
    assert!(
        !run.act(&clams, Action::Done, T0 + 5 * S),
        "get ready is timed"
    );
    let waiting = state_at(&clams, &run, T0 + 600 * S);
    assert_eq!(waiting.index, 1);
    assert_eq!(clams.segments[1].side, Some(Side::Left));
    assert_eq!(waiting.elapsed_ms, 590 * S);
    assert!(run.act(&clams, Action::Done, T0 + 40 * S));
    // Switch sides for 5 s, then the right side waits in turn.
    assert_eq!(at(&clams, &run, 41), (2, 4));
    // Work that waits for Done shows its estimate, not a countdown to 0.
    assert_eq!(at(&clams, &run, 45), (3, 24));
    assert_eq!(clams.segments[3].side, Some(Side::Right));
    assert_eq!(at(&clams, &run, 900).0, 3);
}

#[test]
fn skip_previous_and_extra_rest() {
    let squats = squats();
    let mut run = Run::new(T0);
    assert!(run.act(&squats, Action::Skip, T0 + 2 * S));
    assert_eq!(at(&squats, &run, 2), (1, 30));
    // Early in a segment, Previous goes back one.
    assert!(run.act(&squats, Action::Previous, T0 + 3 * S));
    assert_eq!(at(&squats, &run, 3), (0, 10));
    // Later, it starts the current segment again.
    assert!(run.act(&squats, Action::Skip, T0 + 4 * S));
    assert!(run.act(&squats, Action::Previous, T0 + 20 * S));
    assert_eq!(at(&squats, &run, 20), (1, 30));
    // The rest after set 1 begins at 50 s; +15 s makes it 35 s.
    assert!(
        !run.act(&squats, Action::ExtraRest, T0 + 49 * S),
        "not during work"
    );
    assert!(run.act(&squats, Action::ExtraRest, T0 + 55 * S));
    assert_eq!(at(&squats, &run, 55), (2, 30));
    assert_eq!(at(&squats, &run, 84), (2, 1));
    assert_eq!(at(&squats, &run, 85), (3, 30));
    // The extra time belonged to that rest only.
    assert_eq!(at(&squats, &run, 115), (4, 20));
}

#[test]
fn skip_while_paused_moves_on_and_stays_paused() {
    let squats = squats();
    let mut run = Run::new(T0);
    // Paused during get ready with 4 s left: Skip goes to the first set,
    // which waits, paused, at its full length.
    assert!(run.act(&squats, Action::Pause, T0 + 6 * S));
    assert!(run.act(&squats, Action::Skip, T0 + 7 * S));
    let state = state_at(&squats, &run, T0 + 60 * S);
    assert_eq!((state.index, state.left_seconds()), (1, 30));
    assert!(state.paused);
    // Again: to the rest after it, still paused.
    assert!(run.act(&squats, Action::Skip, T0 + 61 * S));
    let state = state_at(&squats, &run, T0 + 62 * S);
    assert_eq!(
        (state.index, state.left_seconds(), state.paused),
        (2, 20, true)
    );
    // Resumed, the rest counts down from its start.
    assert!(run.act(&squats, Action::Resume, T0 + 70 * S));
    assert_eq!(at(&squats, &run, 75), (2, 15));
}

#[test]
fn many_skips_while_paused_reach_the_end_and_no_further() {
    let squats = squats();
    let mut run = Run::new(T0);
    assert!(run.act(&squats, Action::Pause, T0 + S));
    let mut taps = 0;
    while run.act(&squats, Action::Skip, T0 + 2 * S + taps) {
        taps += 1;
    }
    // Get ready and 4 sets with 3 rests: eight skips to done.
    assert_eq!(taps, 8);
    assert!(state_at(&squats, &run, T0 + 100 * S).finished);
}

#[test]
fn previous_done_and_extra_rest_also_work_while_paused() {
    let clams = timeline(&[("clamshell", Dose::reps(2, 12, 30))]);
    let mut run = Run::new(T0);
    assert!(run.act(&clams, Action::Pause, T0 + 12 * S));
    // Paused in the first rep set: Done ends it, the rest waits paused.
    assert!(run.act(&clams, Action::Done, T0 + 13 * S));
    let rest = state_at(&clams, &run, T0 + 20 * S);
    assert_eq!(
        (rest.index, rest.left_seconds(), rest.paused),
        (2, 30, true)
    );
    assert!(run.act(&clams, Action::ExtraRest, T0 + 21 * S));
    assert_eq!(at(&clams, &run, 22), (2, 45));
    // Previous, early in a segment, goes back to the set, still paused.
    assert!(run.act(&clams, Action::Previous, T0 + 23 * S));
    let back = state_at(&clams, &run, T0 + 24 * S);
    assert_eq!((back.index, back.elapsed_ms, back.paused), (1, 0, true));
}

#[test]
fn nothing_applies_at_the_end_but_previous() {
    let squats = squats();
    let mut run = Run::new(T0);
    let end = T0 + 190 * S;
    assert!(!run.act(&squats, Action::Skip, end));
    assert!(!run.act(&squats, Action::Pause, end));
    assert!(run.act(&squats, Action::Previous, end));
    assert_eq!(at(&squats, &run, 190), (7, 30));
    assert!(!state_at(&squats, &run, end).finished);
}

#[test]
fn a_clock_that_steps_back_moves_the_run_back_and_time_goes_on() {
    let squats = squats();
    let mut run = Run::new(T0);
    // At 20 s the first set is under way; Skip moves to its rest.
    assert!(run.act(&squats, Action::Skip, T0 + 20 * S));
    // The clock is corrected 15 s back: the run moves back with it.
    assert!(run.act(&squats, Action::Pause, T0 + 5 * S));
    assert_eq!(run.started_at, T0 - 15 * S);
    assert_eq!(run.events[0].at, T0 + 5 * S);
    assert_eq!(run.events[1].at, T0 + 5 * S);
    assert!(run.is_ordered());
    let state = state_at(&squats, &run, T0 + 60 * S);
    assert_eq!((state.index, state.elapsed_ms, state.paused), (2, 0, true));
    // Resumed, time moves on at once instead of waiting 15 s.
    assert!(run.act(&squats, Action::Resume, T0 + 6 * S));
    assert_eq!(state_at(&squats, &run, T0 + 9 * S).elapsed_ms, 3 * S);
}

#[test]
fn runs_edited_out_of_order_are_recognised() {
    let mut run = Run::new(T0);
    assert!(run.is_ordered());
    run.events.push(Event {
        at: T0 - 1,
        action: Action::Skip,
    });
    assert!(!run.is_ordered());
    let mut run = Run::new(T0);
    run.events.push(Event {
        at: T0 + 5,
        action: Action::Pause,
    });
    run.events.push(Event {
        at: T0 + 4,
        action: Action::Resume,
    });
    assert!(!run.is_ordered());
}

#[test]
fn the_moment_the_end_was_reached_is_kept() {
    let squats = squats();
    let mut run = Run::new(T0);
    run.act(&squats, Action::Pause, T0 + 20 * S);
    run.act(&squats, Action::Resume, T0 + 50 * S);
    assert_eq!(state_at(&squats, &run, T0 + 100 * S).done_at, None);
    // 190 s of workout and 30 s paused: done at 220 s, seen much later.
    let later = state_at(&squats, &run, T0 + 5_000 * S);
    assert_eq!(later.done_at, Some(T0 + 220 * S));
}

#[test]
fn visits_add_up_to_the_active_time() {
    let squats = squats();
    let mut run = Run::new(T0);
    run.act(&squats, Action::Skip, T0 + 3 * S);
    run.act(&squats, Action::Pause, T0 + 20 * S);
    run.act(&squats, Action::Resume, T0 + 80 * S);
    let now = T0 + 120 * S;
    let visits = visits(&squats, &run, now);
    let spent: u64 = visits.iter().map(|v| v.active_ms).sum();
    assert_eq!(spent, 120 * S - 60 * S);
    let indexes: Vec<usize> = visits.iter().map(|v| v.index).collect();
    assert_eq!(indexes, [0, 1, 2, 3]);
}

#[test]
fn a_run_survives_a_round_trip_through_json() {
    let squats = squats();
    let mut run = Run::new(T0);
    run.act(&squats, Action::Pause, T0 + 3 * S);
    let text = serde_json::to_string(&run).unwrap();
    assert_eq!(
        text,
        format!(
            r#"{{"started_at":{T0},"events":[{{"at":{},"action":"pause"}}]}}"#,
            T0 + 3 * S
        )
    );
    assert_eq!(serde_json::from_str::<Run>(&text).unwrap(), run);
}

// Native only: proptest does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::model::dose::{Dose, Shape};
    use crate::model::routine::estimate;
    use crate::model::routine::{BandChoice, Circuit, Routine};

    const EXERCISES: [&str; 4] = ["clamshell", "walking-squat", "dead-bug", "glute-bridge"];

    fn shape() -> impl Strategy<Value = Shape> {
        prop_oneof![
            (1u16..=20).prop_map(|reps| Shape::Reps { reps }),
            (1u16..=60).prop_map(|work_s| Shape::Timed { work_s }),
            (1u16..=5, 1u16..=10).prop_map(|(holds, hold_s)| Shape::Holds { holds, hold_s }),
            (1u16..=20).prop_map(|steps| Shape::StepsEachWay { steps }),
            (1u16..=60).prop_map(|hold_s| Shape::Hold { hold_s }),
        ]
    }

    fn dose() -> impl Strategy<Value = Dose> {
        (1u8..=4, shape(), 0u16..=30, any::<bool>()).prop_map(|(sets, shape, rest_s, per_side)| {
            Dose {
                sets,
                shape,
                rest_s,
                per_side,
            }
        })
    }

    /// Up to six entries; sometimes a circuit over some of them.
    fn routine() -> impl Strategy<Value = Routine> {
        (
            prop::collection::vec((0..EXERCISES.len(), dose()), 1..6),
            any::<Option<(usize, usize, u8, u16, u16)>>(),
        )
            .prop_map(|(moves, circuit)| {
                let mut routine = Routine::new("Any");
                for (exercise, dose) in &moves {
                    routine.push(EXERCISES[*exercise], *dose, BandChoice::default());
                }
                if let Some((a, b, rounds, transition_s, round_rest_s)) = circuit {
                    let len = moves.len();
                    let (start, end) = (a % len, b % len);
                    let rounds = rounds % 4 + 1;
                    if start < end {
                        if let Some(id) = routine.group(start, end, rounds) {
                            routine.set_circuit(Circuit {
                                id,
                                rounds,
                                transition_s: transition_s % 20,
                                round_rest_s: round_rest_s % 90,
                            });
                        }
                    }
                }
                routine
            })
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::Pause),
            Just(Action::Resume),
            Just(Action::Skip),
            Just(Action::Previous),
            Just(Action::Done),
            Just(Action::ExtraRest),
        ]
    }

    const T0: u64 = 1_800_000_000_000;

    proptest! {
        #[test]
        fn a_timeline_lasts_exactly_the_estimate(routine in routine()) {
            let timeline = Timeline::build(&routine).unwrap();
            prop_assert_eq!(timeline.seconds_from(0), estimate::routine_seconds(&routine));
        }

        /// Time spent in segments is the elapsed time less the paused time,
        /// whatever the user did and whenever they looked.
        #[test]
        fn time_in_segments_is_elapsed_less_paused(
            routine in routine(),
            actions in prop::collection::vec((0u64..90_000, action()), 0..40),
            tail in 0u64..600_000,
        ) {
            let timeline = Timeline::build(&routine).unwrap();
            let mut run = Run::new(T0);
            let mut now = T0;
            for (wait, action) in actions {
                now += wait;
                run.act(&timeline, action, now);
            }
            now += tail;
            // Paused time, worked out from the log on its own.
            let mut paused = 0;
            let mut since = None;
            for event in &run.events {
                match (event.action, since) {
                    (Action::Pause, None) => since = Some(event.at),
                    (Action::Resume, Some(from)) => {
                        paused += event.at - from;
                        since = None;
                    }
                    _ => {}
                }
            }
            if let Some(from) = since {
                paused += now - from;
            }
            let spent: u64 = visits(&timeline, &run, now).iter().map(|v| v.active_ms).sum();
            prop_assert_eq!(spent, now - T0 - paused);
            let state = state_at(&timeline, &run, now);
            prop_assert_eq!(state.active_ms, now - T0 - paused);
            prop_assert!(state.index <= timeline.done_index());
        }
    }
}
