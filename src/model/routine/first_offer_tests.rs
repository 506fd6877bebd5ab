//! Tests for `first_offer`.

use super::*;
use crate::model::catalog;
use crate::model::kit::band::{preset, PRESETS};
use crate::model::routine::swap::Change;

fn ids(list: &[(&'static Starter, Fitted)]) -> Vec<&'static str> {
    list.iter().map(|(s, _)| s.id).collect()
}

/// Issue 27 #6: with the mini loops or the fabric loops, the runner's ten
/// was offered with two moves that had no band.
#[test]
fn no_starter_offered_for_a_preset_leaves_a_move_without_a_band() {
    for preset in PRESETS {
        let kit = preset.kit();
        let offer = for_kit(Some(&kit));
        assert!(!offer.offered.is_empty(), "{}: nothing offered", preset.id);
        for (starter, fitted) in &offer.offered {
            assert!(
                !fitted.routine.entries.is_empty(),
                "{}: {}",
                preset.id,
                starter.id
            );
            for entry in &fitted.routine.entries {
                assert!(
                    entry.bands.main.is_some(),
                    "{}: {} has no band for {}",
                    preset.id,
                    starter.id,
                    entry.exercise
                );
            }
        }
    }
}

#[test]
fn with_mini_loops_the_runners_ten_is_offered_with_its_swaps_said() {
    let kit = preset("mini-loop-5").unwrap().kit();
    let offer = for_kit(Some(&kit));
    assert_eq!(
        ids(&offer.offered),
        ["runners-ten-quick", "hip-and-foot", "desk-and-travel"]
    );
    let (_, ten) = &offer.offered[0];
    let words: Vec<String> = ten.changes.iter().map(Change::words).collect();
    assert_eq!(
        words,
        [
            "Standing hip abduction needs a band with handles; swapped for Banded toe taps with your mini loop.",
            "Ankle dorsiflexion needs a flat band; swapped for Ankle band jumping jacks with your mini loop.",
        ]
    );
    let names: Vec<String> = ten
        .routine
        .entries
        .iter()
        .map(|e| catalog::name_of(&e.exercise))
        .collect();
    assert_eq!(
        names[2], "Banded toe taps",
        "in the place of the move it stands for"
    );
    assert_eq!(names[8], "Ankle band jumping jacks");
    // The stretch whose hamstring moves need a flat band is not offered.
    assert_eq!(ids(&offer.not_offered), ["post-run-stretch"]);
    assert!(offer.not_offered[0].1.leaves_out());
}

#[test]
fn with_no_bands_the_four_are_offered_as_they_are() {
    let offer = for_kit(None);
    assert_eq!(ids(&offer.offered), FIRST_STARTERS);
    assert!(offer.offered.iter().all(|(_, f)| f.changes.is_empty()));
    assert_eq!(for_kit(Some(&BandKit::default())), offer);
}

#[test]
fn flat_bands_tied_into_loops_fit_all_four() {
    let kit = preset("flat-8").unwrap().kit();
    let offer = for_kit(Some(&kit));
    assert_eq!(ids(&offer.offered), FIRST_STARTERS);
    assert!(offer.offered.iter().all(|(_, f)| f.changes.is_empty()));
}

#[test]
fn long_loops_get_the_starters_that_keep_most_of_their_moves() {
    let kit = preset("long-loop-3").unwrap().kit();
    let offer = for_kit(Some(&kit));
    assert_eq!(ids(&offer.offered), ["post-run-stretch", "mini-band-eight"]);
    let (_, stretch) = &offer.offered[0];
    assert_eq!(
        stretch
            .changes
            .iter()
            .map(Change::words)
            .collect::<Vec<_>>(),
        ["Butterfly stretch needs a loop band, and no move like it suits your bands: left out."]
    );
    assert_eq!(
        ids(&offer.not_offered),
        ["runners-ten-quick", "hip-and-foot", "desk-and-travel"]
    );
}
