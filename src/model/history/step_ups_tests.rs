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

#[test]
fn each_entry_done_last_time_gets_its_step_in_words() {
    let kit = kit();
    let routine = routine(&kit);
    let ups = suggest_for(&routine, &done_all(&routine), &kit);
    let ids: Vec<EntryId> = ups.iter().map(|u| u.entry).collect();
    assert_eq!(ids, [routine.entries[0].id, routine.entries[1].id]);
    assert_eq!(ups[0].exercise, "Clamshell");
    assert!(ups[0].text.contains("Clamshell"), "{}", ups[0].text);
    // Nothing done yet in another routine of the same exercises.
    let mut other = routine.clone();
    other.name = "Morning".into();
    assert_eq!(suggest_for(&other, &done_all(&routine), &kit), []);
}

#[test]
fn applying_every_suggestion_leaves_none_until_the_next_workout() {
    let kit = kit();
    let mut routine = routine(&kit);
    let history = done_all(&routine);
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
    let ups = suggest_for(&routine, &done_all(&routine), &kit);
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
    let ups = suggest_for(&routine, &done_all(&routine), &kit);
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
    let history = done_all(&routine);
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
    let ups = suggest_for(&routine, &done_all(&routine), &kit);
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
    let history = done_all(&routine);
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
    let mut session = done_all(&routine).sessions.remove(0);
    // Too hard on the clamshell: ease back; the bridge was not rated.
    session.exercises[0].rating = Some(Rating::TooHard);
    let (found, ups) = after_session(&book, &session, &kit).unwrap();
    assert_eq!(found, id);
    assert_eq!(
        ups.iter().map(|u| u.step).collect::<Vec<_>>(),
        [Step::Back(10), Step::Amount(17)]
    );
    // Rated too easy instead: two steps, up to the top.
    session.exercises[0].rating = Some(Rating::TooEasy);
    let (_, ups) = after_session(&book, &session, &kit).unwrap();
    assert_eq!(ups[0].step, Step::Amount(15));
    // Only this session counts, not an older one of the same routine.
    let mut older = session.clone();
    older.id = 0;
    older.exercises[0].rating = Some(Rating::TooHard);
    session.exercises[0].sets_done = 1;
    let (_, ups) = after_session(&book, &session, &kit).unwrap();
    assert_eq!(
        ups.iter().map(|u| u.exercise.as_str()).collect::<Vec<_>>(),
        ["Glute bridge with band"]
    );
    // A routine renamed or deleted since: nothing to offer.
    session.routine = "Gone".into();
    assert_eq!(after_session(&book, &session, &kit), None);
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
