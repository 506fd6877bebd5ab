//! Tests for `entries`.

use super::*;

#[test]
fn an_added_exercise_gets_its_dose_and_a_starting_band_from_the_kit() {
    let kit = crate::model::kit::band::preset("fabric-loop-3")
        .unwrap()
        .kit();
    let clamshell = crate::model::catalog::by_id("clamshell").unwrap();
    let mobility = crate::model::catalog::all()
        .find(|e| e.category == Category::Mobility)
        .unwrap();
    let mut routine = Routine::new("R");
    assert_eq!(routine.add_exercise(clamshell, None, Some(&kit)), 0);
    assert_eq!(routine.add_exercise(mobility, Some(0), Some(&kit)), 0);
    assert_eq!(routine.add_exercise(clamshell, Some(99), None), 2);
    let bands: Vec<Option<BandId>> = routine.entries.iter().map(|e| e.bands.main).collect();
    assert_eq!(bands, [Some(kit.bands[0].id), Some(kit.bands[1].id), None]);
    assert_eq!(routine.entries[1].dose, clamshell.default_dose);
    assert_eq!(routine.entries[0].exercise, mobility.id);
}

#[test]
fn the_bands_used_come_once_each_in_the_kits_order() {
    let kit = crate::model::kit::band::preset("fabric-loop-3")
        .unwrap()
        .kit();
    let mut routine = Routine::new("R");
    let choice = |main: usize, stacked: Option<usize>| BandChoice {
        main: Some(kit.bands[main].id),
        stacked: stacked.map(|n| kit.bands[n].id),
    };
    routine.push("a", Dose::reps(1, 10, 0), choice(2, None));
    routine.push("b", Dose::reps(1, 10, 0), choice(2, Some(0)));
    let used: Vec<BandId> = routine
        .bands_used(&kit.bands)
        .iter()
        .map(|b| b.id)
        .collect();
    assert_eq!(used, [kit.bands[0].id, kit.bands[2].id]);
    assert!(Routine::new("Empty").bands_used(&kit.bands).is_empty());
}

#[test]
fn a_routine_gives_an_added_exercise_a_band_of_its_type() {
    use crate::model::catalog;
    use crate::model::kit::band::preset;
    use crate::model::kit::band_match::tests::{mini_and_flat, name};
    use crate::model::kit::band_type::BandType;
    let kit = mini_and_flat();
    let mut routine = Routine::new("Feet");
    let dorsiflexion = catalog::by_id("ankle-dorsiflexion").unwrap();
    assert_eq!(dorsiflexion.band_type, BandType::Flat);
    routine.add_exercise(dorsiflexion, None, Some(&kit));
    routine.add_exercise(catalog::by_id("clamshell").unwrap(), None, Some(&kit));
    let mini = preset("mini-loop-5").unwrap().kit();
    routine.add_exercise(dorsiflexion, None, Some(&mini));
    let got: Vec<Option<String>> = routine
        .entries
        .iter()
        .map(|entry| name(&kit, entry.bands.main))
        .collect();
    assert_eq!(
        got,
        [
            Some("Yellow, light Flat band".to_owned()),
            Some("Blue, light Mini loop".to_owned()),
            None
        ]
    );
}

fn routine(exercises: &[&str]) -> Routine {
    let mut routine = Routine::new("Test");
    for exercise in exercises {
        routine.push(exercise, Dose::reps(3, 10, 30), BandChoice::default());
    }
    routine
}

fn order(routine: &Routine) -> Vec<&str> {
    routine
        .entries
        .iter()
        .map(|e| e.exercise.as_str())
        .collect()
}

fn circuits(routine: &Routine) -> Vec<Option<CircuitId>> {
    routine.entries.iter().map(|e| e.circuit).collect()
}

#[test]
fn insert_puts_the_exercise_at_the_chosen_position() {
    let mut r = routine(&["a", "b"]);
    r.insert(1, "x", Dose::reps(1, 5, 0), BandChoice::default());
    r.insert(0, "first", Dose::reps(1, 5, 0), BandChoice::default());
    r.insert(99, "last", Dose::reps(1, 5, 0), BandChoice::default());
    assert_eq!(order(&r), ["first", "a", "x", "b", "last"]);
    let mut ids: Vec<_> = r.entries.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "ids are unique");
}

#[test]
fn move_entry_reorders_both_ways() {
    let mut r = routine(&["a", "b", "c", "d"]);
    assert!(r.move_entry(0, 2));
    assert_eq!(order(&r), ["b", "c", "a", "d"]);
    assert!(r.move_entry(3, 0));
    assert_eq!(order(&r), ["d", "b", "c", "a"]);
    assert!(r.move_entry(1, 99), "clamped to the end");
    assert_eq!(order(&r), ["d", "c", "a", "b"]);
    assert!(!r.move_entry(2, 2));
    assert!(!r.move_entry(9, 0));
}

#[test]
fn remove_and_restore_round_trip() {
    let mut r = routine(&["a", "b", "c"]);
    let before = r.clone();
    let removed = r.remove(1).unwrap();
    assert_eq!(order(&r), ["a", "c"]);
    r.restore(removed);
    assert_eq!(r.entries, before.entries);
    assert_eq!(r.remove(5), None);
}

#[test]
fn group_makes_a_circuit_with_the_programme_defaults() {
    let mut r = routine(&["a", "b", "c", "d"]);
    let id = r.group(1, 2, 4).unwrap();
    assert_eq!(circuits(&r), [None, Some(id), Some(id), None]);
    let circuit = r.circuit(id).unwrap();
    assert_eq!(circuit.rounds, 4);
    assert_eq!(circuit.round_rest_s, 60);
    assert_eq!(
        r.blocks(),
        [
            Block::Single(0),
            Block::Circuit {
                circuit: id,
                start: 1,
                end: 2
            },
            Block::Single(3)
        ]
    );
    assert_eq!(r.group(2, 2, 3), None, "one entry is not a circuit");
    assert_eq!(r.group(3, 4, 3), None, "past the end");
}

#[test]
fn linking_with_the_next_entry_starts_or_extends_a_circuit() {
    let mut r = routine(&["a", "b", "c", "d"]);
    let id = r.link_with_next(0).unwrap();
    assert_eq!(circuits(&r), [Some(id), Some(id), None, None]);
    assert_eq!(
        r.circuit(id).unwrap().rounds,
        3,
        "three sets each: three rounds"
    );
    assert_eq!(r.link_with_next(1), Some(id), "extends down");
    assert_eq!(circuits(&r), [Some(id), Some(id), Some(id), None]);
    assert_eq!(r.link_with_next(3), None, "the last entry has no next");
    let mut r = routine(&["a", "b", "c"]);
    let id = r.link_with_next(1).unwrap();
    assert_eq!(r.link_with_next(0), Some(id), "extends up");
    assert_eq!(circuits(&r), [Some(id), Some(id), Some(id)]);
}

fn sets(routine: &Routine) -> Vec<u8> {
    routine.entries.iter().map(|e| e.dose.sets).collect()
}

#[test]
fn grouping_turns_the_moves_sets_into_rounds_of_one_set_each() {
    let mut r = routine(&["clamshell", "glute-bridge", "dead-bug"]);
    r.entries[1].dose.sets = 2;
    let id = r.group(0, 1, 2).unwrap();
    assert_eq!(r.circuit(id).unwrap().rounds, 3, "the most sets win");
    assert_eq!(sets(&r), [1, 1, 3]);
    let mut r = routine(&["clamshell", "glute-bridge"]);
    let id = r.group(0, 1, 5).unwrap();
    assert_eq!(r.circuit(id).unwrap().rounds, 5, "more rounds asked for");
    assert_eq!(sets(&r), [1, 1]);
}

#[test]
fn a_move_that_joins_does_one_set_per_round_and_the_rounds_stay() {
    let mut r = routine(&["a", "b", "c", "d"]);
    let id = r.group(0, 1, 1).unwrap();
    r.set_circuit(Circuit {
        rounds: 2,
        ..*r.circuit(id).unwrap()
    });
    r.move_entry(3, 1);
    assert_eq!(circuits(&r), [Some(id), Some(id), Some(id), None]);
    assert_eq!(sets(&r), [1, 1, 1, 3]);
    r.insert(1, "x", Dose::reps(4, 5, 0), BandChoice::default());
    assert_eq!(sets(&r), [1, 1, 1, 1, 3]);
    assert_eq!(r.link_with_next(3), Some(id));
    assert_eq!(sets(&r), [1, 1, 1, 1, 1]);
    assert_eq!(r.circuit(id).unwrap().rounds, 2);
}

#[test]
fn a_move_that_leaves_gets_the_rounds_as_sets() {
    let mut r = routine(&["a", "b", "c", "d", "e"]);
    let id = r.group(0, 2, 4).unwrap();
    r.leave_circuit(0);
    assert_eq!(order(&r), ["b", "c", "a", "d", "e"]);
    assert_eq!(sets(&r), [1, 1, 4, 3, 3], "left by the menu");
    r.move_entry(0, 4);
    assert_eq!(circuits(&r), [None, None, None, None, None], "dissolved");
    assert_eq!(
        sets(&r),
        [4, 4, 3, 3, 4],
        "dragged away, and the one left behind"
    );
    let id2 = r.group(0, 1, 1).unwrap();
    assert_ne!(id, id2);
    r.ungroup(id2);
    assert_eq!(sets(&r), [4, 4, 3, 3, 4], "ungrouped");
}

#[test]
fn an_old_circuit_of_several_sets_per_move_takes_the_larger_of_rounds_and_sets() {
    let mut r: Routine = serde_json::from_str(
        r#"{"name":"Old","entries":[
        {"id":1,"exercise":"clamshell","dose":{"sets":3,"shape":{"reps":{"reps":12}},"rest_s":20,"per_side":true},"bands":{"main":null,"stacked":null},"circuit":7},
        {"id":2,"exercise":"glute-bridge","dose":{"sets":2,"shape":{"timed":{"work_s":30}},"rest_s":0,"per_side":false},"bands":{"main":null,"stacked":null},"circuit":7},
        {"id":3,"exercise":"dead-bug","dose":{"sets":2,"shape":{"reps":{"reps":8}},"rest_s":0,"per_side":false},"bands":{"main":null,"stacked":null},"circuit":null}],
        "circuits":[{"id":7,"rounds":2,"transition_s":10,"round_rest_s":60}]}"#,
    )
    .unwrap();
    assert!(r.one_set_per_round());
    assert_eq!(r.circuit(7).unwrap().rounds, 3);
    assert_eq!(
        sets(&r),
        [1, 1, 2],
        "moves outside circuits keep their sets"
    );
    let migrated = r.clone();
    assert!(!r.one_set_per_round(), "a second pass changes nothing");
    assert_eq!(r, migrated);
}

#[test]
fn leaving_a_circuit_moves_the_entry_just_after_it() {
    let mut r = routine(&["a", "b", "c", "d"]);
    let id = r.group(0, 2, 3).unwrap();
    r.leave_circuit(0);
    assert_eq!(order(&r), ["b", "c", "a", "d"]);
    assert_eq!(circuits(&r), [Some(id), Some(id), None, None]);
    r.leave_circuit(0);
    assert_eq!(
        circuits(&r),
        [None, None, None, None],
        "one left: no circuit"
    );
    r.leave_circuit(3);
    assert_eq!(
        order(&r),
        ["c", "b", "a", "d"],
        "not in a circuit: nothing moves"
    );
}

#[test]
fn ungroup_keeps_the_entries_in_place() {
    let mut r = routine(&["a", "b", "c"]);
    let id = r.group(0, 2, 3).unwrap();
    r.ungroup(id);
    assert_eq!(order(&r), ["a", "b", "c"]);
    assert_eq!(circuits(&r), [None, None, None]);
    assert!(r.circuits.is_empty());
}

#[test]
fn an_entry_dropped_inside_a_circuit_joins_it() {
    let mut r = routine(&["a", "b", "c", "d"]);
    let id = r.group(0, 1, 3).unwrap();
    r.move_entry(3, 1);
    assert_eq!(order(&r), ["a", "d", "b", "c"]);
    assert_eq!(circuits(&r), [Some(id), Some(id), Some(id), None]);
    r.insert(1, "x", Dose::reps(1, 5, 0), BandChoice::default());
    assert_eq!(r.entries[1].circuit, Some(id));
}

#[test]
fn an_entry_moved_away_from_its_circuit_leaves_it() {
    let mut r = routine(&["a", "b", "c", "d", "e"]);
    let id = r.group(0, 2, 3).unwrap();
    r.move_entry(0, 4);
    assert_eq!(order(&r), ["b", "c", "d", "e", "a"]);
    assert_eq!(circuits(&r), [Some(id), Some(id), None, None, None]);
    // Moving within the circuit, or to its edge, keeps membership.
    r.move_entry(1, 0);
    assert_eq!(circuits(&r)[..2], [Some(id), Some(id)]);
}

#[test]
fn a_circuit_left_with_one_entry_dissolves_and_undo_brings_it_back() {
    let mut r = routine(&["x", "a", "b", "y"]);
    let id = r.group(1, 2, 4).unwrap();
    let before = r.clone();
    let removed = r.remove(1).unwrap();
    assert_eq!(circuits(&r), [None, None, None]);
    assert!(r.circuits.is_empty());
    r.restore(removed);
    assert_eq!(r.entries, before.entries);
    assert_eq!(r.circuit(id).unwrap().rounds, 4);
}

#[test]
fn grouping_inside_a_circuit_splits_the_rest_into_valid_circuits() {
    let mut r = routine(&["a", "b", "c", "d", "e", "f"]);
    let outer = r.group(0, 5, 3).unwrap();
    let inner = r.group(2, 3, 2).unwrap();
    let blocks = r.blocks();
    assert_eq!(blocks.len(), 3, "{blocks:?}");
    assert_eq!(r.entries[0].circuit, Some(outer));
    assert_eq!(r.entries[2].circuit, Some(inner));
    let tail = r.entries[4].circuit.unwrap();
    assert!(tail != outer && tail != inner);
    assert_eq!(
        r.circuit(tail).unwrap().rounds,
        3,
        "the split keeps its settings"
    );
}

#[test]
fn replacing_a_band_updates_every_entry_that_used_it() {
    let mut r = routine(&["a", "b", "c"]);
    r.entries[0].bands = BandChoice {
        main: Some(1),
        stacked: Some(2),
    };
    r.entries[1].bands = BandChoice {
        main: Some(2),
        stacked: None,
    };
    assert!(r.uses_band(2));
    assert_eq!(r.replace_band(2, Some(3)), 2);
    assert_eq!(
        r.entries[0].bands,
        BandChoice {
            main: Some(1),
            stacked: Some(3)
        }
    );
    assert_eq!(
        r.entries[1].bands,
        BandChoice {
            main: Some(3),
            stacked: None
        }
    );
    assert!(!r.uses_band(2));
    // Removing the main band without a replacement promotes the stacked one.
    assert_eq!(r.replace_band(1, None), 1);
    assert_eq!(
        r.entries[0].bands,
        BandChoice {
            main: Some(3),
            stacked: None
        }
    );
}

#[test]
fn routines_round_trip_through_json() {
    let mut r = routine(&["clamshell", "monster-walk", "dead-bug"]);
    r.group(1, 2, 2);
    let json = serde_json::to_string(&r).unwrap();
    let back: Routine = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
}

#[test]
fn an_entry_is_changed_by_its_id_and_a_removed_one_changes_nothing() {
    let mut routine = Routine::new("Ids");
    routine.push("clamshell", Dose::reps(2, 12, 0), BandChoice::default());
    routine.push("dead-bug", Dose::reps(2, 10, 0), BandChoice::default());
    let second = routine.entries[1].id;
    routine.entry_mut(second).unwrap().dose = Dose::reps(3, 8, 30);
    assert_eq!(routine.entries[1].dose, Dose::reps(3, 8, 30));
    assert_eq!(routine.entries[0].dose, Dose::reps(2, 12, 0));
    routine.entries.remove(1);
    let before = routine.clone();
    assert!(routine.entry_mut(second).is_none());
    assert_eq!(routine, before);
}
