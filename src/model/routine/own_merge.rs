//! Own exercises and routines together. Taking in the ones a share link
//! brings: an identical one here is used instead of a copy; a different
//! one with a name already taken is renamed "Hip airplane (2)"; every one
//! gets an id of this library, and the routine's entries follow the new
//! ids. Deleting one: which routines use it, and taking it out of them.

use crate::model::catalog::own::{OwnExercise, OwnExercises, MAX_NAME_CHARS};
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::Routine;

/// The id each incoming exercise has here: (id in the link, id here).
pub type IdMap = Vec<(String, String)>;

/// Adds `incoming` to `book` (see the module header). `built_in_name`
/// says whether an exercise that comes with the app has a name.
pub fn take_in(
    book: &mut OwnExercises,
    incoming: &[OwnExercise],
    built_in_name: impl Fn(&str) -> bool,
) -> IdMap {
    let mut ids = IdMap::new();
    for exercise in incoming {
        if ids.iter().any(|(from, _)| *from == exercise.id) {
            continue;
        }
        let same = book
            .live()
            .find(|mine| same_but_renamed(mine, exercise))
            .map(|mine| mine.id.clone());
        let here = same.unwrap_or_else(|| {
            let name = free_name(&exercise.name, |name| {
                built_in_name(name) || book.name_taken(name, None)
            });
            book.add(OwnExercise {
                name,
                ..exercise.clone()
            })
        });
        ids.push((exercise.id.clone(), here));
    }
    ids
}

/// Whether `mine` is `sent` as taken in before: the same facts, and its
/// name or that name made free ("Hip airplane (2)", shortened to fit).
fn same_but_renamed(mine: &OwnExercise, sent: &OwnExercise) -> bool {
    let renamed = OwnExercise {
        name: sent.name.clone(),
        ..mine.clone()
    };
    if !renamed.same_as(sent) {
        return false;
    }
    mine.name == sent.name || {
        let base = without_number(&mine.name);
        base != mine.name
            && (base == sent.name
                || (mine.name.chars().count() == MAX_NAME_CHARS && sent.name.starts_with(base)))
    }
}

/// `name` without a trailing " (n)".
fn without_number(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(name, |(base, _)| base.trim_end())
}

/// `name`, or the first of "name (2)", "name (3)", ... that is free,
/// shortened to fit [`MAX_NAME_CHARS`].
pub fn free_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_owned();
    }
    (2..=u32::MAX)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
            let base: String = name.chars().take(room).collect();
            format!("{}{suffix}", base.trim_end())
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

/// Points the routine's entries at the ids the exercises have here.
pub fn follow_ids(routine: &mut Routine, ids: &IdMap) {
    for entry in &mut routine.entries {
        if let Some((_, here)) = ids.iter().find(|(from, _)| *from == entry.exercise) {
            entry.exercise.clone_from(here);
        }
    }
}

/// The routine's entries that use `id`, removed: for deleting an exercise.
/// Returns how many entries went.
pub fn remove_from_routine(routine: &mut Routine, id: &str) -> usize {
    let mut removed = 0;
    while let Some(at) = routine.entries.iter().position(|e| e.exercise == id) {
        routine.remove(at);
        removed += 1;
    }
    removed
}

/// The names of the saved routines that use exercise `id`.
pub fn routines_using(book: &RoutineBook, id: &str) -> Vec<String> {
    book.routines
        .iter()
        .filter(|saved| saved.routine.entries.iter().any(|e| e.exercise == id))
        .map(|saved| saved.routine.name.clone())
        .collect()
}

/// The routines as they were before a deletion took an exercise out.
pub type RoutinesBefore = Vec<(RoutineId, Routine)>;

/// Deletes own exercise `id` (kept for past sessions) and takes it out of
/// every saved routine; returns those routines as they were, for Undo.
pub fn delete_everywhere(
    own: &mut OwnExercises,
    book: &mut RoutineBook,
    id: &str,
) -> RoutinesBefore {
    own.delete(id);
    let mut before = RoutinesBefore::new();
    for saved in &mut book.routines {
        let copy = saved.routine.clone();
        if remove_from_routine(&mut saved.routine, id) > 0 {
            before.push((saved.id, copy));
        }
    }
    before
}

/// Undoes [`delete_everywhere`]: the exercise is live again and each
/// routine that still exists gets its entries back.
pub fn undo_delete(
    own: &mut OwnExercises,
    book: &mut RoutineBook,
    id: &str,
    before: RoutinesBefore,
) {
    if let Some(exercise) = own.exercises.iter_mut().find(|e| e.id == id) {
        exercise.deleted = false;
    }
    for (routine_id, routine) in before {
        if let Some(slot) = book.get_mut(routine_id) {
            *slot = routine;
        }
    }
}

#[cfg(test)]
#[path = "own_merge_tests.rs"]
mod tests;
