//! Left and right, and the runner's notes: each side's figure per set of
//! an exercise done each side in turn, the weaker side (which progression
//! goes by), a side that keeps falling behind, and the last note left on
//! an exercise, shown the next time it comes up.

use crate::model::history::progress::ProgressPoint;
use crate::model::history::session::{History, SessionExercise, NOTE_MAX};

/// A side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    /// "Left" or "Right".
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "Left",
            Side::Right => "Right",
        }
    }

    fn index(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }
}

/// A side's share below which it counts as behind: more than 10 % less
/// than the other side.
const BEHIND_PERCENT: u32 = 90;
/// Sessions in a row a side must be behind to be worth saying.
const BEHIND_SESSIONS: usize = 3;

impl SessionExercise {
    /// Reps, steps or seconds per set: what the runner said, or the plan.
    pub fn per_set(&self) -> u16 {
        self.actual.unwrap_or_else(|| self.planned())
    }

    /// Each set's `[left, right]` figures for an exercise done each side in
    /// turn: as the runner gave them, or else every set at
    /// [`Self::per_set`] on both sides. None for an exercise not done by
    /// side.
    pub fn side_figures(&self) -> Option<Vec<[u16; 2]>> {
        if !self.dose.per_side {
            return None;
        }
        if self.sides.is_empty() {
            let each = self.per_set();
            Some(vec![[each, each]; usize::from(self.sets_done)])
        } else {
            Some(self.sides.clone())
        }
    }

    /// Sets `side`'s figure in set `set` (from 0), filling the other sets
    /// from [`Self::side_figures`]; false for an exercise not done by side
    /// or a set that was not done.
    pub fn set_side(&mut self, set: usize, side: Side, value: u16) -> bool {
        let Some(mut figures) = self.side_figures() else {
            return false;
        };
        let Some(pair) = figures.get_mut(set) else {
            return false;
        };
        pair[side.index()] = value;
        self.sides = figures;
        true
    }

    /// Each side's mean per set, `[left, right]`, when the runner gave the
    /// sides' figures.
    pub fn side_means(&self) -> Option<[u16; 2]> {
        if !self.dose.per_side || self.sides.is_empty() {
            return None;
        }
        let sets = self.sides.len() as u32;
        let mean = |at: usize| {
            let total: u32 = self.sides.iter().map(|pair| u32::from(pair[at])).sum();
            u16::try_from(total / sets).unwrap_or(u16::MAX)
        };
        Some([mean(0), mean(1)])
    }

    /// The figure per set that progression goes by: the weaker side's
    /// mean when the sides were given, else [`Self::per_set`].
    pub fn weaker_per_set(&self) -> u16 {
        self.side_means()
            .map_or_else(|| self.per_set(), |[left, right]| left.min(right))
    }

    /// Sets the note, trimmed and cut to [`NOTE_MAX`] characters.
    pub fn set_note(&mut self, text: &str) {
        self.note = clean_note(text);
    }

    /// The sides in words for History, e.g. "left 12, 11 · right 12, 12".
    pub fn sides_words(&self) -> Option<String> {
        if self.sides.is_empty() || !self.dose.per_side {
            return None;
        }
        let side = |at: usize| {
            self.sides
                .iter()
                .map(|pair| pair[at].to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        Some(format!("left {} · right {}", side(0), side(1)))
    }
}

/// A note as kept: surrounding space trimmed, at most [`NOTE_MAX`]
/// characters.
pub fn clean_note(text: &str) -> String {
    text.trim()
        .chars()
        .take(NOTE_MAX)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

impl History {
    /// The latest note left on `exercise`, if any.
    pub fn last_note(&self, exercise: &str) -> Option<&str> {
        self.sessions.iter().rev().find_map(|session| {
            session
                .exercises
                .iter()
                .find(|e| e.exercise == exercise && !e.note.is_empty())
                .map(|e| e.note.as_str())
        })
    }
}

/// The side that was more than 10 % behind the other in each of the last
/// three of `points` (oldest first), each with both sides given.
pub fn side_behind(points: &[ProgressPoint]) -> Option<Side> {
    let last = points.get(points.len().checked_sub(BEHIND_SESSIONS)?..)?;
    let behind = |point: &ProgressPoint| {
        let [left, right] = point.sides?;
        let (left, right) = (u32::from(left), u32::from(right));
        if left * 100 < right * BEHIND_PERCENT {
            Some(Side::Left)
        } else if right * 100 < left * BEHIND_PERCENT {
            Some(Side::Right)
        } else {
            None
        }
    };
    let first = behind(last.first()?)?;
    last.iter()
        .all(|point| behind(point) == Some(first))
        .then_some(first)
}

/// [`side_behind`] in words, e.g. "Your left side has been more than 10 %
/// behind your right over the last three sessions."
pub fn side_behind_words(points: &[ProgressPoint]) -> Option<String> {
    let side = side_behind(points)?;
    let other = match side {
        Side::Left => Side::Right,
        Side::Right => Side::Left,
    };
    Some(format!(
        "Your {} side has been more than 10 % behind your {} over the last three sessions.",
        side.label().to_lowercase(),
        other.label().to_lowercase()
    ))
}

#[cfg(test)]
#[path = "sides_tests.rs"]
mod tests;
