//! The runner's own exercises as catalog entries, so everything that looks
//! an exercise up by id (routines, the player, History, progression, the
//! share link's bands) finds them the way it finds a catalog one.
//!
//! The UI hands the current list over with [`set_own`] whenever it changes
//! (one list per thread: the app has one, and each native test its own).
//! A catalog entry is `&'static`, so each distinct version of an own
//! exercise is turned into one once and kept for the rest of the page's
//! life: an edit adds a few hundred bytes, an unchanged exercise costs
//! nothing more.

use std::cell::RefCell;

use crate::model::catalog::exercise::Exercise;
use crate::model::catalog::own::OwnExercise;

/// An own exercise as a catalog entry, with the facts it was made from.
struct Interned {
    from: OwnExercise,
    entry: &'static Exercise,
}

#[derive(Default)]
struct Registry {
    /// Every version ever made into an entry on this thread.
    interned: Vec<Interned>,
    /// The current own exercises, deleted ones included, in their order.
    current: Vec<&'static Exercise>,
    /// Which of `current` are deleted (kept for names in past sessions).
    deleted: Vec<bool>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Makes `exercises` the own exercises every lookup sees.
pub fn set_own<'a>(exercises: impl IntoIterator<Item = &'a OwnExercise>) {
    REGISTRY.with_borrow_mut(|registry| {
        let mut current = Vec::new();
        let mut deleted = Vec::new();
        for exercise in exercises {
            current.push(registry.entry_for(exercise));
            deleted.push(exercise.deleted);
        }
        registry.current = current;
        registry.deleted = deleted;
    });
}

impl Registry {
    fn entry_for(&mut self, exercise: &OwnExercise) -> &'static Exercise {
        let known = self
            .interned
            .iter()
            .find(|interned| interned.from == *exercise);
        if let Some(interned) = known {
            return interned.entry;
        }
        let entry: &'static Exercise = Box::leak(Box::new(as_entry(exercise)));
        self.interned.push(Interned {
            from: exercise.clone(),
            entry,
        });
        entry
    }
}

fn leak_str(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// The catalog entry for an own exercise.
fn as_entry(exercise: &OwnExercise) -> Exercise {
    Exercise {
        id: leak_str(&exercise.id),
        name: leak_str(&exercise.name),
        aliases: &[],
        muscles: Box::leak(exercise.muscles.clone().into_boxed_slice()),
        category: exercise.category,
        placement: exercise.placement,
        band_type: exercise.band_type,
        equipment: Box::leak(exercise.equipment.clone().into_boxed_slice()),
        per_side: exercise.per_side(),
        desk_friendly: false,
        default_dose: exercise.default_dose,
        range: None,
        variation_of: None,
        sources: &[],
    }
}

/// The own exercises not deleted, in their order.
pub fn live() -> Vec<&'static Exercise> {
    REGISTRY.with_borrow(|registry| {
        registry
            .current
            .iter()
            .zip(&registry.deleted)
            .filter(|(_, deleted)| !**deleted)
            .map(|(entry, _)| *entry)
            .collect()
    })
}

/// The own exercise with this id, deleted ones included.
pub fn find(id: &str) -> Option<&'static Exercise> {
    REGISTRY.with_borrow(|registry| {
        registry
            .current
            .iter()
            .find(|entry| entry.id == id)
            .copied()
    })
}
