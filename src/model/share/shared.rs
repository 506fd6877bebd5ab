//! A routine as a link carries it: bands are levels and colours rather than
//! ids in someone's kit, and circuits are ranges of entries. Built from the
//! sender's routine and kit, and turned back into a routine against the
//! recipient's kit.

use crate::model::catalog::own::{OwnExercise, OwnExercises};
use crate::model::dose::Dose;
use crate::model::kit::band::{Band, BandId, BandKit, Colour};
use crate::model::routine::{BandChoice, Block, Circuit, Routine};

/// A band as the sender had it: its place in their kit (1 = lightest) and
/// its colour, which is shown as a hint only since colours differ by brand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedBand {
    pub level: usize,
    pub colour: Colour,
}

/// One exercise of a shared routine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedEntry {
    /// The exercise id: a catalog id, or whatever id the sender used.
    pub exercise: String,
    pub dose: Dose,
    pub main: Option<SharedBand>,
    pub stacked: Option<SharedBand>,
}

/// Entries `start..=end` done together as a circuit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedCircuit {
    pub start: usize,
    pub end: usize,
    pub rounds: u8,
    pub transition_s: u16,
    pub round_rest_s: u16,
}

/// A routine read from (or about to go into) a link. Circuits are in
/// order, do not overlap, and each spans two or more entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedRoutine {
    pub name: String,
    pub entries: Vec<SharedEntry>,
    pub circuits: Vec<SharedCircuit>,
    /// The sender's own exercises that the entries name, once each.
    pub exercises: Vec<OwnExercise>,
}

impl SharedBand {
    /// The band of the same level in `kit`, or its heaviest band when the
    /// kit has fewer levels; none for an empty kit.
    pub fn in_kit<'a>(&self, kit: &'a BandKit) -> Option<&'a Band> {
        let at = self.level.clamp(1, kit.bands.len().max(1)) - 1;
        kit.bands.get(at)
    }

    fn from_kit(kit: &BandKit, id: Option<u32>) -> Option<SharedBand> {
        let id = id?;
        Some(SharedBand {
            level: kit.level(id)?,
            colour: kit.get(id)?.colour.clone(),
        })
    }
}

impl SharedRoutine {
    /// The routine as a link would carry it, with bands looked up in the
    /// sender's kit. A band the kit no longer has is left out. A circuit
    /// with no settings gets one plain round, as the estimate counts it.
    pub fn from_routine(routine: &Routine, kit: &BandKit) -> SharedRoutine {
        let entries = routine
            .entries
            .iter()
            .map(|entry| SharedEntry {
                exercise: entry.exercise.clone(),
                dose: entry.dose,
                main: SharedBand::from_kit(kit, entry.bands.main),
                stacked: SharedBand::from_kit(kit, entry.bands.stacked),
            })
            .collect();
        let circuits = routine
            .blocks()
            .into_iter()
            .filter_map(|block| match block {
                Block::Circuit {
                    circuit,
                    start,
                    end,
                } if end > start => {
                    let settings = routine.circuit(circuit);
                    Some(SharedCircuit {
                        start,
                        end,
                        rounds: settings.map_or(1, |c| c.rounds),
                        transition_s: settings.map_or(0, |c| c.transition_s),
                        round_rest_s: settings.map_or(0, |c| c.round_rest_s),
                    })
                }
                _ => None,
            })
            .collect();
        SharedRoutine {
            name: routine.name.clone(),
            entries,
            circuits,
            exercises: Vec::new(),
        }
    }

    /// Adds the runner's own exercises that the entries name (once each,
    /// in order of first use), so the link carries them.
    #[must_use]
    pub fn with_own(mut self, own: &OwnExercises) -> SharedRoutine {
        let mut exercises: Vec<OwnExercise> = Vec::new();
        for entry in &self.entries {
            if exercises.iter().any(|e| e.id == entry.exercise) {
                continue;
            }
            if let Some(exercise) = own.get(&entry.exercise) {
                exercises.push(OwnExercise {
                    deleted: false,
                    ..exercise.clone()
                });
            }
        }
        self.exercises = exercises;
        self
    }

    /// The name of an entry's exercise: the sender's own exercise's name
    /// when the link carries it, else the catalog's (or the id itself).
    pub fn exercise_name(&self, id: &str) -> String {
        self.exercises
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| crate::model::catalog::name_of(id), |e| e.name.clone())
    }

    /// The circuit the entry at `index` belongs to, if any.
    pub fn circuit_at(&self, index: usize) -> Option<&SharedCircuit> {
        self.circuits
            .iter()
            .find(|c| (c.start..=c.end).contains(&index))
    }

    /// A routine for the recipient: each band becomes the band of the same
    /// level in `kit` (see [`SharedBand::in_kit`]). A stacked band that
    /// lands on the main band is dropped, since a band cannot be stacked on
    /// itself.
    pub fn to_routine(&self, kit: &BandKit) -> Routine {
        self.to_routine_with(|band| band.in_kit(kit).map(|b| b.id))
    }

    /// A routine whose bands are picked by `pick` (none where it gives
    /// none). A stacked band that lands on the main band is dropped.
    pub(super) fn to_routine_with(&self, pick: impl Fn(&SharedBand) -> Option<BandId>) -> Routine {
        let mut routine = Routine::new(self.name.clone());
        let pick = |band: &Option<SharedBand>| band.as_ref().and_then(&pick);
        for entry in &self.entries {
            let main = pick(&entry.main);
            let stacked = pick(&entry.stacked).filter(|id| Some(*id) != main);
            routine.push(&entry.exercise, entry.dose, BandChoice { main, stacked });
        }
        for circuit in &self.circuits {
            if let Some(id) = routine.group(circuit.start, circuit.end, circuit.rounds) {
                // Grouping may have raised the rounds: a link from before
                // circuits did one set per round carries the sets per move.
                let rounds = routine.circuit(id).map_or(circuit.rounds, |c| c.rounds);
                routine.set_circuit(Circuit {
                    id,
                    rounds,
                    transition_s: circuit.transition_s,
                    round_rest_s: circuit.round_rest_s,
                });
            }
        }
        routine
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kit::band::preset;
    use crate::model::routine::starter;

    fn band(level: usize) -> SharedBand {
        SharedBand {
            level,
            colour: Colour {
                name: "Blue".into(),
                swatch: "#1565c0".into(),
            },
        }
    }

    #[test]
    fn a_link_from_before_one_set_per_round_opens_under_the_rule() {
        let entry = |exercise: &str, sets| SharedEntry {
            exercise: exercise.into(),
            dose: Dose {
                sets,
                ..Dose::reps(1, 12, 30)
            },
            main: None,
            stacked: None,
        };
        let shared = SharedRoutine {
            name: "Old link".into(),
            entries: vec![entry("clamshell", 3), entry("glute-bridge", 2)],
            circuits: vec![SharedCircuit {
                start: 0,
                end: 1,
                rounds: 2,
                transition_s: 15,
                round_rest_s: 45,
            }],
            exercises: Vec::new(),
        };
        let routine = shared.to_routine(&BandKit::default());
        let sets: Vec<u8> = routine.entries.iter().map(|e| e.dose.sets).collect();
        assert_eq!(sets, [1, 1]);
        let circuit = routine.circuits[0];
        assert_eq!(
            (circuit.rounds, circuit.transition_s, circuit.round_rest_s),
            (3, 15, 45)
        );
    }

    #[test]
    fn bands_match_by_level_and_clamp_to_the_heaviest() {
        let fabric = preset("fabric-loop-3").unwrap().kit();
        assert_eq!(band(1).in_kit(&fabric).unwrap().colour.name, "Green");
        assert_eq!(band(2).in_kit(&fabric).unwrap().colour.name, "Grey");
        assert_eq!(band(3).in_kit(&fabric).unwrap().colour.name, "Black");
        assert_eq!(band(5).in_kit(&fabric).unwrap().colour.name, "Black");
        assert_eq!(band(1).in_kit(&BandKit::default()), None);
    }

    #[test]
    fn a_routine_comes_back_with_the_recipients_bands() {
        let mini = preset("mini-loop-5").unwrap().kit();
        let sent = starter::by_id("hip-and-foot").unwrap().build(&mini);
        let shared = SharedRoutine::from_routine(&sent, &mini);
        // Level 2 (Blue, light) with level 1 (Green) stacked for the walk.
        let walk = &shared.entries[2];
        assert_eq!(walk.main.as_ref().map(|b| b.level), Some(2));
        assert_eq!(walk.stacked.as_ref().map(|b| b.level), Some(1));
        assert_eq!(walk.main.as_ref().unwrap().colour.name, "Blue");

        let fabric = preset("fabric-loop-3").unwrap().kit();
        let got = shared.to_routine(&fabric);
        let grey = fabric.bands[1].id;
        let green = fabric.bands[0].id;
        assert_eq!(got.entries[2].bands.main, Some(grey));
        assert_eq!(got.entries[2].bands.stacked, Some(green));
        assert_eq!(got.name, sent.name);

        // A kit of one band: the stacked band would be the main one again.
        let mut single = BandKit::default();
        let only = single.add(fabric.bands[2].clone());
        let got = shared.to_routine(&single);
        assert_eq!(got.entries[2].bands.main, Some(only));
        assert_eq!(got.entries[2].bands.stacked, None);

        let got = shared.to_routine(&BandKit::default());
        assert!(got.entries.iter().all(|e| e.bands == BandChoice::default()));
    }

    #[test]
    fn circuits_come_back_with_their_settings() {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let sent = starter::by_id("fabric-circuit-week-3").unwrap().build(&kit);
        let shared = SharedRoutine::from_routine(&sent, &kit);
        assert_eq!(
            shared.circuits,
            [SharedCircuit {
                start: 0,
                end: 4,
                rounds: 3,
                transition_s: 10,
                round_rest_s: 60
            }]
        );
        assert_eq!(shared.circuit_at(4), shared.circuits.first());
        assert_eq!(shared.circuit_at(5), None);
        let got = shared.to_routine(&kit);
        assert_eq!(got.blocks(), sent.blocks());
        let id = got.entries[0].circuit.unwrap();
        let settings = got.circuit(id).unwrap();
        assert_eq!(
            (
                settings.rounds,
                settings.transition_s,
                settings.round_rest_s
            ),
            (3, 10, 60)
        );
    }

    #[test]
    fn a_band_missing_from_the_senders_kit_is_left_out() {
        let kit = preset("mini-loop-5").unwrap().kit();
        let mut routine = Routine::new("Gone");
        routine.push(
            "clamshell",
            Dose::reps(3, 10, 30),
            BandChoice {
                main: Some(999),
                stacked: None,
            },
        );
        let shared = SharedRoutine::from_routine(&routine, &kit);
        assert_eq!(shared.entries[0].main, None);
    }
}
