//! Tests for `step_ups`.

use super::*;
use crate::model::dose::Dose;
use crate::model::history::session::{Rating, Session, SessionExercise};
use crate::model::kit::band::preset;
use crate::model::routine::BandChoice;

fn kit() -> BandKit {
    preset("fabric-loop-3").unwrap().kit()
}

fn routine(kit: &BandKit) -> Routine {
    let mut routine = Routine::new("Evening");
    let band = BandChoice {
        main: Some(kit.bands[0].id),
        stacked: None,
    };
    routine.push("clamshell", Dose::reps(3, 12, 30).each_side(), band);
    routine.push("glute-bridge", Dose::reps(3, 15, 30), band);
    routine.push("not-in-this-version", Dose::reps(3, 10, 30), band);
    routine
}

fn done_all(routine: &Routine) -> History {
    let exercises = routine
        .entries
        .iter()
        .map(|entry| SessionExercise {
            exercise: entry.exercise.clone(),
            dose: routine.session_dose(entry),
            bands: vec![],
            sets_done: routine.session_dose(entry).sets,
            actual: None,
            rating: None,
            cut_short_s: Vec::new(),
            sides: Vec::new(),
            note: String::new(),
        })
        .collect();
    History {
        sessions: vec![Session {
            id: 1,
            routine: routine.name.clone(),
            started_at: 1,
            ended_at: 2,
            active_s: 600,
            finished: true,
            exercises,
        }],
    }
}

/// Two finished sessions of `routine`, every set done, both rated just
/// right: enough history for a one-step suggestion for each entry.
fn ready(routine: &Routine) -> History {
    let first = rate_last(done_all(routine), Some(Rating::JustRight));
    and_again(first, routine, Some(Rating::JustRight))
}

#[test]
fn each_entry_done_last_time_gets_its_step_in_words() {
    let kit = kit();
    let routine = routine(&kit);
    let ups = suggest_for(&routine, &ready(&routine), &kit);
    let ids: Vec<EntryId> = ups.iter().map(|u| u.entry).collect();
    assert_eq!(ids, [routine.entries[0].id, routine.entries[1].id]);
    assert_eq!(ups[0].exercise, "Clamshell");
    assert!(ups[0].text.contains("Clamshell"), "{}", ups[0].text);
    // Nothing done yet in another routine of the same exercises.
    let mut other = routine.clone();
    other.name = "Morning".into();
    assert_eq!(suggest_for(&other, &ready(&routine), &kit), []);
}

#[test]
fn applying_every_suggestion_leaves_none_until_the_next_workout() {
    let kit = kit();
    let mut routine = routine(&kit);
    let history = ready(&routine);
    for up in suggest_for(&routine, &history, &kit) {
        assert!(apply(&mut routine, up.entry, up.step));
    }
    assert_eq!(suggest_for(&routine, &history, &kit), []);
    assert!(!apply(&mut routine, 999, Step::Amount(20)));
}

#[test]
fn a_band_step_changes_the_main_band_and_a_round_step_the_circuit() {
    let kit = kit();
    let mut routine = routine(&kit);
    let first = routine.entries[0].id;
    let heavier = kit.bands[1].id;
    assert!(apply(
        &mut routine,
        first,
        Step::Band {
            band: heavier,
            amount: 10
        }
    ));
    assert_eq!(routine.entries[0].bands.main, Some(heavier));
    let id = routine.group(0, 1, 2).unwrap();
    assert!(apply(&mut routine, first, Step::Rounds(3)));
    assert_eq!(routine.circuit(id).unwrap().rounds, 3);
}

#[test]
fn clamshells_go_up_two_reps_and_a_stretch_is_never_stepped_up() {
    let kit = kit();
    let mut routine = Routine::new("After the run");
    let band = BandChoice {
        main: Some(kit.bands[0].id),
        stacked: None,
    };
    routine.push("clamshell", Dose::reps(3, 10, 30).each_side(), band);
    routine.push("butterfly-stretch", Dose::hold(2, 30, 15), band);
    routine.push(
        "seated-hamstring-stretch",
        Dose::hold(2, 30, 10).each_side(),
        band,
    );
    let ups = suggest_for(&routine, &ready(&routine), &kit);
    assert_eq!(ups.len(), 1, "{ups:?}");
    assert_eq!(ups[0].exercise, "Clamshell");
    assert_eq!(ups[0].step, Step::Amount(12));
    assert_eq!(ups[0].change, "12 reps");
}

#[test]
fn timed_work_and_holds_in_a_routine_go_up_five_seconds() {
    let kit = kit();
    let mut routine = Routine::new("Core");
    let band = BandChoice {
        main: Some(kit.bands[0].id),
        stacked: None,
    };
    routine.push("walking-squat", Dose::timed(4, 30, 20), band);
    routine.push("glute-bridge-hold", Dose::holds(3, 10, 5, 30), band);
    let ups = suggest_for(&routine, &ready(&routine), &kit);
    let steps: Vec<(Step, &str)> = ups.iter().map(|u| (u.step, u.change.as_str())).collect();
    assert_eq!(
        steps,
        [
            (Step::Amount(35), "35 seconds"),
            (Step::Amount(10), "10 seconds a hold")
        ]
    );
}

#[test]
fn apply_all_applies_every_suggestion_and_says_what_changed() {
    let kit = kit();
    let mut routine = routine(&kit);
    let history = ready(&routine);
    let ups = suggest_for(&routine, &history, &kit);
    assert_eq!(ups.len(), 2);
    let applied = apply_all(&mut routine, &ups);
    assert_eq!(applied, ups);
    assert_eq!(suggest_for(&routine, &history, &kit), []);
    // The clamshell was at the top of its range (12 of 10-15): two more reps.
    assert_eq!(routine.entries[0].dose, Dose::reps(3, 14, 30).each_side());
    assert_eq!(
        applied_words(&applied),
        "Applied 2 changes: Clamshell to 14 reps, Glute bridge with band to 17 reps."
    );
    assert_eq!(
        applied_words(&applied[..1]),
        "Applied: Clamshell to 14 reps."
    );
    // An entry removed meanwhile is skipped, and nothing is claimed for it.
    let mut gone = self::routine(&kit);
    let first = gone.entries[0].id;
    gone.entries.retain(|e| e.id != first);
    assert_eq!(apply_all(&mut gone, &ups), ups[1..]);
    assert_eq!(
        applied_words(&[]),
        "Nothing to change: those exercises are no longer in the routine."
    );
}

#[test]
fn a_circuit_move_done_in_every_round_gets_its_step() {
    let kit = kit();
    let mut routine = routine(&kit);
    routine.group(0, 1, 2).unwrap();
    let ups = suggest_for(&routine, &ready(&routine), &kit);
    let named: Vec<&str> = ups.iter().map(|up| up.exercise.as_str()).collect();
    assert_eq!(named, ["Clamshell", "Glute bridge with band"]);
}

#[test]
fn a_round_added_to_a_circuit_ends_its_suggestion_until_the_next_workout() {
    let kit = kit();
    let mut routine = routine(&kit);
    routine.group(0, 1, 2).unwrap();
    // Top of the range for both, every round done.
    routine.entries[0].dose = Dose::reps(1, 15, 30).each_side();
    routine.entries[1].dose = Dose::timed(1, 40, 20);
    let history = ready(&routine);
    let ups = suggest_for(&routine, &history, &kit);
    assert_eq!(
        ups.iter().map(|u| u.step).collect::<Vec<_>>(),
        [Step::Rounds(4), Step::Rounds(4)],
        "three sets each made three rounds: the next is a fourth"
    );
    apply_all(&mut routine, &ups);
    assert_eq!(suggest_for(&routine, &history, &kit), []);
}

#[test]
fn after_a_session_its_own_ratings_give_the_step_ups_for_its_routine() {
    use crate::model::routine::routine_book::RoutineBook;
    let kit = kit();
    let mut book = RoutineBook::default();
    let routine = routine(&kit);
    let id = book.add(routine.clone());
    book.add(Routine::new("Morning"));
    // An earlier workout of the routine, just right throughout.
    let history = rate_last(done_all(&routine), Some(Rating::JustRight));
    let mut session = done_all(&routine).sessions.remove(0);
    session.id = 2;
    let steps = |history: &History, session: &Session| -> Vec<Step> {
        let (found, ups) = after_session(&book, history, session, &kit).unwrap();
        assert_eq!(found, id);
        ups.iter().map(|u| u.step).collect()
    };
    // Too hard on the clamshell: ease back; the bridge not rated: nothing.
    session.exercises[0].rating = Some(Rating::TooHard);
    assert_eq!(steps(&history, &session), [Step::Back(10)]);
    // The bridge rated just right, as last time: its step, as it is rated.
    session.exercises[1].rating = Some(Rating::JustRight);
    assert_eq!(
        steps(&history, &session),
        [Step::Back(10), Step::Amount(17)]
    );
    // Rated too easy instead: two steps, up to the top.
    session.exercises[0].rating = Some(Rating::TooEasy);
    assert_eq!(steps(&history, &session)[0], Step::Amount(15));
    // History may hold the session as it was before these ratings.
    let mut stale = history.clone();
    let mut unrated = done_all(&routine).sessions.remove(0);
    unrated.id = 2;
    stale.record(unrated);
    assert_eq!(steps(&stale, &session), steps(&history, &session));
    // Not every set done: no step up for it.
    session.exercises[0].sets_done = 1;
    let (_, ups) = after_session(&book, &history, &session, &kit).unwrap();
    assert_eq!(
        ups.iter().map(|u| u.exercise.as_str()).collect::<Vec<_>>(),
        ["Glute bridge with band"]
    );
    // A routine renamed or deleted since: nothing to offer.
    session.routine = "Gone".into();
    assert_eq!(after_session(&book, &history, &session, &kit), None);
}

/// `history` with one more finished session of `routine`, every set of
/// every entry done, rated `rating` (an id after the last).
fn and_again(mut history: History, routine: &Routine, rating: Option<Rating>) -> History {
    let mut session = done_all(routine).sessions.remove(0);
    session.id = history.sessions.last().map_or(1, |s| s.id + 1);
    for exercise in &mut session.exercises {
        exercise.rating = rating;
    }
    history.sessions.push(session);
    history
}

#[test]
fn a_circuits_rounds_read_as_sets_of_each_move() {
    let kit = kit();
    let mut routine = Routine::new("Circuit");
    let band = BandChoice {
        main: Some(kit.bands[0].id),
        stacked: None,
    };
    routine.push("clamshell", Dose::reps(1, 12, 30).each_side(), band);
    routine.push("glute-bridge", Dose::reps(1, 15, 30), band);
    let id = routine.group(0, 1, 3).unwrap();
    assert_eq!(routine.circuit(id).unwrap().rounds, 3);
    let history = and_again(done_all(&routine), &routine, Some(Rating::TooEasy));
    let ups = suggest_for(&routine, &history, &kit);
    assert!(
        ups[0].text.contains("You did 3 x 12 last time"),
        "{}",
        ups[0].text
    );
}

/// `history` with every exercise of its last session rated `rating`.
fn rate_last(mut history: History, rating: Option<Rating>) -> History {
    if let Some(last) = history.sessions.last_mut() {
        for exercise in &mut last.exercises {
            exercise.rating = rating;
        }
    }
    history
}

#[test]
fn nothing_steps_up_after_a_first_workout_or_a_last_one_left_unrated() {
    let kit = kit();
    let routine = routine(&kit);
    let steps = |history: &History| -> Vec<Step> {
        suggest_for(&routine, history, &kit)
            .iter()
            .map(|up| up.step)
            .collect()
    };
    let first = done_all(&routine);
    assert_eq!(steps(&first), [], "the very first workout, nothing rated");
    assert_eq!(
        steps(&rate_last(first.clone(), Some(Rating::TooEasy))),
        [],
        "the first workout, however easy"
    );
    assert_eq!(steps(&and_again(first.clone(), &routine, None)), []);
    assert_eq!(
        steps(&and_again(first.clone(), &routine, Some(Rating::JustRight))),
        [],
        "just right once: the dose still fits"
    );
    // Just right twice running at this dose: one step.
    let twice = and_again(
        rate_last(first.clone(), Some(Rating::JustRight)),
        &routine,
        Some(Rating::JustRight),
    );
    assert_eq!(steps(&twice), [Step::Amount(14), Step::Amount(17)]);
    // Too easy after an earlier workout: two steps (to the top, 15).
    let easy = and_again(first.clone(), &routine, Some(Rating::TooEasy));
    assert_eq!(steps(&easy)[0], Step::Amount(15));
    // An earlier workout of another routine is not this routine's history.
    let mut elsewhere = rate_last(first, Some(Rating::TooEasy));
    elsewhere.sessions[0].routine = "Morning".into();
    let elsewhere = and_again(elsewhere, &routine, Some(Rating::TooEasy));
    assert_eq!(steps(&elsewhere), []);
}

#[test]
fn too_hard_eases_back_even_after_a_first_workout() {
    let kit = kit();
    let routine = routine(&kit);
    let mut first = done_all(&routine);
    first.sessions[0].exercises[0].rating = Some(Rating::TooHard);
    let ups = suggest_for(&routine, &first, &kit);
    assert_eq!(
        ups.iter().map(|u| u.step).collect::<Vec<_>>(),
        [Step::Back(10)]
    );
}

#[test]
fn the_summary_offers_nothing_after_a_first_workout() {
    use crate::model::routine::routine_book::RoutineBook;
    let kit = kit();
    let mut book = RoutineBook::default();
    let routine = routine(&kit);
    book.add(routine.clone());
    let mut session = done_all(&routine).sessions.remove(0);
    let (_, ups) = after_session(&book, &History::default(), &session, &kit).unwrap();
    assert_eq!(ups, [], "nothing rated");
    session.exercises[0].rating = Some(Rating::TooEasy);
    let (_, ups) = after_session(&book, &History::default(), &session, &kit).unwrap();
    assert_eq!(ups, [], "rated, but the first");
    // With an earlier workout of the routine in history, its rating counts.
    let earlier = done_all(&routine);
    session.id = 2;
    let (_, ups) = after_session(&book, &earlier, &session, &kit).unwrap();
    assert_eq!(
        ups.iter().map(|u| u.step).collect::<Vec<_>>(),
        [Step::Amount(15)]
    );
}
