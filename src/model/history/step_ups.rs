//! "Time to step up" for a whole routine: for each entry, what
//! [`progression`](super::progression) suggests after the last workout of
//! this routine, in a sentence, and applying a chosen step to the routine
//! (the dose, the band, or the circuit's rounds).

use crate::model::catalog;
use crate::model::history::progression::{self, Current, Step};
use crate::model::history::session::History;
use crate::model::kit::band::BandKit;
use crate::model::routine::{EntryId, Routine};

/// One step-up suggestion for an entry of a routine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepUp {
    pub entry: EntryId,
    pub step: Step,
    /// The suggestion in one plain sentence.
    pub text: String,
    /// The exercise's name, for the Apply button's label.
    pub exercise: String,
}

/// Every entry's suggestion, in the routine's order. Entries never done in
/// this routine with their current dose, and exercises outside the
/// catalog, have none.
pub fn suggest_for(routine: &Routine, history: &History, kit: &BandKit) -> Vec<StepUp> {
    routine
        .entries
        .iter()
        .filter_map(|entry| {
            let last =
                progression::last_done(history, &routine.name, &entry.exercise, &entry.dose)?;
            let exercise = catalog::by_id(&entry.exercise)?;
            let current = Current {
                dose: entry.dose,
                range: exercise.range,
                band: entry.bands.main,
                rounds: entry
                    .circuit
                    .and_then(|id| routine.circuit(id))
                    .map(|c| c.rounds),
            };
            let outcome = progression::outcome(last);
            let step = progression::suggest(&current, &outcome, kit)?;
            Some(StepUp {
                entry: entry.id,
                step,
                text: progression::describe(exercise.name, step, &current, &outcome, kit),
                exercise: exercise.name.to_owned(),
            })
        })
        .collect()
}

/// Applies `step` to the entry with id `entry`: its dose, its main band, or
/// its circuit's rounds. False when the entry is gone.
pub fn apply(routine: &mut Routine, entry: EntryId, step: Step) -> bool {
    let Some(item) = routine.entry_mut(entry) else {
        return false;
    };
    item.dose = progression::apply(step, item.dose);
    let circuit = item.circuit;
    match step {
        Step::Band { band, .. } => item.bands.main = Some(band),
        Step::Rounds(rounds) => {
            if let Some(mut circuit) = circuit.and_then(|id| routine.circuit(id)).copied() {
                circuit.rounds = rounds;
                routine.set_circuit(circuit);
            }
        }
        _ => {}
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::session::{Session, SessionExercise};
    use crate::model::kit::band::preset;
    use crate::model::routine::dose::Dose;
    use crate::model::routine::BandChoice;

    fn kit() -> BandKit {
        preset("fabric-loop-3").unwrap().kit()
    }

    fn routine(kit: &BandKit) -> Routine {
        let mut routine = Routine::new("Evening");
        let band = BandChoice {
            main: Some(kit.bands[0].id),
            stacked: None,
        };
        routine.push("clamshell", Dose::reps(3, 12, 30).each_side(), band);
        routine.push("glute-bridge", Dose::reps(3, 15, 30), band);
        routine.push("not-in-this-version", Dose::reps(3, 10, 30), band);
        routine
    }

    fn done_all(routine: &Routine) -> History {
        let exercises = routine
            .entries
            .iter()
            .map(|entry| SessionExercise {
                exercise: entry.exercise.clone(),
                dose: entry.dose,
                bands: vec![],
                sets_done: entry.dose.sets,
                actual: None,
                rating: None,
                cut_short_s: Vec::new(),
            })
            .collect();
        History {
            sessions: vec![Session {
                id: 1,
                routine: routine.name.clone(),
                started_at: 1,
                ended_at: 2,
                active_s: 600,
                finished: true,
                exercises,
            }],
        }
    }

    #[test]
    fn each_entry_done_last_time_gets_its_step_in_words() {
        let kit = kit();
        let routine = routine(&kit);
        let ups = suggest_for(&routine, &done_all(&routine), &kit);
        let ids: Vec<EntryId> = ups.iter().map(|u| u.entry).collect();
        assert_eq!(ids, [routine.entries[0].id, routine.entries[1].id]);
        assert_eq!(ups[0].exercise, "Clamshell");
        assert!(ups[0].text.contains("Clamshell"), "{}", ups[0].text);
        // Nothing done yet in another routine of the same exercises.
        let mut other = routine.clone();
        other.name = "Morning".into();
        assert_eq!(suggest_for(&other, &done_all(&routine), &kit), []);
    }

    #[test]
    fn applying_every_suggestion_leaves_none_until_the_next_workout() {
        let kit = kit();
        let mut routine = routine(&kit);
        let history = done_all(&routine);
        for up in suggest_for(&routine, &history, &kit) {
            assert!(apply(&mut routine, up.entry, up.step));
        }
        assert_eq!(suggest_for(&routine, &history, &kit), []);
        assert!(!apply(&mut routine, 999, Step::Amount(20)));
    }

    #[test]
    fn a_band_step_changes_the_main_band_and_a_round_step_the_circuit() {
        let kit = kit();
        let mut routine = routine(&kit);
        let first = routine.entries[0].id;
        let heavier = kit.bands[1].id;
        assert!(apply(
            &mut routine,
            first,
            Step::Band {
                band: heavier,
                amount: 10
            }
        ));
        assert_eq!(routine.entries[0].bands.main, Some(heavier));
        let id = routine.group(0, 1, 2).unwrap();
        assert!(apply(&mut routine, first, Step::Rounds(3)));
        assert_eq!(routine.circuit(id).unwrap().rounds, 3);
    }
}
