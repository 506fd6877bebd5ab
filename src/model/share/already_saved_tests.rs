//! Tests for `already_saved`.

use super::*;
use crate::model::catalog::exercise::{Category, Placement};
use crate::model::dose::Dose;
use crate::model::kit::band::preset;
use crate::model::kit::band_type::BandType;
use crate::model::routine::BandChoice;

fn pre_run_hips(kit: &BandKit) -> Routine {
    let band = BandChoice {
        main: Some(kit.bands[1].id),
        stacked: None,
    };
    let mut routine = Routine::new("Pre-run hips");
    routine.push("clamshell", Dose::reps(1, 12, 30).each_side(), band);
    routine.push("glute-bridge", Dose::reps(1, 15, 30), band);
    routine.push("walking-squat", Dose::timed(2, 30, 20), band);
    routine.group(0, 1, 3).unwrap();
    routine
}

/// The link made of `routine` on a phone with `kit`, as it is read back.
fn link(routine: &Routine, kit: &BandKit) -> SharedRoutine {
    let payload = SharedRoutine::from_routine(routine, kit).encode().unwrap();
    crate::model::share::decode(&payload).unwrap()
}

#[test]
fn a_link_is_the_routine_it_was_made_of_whatever_the_bands() {
    let fabric = preset("fabric-loop-3").unwrap().kit();
    let mini = preset("mini-loop-5").unwrap().kit();
    let routine = pre_run_hips(&fabric);
    let shared = link(&routine, &fabric);
    let own = OwnExercises::default();
    assert!(same_routine(&shared, &routine, &own));
    // Saved on another phone, with other bands: still the same routine.
    let theirs = shared.to_routine(&mini);
    assert!(same_routine(&shared, &theirs, &own));
    let mut other_band = routine.clone();
    other_band.entries[2].bands.main = Some(fabric.bands[2].id);
    assert!(same_routine(&shared, &other_band, &own));
}

#[test]
fn another_name_dose_move_order_or_circuit_is_another_routine() {
    let kit = preset("fabric-loop-3").unwrap().kit();
    let routine = pre_run_hips(&kit);
    let shared = link(&routine, &kit);
    let own = OwnExercises::default();
    let differs = |change: &dyn Fn(&mut Routine)| {
        let mut changed = routine.clone();
        change(&mut changed);
        !same_routine(&shared, &changed, &own)
    };
    assert!(differs(&|r| r.name = "Pre-run hips 2".into()));
    assert!(differs(&|r| r.entries[2].dose = Dose::timed(2, 35, 20)));
    assert!(differs(&|r| r.entries.swap(0, 1)));
    assert!(differs(&|r| {
        r.entries.pop();
    }));
    assert!(differs(&|r| {
        let mut circuit = r.circuits[0];
        circuit.rounds = 4;
        r.set_circuit(circuit);
    }));
    assert!(differs(&|r| {
        r.push("dead-bug", Dose::timed(1, 30, 0), BandChoice::default());
    }));
}

#[test]
fn the_book_finds_a_saved_copy_and_a_marked_link_its_own_routine() {
    let kit = preset("fabric-loop-3").unwrap().kit();
    let routine = pre_run_hips(&kit);
    let shared = link(&routine, &kit);
    let own = OwnExercises::default();
    let mut book = RoutineBook::default();
    book.add(Routine::new("Evening"));
    assert_eq!(already_saved(&shared, &book, &own), None);
    let id = book.add(routine.clone());
    assert_eq!(already_saved(&shared, &book, &own), Some(id));

    let marked = |id| Mine { id };
    assert_eq!(mine(&shared, marked(Some(id)), &book, &own), Some(id));
    assert_eq!(mine(&shared, marked(None), &book, &own), Some(id));
    // Stepped up since the calendar was written: still the runner's own.
    book.get_mut(id).unwrap().entries[2].dose = Dose::timed(2, 35, 20);
    assert_eq!(already_saved(&shared, &book, &own), None);
    assert_eq!(mine(&shared, marked(Some(id)), &book, &own), Some(id));
    assert_eq!(mine(&shared, marked(None), &book, &own), None);
    // The id holds another routine here (another phone): not that one.
    let evening = book.routines[0].id;
    assert_eq!(mine(&shared, marked(Some(evening)), &book, &own), None);
    assert_eq!(mine(&shared, marked(Some(99)), &book, &own), None);
}

#[test]
fn an_own_exercise_taken_in_under_another_id_or_name_is_the_same() {
    use crate::model::routine::own_merge::{follow_ids, take_in};
    let kit = preset("fabric-loop-3").unwrap().kit();
    let mut senders = OwnExercises::default();
    let exercise = OwnExercise {
        id: String::new(),
        name: "Hip airplane".into(),
        muscles: Vec::new(),
        category: Category::Strength,
        placement: Placement::Thighs,
        band_type: BandType::MiniLoop,
        equipment: Vec::new(),
        default_dose: Dose::reps(2, 8, 30),
        steps: vec!["Stand tall.".into()],
        cues: Vec::new(),
        video: None,
        deleted: false,
    };
    let theirs = senders.add(exercise.clone());
    let mut routine = pre_run_hips(&kit);
    routine.push(&theirs, Dose::reps(2, 8, 30), BandChoice::default());
    let payload = SharedRoutine::from_routine(&routine, &kit)
        .with_own(&senders)
        .encode()
        .unwrap();
    let shared = crate::model::share::decode(&payload).unwrap();

    // Here, a "Hip airplane" of my own already: the link's is another.
    let mut mine_own = OwnExercises::default();
    mine_own.add(OwnExercise {
        steps: vec!["Something else.".into()],
        ..exercise.clone()
    });
    let ids = take_in(&mut mine_own, &shared.exercises, |_| false);
    let mut saved = shared.to_routine(&kit);
    follow_ids(&mut saved, &ids);
    assert_ne!(saved.entries[3].exercise, theirs, "taken in under a new id");
    assert!(same_routine(&shared, &saved, &mine_own));
    // My own exercise of that id changed since: not the same routine.
    let here = saved.entries[3].exercise.clone();
    mine_own.update(
        &here,
        OwnExercise {
            steps: vec!["Changed.".into()],
            ..mine_own.get(&here).unwrap().clone()
        },
    );
    assert!(!same_routine(&shared, &saved, &mine_own));
}
