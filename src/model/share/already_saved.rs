//! Whether the routine in a link is one the runner has saved already: the
//! same name, the same moves in the same order with the same doses, and the
//! same circuits. Bands are left out: a link carries them as levels,
//! matched to each kit, and choosing another band after saving does not
//! make it another routine. An own exercise the link carries is the same
//! as one here with the same facts, whatever its id or name (taking it in
//! may have given it another id, or a "(2)").

use super::mark::Mine;
use super::shared::SharedRoutine;
use crate::model::catalog::own::{OwnExercise, OwnExercises};
use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::Routine;

/// Whether `mine`, a routine here, is the routine `shared` carries.
pub fn same_routine(shared: &SharedRoutine, mine: &Routine, own: &OwnExercises) -> bool {
    let no_bands = BandKit::default();
    // Both as a link would carry them, without bands: a link from an older
    // version is read as it would be saved.
    let theirs = SharedRoutine::from_routine(&shared.to_routine(&no_bands), &no_bands);
    let ours = SharedRoutine::from_routine(mine, &no_bands);
    theirs.name == ours.name
        && theirs.circuits == ours.circuits
        && theirs.entries.len() == ours.entries.len()
        && theirs
            .entries
            .iter()
            .zip(&ours.entries)
            .all(|(sent, here)| {
                sent.dose == here.dose && same_exercise(shared, &sent.exercise, &here.exercise, own)
            })
}

/// Whether the exercise `sent` names in the link is `here` in this library.
fn same_exercise(shared: &SharedRoutine, sent: &str, here: &str, own: &OwnExercises) -> bool {
    match shared.exercises.iter().find(|e| e.id == sent) {
        Some(carried) => own.get_live(here).is_some_and(|mine| {
            OwnExercise {
                name: carried.name.clone(),
                ..mine.clone()
            }
            .same_as(carried)
        }),
        None => sent == here,
    }
}

/// The first saved routine that is the routine `shared` carries.
pub fn already_saved(
    shared: &SharedRoutine,
    book: &RoutineBook,
    own: &OwnExercises,
) -> Option<RoutineId> {
    book.routines
        .iter()
        .find(|saved| same_routine(shared, &saved.routine, own))
        .map(|saved| saved.id)
}

/// The runner's own routine a marked link (see [`super::mark`]) is to:
/// the saved routine with the mark's id while it still has the link's
/// name, even if its doses changed since the link was made (a step up,
/// say); otherwise one saved already with the link's content. None on a
/// phone that has neither: there the link is an ordinary share link.
pub fn mine(
    shared: &SharedRoutine,
    mark: Mine,
    book: &RoutineBook,
    own: &OwnExercises,
) -> Option<RoutineId> {
    mark.id
        .filter(|id| book.get(*id).is_some_and(|r| r.name == shared.name))
        .or_else(|| already_saved(shared, book, own))
}

#[cfg(test)]
#[path = "already_saved_tests.rs"]
mod tests;
