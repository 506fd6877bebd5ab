//! Tests for `starter`.

use super::*;
use crate::model::catalog;
use crate::model::kit::band::{preset, Band};
use crate::model::kit::band_match;
use crate::model::kit::band_type::BandType;
use crate::model::routine::timeline::{Goal, Phase, Timeline};
use crate::model::routine::Block;
use std::collections::HashSet;

fn starter(id: &str) -> &'static Starter {
    by_id(id).unwrap_or_else(|| panic!("no starter {id}"))
}

/// The starter built with no bands, as (exercise, dose) pairs.
fn plan(id: &str) -> (Routine, Vec<(String, Dose)>) {
    let routine = starter(id).build(&BandKit::default());
    let pairs = routine
        .entries
        .iter()
        .map(|e| (e.exercise.clone(), e.dose))
        .collect();
    (routine, pairs)
}

fn pairs(expected: &[(&str, Dose)]) -> Vec<(String, Dose)> {
    expected
        .iter()
        .map(|(id, dose)| ((*id).to_owned(), *dose))
        .collect()
}

fn singles(routine: &Routine) -> Vec<Block> {
    (0..routine.entries.len()).map(Block::Single).collect()
}

fn default_dose(id: &str) -> Dose {
    catalog::by_id(id).unwrap().default_dose
}

#[test]
fn ids_are_unique_kebab_and_every_field_is_filled_in() {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for s in starters() {
        assert!(ids.insert(s.id), "duplicate id {}", s.id);
        assert!(names.insert(s.name), "duplicate name {}", s.name);
        assert!(
            s.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            s.id
        );
        assert!(!s.name.trim().is_empty(), "{}", s.id);
        assert!(s.summary.ends_with('.'), "{}", s.id);
        assert_eq!(s.summary.matches(". ").count(), 0, "{}: one sentence", s.id);
        assert!(s.source <= 4, "{}", s.id);
    }
    assert_eq!(starters().len(), 10);
    assert_eq!(by_id("nope"), None);
}

#[test]
fn every_move_is_in_the_catalog_credits_the_article_and_has_a_valid_dose() {
    for s in starters() {
        for step in s.moves {
            let exercise = catalog::by_id(step.exercise)
                .unwrap_or_else(|| panic!("{}: {}", s.id, step.exercise));
            assert!(
                exercise.sources.contains(&s.source),
                "{}: {} does not credit article {}",
                s.id,
                step.exercise,
                s.source
            );
            assert_eq!(step.dose.errors(), vec![], "{}: {}", s.id, step.exercise);
            assert_eq!(
                step.dose.per_side, exercise.per_side,
                "{}: {}",
                s.id, step.exercise
            );
        }
    }
}

#[test]
fn routines_are_named_after_their_starter() {
    let kit = preset("mini-loop-5").unwrap().kit();
    for s in starters() {
        let routine = s.build(&kit);
        assert_eq!(routine.name, s.name);
        assert_eq!(routine.entries.len(), s.moves.len());
    }
}

#[test]
fn runners_ten_follows_article_0() {
    let (routine, got) = plan("runners-ten");
    assert_eq!(
        got,
        pairs(&[
            ("lateral-band-walk", Dose::steps_each_way(3, 15, 20)),
            ("clamshell", Dose::reps(3, 10, 20).each_side()),
            ("standing-hip-abduction", Dose::reps(3, 12, 20).each_side()),
            ("walking-squat", Dose::timed(4, 30, 20)),
            ("dead-bug", Dose::timed(3, 30, 20)),
            ("banded-plank", Dose::reps(3, 10, 20).each_side()),
            ("standing-kickback", Dose::reps(3, 10, 20).each_side()),
            ("lying-leg-extension", Dose::reps(3, 10, 20).each_side()),
            ("ankle-dorsiflexion", Dose::reps(3, 12, 20).each_side()),
            ("glute-bridge", Dose::timed(4, 30, 20)),
        ])
    );
    assert_eq!(routine.blocks(), singles(&routine));
    assert!(routine.circuits.is_empty());
    // What the article leaves out comes from the catalog.
    assert_eq!(default_dose("standing-hip-abduction").sets, 3);
    assert_eq!(default_dose("ankle-dorsiflexion").sets, 3);
    assert_eq!(default_dose("lying-leg-extension").shape, got[7].1.shape);
    assert_eq!(default_dose("glute-bridge"), got[9].1);
}

/// The quick version keeps every move, its order, its reps and timings,
/// and changes only the number of sets and the rest between them.
#[test]
fn runners_ten_quick_is_the_full_routine_with_fewer_sets() {
    let (_, full) = plan("runners-ten");
    let (routine, quick) = plan("runners-ten-quick");
    assert_eq!(quick.len(), 10);
    assert_eq!(routine.blocks(), singles(&routine));
    for ((full_id, full_dose), (quick_id, quick_dose)) in full.iter().zip(&quick) {
        assert_eq!(full_id, quick_id);
        assert_eq!(full_dose.shape, quick_dose.shape, "{full_id}");
        assert_eq!(quick_dose.rest_s, 10, "{full_id}: the quick rest");
        assert_eq!(full_dose.per_side, quick_dose.per_side, "{full_id}");
        // One set where the article names no sets, two elsewhere.
        let unstated = ["standing-hip-abduction", "ankle-dorsiflexion"];
        let sets = if unstated.contains(&full_id.as_str()) {
            1
        } else {
            2
        };
        assert_eq!(quick_dose.sets, sets, "{full_id}");
    }
}

/// Article 0 promises 10-15 minutes, and the quick version keeps to it.
///
/// Work: three timed moves of 2 x 30 s with one 10 s rest each (210 s);
/// six per-side rep moves (10, 10, 10, 10 reps a side for two sets and
/// 12 a side for one set, twice: 208 reps, 416 s at 2 s a rep); one
/// walk of 2 x 30 steps (60 s). Overhead: ten 10 s get-readies (100 s)
/// and 10 side switches of 5 s (50 s); five 10 s rests between rep and
/// step sets (50 s). 210 + 416 + 60 + 100 + 50 + 50 = 886 s.
#[test]
fn runners_ten_quick_is_within_the_ten_to_fifteen_minutes_of_article_0() {
    let seconds = starter("runners-ten-quick").estimated_seconds();
    assert_eq!(seconds, 886);
    assert!((10 * 60..=15 * 60).contains(&seconds));
    assert_eq!(estimate::format_duration(seconds), "about 15 min");
}

/// Article 0 calls this a 10-15 minute routine, but its own numbers
/// do not fit: the estimate is pinned at what they really add up to.
///
/// Work: three timed moves (4 + 3 + 4 sets of 30 s = 330 s, with the
/// stated 20 s rests, 3 + 2 + 3 of them = 160 s); six per-side rep
/// moves of 3 sets (10, 10, 10, 10, 12 and 12 reps a side: 384 reps,
/// 768 s at 2 s a rep); one walk of 3 x 30 steps (90 s). Overhead: ten
/// 10 s get-readies (100 s) and 18 side switches of 5 s (90 s); 14 rests
/// of 20 s between rep and step sets (280 s).
/// 330 + 160 + 768 + 90 + 100 + 90 + 280 = 1818 s, about 30 minutes.
#[test]
fn runners_ten_estimate_is_pinned_and_longer_than_the_article_says() {
    let seconds = starter("runners-ten").estimated_seconds();
    assert_eq!(seconds, 1818);
    assert_eq!(estimate::format_duration(seconds), "about 30 min");
    assert!(seconds > 15 * 60);
}

/// Even at one second a rep, with no get ready and instant side
/// switches, the article's sets and rests take more than 15 minutes:
/// 330 + 160 + 384 + 90 = 964 s, 1244 s with the rests between rep sets. (Leaving out the bridge rest that was
/// filled in, 904 s: still over.)
#[test]
fn runners_ten_cannot_fit_fifteen_minutes_even_at_a_bare_tempo() {
    let routine = starter("runners-ten").build(&BandKit::default());
    let timeline = Timeline::build(&routine).unwrap();
    let seconds: u32 = timeline
        .segments
        .iter()
        .map(|segment| match (segment.phase, segment.goal) {
            (Phase::GetReady | Phase::SwitchSides | Phase::Release, _) => 0,
            (Phase::Work, Some(Goal::Reps(reps))) => u32::from(reps),
            (Phase::Work, Some(Goal::Steps(steps))) => 2 * u32::from(steps),
            _ => segment.seconds,
        })
        .sum();
    assert_eq!(seconds, 1244);
    assert!(seconds > 15 * 60);
}

#[test]
fn hip_and_foot_follows_article_1() {
    let (routine, got) = plan("hip-and-foot");
    assert_eq!(
        got,
        pairs(&[
            ("banded-squat", Dose::reps(3, 12, 30)),
            ("clamshell", Dose::reps(3, 10, 30).each_side()),
            ("monster-walk", Dose::steps_each_way(3, 10, 30)),
            ("banded-toe-taps", Dose::reps(2, 10, 30).each_side()),
        ])
    );
    assert_eq!(routine.blocks(), singles(&routine));
    for id in ["banded-squat", "monster-walk", "banded-toe-taps"] {
        let dose = got.iter().find(|(e, _)| e == id).unwrap().1;
        assert_eq!(dose, default_dose(id), "{id}");
    }
}

#[test]
fn mini_band_eight_follows_article_2_in_its_order() {
    let (routine, got) = plan("mini-band-eight");
    assert_eq!(
        got,
        pairs(&[
            (
                "ankle-plantar-flexion",
                Dose::holds(3, 8, 5, 30).each_side()
            ),
            ("lateral-band-walk", Dose::steps_each_way(3, 15, 30)),
            ("squat-side-leg-lift", Dose::reps(3, 10, 30)),
            ("banded-plank-hold", Dose::holds(1, 10, 10, 30)),
            (
                "standing-leg-extension",
                Dose::holds(2, 10, 5, 30).each_side()
            ),
            ("isometric-lunge-row", Dose::holds(3, 10, 5, 30).each_side()),
            ("anchored-dead-bug", Dose::holds(3, 10, 5, 30).each_side()),
            ("glute-bridge-hold", Dose::holds(3, 10, 5, 30)),
        ])
    );
    assert_eq!(routine.blocks(), singles(&routine));
}

#[test]
fn desk_and_travel_uses_article_3_moves_that_need_no_gym() {
    let (routine, got) = plan("desk-and-travel");
    assert_eq!(
        got,
        pairs(&[
            ("seated-hip-abduction", Dose::reps(3, 15, 30)),
            ("seated-pedalling", Dose::timed(2, 30, 30)),
            ("standing-kickback", Dose::reps(3, 10, 30).each_side()),
            ("all-fours-kickback", Dose::reps(3, 12, 30).each_side()),
        ])
    );
    assert_eq!(routine.blocks(), singles(&routine));
    for (id, dose) in &got {
        assert_eq!(*dose, default_dose(id), "{id}");
    }
    // The two seated moves come first and really are desk-friendly.
    for (id, _) in &got[..2] {
        assert!(catalog::by_id(id).unwrap().desk_friendly, "{id}");
    }
}

#[test]
fn post_run_stretch_follows_article_3_with_the_lightest_band() {
    let (routine, got) = plan("post-run-stretch");
    assert_eq!(
        got,
        pairs(&[
            ("butterfly-stretch", Dose::hold(2, 30, 15)),
            (
                "seated-hamstring-stretch",
                Dose::hold(2, 30, 10).each_side()
            ),
            (
                "standing-hamstring-stretch",
                Dose::hold(2, 30, 10).each_side()
            ),
        ])
    );
    assert_eq!(routine.blocks(), singles(&routine));
    // The butterfly is a mini loop move; the hamstring stretches need a
    // flat band, each the lightest of its type.
    let mut kit = preset("mini-loop-5").unwrap().kit();
    let lightest_loop = kit.lightest().unwrap().id;
    let flat: Vec<BandId> = preset("flat-8")
        .unwrap()
        .kit()
        .bands
        .into_iter()
        .map(|band| kit.add(band))
        .collect();
    let mains: Vec<_> = starter("post-run-stretch")
        .build(&kit)
        .entries
        .iter()
        .map(|e| e.bands)
        .collect();
    let only = |id: BandId| BandChoice {
        main: Some(id),
        stacked: None,
    };
    assert_eq!(mains, [only(lightest_loop), only(flat[0]), only(flat[0])]);
}

#[test]
fn fabric_circuit_is_one_circuit_adding_a_round_each_week() {
    for week in 1..=4u8 {
        let id = format!("fabric-circuit-week-{week}");
        let (routine, got) = plan(&id);
        assert_eq!(routine.name, format!("Fabric band circuit, week {week}"));
        assert_eq!(
            got,
            pairs(&[
                ("squat-side-leg-lift", Dose::reps(1, 8, 30)),
                ("lateral-squat-step", Dose::steps_each_way(1, 8, 30)),
                ("bridge-march", Dose::reps(1, 8, 30)),
                ("resisted-bicycle", Dose::reps(1, 8, 30).each_side()),
                ("band-assisted-push-up", Dose::reps(1, 8, 30)),
            ]),
            "{id}"
        );
        assert_eq!(routine.circuits.len(), 1, "{id}");
        let circuit = routine.circuits[0];
        assert_eq!(
            routine.blocks(),
            [Block::Circuit {
                circuit: circuit.id,
                start: 0,
                end: 4
            }],
            "{id}"
        );
        assert_eq!(circuit.rounds, week, "{id}");
        assert_eq!(circuit.round_rest_s, 60, "{id}");
        assert_eq!(circuit.transition_s, 10, "{id}");
    }
}

#[test]
fn starter_estimates_are_pinned() {
    let estimates: Vec<(&str, u32)> = starters()
        .iter()
        .map(|s| (s.id, s.estimated_seconds()))
        .collect();
    assert_eq!(
        estimates,
        [
            ("runners-ten-quick", 886),
            ("runners-ten", 1818),
            ("hip-and-foot", 607),
            ("mini-band-eight", 2409),
            ("desk-and-travel", 694),
            ("post-run-stretch", 385),
            // A round: 16 + 16 + 16 + 37 + 16 s of work and 4 x 10 s
            // of transition = 141 s; one get ready; 60 s between rounds.
            ("fabric-circuit-week-1", 10 + 141),
            ("fabric-circuit-week-2", 10 + 2 * 141 + 60),
            ("fabric-circuit-week-3", 10 + 3 * 141 + 2 * 60),
            ("fabric-circuit-week-4", 10 + 4 * 141 + 3 * 60),
        ]
    );
}

#[test]
fn bands_come_from_the_kit_by_level() {
    let kit = preset("mini-loop-5").unwrap().kit();
    let level = |n: usize| Some(kit.bands[n - 1].id);
    let routine = starter("hip-and-foot").build(&kit);
    let walk = &routine.entries[2];
    assert_eq!(walk.exercise, "monster-walk");
    assert_eq!(
        walk.bands,
        BandChoice {
            main: level(2),
            stacked: level(1)
        },
        "the ankle band is a second, different band"
    );
    for entry in routine
        .entries
        .iter()
        .filter(|e| e.exercise != "monster-walk")
    {
        assert_eq!(
            entry.bands,
            BandChoice {
                main: level(2),
                stacked: None
            },
            "{}",
            entry.exercise
        );
    }
}

#[test]
fn a_kit_of_one_band_uses_it_wherever_it_suits() {
    let mut kit = preset("fabric-loop-3").unwrap().kit();
    let keep = kit.bands[2].id;
    kit.bands.retain(|b| b.id == keep);
    for s in starters() {
        for entry in s.build(&kit).entries {
            let needed = catalog::by_id(&entry.exercise).unwrap().band_type;
            let expected = band_match::fits(needed, BandType::FabricLoop).then_some(keep);
            assert_eq!(entry.bands.main, expected, "{}: {}", s.id, entry.exercise);
        }
    }
}

#[test]
fn each_move_gets_a_band_of_its_type_or_none() {
    let mini = preset("mini-loop-5").unwrap().kit();
    let routine = starter("runners-ten").build(&mini);
    let without: Vec<&str> = routine
        .entries
        .iter()
        .filter(|e| e.bands.main.is_none())
        .map(|e| e.exercise.as_str())
        .collect();
    assert_eq!(without, ["standing-hip-abduction", "ankle-dorsiflexion"]);
    assert_eq!(
        starter("runners-ten").missing_bands(&mini),
        [
            (BandType::Tube, vec!["standing-hip-abduction"]),
            (BandType::Flat, vec!["ankle-dorsiflexion"])
        ]
    );

    // With a flat band and a tube added, every move has a band of its type.
    let mut kit = mini.clone();
    let flat = kit.add(preset("flat-8").unwrap().kit().bands[0].clone());
    let tube = kit.add(Band {
        band_type: BandType::Tube,
        ..mini.bands[0].clone()
    });
    let routine = starter("runners-ten").build(&kit);
    let band_of = |id: &str| {
        routine
            .entries
            .iter()
            .find(|e| e.exercise == id)
            .and_then(|e| e.bands.main)
    };
    assert_eq!(band_of("ankle-dorsiflexion"), Some(flat));
    assert_eq!(band_of("standing-hip-abduction"), Some(tube));
    assert_eq!(band_of("clamshell"), Some(mini.bands[1].id));
    assert_eq!(starter("runners-ten").missing_bands(&kit), []);
    assert_eq!(
        starter("post-run-stretch").missing_bands(&BandKit::default()),
        [
            (BandType::MiniLoop, vec!["butterfly-stretch"]),
            (
                BandType::Flat,
                vec!["seated-hamstring-stretch", "standing-hamstring-stretch"]
            )
        ]
    );
}

#[test]
fn a_starter_lists_its_exercises_in_order() {
    let ids: Vec<&str> = starter("hip-and-foot").exercise_ids().collect();
    assert_eq!(
        ids,
        [
            "banded-squat",
            "clamshell",
            "monster-walk",
            "banded-toe-taps"
        ]
    );
}

#[test]
fn an_empty_kit_gives_no_bands() {
    for s in starters() {
        for entry in s.build(&BandKit::default()).entries {
            assert_eq!(entry.bands, BandChoice::default(), "{}", s.id);
        }
    }
}

#[test]
fn levels_follow_kit_order_not_colour() {
    let mut kit = preset("fabric-loop-3").unwrap().kit();
    let black = kit.bands[2].id;
    kit.shift(black, false);
    // Black is now level 2.
    let routine = starter("fabric-circuit-week-1").build(&kit);
    assert!(routine.entries.iter().all(|e| e.bands.main == Some(black)));
}

/// Issue 27 #5: after Done, a rep or step set used to start the next set
/// at once. Every entry of every starter with more than one set rests
/// between them, and the player shows that rest as its own segment.
#[test]
fn every_starter_rests_between_its_sets() {
    for s in starters() {
        let routine = s.build(&BandKit::default());
        for entry in &routine.entries {
            if entry.dose.sets > 1 {
                assert!(entry.dose.rest_s > 0, "{} {}", s.id, entry.exercise);
            }
        }
        let timeline = Timeline::build(&routine).unwrap();
        let sets = routine
            .entries
            .iter()
            .map(|entry| usize::from(entry.dose.sets.saturating_sub(1)))
            .sum::<usize>();
        let rests = timeline
            .segments
            .iter()
            .filter(|segment| segment.phase == Phase::SetRest)
            .count();
        assert!(rests >= sets, "{}: {rests} rests for {sets}", s.id);
    }
}

/// The number a summary's word stands for, if it is one.
fn number_word(word: &str) -> Option<usize> {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let word = word.to_lowercase();
    words.iter().position(|w| *w == word).map(|i| i + 1)
}

/// Issue 27 #7: what a starter's summary promises, it holds. "Ten ...
/// moves" counts its moves; "two short sets each" gives every move two
/// sets.
#[test]
fn every_starter_summary_agrees_with_what_it_holds() {
    for s in starters() {
        let words: Vec<&str> = s
            .summary
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (i, word) in words.iter().enumerate() {
            let Some(n) = number_word(word) else { continue };
            let rest = &words[i + 1..];
            // "Ten band moves", "Four moves", "the five moves".
            if rest.iter().take(3).any(|w| *w == "moves") {
                assert_eq!(s.moves.len(), n, "{}: {}", s.id, s.summary);
            }
            // "two short sets each", "two sets each".
            let sets_each = rest.iter().take(3).collect::<Vec<_>>();
            if sets_each.iter().any(|w| **w == "sets") && rest.iter().take(4).any(|w| *w == "each")
            {
                for step in s.moves {
                    assert_eq!(
                        usize::from(step.dose.sets),
                        n,
                        "{} {}: {}",
                        s.id,
                        step.exercise,
                        s.summary
                    );
                }
            }
        }
    }
}

/// Issue 27 #6: fitted to any preset kit, every starter's routine has a
/// band for each of its moves; each swap sits where its move was, and
/// every move the kit could not band is accounted for.
#[test]
fn every_starter_fitted_to_every_preset_has_a_band_for_every_move() {
    for kit_preset in crate::model::kit::band::PRESETS {
        let kit = kit_preset.kit();
        for s in starters() {
            let fitted = s.fitted(&kit);
            let why = |what: &str| format!("{} / {}: {what}", kit_preset.id, s.id);
            for entry in &fitted.routine.entries {
                assert!(entry.bands.main.is_some(), "{}", why(&entry.exercise));
                assert_eq!(entry.dose.errors(), vec![], "{}", why(&entry.exercise));
            }
            let unbanded = s
                .exercise_ids()
                .filter(|id| !band_match::has_suitable(&kit, catalog::by_id(id).unwrap().band_type))
                .count();
            assert_eq!(fitted.changes.len(), unbanded, "{}", why("changes"));
            let mut fitted_ids = fitted.routine.entries.iter().map(|e| e.exercise.as_str());
            for id in s.exercise_ids() {
                match fitted.changes.iter().find(|c| c.exercise == id) {
                    None => assert_eq!(fitted_ids.next(), Some(id), "{}", why(id)),
                    Some(change) => {
                        if let Some(to) = change.swapped_for {
                            assert_eq!(fitted_ids.next(), Some(to), "{}", why(id));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_starter_that_fits_is_unchanged_by_fitting() {
    let kit = preset("mini-loop-5").unwrap().kit();
    let fitted = starter("hip-and-foot").fitted(&kit);
    assert_eq!(fitted.changes, []);
    assert_eq!(fitted.routine, starter("hip-and-foot").build(&kit));
    assert_eq!(
        fitted.estimated_seconds(),
        starter("hip-and-foot").estimated_seconds()
    );
}
