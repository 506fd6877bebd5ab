//! Tests for `own_merge`.

use super::*;
use crate::model::catalog::built_in_name;
use crate::model::catalog::own::{OwnExercise, OwnExercises, MAX_NAME_CHARS};
use crate::model::catalog::own_tests::airplane;
use crate::model::dose::Dose;
use crate::model::routine::routine_book::RoutineBook;
use crate::model::routine::{BandChoice, Routine};

#[test]
fn a_link_reuses_an_identical_exercise_and_renames_a_different_one() {
    let mut mine = OwnExercises::default();
    let my_airplane = mine.add(airplane());
    let sent_same = OwnExercise {
        id: "own-7".into(),
        ..airplane()
    };
    let sent_other = OwnExercise {
        id: "own-8".into(),
        steps: vec!["Another way".into()],
        ..airplane()
    };
    let sent_clash = OwnExercise {
        id: "own-9".into(),
        name: "Clamshell".into(),
        ..airplane()
    };
    let ids = take_in(
        &mut mine,
        &[sent_same, sent_other, sent_clash],
        built_in_name,
    );
    assert_eq!(ids[0], ("own-7".to_owned(), my_airplane));
    assert_eq!(mine.get(&ids[1].1).unwrap().name, "Hip airplane (2)");
    assert_eq!(mine.get(&ids[2].1).unwrap().name, "Clamshell (2)");
    assert_eq!(mine.live().count(), 3);

    let mut routine = Routine::new("Sent");
    routine.push("own-8", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    follow_ids(&mut routine, &ids);
    assert_eq!(routine.entries[0].exercise, ids[1].1);
    assert_eq!(routine.entries[1].exercise, "clamshell");
}

#[test]
fn a_free_name_stays_within_the_limit() {
    let long = "x".repeat(MAX_NAME_CHARS);
    let name = free_name(&long, |n| n == long);
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    assert!(name.ends_with(" (2)"));
    assert_eq!(free_name("New", |_| false), "New");
}

#[test]
fn deleting_takes_an_exercise_out_of_a_routine() {
    let mut routine = Routine::new("R");
    routine.push("own-1", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("own-1", Dose::reps(2, 8, 30), BandChoice::default());
    assert_eq!(remove_from_routine(&mut routine, "own-1"), 2);
    assert_eq!(routine.entries.len(), 1);
}

#[test]
fn deleting_everywhere_names_the_routines_and_undo_puts_it_back() {
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    let mut book = RoutineBook::default();
    let mut uses = Routine::new("Physio");
    uses.push(&id, Dose::reps(2, 8, 30), BandChoice::default());
    uses.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    let uses_id = book.add(uses.clone());
    let mut other = Routine::new("Other");
    other.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    book.add(other);
    assert_eq!(routines_using(&book, &id), ["Physio"]);

    let before = delete_everywhere(&mut own, &mut book, &id);
    assert!(own.get_live(&id).is_none());
    assert!(own.get(&id).is_some(), "kept for past sessions");
    assert_eq!(book.get(uses_id).unwrap().entries.len(), 1);
    assert!(routines_using(&book, &id).is_empty());

    undo_delete(&mut own, &mut book, &id, before);
    assert!(own.get_live(&id).is_some());
    assert_eq!(book.get(uses_id).unwrap(), &uses);
}

#[test]
fn the_same_link_taken_in_twice_reuses_the_renamed_copy() {
    let mut mine = OwnExercises::default();
    mine.add(OwnExercise {
        steps: vec!["Mine, not theirs".into()],
        ..airplane()
    });
    let sent = OwnExercise {
        id: "own-4".into(),
        ..airplane()
    };
    let first = take_in(&mut mine, std::slice::from_ref(&sent), built_in_name);
    assert_eq!(mine.get(&first[0].1).unwrap().name, "Hip airplane (2)");
    let again = take_in(&mut mine, std::slice::from_ref(&sent), built_in_name);
    assert_eq!(again, first);
    assert_eq!(mine.live().count(), 2);
    // A long name shortened to fit is recognised too.
    let long = OwnExercise {
        id: "own-5".into(),
        name: "L".repeat(MAX_NAME_CHARS),
        ..airplane()
    };
    mine.add(OwnExercise {
        name: long.name.clone(),
        steps: vec!["Different".into()],
        ..airplane()
    });
    let first = take_in(&mut mine, std::slice::from_ref(&long), built_in_name);
    let again = take_in(&mut mine, std::slice::from_ref(&long), built_in_name);
    assert_eq!(again, first);
    assert_eq!(mine.live().count(), 4);
}
