//! The user's saved routines: create, rename, duplicate, delete with Undo.
//! Names are required and unique, so every routine can be told apart.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::routine::Routine;

/// A saved routine's identity; stable across renames, never reused.
pub type RoutineId = u32;

/// The longest name accepted.
pub const MAX_NAME_CHARS: usize = 60;

/// One saved routine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedRoutine {
    pub id: RoutineId,
    pub routine: Routine,
}

/// Why a name cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    Taken,
}

/// Every saved routine, in the order the user sees them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineBook {
    pub routines: Vec<SavedRoutine>,
    #[serde(default)]
    next_id: RoutineId,
    /// Names of the routines whose circuits were brought to one set per
    /// round as they loaded (see [`RoutineBook::one_set_per_round`]), for a
    /// one-time notice. Never stored.
    #[serde(skip)]
    pub circuits_changed: Vec<String>,
}

impl RoutineBook {
    /// Brings routines saved before circuits did one set of each move per
    /// round to that rule (see [`Routine::one_set_per_round`]) and notes the
    /// names of those that changed in `circuits_changed`.
    pub fn one_set_per_round(&mut self) {
        self.circuits_changed = self
            .routines
            .iter_mut()
            .filter_map(|saved| {
                let routine = &mut saved.routine;
                routine.one_set_per_round().then(|| routine.name.clone())
            })
            .collect();
    }

    /// What changed in plain words, once, after [`Self::one_set_per_round`]
    /// changed anything.
    pub fn circuits_changed_words(&self) -> Option<String> {
        let names = match self.circuits_changed.as_slice() {
            [] => return None,
            [one] => format!("\u{201c}{one}\u{201d}"),
            many => format!("{} of your routines", many.len()),
        };
        Some(format!(
            "Circuits now do one set of each move per round. In {names}, each circuit now \
             has as many rounds as its moves had sets (or its rounds, if those were more), \
             with one set of each move per round. Check the rounds before your next workout."
        ))
    }

    pub fn get(&self, id: RoutineId) -> Option<&Routine> {
        self.routines
            .iter()
            .find(|r| r.id == id)
            .map(|r| &r.routine)
    }

    pub fn get_mut(&mut self, id: RoutineId) -> Option<&mut Routine> {
        self.routines
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| &mut r.routine)
    }

    fn fresh_id(&mut self) -> RoutineId {
        let highest = self.routines.iter().map(|r| r.id).max().unwrap_or(0);
        let id = self.next_id.max(highest + 1);
        self.next_id = id + 1;
        id
    }

    /// Checks a name for the routine `id` (None for a new one).
    pub fn check_name(&self, name: &str, id: Option<RoutineId>) -> Result<String, NameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(NameError::TooLong);
        }
        let taken = self
            .routines
            .iter()
            .any(|r| Some(r.id) != id && r.routine.name.trim().eq_ignore_ascii_case(name));
        if taken {
            return Err(NameError::Taken);
        }
        Ok(name.to_owned())
    }

    /// A name not yet used, starting from `base`: `base`, `base 2`, ...
    pub fn unused_name(&self, base: &str) -> String {
        let base: String = base.trim().chars().take(MAX_NAME_CHARS - 4).collect();
        let base = if base.is_empty() {
            "My routine".to_owned()
        } else {
            base
        };
        #[allow(clippy::maybe_infinite_iter, reason = "finitely many names are taken")]
        (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base} {n}")
                }
            })
            .find(|name| self.check_name(name, None).is_ok())
            .unwrap_or(base)
    }

    /// Adds a routine (renamed if its name is taken) and returns its id.
    pub fn add(&mut self, mut routine: Routine) -> RoutineId {
        routine.name = self.unused_name(&routine.name);
        let id = self.fresh_id();
        self.routines.push(SavedRoutine { id, routine });
        id
    }

    /// Renames a routine.
    pub fn rename(&mut self, id: RoutineId, name: &str) -> Result<(), NameError> {
        let name = self.check_name(name, Some(id))?;
        if let Some(routine) = self.get_mut(id) {
            routine.name = name;
        }
        Ok(())
    }

    /// Copies a routine, placed right after it, and returns the copy's id.
    pub fn duplicate(&mut self, id: RoutineId) -> Option<RoutineId> {
        let at = self.routines.iter().position(|r| r.id == id)?;
        let mut copy = self.routines[at].routine.clone();
        copy.name = self.unused_name(&format!("{} copy", copy.name));
        let new_id = self.fresh_id();
        self.routines.insert(
            at + 1,
            SavedRoutine {
                id: new_id,
                routine: copy,
            },
        );
        Some(new_id)
    }

    /// Deletes a routine and returns it with its place, for Undo.
    pub fn delete(&mut self, id: RoutineId) -> Option<(usize, SavedRoutine)> {
        let at = self.routines.iter().position(|r| r.id == id)?;
        Some((at, self.routines.remove(at)))
    }

    /// Puts back a deleted routine.
    pub fn restore(&mut self, at: usize, saved: SavedRoutine) {
        let at = at.min(self.routines.len());
        self.routines.insert(at, saved);
    }
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = {
            match self {
                NameError::Empty => "Give the routine a name.".into(),
                NameError::TooLong => format!("Keep the name under {MAX_NAME_CHARS} characters."),
                NameError::Taken => "Another routine already has this name.".into(),
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for NameError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(book: &RoutineBook) -> Vec<&str> {
        book.routines
            .iter()
            .map(|r| r.routine.name.as_str())
            .collect()
    }

    #[test]
    fn names_must_be_present_short_and_unique() {
        let mut book = RoutineBook::default();
        let id = book.add(Routine::new("Hips"));
        assert_eq!(book.check_name("  ", None), Err(NameError::Empty));
        assert_eq!(
            book.check_name(&"x".repeat(61), None),
            Err(NameError::TooLong)
        );
        assert_eq!(book.check_name(" hips ", None), Err(NameError::Taken));
        assert_eq!(
            book.check_name("hips", Some(id)),
            Ok("hips".into()),
            "its own name is fine"
        );
        assert_eq!(book.rename(id, ""), Err(NameError::Empty));
        assert_eq!(names(&book), ["Hips"], "a refused rename changes nothing");
        book.rename(id, "  Hip day ").unwrap();
        assert_eq!(names(&book), ["Hip day"]);
    }

    #[test]
    fn adding_a_taken_name_numbers_it() {
        let mut book = RoutineBook::default();
        book.add(Routine::new("Warm-up"));
        book.add(Routine::new("warm-up"));
        book.add(Routine::new(""));
        assert_eq!(names(&book), ["Warm-up", "warm-up 2", "My routine"]);
    }

    #[test]
    fn duplicate_places_a_renamed_copy_after_the_original() {
        let mut book = RoutineBook::default();
        let a = book.add(Routine::new("A"));
        book.add(Routine::new("B"));
        let copy = book.duplicate(a).unwrap();
        assert_eq!(names(&book), ["A", "A copy", "B"]);
        book.duplicate(a).unwrap();
        assert_eq!(names(&book), ["A", "A copy 2", "A copy", "B"]);
        assert_ne!(copy, a);
        assert_eq!(book.duplicate(999), None);
    }

    #[test]
    fn delete_and_undo_restore_the_same_place_and_ids_are_never_reused() {
        let mut book = RoutineBook::default();
        book.add(Routine::new("A"));
        let b = book.add(Routine::new("B"));
        book.add(Routine::new("C"));
        let (at, saved) = book.delete(b).unwrap();
        assert_eq!(names(&book), ["A", "C"]);
        book.restore(at, saved);
        assert_eq!(names(&book), ["A", "B", "C"]);
        let (_, c) = book.delete(3).unwrap();
        let d = book.add(Routine::new("D"));
        assert!(d > c.id, "a deleted id is not handed out again");
    }
}
