//! Tests for `swap`.

use super::*;
use crate::model::kit::band::{preset, PRESETS};
use crate::model::routine::starter::by_id as starter;

fn exercise(id: &str) -> &'static Exercise {
    catalog::by_id(id).unwrap_or_else(|| panic!("no exercise {id}"))
}

fn mini() -> BandKit {
    preset("mini-loop-5").unwrap().kit()
}

#[test]
fn standing_hip_abduction_swaps_for_a_loop_move_for_the_side_glutes() {
    let abduction = exercise("standing-hip-abduction");
    assert_eq!(
        substitute(abduction, &mini(), &[]).map(|e| e.id),
        Some("clamshell")
    );
    let to = substitute(abduction, &mini(), &["clamshell"]).unwrap();
    assert_eq!(to.id, "banded-toe-taps");
    assert_eq!(to.muscles.first(), Some(&Muscle::GluteMedius));
    let change = Change::swapped(exercise("standing-hip-abduction"), to, &mini());
    assert_eq!(
        change.words(),
        "Standing hip abduction needs a band with handles; swapped for Banded toe taps with your mini loop."
    );
    let fabric = preset("fabric-loop-3").unwrap().kit();
    assert_eq!(
        Change::swapped(exercise("ankle-dorsiflexion"), to, &fabric).words(),
        "Ankle dorsiflexion needs a flat band; swapped for Banded toe taps with your fabric loop."
    );
}

#[test]
fn a_move_already_taken_is_not_offered_twice() {
    let kit = mini();
    let first = substitute(exercise("standing-hip-abduction"), &kit, &[]).unwrap();
    let second = substitute(exercise("standing-hip-abduction"), &kit, &[first.id]).unwrap();
    assert_ne!(first.id, second.id);
    assert_eq!(
        substitute(exercise("anchored-dead-bug"), &kit, &[]).map(|e| e.id),
        Some("dead-bug"),
        "the same move without the anchor comes first"
    );
}

#[test]
fn a_stretch_swaps_only_for_a_stretch() {
    let kit = mini();
    let hamstring = exercise("seated-hamstring-stretch");
    assert_eq!(
        substitute(hamstring, &kit, &["butterfly-stretch"]),
        None,
        "no other stretch suits loops"
    );
    assert_eq!(
        Change::left_out(hamstring).words(),
        "Seated hamstring stretch needs a flat band, and no move like it suits your bands: left out."
    );
}

/// Every substitute, for every built-in move and every preset kit, is one
/// the kit can band, does the same kind of work in the same body area, and
/// needs no anchor or treadmill the move did not.
#[test]
fn every_substitute_fits_the_kit_and_the_job() {
    for preset in PRESETS {
        let kit = preset.kit();
        for from in catalog::built_in() {
            let Some(to) = substitute(from, &kit, &[]) else {
                continue;
            };
            let why = format!("{}: {} for {}", preset.id, to.id, from.id);
            assert!(can_band(&kit, to), "{why}");
            assert_ne!(to.id, from.id, "{why}");
            let main = area(from.muscles[0]);
            assert!(to.muscles.iter().any(|m| area(*m) == main), "{why}");
            assert_eq!(
                from.category == Category::Mobility,
                to.category == Category::Mobility,
                "{why}"
            );
            for special in SPECIAL {
                assert!(
                    !to.equipment.contains(&special) || from.equipment.contains(&special),
                    "{why}"
                );
            }
        }
    }
}

#[test]
fn a_swapped_move_keeps_the_sets_and_rest_in_its_own_kind_of_set() {
    let from = Dose::reps(1, 12, 10).each_side();
    let to = exercise("banded-toe-taps");
    let dose = swapped_dose(from, to);
    assert_eq!(dose.sets, 1);
    assert_eq!(dose.rest_s, 10);
    assert_eq!(dose.shape, to.default_dose.shape);
    assert_eq!(dose.per_side, to.per_side);
    assert_eq!(dose.errors(), vec![]);
}

#[test]
fn a_routines_gaps_each_get_a_different_swap() {
    let kit = mini();
    let routine = starter("runners-ten").unwrap().build(&kit);
    let found: Vec<(&str, Option<&str>)> = gaps(&routine, &kit)
        .iter()
        .map(|gap| (gap.exercise.id, gap.swap.map(|e| e.id)))
        .collect();
    assert_eq!(
        found,
        [
            ("standing-hip-abduction", Some("banded-toe-taps")),
            ("ankle-dorsiflexion", Some("ankle-jumping-jacks")),
        ]
    );
    assert_eq!(
        gaps(&routine, &BandKit::default()),
        [],
        "no bands, nothing to swap for"
    );
    let flat_too = {
        let mut kit = mini();
        kit.add(preset("flat-8").unwrap().kit().bands[1].clone());
        kit
    };
    assert_eq!(
        gaps(&routine, &flat_too).len(),
        0,
        "a flat band does the dorsiflexion, and tied to the anchor the abduction"
    );
}

#[test]
fn swapping_an_entry_keeps_its_place_and_takes_a_band_from_the_kit() {
    let kit = mini();
    let mut routine = starter("runners-ten-quick").unwrap().build(&kit);
    let (at, gap) = routine
        .find(routine.entries[2].id)
        .map(|(at, e)| (at, e.clone()))
        .unwrap();
    assert_eq!(gap.exercise, "standing-hip-abduction");
    assert_eq!(gap.bands.main, None);
    assert!(swap_entry(
        &mut routine,
        gap.id,
        exercise("banded-toe-taps"),
        &kit
    ));
    let entry = &routine.entries[at];
    assert_eq!(entry.id, gap.id);
    assert_eq!(entry.exercise, "banded-toe-taps");
    assert_eq!(entry.dose.sets, gap.dose.sets);
    assert_eq!(entry.bands.main, Some(kit.bands[1].id), "the light loop");
    assert_eq!(routine.entries.len(), 10);
    assert!(!swap_entry(&mut routine, 999, exercise("clamshell"), &kit));
}
