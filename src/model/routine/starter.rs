//! Ready-made routines, one for each plan in the five source articles (see
//! `../shared/seeds/README.md`), so a new user can start training at once.
//!
//! Each starter keeps its article's exercises, order, sets, reps, timings
//! and rest. Where an article leaves a number out, the catalog's default
//! dose for that exercise fills the gap; where it gives a range, the
//! starter takes the low end, leaving room to add reps later. Each
//! starter's doc comment lists what was filled in.
//!
//! Bands come from the user's own kit when the starter is built, among the
//! bands of the type each exercise needs (`kit::band_match`): stretches
//! use the lightest of them, everything else a light one that is not the
//! lightest (the second, or the only one), and the monster walk stacks a
//! second, lighter band at the ankles. An exercise with no band of its
//! type in the kit (or with no kit at all) gets no band.

use crate::model::catalog;
use crate::model::catalog::exercise::Category;
use crate::model::dose::Dose;
use crate::model::kit::band::{BandId, BandKit};
use crate::model::kit::band_match;
use crate::model::kit::band_type::BandType;
use crate::model::routine::estimate;
use crate::model::routine::swap::{self, Change};
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

impl Move {
    /// The type of band the exercise is written for (a mini loop for an
    /// id the catalog does not know, which the catalog tests rule out).
    fn band_type(&self) -> BandType {
        catalog::by_id(self.exercise).map_or(BandType::MiniLoop, |e| e.band_type)
    }

    /// This move's bands from `kit`, among those that suit its exercise.
    fn bands_from(&self, kit: &BandKit) -> BandChoice {
        let needed = self.band_type();
        let lightest = band_match::lightest(kit, needed);
        let light: Option<BandId> = band_match::starting_band(kit, needed, false);
        match self.bands {
            Bands::Light => BandChoice {
                main: light,
                stacked: None,
            },
            // A stacked band is a second, different band: the lightest
            // one, unless that is the main band already.
            Bands::LightStacked => BandChoice {
                main: light,
                stacked: lightest.filter(|id| Some(*id) != light),
            },
            Bands::Lightest => BandChoice {
                main: lightest,
                stacked: None,
            },
        }
    }

    /// Whether `kit` has a band that suits this move.
    fn has_band_in(&self, kit: &BandKit) -> bool {
        band_match::has_suitable(kit, self.band_type())
    }
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
///   is also what it gives for its other two 30 s timed moves);
/// - rep and step sets: 20 s between sets (`RUNNER_TEN_SET_REST_S`), the
///   rest the article gives between its timed sets; it gives none for
///   these, and without one set 2 began the moment Done was pressed.
///
/// Ranges take their low end
/// (clamshell 10 of 10-12, abduction and dorsiflexion 12 of 12-16).
///
/// Estimated at 1818 s (about 30 min), not the 10-15 minutes the article
/// states: its own sets and reps do not fit in 15 minutes at any real
/// tempo. See the `runner_ten_*` tests for the arithmetic, and
/// `RUNNER_TEN_QUICK` for the version that fits.
const RUNNER_TEN: &[Move] = &[
    light(
        "lateral-band-walk",
        Dose::steps_each_way(3, 15, RUNNER_TEN_SET_REST_S),
    ),
    light(
        "clamshell",
        Dose::reps(3, 10, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light(
        "standing-hip-abduction",
        Dose::reps(3, 12, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light("walking-squat", Dose::timed(4, 30, 20)),
    light("dead-bug", Dose::timed(3, 30, 20)),
    light(
        "banded-plank",
        Dose::reps(3, 10, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light(
        "standing-kickback",
        Dose::reps(3, 10, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light(
        "lying-leg-extension",
        Dose::reps(3, 10, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light(
        "ankle-dorsiflexion",
        Dose::reps(3, 12, RUNNER_TEN_SET_REST_S).each_side(),
    ),
    light("glute-bridge", Dose::timed(4, 30, 20)),
];

/// The rest between rep and step sets in both runner's tens: the 20 s
/// article 0 gives between its timed sets.
const RUNNER_TEN_SET_REST_S: u16 = 20;

/// The rest between sets in the quick runner's ten: half the full
/// version's 20 s, so that with every set it lists it still takes the
/// 10-15 minutes article 0 promises (with 20 s it took 16).
const RUNNER_TEN_QUICK_REST_S: u16 = 10;

/// The runner's ten cut down to the 10-15 minutes article 0 promises, for
/// a warm-up before a run: the same moves, order, reps and timings, with
/// two sets where the article gives sets and one set where it gives none
/// (standing hip abduction and ankle dorsiflexion), and 10 s between sets.
const RUNNER_TEN_QUICK: &[Move] = &[
    light(
        "lateral-band-walk",
        Dose::steps_each_way(2, 15, RUNNER_TEN_QUICK_REST_S),
    ),
    light(
        "clamshell",
        Dose::reps(2, 10, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light(
        "standing-hip-abduction",
        Dose::reps(1, 12, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light("walking-squat", Dose::timed(2, 30, RUNNER_TEN_QUICK_REST_S)),
    light("dead-bug", Dose::timed(2, 30, RUNNER_TEN_QUICK_REST_S)),
    light(
        "banded-plank",
        Dose::reps(2, 10, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light(
        "standing-kickback",
        Dose::reps(2, 10, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light(
        "lying-leg-extension",
        Dose::reps(2, 10, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light(
        "ankle-dorsiflexion",
        Dose::reps(1, 12, RUNNER_TEN_QUICK_REST_S).each_side(),
    ),
    light("glute-bridge", Dose::timed(2, 30, RUNNER_TEN_QUICK_REST_S)),
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
        summary: "Ten band moves for hips, glutes, core and ankles in two short sets for most of them, sized to fit before a run.",
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

/// A starter's routine fitted to the runner's bands, and what fitting it
/// changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fitted {
    pub routine: Routine,
    /// One per move the kit has no band for, in the starter's order.
    pub changes: Vec<Change>,
}

impl Fitted {
    /// Whether a move was left out for want of anything like it.
    pub fn leaves_out(&self) -> bool {
        self.changes.iter().any(|c| c.swapped_for.is_none())
    }

    /// The estimated length of the fitted routine, in seconds.
    pub fn estimated_seconds(&self) -> u32 {
        estimate::routine_seconds(&self.routine)
    }
}

/// Every starter, in the order the app lists them.
pub fn starters() -> &'static [Starter] {
    &STARTERS
}

/// The starter with this id.
pub fn by_id(id: &str) -> Option<&'static Starter> {
    STARTERS.iter().find(|starter| starter.id == id)
}

impl Starter {
    /// The routine, named after the starter, with bands from `kit` of the
    /// type each exercise needs (see `kit::band_match`).
    pub fn build(&self, kit: &BandKit) -> Routine {
        self.routine_of(self.moves, kit)
    }

    /// The routine of `moves` (the starter's, or its moves fitted to a
    /// kit), named after the starter, as one circuit if the starter is.
    fn routine_of(&self, moves: &[Move], kit: &BandKit) -> Routine {
        let mut routine = Routine::new(self.name);
        for step in moves {
            routine.push(step.exercise, step.dose, step.bands_from(kit));
        }
        if let Some(plan) = self.circuit {
            let last = moves.len().saturating_sub(1);
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

    /// The routine fitted to `kit`: each move no band in the kit suits is
    /// swapped for one that does the same job with a band the kit has
    /// (`swap::substitute`), with the move's sets and rest, or left out
    /// when nothing like it suits. Each change is listed, to be said. A kit
    /// with no bands changes nothing: there is nothing to fit.
    pub fn fitted(&self, kit: &BandKit) -> Fitted {
        if kit.bands.is_empty() {
            return Fitted {
                routine: self.build(kit),
                changes: Vec::new(),
            };
        }
        let mut taken: Vec<&str> = self.exercise_ids().collect();
        let mut moves = Vec::with_capacity(self.moves.len());
        let mut changes = Vec::new();
        for step in self.moves {
            let Some(from) = catalog::by_id(step.exercise) else {
                continue;
            };
            if swap::can_band(kit, from) {
                moves.push(*step);
                continue;
            }
            match swap::substitute(from, kit, &taken) {
                Some(to) => {
                    taken.push(to.id);
                    changes.push(Change::swapped(from, to, kit));
                    moves.push(Move {
                        exercise: to.id,
                        dose: swap::swapped_dose(step.dose, to),
                        bands: if to.category == Category::Mobility {
                            Bands::Lightest
                        } else {
                            Bands::Light
                        },
                    });
                }
                None => changes.push(Change::left_out(from)),
            }
        }
        Fitted {
            routine: self.routine_of(&moves, kit),
            changes,
        }
    }

    /// The catalog ids of the starter's exercises, in order.
    pub fn exercise_ids(&self) -> impl Iterator<Item = &'static str> {
        self.moves.iter().map(|step| step.exercise)
    }

    /// The types of band this starter needs that `kit` has no band for,
    /// once each in the order the moves first need them, each with the
    /// moves that need it.
    pub fn missing_bands(&self, kit: &BandKit) -> Vec<(BandType, Vec<&'static str>)> {
        let mut missing: Vec<(BandType, Vec<&'static str>)> = Vec::new();
        for step in self.moves.iter().filter(|step| !step.has_band_in(kit)) {
            let needed = step.band_type();
            match missing
                .iter_mut()
                .find(|(known, _)| band_match::fits(*known, needed))
            {
                Some((_, moves)) => moves.push(step.exercise),
                None => missing.push((needed, vec![step.exercise])),
            }
        }
        missing
    }

    /// The estimated length of the routine, in seconds (bands make no
    /// difference to it).
    pub fn estimated_seconds(&self) -> u32 {
        estimate::routine_seconds(&self.build(&BandKit::default()))
    }
}

#[cfg(test)]
#[path = "starter_tests.rs"]
mod tests;
