//! A workout added afterwards (done at the park without the phone): a
//! session built from a routine as planned, every set done at its dose,
//! for the runner to adjust before it is kept; and a past session's
//! figures, ratings and notes edited later, checked before they replace
//! the stored ones.

use crate::model::history::session::{BandUsed, History, Session, SessionExercise};
use crate::model::kit::band::BandKit;
use crate::model::routine::estimate::routine_seconds;
use crate::model::routine::Routine;

/// The most a figure (reps, steps, seconds) may be.
pub const FIGURE_MAX: u16 = 999;

/// `routine` as a session that started at `started_at` (ms, UTC) and did
/// every set as planned, with the bands the routine names in `kit`, taking
/// the routine's estimated time. Its id is its start, moved on by a
/// millisecond at a time past any id `history` already has.
pub fn past_session(
    routine: &Routine,
    kit: &BandKit,
    started_at: u64,
    history: &History,
) -> Session {
    let mut id = started_at;
    while history.sessions.iter().any(|s| s.id == id) {
        id += 1;
    }
    let exercises = routine
        .entries
        .iter()
        .map(|entry| {
            let dose = routine.session_dose(entry);
            SessionExercise {
                exercise: entry.exercise.clone(),
                dose,
                bands: [entry.bands.main, entry.bands.stacked]
                    .into_iter()
                    .flatten()
                    .filter_map(|band| kit.get(band).map(BandUsed::from))
                    .collect(),
                sets_done: dose.sets,
                actual: None,
                rating: None,
                cut_short_s: Vec::new(),
                sides: Vec::new(),
                note: String::new(),
            }
        })
        .collect();
    let active_s = routine_seconds(routine);
    Session {
        id,
        routine: routine.name.clone(),
        started_at,
        ended_at: started_at + u64::from(active_s) * 1000,
        active_s,
        finished: true,
        exercises,
    }
}

impl SessionExercise {
    /// Sets the sets done (at most the planned sets), keeping the sides'
    /// figures to one pair per set done.
    pub fn set_sets_done(&mut self, sets: u8) {
        let sets = sets.min(self.dose.sets);
        if !self.sides.is_empty() {
            let each = self.per_set();
            self.sides.resize(usize::from(sets), [each, each]);
        }
        self.sets_done = sets;
    }

    /// Sets the figure per set; the plan's own figure is kept as no
    /// change. For an exercise done by side, both sides of every set take
    /// it.
    pub fn set_per_set(&mut self, value: u16) {
        self.actual = (value != self.planned()).then_some(value);
        if !self.sides.is_empty() {
            self.sides = vec![[value, value]; usize::from(self.sets_done)];
        }
    }
}

impl History {
    /// Puts `session` in its place by start time (an added past workout
    /// goes among the others, oldest first), or replaces the one with its
    /// id; returns the session it replaced, for Undo.
    pub fn put(&mut self, session: Session) -> Option<Session> {
        if let Some(existing) = self.sessions.iter_mut().find(|s| s.id == session.id) {
            return Some(std::mem::replace(existing, session));
        }
        let at = self
            .sessions
            .iter()
            .position(|s| s.started_at > session.started_at)
            .unwrap_or(self.sessions.len());
        self.sessions.insert(at, session);
        None
    }
}

#[cfg(test)]
#[path = "past_tests.rs"]
mod tests;
