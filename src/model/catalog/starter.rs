//! Ready-made routines, one for each plan in the five source articles (see
//! `../shared/seeds/README.md`), so a new user can start training at once.
//!
//! Each starter keeps its article's exercises, order, sets, reps, timings
//! and rest. Where an article leaves a number out, the catalog's default
//! dose for that exercise fills the gap; where it gives a range, the
//! starter takes the low end, leaving room to add reps later. Each
//! starter's doc comment lists what was filled in.
//!
//! Bands come from the user's own kit when the starter is built: stretches
//! use the lightest band, everything else a light band that is not the
//! lightest (level 2, or level 1 in a kit of one), and the monster walk
//! stacks a second band of that level at the ankles. With no bands at all,
//! entries get no band.

use crate::model::kit::band::{BandId, BandKit};
use crate::model::routine::dose::Dose;
use crate::model::routine::estimate;
use crate::model::routine::{BandChoice, Circuit, Routine};

/// Which of the kit's bands an entry gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bands {
    /// Level 2 if the kit has it, else level 1.
    Light,
    /// Light, with a second, different band (the lightest) stacked at the ankles.
    LightStacked,
    /// The kit's lightest band, for stretching.
    Lightest,
}

/// One exercise of a starter, with its dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Move {
    exercise: &'static str,
    dose: Dose,
    bands: Bands,
}

const fn light(exercise: &'static str, dose: Dose) -> Move {
    Move {
        exercise,
        dose,
        bands: Bands::Light,
    }
}

const fn stretch(exercise: &'static str, dose: Dose) -> Move {
    Move {
        exercise,
        dose,
        bands: Bands::Lightest,
    }
}

/// A starter whose moves are all one circuit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::struct_field_names, reason = "rounds of a circuit")]
struct Rounds {
    rounds: u8,
    transition_s: u16,
    round_rest_s: u16,
}

/// A routine the app offers ready-made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Starter {
    /// Stable id, lowercase kebab-case.
    pub id: &'static str,
    /// Shown in the list, and the name of the routine it builds.
    pub name: &'static str,
    /// One sentence on what it is for.
    pub summary: &'static str,
    /// The article (index into the seeds) the starter reproduces.
    pub source: u8,
    moves: &'static [Move],
    circuit: Option<Rounds>,
}

/// The runner's ten, as article 0 sets them out.
///
/// Numbers the article does not give, taken from the catalog default:
/// - standing hip abduction and ankle dorsiflexion: 3 sets (it gives reps
///   only);
/// - lying leg extension: 10 reps per side (it gives sets only);
/// - glute bridge: 20 s between its 30 s sets (it gives no rest there; 20 s
///   is also what it gives for its other two 30 s timed moves).
///
/// Rep and step sets get no rest: the article gives none, and its claim of
/// a short routine leaves no room for any. Ranges take their low end
/// (clamshell 10 of 10-12, abduction and dorsiflexion 12 of 12-16).
///
/// Estimated at 1538 s (about 26 min), not the 10-15 minutes the article
/// states: its own sets and reps do not fit in 15 minutes at any real
/// tempo. See the `runner_ten_*` tests for the arithmetic, and
/// `RUNNER_TEN_QUICK` for the version that fits.
const RUNNER_TEN: &[Move] = &[
    light("lateral-band-walk", Dose::steps_each_way(3, 15, 0)),
    light("clamshell", Dose::reps(3, 10, 0).each_side()),
    light("standing-hip-abduction", Dose::reps(3, 12, 0).each_side()),
    light("walking-squat", Dose::timed(4, 30, 20)),
    light("dead-bug", Dose::timed(3, 30, 20)),
    light("banded-plank", Dose::reps(3, 10, 0).each_side()),
    light("standing-kickback", Dose::reps(3, 10, 0).each_side()),
    light("lying-leg-extension", Dose::reps(3, 10, 0).each_side()),
    light("ankle-dorsiflexion", Dose::reps(3, 12, 0).each_side()),
    light("glute-bridge", Dose::timed(4, 30, 20)),
];

/// The runner's ten cut down to the 10-15 minutes article 0 promises, for
/// a warm-up before a run: the same moves, order, reps, timings and rests,
/// with two sets where the article gives sets and one set where it gives
/// none (standing hip abduction and ankle dorsiflexion). The glute bridge
/// keeps the full version's filled-in 20 s rest.
const RUNNER_TEN_QUICK: &[Move] = &[
    light("lateral-band-walk", Dose::steps_each_way(2, 15, 0)),
    light("clamshell", Dose::reps(2, 10, 0).each_side()),
    light("standing-hip-abduction", Dose::reps(1, 12, 0).each_side()),
    light("walking-squat", Dose::timed(2, 30, 20)),
    light("dead-bug", Dose::timed(2, 30, 20)),
    light("banded-plank", Dose::reps(2, 10, 0).each_side()),
    light("standing-kickback", Dose::reps(2, 10, 0).each_side()),
    light("lying-leg-extension", Dose::reps(2, 10, 0).each_side()),
    light("ankle-dorsiflexion", Dose::reps(1, 12, 0).each_side()),
    light("glute-bridge", Dose::timed(2, 30, 20)),
];

/// Article 1's hip and foot four. It gives reps only for the clamshell
/// (10-15 per side: 10) and the toe taps (10 per leg); sets, rest and the
/// squat and monster walk numbers are the catalog defaults.
const HIP_AND_FOOT: &[Move] = &[
    light("banded-squat", Dose::reps(3, 12, 30)),
    light("clamshell", Dose::reps(3, 10, 30).each_side()),
    Move {
        exercise: "monster-walk",
        dose: Dose::steps_each_way(3, 10, 30),
        bands: Bands::LightStacked,
    },
    light("banded-toe-taps", Dose::reps(2, 10, 30).each_side()),
];

/// Article 2's eight, in its order, at the low end of each of its ranges
/// (3 of 3-5 sets; 8 of 8-12 or 10 of 10-12 reps; 5 s of 5-10 s holds).
/// Its plank is dosed as ten 10 s holds, so it is the plank hold here. The
/// article gives no rest and no numbers for the standing leg extension
/// beyond its 5 s hold: those come from the catalog defaults.
const MINI_BAND_EIGHT: &[Move] = &[
    light(
        "ankle-plantar-flexion",
        Dose::holds(3, 8, 5, 30).each_side(),
    ),
    light("lateral-band-walk", Dose::steps_each_way(3, 15, 30)),
    light("squat-side-leg-lift", Dose::reps(3, 10, 30)),
    light("banded-plank-hold", Dose::holds(1, 10, 10, 30)),
    light(
        "standing-leg-extension",
        Dose::holds(2, 10, 5, 30).each_side(),
    ),
    light("isometric-lunge-row", Dose::holds(3, 10, 5, 30).each_side()),
    light("anchored-dead-bug", Dose::holds(3, 10, 5, 30).each_side()),
    light("glute-bridge-hold", Dose::holds(3, 10, 5, 30)),
];

/// Article 3's moves for a desk or a small room: the two seated ones, then
/// the kickback standing by the chair and on all fours on the floor. The
/// article only says "a few" reps and sets, so every dose is the catalog
/// default.
const DESK_AND_TRAVEL: &[Move] = &[
    light("seated-hip-abduction", Dose::reps(3, 15, 30)),
    light("seated-pedalling", Dose::timed(2, 30, 30)),
    light("standing-kickback", Dose::reps(3, 10, 30).each_side()),
    light("all-fours-kickback", Dose::reps(3, 12, 30).each_side()),
];

/// Article 3's after-run stretches with the lightest band: the butterfly,
/// then the hamstrings seated and standing. It gives no hold times, so the
/// doses are the catalog defaults.
const POST_RUN_STRETCH: &[Move] = &[
    stretch("butterfly-stretch", Dose::hold(2, 30, 15)),
    stretch(
        "seated-hamstring-stretch",
        Dose::hold(2, 30, 10).each_side(),
    ),
    stretch(
        "standing-hamstring-stretch",
        Dose::hold(2, 30, 10).each_side(),
    ),
];

/// Article 4's five fabric-band moves, one set of 8 each (the bottom of its
/// 8-12), done as one circuit.
const FABRIC_CIRCUIT: &[Move] = &[
    light("squat-side-leg-lift", Dose::reps(1, 8, 30)),
    light("lateral-squat-step", Dose::steps_each_way(1, 8, 30)),
    light("bridge-march", Dose::reps(1, 8, 30)),
    light("resisted-bicycle", Dose::reps(1, 8, 30).each_side()),
    light("band-assisted-push-up", Dose::reps(1, 8, 30)),
];

/// Article 4 adds a round each week up to four, with a minute between
/// rounds and only a short change-over between moves.
#[allow(clippy::unnecessary_wraps, reason = "a starter's rounds are optional")]
const fn fabric_week(rounds: u8) -> Option<Rounds> {
    Some(Rounds {
        rounds,
        transition_s: FABRIC_TRANSITION_S,
        round_rest_s: 60,
    })
}

/// Just long enough to reset the band for the next move.
const FABRIC_TRANSITION_S: u16 = 10;

/// Every starter, in the order the app lists them.
pub const STARTERS: [Starter; 10] = [
    Starter {
        id: "runners-ten-quick",
        name: "Runner's ten, quick",
        summary: "Ten band moves for hips, glutes, core and ankles in two short sets each, sized to fit before a run.",
        source: 0,
        moves: RUNNER_TEN_QUICK,
        circuit: None,
    },
    Starter {
        id: "runners-ten",
        name: "Runner's ten, full sets",
        summary: "The same ten moves with every set the article lists, for an evening session when there is time.",
        source: 0,
        moves: RUNNER_TEN,
        circuit: None,
    },
    Starter {
        id: "hip-and-foot",
        name: "Hips and feet",
        summary: "Four moves with a loop above the knees that wake up the side glutes and train balance through the foot.",
        source: 1,
        moves: HIP_AND_FOOT,
        circuit: None,
    },
    Starter {
        id: "mini-band-eight",
        name: "Mini band eight",
        summary: "Eight moves built mostly on short holds, from calves and hips up through the core.",
        source: 2,
        moves: MINI_BAND_EIGHT,
        circuit: None,
    },
    Starter {
        id: "desk-and-travel",
        name: "Desk and travel",
        summary: "Quiet moves for an office chair or a hotel room floor, with no mat or anchor needed for most.",
        source: 3,
        moves: DESK_AND_TRAVEL,
        circuit: None,
    },
    Starter {
        id: "post-run-stretch",
        name: "Post-run stretch",
        summary: "Gentle holds with your lightest band to loosen the hips and hamstrings once the run is over.",
        source: 3,
        moves: POST_RUN_STRETCH,
        circuit: None,
    },
    Starter {
        id: "fabric-circuit-week-1",
        name: "Fabric band circuit, week 1",
        summary: "Five fabric-band moves done once straight through, the first step of a four-week build.",
        source: 4,
        moves: FABRIC_CIRCUIT,
        circuit: fabric_week(1),
    },
    Starter {
        id: "fabric-circuit-week-2",
        name: "Fabric band circuit, week 2",
        summary: "The same five moves twice through, with a minute's rest after the first round.",
        source: 4,
        moves: FABRIC_CIRCUIT,
        circuit: fabric_week(2),
    },
    Starter {
        id: "fabric-circuit-week-3",
        name: "Fabric band circuit, week 3",
        summary: "Three rounds of the five moves, resting a minute between rounds.",
        source: 4,
        moves: FABRIC_CIRCUIT,
        circuit: fabric_week(3),
    },
    Starter {
        id: "fabric-circuit-week-4",
        name: "Fabric band circuit, week 4",
        summary: "Four full rounds to finish the block; after this, move to a heavier band.",
        source: 4,
        moves: FABRIC_CIRCUIT,
        circuit: fabric_week(4),
    },
];

/// Every starter, in the order the app lists them.
pub fn starters() -> &'static [Starter] {
    &STARTERS
}

/// The starter with this id.
pub fn by_id(id: &str) -> Option<&'static Starter> {
    STARTERS.iter().find(|starter| starter.id == id)
}

impl Starter {
    /// The routine, named after the starter, with bands from `kit`.
    pub fn build(&self, kit: &BandKit) -> Routine {
        let lightest = kit.starting_band(true);
        let light: Option<BandId> = kit.starting_band(false);
        // A stacked band is a second, different band: the lightest one,
        // unless that is the main band already.
        let second = lightest.filter(|id| Some(*id) != light);
        let mut routine = Routine::new(self.name);
        for step in self.moves {
            let bands = match step.bands {
                Bands::Light => BandChoice {
                    main: light,
                    stacked: None,
                },
                Bands::LightStacked => BandChoice {
                    main: light,
                    stacked: second,
                },
                Bands::Lightest => BandChoice {
                    main: lightest,
                    stacked: None,
                },
            };
            routine.push(step.exercise, step.dose, bands);
        }
        if let Some(plan) = self.circuit {
            let last = self.moves.len().saturating_sub(1);
            if let Some(id) = routine.group(0, last, plan.rounds) {
                routine.set_circuit(Circuit {
                    id,
                    rounds: plan.rounds,
                    transition_s: plan.transition_s,
                    round_rest_s: plan.round_rest_s,
                });
            }
        }
        routine
    }

    /// The estimated length of the routine, in seconds (bands make no
    /// difference to it).
    pub fn estimated_seconds(&self) -> u32 {
        estimate::routine_seconds(&self.build(&BandKit::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;
    use crate::model::kit::band::preset;
    use crate::model::routine::Block;
    use crate::model::workout::timeline::{Goal, Phase, Timeline};
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
                ("lateral-band-walk", Dose::steps_each_way(3, 15, 0)),
                ("clamshell", Dose::reps(3, 10, 0).each_side()),
                ("standing-hip-abduction", Dose::reps(3, 12, 0).each_side()),
                ("walking-squat", Dose::timed(4, 30, 20)),
                ("dead-bug", Dose::timed(3, 30, 20)),
                ("banded-plank", Dose::reps(3, 10, 0).each_side()),
                ("standing-kickback", Dose::reps(3, 10, 0).each_side()),
                ("lying-leg-extension", Dose::reps(3, 10, 0).each_side()),
                ("ankle-dorsiflexion", Dose::reps(3, 12, 0).each_side()),
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

    /// The quick version keeps every move, its order, its reps, timings and
    /// rests, and changes only the number of sets.
    #[test]
    fn runners_ten_quick_is_the_full_routine_with_fewer_sets() {
        let (_, full) = plan("runners-ten");
        let (routine, quick) = plan("runners-ten-quick");
        assert_eq!(quick.len(), 10);
        assert_eq!(routine.blocks(), singles(&routine));
        for ((full_id, full_dose), (quick_id, quick_dose)) in full.iter().zip(&quick) {
            assert_eq!(full_id, quick_id);
            assert_eq!(full_dose.shape, quick_dose.shape, "{full_id}");
            assert_eq!(full_dose.rest_s, quick_dose.rest_s, "{full_id}");
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

    /// Article 0 promises 10-15 minutes; the quick version is the one that
    /// keeps that promise.
    ///
    /// Work: three timed moves of 2 x 30 s with one 20 s rest each (240 s);
    /// six per-side rep moves (10, 10, 10, 10 reps a side for two sets and
    /// 12 a side for one set, twice: 208 reps, 416 s at 2 s a rep); one
    /// walk of 2 x 30 steps (60 s). Overhead: ten 10 s get-readies (100 s)
    /// and 10 side switches of 5 s (50 s). 240 + 416 + 60 + 100 + 50 = 866 s.
    #[test]
    fn runners_ten_quick_fits_the_ten_to_fifteen_minutes_of_article_0() {
        let seconds = starter("runners-ten-quick").estimated_seconds();
        assert_eq!(seconds, 866);
        assert!((10 * 60..=15 * 60).contains(&seconds));
        assert_eq!(estimate::format_duration(seconds), "about 14 min");
    }

    /// Article 0 calls this a 10-15 minute routine, but its own numbers
    /// do not fit: the estimate is pinned at what they really add up to.
    ///
    /// Work: three timed moves (4 + 3 + 4 sets of 30 s = 330 s, with the
    /// stated 20 s rests, 3 + 2 + 3 of them = 160 s); six per-side rep
    /// moves of 3 sets (10, 10, 10, 10, 12 and 12 reps a side: 384 reps,
    /// 768 s at 2 s a rep); one walk of 3 x 30 steps (90 s). Overhead: ten
    /// 10 s get-readies (100 s) and 18 side switches of 5 s (90 s).
    /// 330 + 160 + 768 + 90 + 100 + 90 = 1538 s, about 26 minutes.
    #[test]
    fn runners_ten_estimate_is_pinned_and_longer_than_the_article_says() {
        let seconds = starter("runners-ten").estimated_seconds();
        assert_eq!(seconds, 1538);
        assert_eq!(estimate::format_duration(seconds), "about 26 min");
        assert!(seconds > 15 * 60);
    }

    /// Even at one second a rep, with no get ready and instant side
    /// switches, the article's sets and rests take more than 15 minutes:
    /// 330 + 160 + 384 + 90 = 964 s. (Leaving out the bridge rest that was
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
        assert_eq!(seconds, 964);
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
        let kit = preset("mini-loop-5").unwrap().kit();
        let lightest = kit.lightest().unwrap().id;
        for entry in starter("post-run-stretch").build(&kit).entries {
            assert_eq!(
                entry.bands,
                BandChoice {
                    main: Some(lightest),
                    stacked: None
                }
            );
        }
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
                ("runners-ten-quick", 866),
                ("runners-ten", 1538),
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
    fn a_kit_of_one_band_uses_it_everywhere() {
        let mut kit = preset("fabric-loop-3").unwrap().kit();
        let keep = kit.bands[2].id;
        kit.bands.retain(|b| b.id == keep);
        for s in starters() {
            for entry in s.build(&kit).entries {
                assert_eq!(entry.bands.main, Some(keep), "{}", s.id);
            }
        }
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
}
