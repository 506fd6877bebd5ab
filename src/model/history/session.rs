//! A finished workout as the history keeps it: what was done, with which
//! bands (in words, so it reads right after the kit changes), how it felt,
//! and the history as a list of such sessions, oldest first.

use serde::{Deserialize, Serialize};

use crate::model::dose::{Dose, Shape};
use crate::model::kit::band::Band;

/// How an exercise felt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    TooEasy,
    JustRight,
    TooHard,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::TooEasy, Rating::JustRight, Rating::TooHard];

    pub fn label(self) -> &'static str {
        match self {
            Rating::TooEasy => "Too easy",
            Rating::JustRight => "Just right",
            Rating::TooHard => "Too hard",
        }
    }
}

/// A band as it was used, kept in words so history reads right even after
/// the kit changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandUsed {
    pub id: u32,
    pub name: String,
    pub swatch: String,
}

impl From<&Band> for BandUsed {
    fn from(band: &Band) -> Self {
        Self {
            id: band.id,
            name: band.name(),
            swatch: band.colour.swatch.clone(),
        }
    }
}

/// One exercise of a finished session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionExercise {
    pub exercise: String,
    pub dose: Dose,
    pub bands: Vec<BandUsed>,
    /// Sets reached (counting every round of a circuit).
    pub sets_done: u8,
    /// Reps, steps or hold seconds actually done per set, when the user
    /// says it differed from the plan.
    pub actual: Option<u16>,
    pub rating: Option<Rating>,
    /// Seconds of work done in each timed set or set of holds that was
    /// skipped or ended before its time was up, in the order done; such a
    /// set is not counted in `sets_done`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cut_short_s: Vec<u16>,
    /// For an exercise done each side in turn: each set's figure on the
    /// left and on the right (`[left, right]`), once the runner gave them;
    /// empty until then (each side then did `actual`, or the plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<[u16; 2]>,
    /// The runner's note ("left knee twinged"), at most [`NOTE_MAX`]
    /// characters; empty for none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The longest note, in characters.
pub const NOTE_MAX: usize = 280;

impl SessionExercise {
    /// What `actual` counts for this dose, e.g. "reps" or "seconds held".
    pub fn actual_unit(&self) -> &'static str {
        match self.dose.shape {
            Shape::Reps { .. } => "reps",
            Shape::StepsEachWay { .. } => "steps each way",
            Shape::Timed { .. } => "seconds of work",
            Shape::Hold { .. } | Shape::Holds { .. } => "seconds per hold",
        }
    }

    /// The planned figure that `actual` replaces.
    pub fn planned(&self) -> u16 {
        match self.dose.shape {
            Shape::Reps { reps } => reps,
            Shape::StepsEachWay { steps } => steps,
            Shape::Timed { work_s } => work_s,
            Shape::Hold { hold_s } | Shape::Holds { hold_s, .. } => hold_s,
        }
    }

    /// How much was done, e.g. "2 of 3 sets"; for a move of a circuit,
    /// whose one set a round is recorded as the rounds' worth of sets,
    /// "2 of 2 rounds".
    pub fn done_words(&self, in_circuit: bool) -> String {
        let (done, of) = (self.sets_done, self.dose.sets);
        let noun = match (in_circuit, of) {
            (true, 1) => "round",
            (true, _) => "rounds",
            (false, 1) => "set",
            (false, _) => "sets",
        };
        format!("{done} of {of} {noun}")
    }
}

/// A finished (or ended early) workout, as kept in history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The start time, which is unique per device.
    pub id: u64,
    pub routine: String,
    pub started_at: u64,
    pub ended_at: u64,
    /// Seconds of workout time, pauses left out.
    pub active_s: u32,
    /// Reached the end rather than ended early.
    pub finished: bool,
    pub exercises: Vec<SessionExercise>,
}

impl Session {
    /// All sets done, over every exercise.
    pub fn sets(&self) -> u32 {
        self.exercises.iter().map(|e| u32::from(e.sets_done)).sum()
    }
}

/// Finished sessions, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub sessions: Vec<Session>,
}

impl History {
    /// Adds `session`, replacing one with the same id (saving twice never
    /// gives two entries).
    pub fn record(&mut self, session: Session) {
        match self.sessions.iter_mut().find(|s| s.id == session.id) {
            Some(existing) => *existing = session,
            None => self.sessions.push(session),
        }
    }

    /// Takes out the session with `id`, with its place for [`Self::restore`].
    pub fn remove(&mut self, id: u64) -> Option<(usize, Session)> {
        let at = self.sessions.iter().position(|s| s.id == id)?;
        Some((at, self.sessions.remove(at)))
    }

    /// Puts a removed session back where it was (an Undo). If one with its
    /// id came back meanwhile, that one stays.
    pub fn restore(&mut self, at: usize, session: Session) {
        if self.sessions.iter().all(|s| s.id != session.id) {
            self.sessions.insert(at.min(self.sessions.len()), session);
        }
    }
}

/// A finished session of `routine` with two exercises (clamshell rated too
/// hard with 10 of 12 reps, a timed walking squat), for tests.
#[cfg(test)]
#[test]
fn what_was_done_reads_as_sets_or_as_a_circuits_rounds() {
    let mut done = sample_session(1, "Evening").exercises.remove(0);
    done.sets_done = 2;
    assert_eq!(done.done_words(false), "2 of 3 sets");
    assert_eq!(done.done_words(true), "2 of 3 rounds");
    done.dose.sets = 1;
    done.sets_done = 1;
    assert_eq!(done.done_words(false), "1 of 1 set");
    assert_eq!(done.done_words(true), "1 of 1 round");
}

#[cfg(test)]
pub(crate) fn sample_session(id: u64, routine: &str) -> Session {
    Session {
        id,
        routine: routine.to_owned(),
        started_at: id,
        ended_at: id + 600_000,
        active_s: 540,
        finished: true,
        exercises: vec![
            SessionExercise {
                exercise: "clamshell".into(),
                dose: Dose::reps(3, 12, 30),
                bands: vec![BandUsed {
                    id: 1,
                    name: "Green, light".into(),
                    swatch: "#2e7d32".into(),
                }],
                sets_done: 3,
                actual: Some(10),
                rating: Some(Rating::TooHard),
                cut_short_s: Vec::new(),
                sides: Vec::new(),
                note: String::new(),
            },
            SessionExercise {
                exercise: "walking-squat".into(),
                dose: Dose::timed(2, 30, 20),
                bands: vec![],
                sets_done: 2,
                actual: None,
                rating: None,
                cut_short_s: Vec::new(),
                sides: Vec::new(),
                note: String::new(),
            },
        ],
    }
}
