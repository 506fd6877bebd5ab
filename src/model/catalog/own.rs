//! The runner's own exercises (the move a physio gave them): what one is,
//! and the list of them as stored, with ids that never collide with the
//! catalog's and are never reused.
//!
//! An own exercise has the same facts as a catalog one (muscles, category,
//! placement, band type, equipment, default dose) plus its steps, form cues
//! and an optional https video link, all in the runner's own words. A
//! deleted one is kept as a tombstone, so past sessions still show its name.

use serde::{Deserialize, Serialize};

use crate::model::catalog::exercise::{Category, Equipment, Muscle, Placement};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

/// Every own exercise id starts with this; no catalog id does.
pub const OWN_ID_PREFIX: &str = "own-";
/// The longest exercise name.
pub const MAX_NAME_CHARS: usize = 60;
/// The most steps, and the longest step.
pub const MAX_STEPS: usize = 8;
pub const MAX_STEP_CHARS: usize = 200;
/// The most form cues, and the longest cue.
pub const MAX_CUES: usize = 4;
pub const MAX_CUE_CHARS: usize = 120;
/// The longest video link.
pub const MAX_VIDEO_CHARS: usize = 300;

/// One exercise the runner made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnExercise {
    /// `own-<n>`: see [`OWN_ID_PREFIX`].
    pub id: String,
    pub name: String,
    /// The main muscles first.
    #[serde(default)]
    pub muscles: Vec<Muscle>,
    pub category: Category,
    pub placement: Placement,
    pub band_type: BandType,
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// The starting dose; its `per_side` says whether the exercise is done
    /// on each side in turn.
    pub default_dose: Dose,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub cues: Vec<String>,
    /// An https link to a video, shown as a plain link, never fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<String>,
    /// Deleted by the runner: gone from the library, the add panel and
    /// routines, but still named in past sessions.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's signature")]
fn is_false(value: &bool) -> bool {
    !*value
}

impl OwnExercise {
    /// Whether `other` is the same exercise in every fact the runner gave,
    /// whatever its id.
    pub fn same_as(&self, other: &OwnExercise) -> bool {
        OwnExercise {
            id: String::new(),
            deleted: false,
            ..self.clone()
        } == OwnExercise {
            id: String::new(),
            deleted: false,
            ..other.clone()
        }
    }

    /// Whether the exercise is done on each side in turn.
    pub fn per_side(&self) -> bool {
        self.default_dose.per_side
    }
}

/// Whether `id` names an own exercise rather than a catalog one.
pub fn is_own_id(id: &str) -> bool {
    id.strip_prefix(OWN_ID_PREFIX)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Every own exercise, deleted ones included, in the order they were made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnExercises {
    pub exercises: Vec<OwnExercise>,
    /// The number the next new exercise's id takes.
    #[serde(default)]
    next_id: u32,
}

impl OwnExercises {
    /// Whether there are none at all, deleted ones included.
    pub fn is_empty(&self) -> bool {
        self.exercises.is_empty()
    }

    /// The exercises the runner has not deleted.
    pub fn live(&self) -> impl Iterator<Item = &OwnExercise> {
        self.exercises.iter().filter(|e| !e.deleted)
    }

    /// The exercise with this id, deleted or not.
    pub fn get(&self, id: &str) -> Option<&OwnExercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// A live exercise with this id.
    pub fn get_live(&self, id: &str) -> Option<&OwnExercise> {
        self.get(id).filter(|e| !e.deleted)
    }

    /// A fresh id: above every number used so far, stored or read.
    fn new_id(&mut self) -> String {
        let highest_used = self
            .exercises
            .iter()
            .filter_map(|e| e.id.strip_prefix(OWN_ID_PREFIX)?.parse::<u32>().ok())
            .max()
            .map_or(0, |n| n.saturating_add(1));
        let n = self.next_id.max(highest_used).max(1);
        self.next_id = n.saturating_add(1);
        format!("{OWN_ID_PREFIX}{n}")
    }

    /// Adds `exercise` under a new id, which it returns.
    pub fn add(&mut self, mut exercise: OwnExercise) -> String {
        exercise.id = self.new_id();
        exercise.deleted = false;
        let id = exercise.id.clone();
        self.exercises.push(exercise);
        id
    }

    /// Replaces the facts of the live exercise `id`; false if there is none.
    pub fn update(&mut self, id: &str, exercise: OwnExercise) -> bool {
        match self.exercises.iter_mut().find(|e| e.id == id && !e.deleted) {
            Some(slot) => {
                *slot = OwnExercise {
                    id: id.to_owned(),
                    deleted: false,
                    ..exercise
                };
                true
            }
            None => false,
        }
    }

    /// Marks `id` deleted (kept for past sessions); false if it was not live.
    pub fn delete(&mut self, id: &str) -> bool {
        match self.exercises.iter_mut().find(|e| e.id == id && !e.deleted) {
            Some(exercise) => {
                exercise.deleted = true;
                true
            }
            None => false,
        }
    }

    /// Whether a live exercise other than `except` has this name, ignoring
    /// ASCII case and surrounding spaces.
    pub fn name_taken(&self, name: &str, except: Option<&str>) -> bool {
        let name = name.trim();
        self.live()
            .filter(|e| Some(e.id.as_str()) != except)
            .any(|e| e.name.trim().eq_ignore_ascii_case(name))
    }

    /// Takes in exercises from an import: each one with an id not here yet
    /// is added as it is (ids stay the same, so sessions and routines keep
    /// pointing at it); one already here is left as it is here.
    pub fn merge_by_id(&mut self, incoming: &[OwnExercise]) -> usize {
        let mut added = 0;
        for exercise in incoming {
            if is_own_id(&exercise.id) && self.get(&exercise.id).is_none() {
                self.exercises.push(exercise.clone());
                added += 1;
            }
        }
        added
    }
}
