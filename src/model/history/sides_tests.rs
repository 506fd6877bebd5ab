//! Tests for `sides`.

use super::*;
use crate::model::dose::Dose;
use crate::model::history::session::{sample_session, History};

/// A clamshell done each side in turn, three sets of 12 reps.
fn clam() -> SessionExercise {
    let mut e = sample_session(1, "Evening").exercises.remove(0);
    e.dose = Dose {
        per_side: true,
        ..Dose::reps(3, 12, 30)
    };
    e.actual = None;
    e
}

fn point(sides: Option<[u16; 2]>) -> ProgressPoint {
    ProgressPoint {
        at: 0,
        sets: 3,
        per_set: 12,
        sides,
        band: "No band".into(),
        level: Some(0),
    }
}

#[test]
fn sides_start_from_the_plan_and_each_set_and_side_can_change() {
    let mut e = clam();
    assert_eq!(e.side_figures(), Some(vec![[12, 12]; 3]));
    assert!(e.set_side(1, Side::Left, 9));
    assert!(e.set_side(2, Side::Right, 14));
    assert_eq!(e.sides, vec![[12, 12], [9, 12], [12, 14]]);
    assert_eq!(e.side_means(), Some([11, 12]));
    assert_eq!(
        e.sides_words().unwrap(),
        "left 12, 9, 12 · right 12, 12, 14"
    );
    assert!(!e.set_side(3, Side::Left, 1), "no fourth set was done");
}

#[test]
fn an_exercise_not_done_by_side_has_no_sides() {
    let mut e = clam();
    e.dose.per_side = false;
    assert_eq!(e.side_figures(), None);
    assert!(!e.set_side(0, Side::Left, 9));
    assert!(e.sides.is_empty());
}

#[test]
fn progression_goes_by_the_weaker_side() {
    let mut e = clam();
    e.actual = Some(15);
    assert_eq!(e.weaker_per_set(), 15, "no sides given: the one figure");
    e.set_side(0, Side::Right, 10);
    e.set_side(1, Side::Right, 10);
    e.set_side(2, Side::Right, 10);
    assert_eq!(e.side_means(), Some([15, 10]));
    assert_eq!(e.weaker_per_set(), 10);
}

#[test]
fn a_note_is_trimmed_and_cut_to_280_characters() {
    let mut e = clam();
    e.set_note("  left knee twinged \n");
    assert_eq!(e.note, "left knee twinged");
    e.set_note(&"é".repeat(300));
    assert_eq!(e.note.chars().count(), NOTE_MAX);
}

#[test]
fn the_last_note_on_an_exercise_is_the_newest_one_written() {
    let mut history = History {
        sessions: vec![
            sample_session(1, "A"),
            sample_session(2, "A"),
            sample_session(3, "A"),
        ],
    };
    assert_eq!(history.last_note("clamshell"), None);
    history.sessions[0].exercises[0].note = "old".into();
    history.sessions[1].exercises[0].note = "left knee twinged".into();
    assert_eq!(history.last_note("clamshell"), Some("left knee twinged"));
    assert_eq!(history.last_note("walking-squat"), None);
}

#[test]
fn a_side_more_than_ten_percent_behind_three_times_running_is_named() {
    let behind = [
        point(Some([12, 12])),
        point(Some([10, 12])),
        point(Some([9, 12])),
        point(Some([10, 12])),
    ];
    assert_eq!(side_behind(&behind), Some(Side::Left));
    assert!(side_behind_words(&behind)
        .unwrap()
        .starts_with("Your left side has been more than 10 % behind your right"));
    // 11 of 12 is within 10 %.
    let close = [
        point(Some([10, 12])),
        point(Some([11, 12])),
        point(Some([10, 12])),
    ];
    assert_eq!(side_behind(&close), None);
    // Only two sessions, or one without sides, or sides that swap.
    assert_eq!(side_behind(&behind[2..]), None);
    let gap = [point(Some([9, 12])), point(None), point(Some([9, 12]))];
    assert_eq!(side_behind(&gap), None);
    let swap = [
        point(Some([9, 12])),
        point(Some([12, 9])),
        point(Some([9, 12])),
    ];
    assert_eq!(side_behind(&swap), None);
    let right = [
        point(Some([20, 10])),
        point(Some([20, 10])),
        point(Some([20, 10])),
    ];
    assert_eq!(side_behind(&right), Some(Side::Right));
}
