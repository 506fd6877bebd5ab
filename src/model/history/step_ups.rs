//! "Time to step up" for a whole routine: for each entry, what
//! [`progression`](super::progression) suggests after the last workout of
//! this routine, in a sentence, and applying a chosen step, or all of them,
//! to the routine (the dose, the band, or the circuit's rounds). Also the
//! step-ups that follow from one session alone, for the workout summary.

use crate::model::catalog;
use crate::model::dose::Shape;
use crate::model::history::progression::{self, Current, Step};
use crate::model::history::session::{History, Session};
use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
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
    /// The change in a few words, e.g. "12 reps" or "4 sets", for the
    /// message after applying.
    pub change: String,
}

/// Every entry's suggestion, in the routine's order. Entries never done in
/// this routine with their current dose, exercises outside the catalog and
/// stretches (see [`progression::steps_up`]) have none, and a step up
/// waits for enough of this routine's history and the runner's rating
/// (see [`progression::may_step_up`]).
pub fn suggest_for(routine: &Routine, history: &History, kit: &BandKit) -> Vec<StepUp> {
    routine
        .entries
        .iter()
        .filter_map(|entry| {
            let exercise = catalog::by_id(&entry.exercise)?;
            if !progression::steps_up(exercise) {
                return None;
            }
            // A session records a circuit move's sets as its rounds' worth.
            let done = routine.session_dose(entry);
            let last = progression::last_done(history, &routine.name, &entry.exercise, &done)?;
            let current = Current {
                dose: entry.dose,
                range: progression::range_for(exercise, &entry.dose),
                band: entry.bands.main,
                rounds: entry
                    .circuit
                    .and_then(|id| routine.circuit(id))
                    .map(|c| c.rounds),
            };
            let outcome = progression::outcome(last);
            let earlier = progression::earlier(history, &routine.name, &entry.exercise, &done);
            let step = progression::next_step(&current, &outcome, &earlier, kit)?;
            Some(StepUp {
                entry: entry.id,
                step,
                text: progression::describe(exercise.name, step, &current, &outcome, kit),
                exercise: exercise.name.to_owned(),
                change: change_words(step, current.dose.shape, kit),
            })
        })
        .collect()
}

/// The step in a few words: "12 reps", "35 seconds", "4 sets", "3 rounds",
/// "Grey, medium at 10 reps".
fn change_words(step: Step, shape: Shape, kit: &BandKit) -> String {
    let unit = match shape {
        Shape::Reps { .. } => "reps",
        Shape::StepsEachWay { .. } => "steps each way",
        Shape::Holds { .. } => "seconds a hold",
        Shape::Timed { .. } | Shape::Hold { .. } => "seconds",
    };
    match step {
        Step::Amount(n) | Step::Back(n) => format!("{n} {unit}"),
        Step::Sets(n) => format!("{n} sets"),
        Step::Rounds(n) => format!("{n} rounds"),
        Step::Band { band, amount } => match kit.get(band) {
            Some(band) => format!("{} at {amount} {unit}", band.name()),
            None => format!("a heavier band at {amount} {unit}"),
        },
    }
}

/// The step-ups that follow from `session`, the workout just finished (how
/// it went and how each exercise was rated, as it stands now), after the
/// earlier workouts in `history`, for the saved routine of the session's
/// name, with that routine's id. None when no saved routine has that name
/// any more. `history` may hold `session` already, in an older state.
pub fn after_session(
    book: &RoutineBook,
    history: &History,
    session: &Session,
    kit: &BandKit,
) -> Option<(RoutineId, Vec<StepUp>)> {
    let saved = book
        .routines
        .iter()
        .find(|saved| saved.routine.name == session.routine)?;
    let mut with_this = history.clone();
    with_this.record(session.clone());
    Some((saved.id, suggest_for(&saved.routine, &with_this, kit)))
}

/// Applies every one of `ups` (as [`apply`] does each); returns those that
/// were applied (an entry removed meanwhile is skipped).
pub fn apply_all(routine: &mut Routine, ups: &[StepUp]) -> Vec<StepUp> {
    ups.iter()
        .filter(|up| apply(routine, up.entry, up.step))
        .cloned()
        .collect()
}

/// What [`apply_all`] changed, in one sentence for the status message:
/// "Applied 2 changes: Clamshell to 12 reps, Dead bug to 35 seconds."
pub fn applied_words(applied: &[StepUp]) -> String {
    match applied {
        [] => "Nothing to change: those exercises are no longer in the routine.".to_owned(),
        [one] => format!("Applied: {} to {}.", one.exercise, one.change),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|up| format!("{} to {}", up.exercise, up.change))
                .collect();
            format!("Applied {} changes: {}.", many.len(), list.join(", "))
        }
    }
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
#[path = "step_ups_tests.rs"]
mod tests;
