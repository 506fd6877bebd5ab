//! A workout in progress, as saved after every change so that a reload or a
//! closed tab can pick it up again, and the session it becomes once done
//! (a [`Session`], kept in [`crate::model::history::session`]).
//!
//! The routine and the bands it uses are copied in when the workout starts:
//! editing the routine or the kit meanwhile changes nothing mid-workout.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::history::session::{BandUsed, Session, SessionExercise};
use crate::model::kit::band::{Band, BandKit};
use crate::model::routine::timeline::{Phase, Timeline, TimelineError};
use crate::model::routine::{Routine, MAX_ROUNDS};
use crate::model::workout::playback::{state_at, visits, Action, Run, Visit};

/// A workout being done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workout {
    /// The routine as it was at the start.
    pub routine: Routine,
    /// The bands it uses, as they were at the start.
    pub bands: Vec<Band>,
    pub run: Run,
    /// The last moment the player was known to be open (ms since epoch).
    pub last_seen: u64,
    /// The page showing it was closed or reloaded at `last_seen`.
    #[serde(default)]
    pub left: bool,
}

/// A player open in some tab says so at least this often while it plays.
pub const HEARTBEAT_MS: u64 = 5_000;

/// Why a routine cannot be started, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartProblem {
    Empty,
    BadDose(String),
    /// These exercises use a band that is no longer in the kit.
    MissingBands(Vec<String>),
    /// Another workout is saved as in progress (perhaps from another tab).
    InProgress,
}

impl Workout {
    /// Starts `routine` at `now`, or says why it can't be. `name_of` gives
    /// an exercise's display name for messages.
    pub fn start(
        routine: &Routine,
        kit: &BandKit,
        now: u64,
        name_of: impl Fn(&str) -> String,
    ) -> Result<Self, StartProblem> {
        match Timeline::build(routine) {
            Err(TimelineError::Empty) => return Err(StartProblem::Empty),
            Err(TimelineError::BadDose(index)) => {
                let exercise = routine.entries.get(index).map(|e| e.exercise.as_str());
                return Err(StartProblem::BadDose(name_of(exercise.unwrap_or_default())));
            }
            Ok(_) => {}
        }
        let mut missing = Vec::new();
        let mut bands: Vec<Band> = Vec::new();
        for entry in &routine.entries {
            for id in [entry.bands.main, entry.bands.stacked]
                .into_iter()
                .flatten()
            {
                match kit.get(id) {
                    Some(band) if !bands.iter().any(|b| b.id == id) => bands.push(band.clone()),
                    Some(_) => {}
                    None => {
                        let name = name_of(&entry.exercise);
                        if !missing.contains(&name) {
                            missing.push(name);
                        }
                    }
                }
            }
        }
        if !missing.is_empty() {
            return Err(StartProblem::MissingBands(missing));
        }
        Ok(Self {
            routine: routine.clone(),
            bands,
            run: Run::new(now),
            last_seen: now,
            left: false,
        })
    }

    /// The timeline of the saved routine. A saved workout whose routine no
    /// longer expands (damaged by hand) gives `None`.
    pub fn timeline(&self) -> Option<Timeline> {
        // What this app writes always passes; a hand-edited record might
        // not, and replaying it could go wrong.
        let rounds_ok = self
            .routine
            .circuits
            .iter()
            .all(|c| (1..=MAX_ROUNDS).contains(&c.rounds));
        if !self.run.is_ordered() || !rounds_ok {
            return None;
        }
        Timeline::build(&self.routine).ok()
    }

    /// The workout as found on opening the app at `now`: if its page was
    /// left (a reload, a closed tab) or has not been heard from for a while,
    /// it waits, paused where it was last seen; if a player in another tab
    /// is still running it, it carries on as it is.
    #[must_use]
    pub fn found(self, now: u64) -> Self {
        let quiet = now.saturating_sub(self.last_seen) > 3 * HEARTBEAT_MS;
        if self.left || quiet {
            self.reopened()
        } else {
            self
        }
    }

    /// The workout as found after a reload or a closed tab: paused at the
    /// moment it was last seen, so it resumes at that segment and second.
    #[must_use]
    pub fn reopened(mut self) -> Self {
        self.left = false;
        if let Some(timeline) = self.timeline() {
            self.run.catch_up(self.last_seen);
            let at = self.last_seen.max(self.run.started_at);
            self.run.act(&timeline, Action::Pause, at);
        }
        self
    }

    /// The session this workout had become by the time it was last seen,
    /// if it had reached its end then: the app stopped at the finish before
    /// the session was kept (a crash, a save that failed, a closed tab). On
    /// opening, such a workout goes to history, not back into the player.
    pub fn ended_session(&self) -> Option<Session> {
        let timeline = self.timeline()?;
        state_at(&timeline, &self.run, self.last_seen)
            .finished
            .then(|| self.session(&timeline, self.last_seen))
    }

    /// Which of the routine's entries are moves of a circuit, in order
    /// (the summary counts those in rounds).
    pub fn in_circuit(&self) -> Vec<bool> {
        self.routine
            .entries
            .iter()
            .map(|entry| entry.circuit.is_some())
            .collect()
    }

    /// A band of this workout by id.
    pub fn band(&self, id: u32) -> Option<&Band> {
        self.bands.iter().find(|band| band.id == id)
    }

    /// The session to keep in history, as of `now`. A rep or step set
    /// counts once it was started; a timed set or set of holds counts once
    /// its time was (all but the last second) done, and one skipped or
    /// ended earlier is kept apart with the seconds it got.
    pub fn session(&self, timeline: &Timeline, now: u64) -> Session {
        let spent = visits(timeline, &self.run, now);
        let (sets_done, cut_short) = sets_done(timeline, &spent, self.routine.entries.len());
        let state = state_at(timeline, &self.run, now);
        let done = timeline.done_index();
        let exercises = self
            .routine
            .entries
            .iter()
            .zip(sets_done)
            .zip(cut_short)
            .map(|((entry, sets_done), cut_short_s)| SessionExercise {
                exercise: entry.exercise.clone(),
                dose: self.routine.session_dose(entry),
                bands: [entry.bands.main, entry.bands.stacked]
                    .into_iter()
                    .flatten()
                    .filter_map(|id| self.band(id).map(BandUsed::from))
                    .collect(),
                sets_done,
                actual: None,
                rating: None,
                cut_short_s,
                sides: Vec::new(),
                note: String::new(),
            })
            .collect();
        Session {
            id: self.run.started_at,
            routine: self.routine.name.clone(),
            started_at: self.run.started_at,
            // A workout that ended while nobody looked ended when it was
            // done, not when it was next seen; time at "done" is not
            // workout time.
            ended_at: state.done_at.unwrap_or(now),
            active_s: u32::try_from(
                spent
                    .iter()
                    .filter(|v| v.index != done)
                    .map(|v| v.active_ms)
                    .sum::<u64>()
                    / 1000,
            )
            .unwrap_or(u32::MAX),
            finished: state.finished,
            exercises,
        }
    }
}

/// Per entry, the sets done and the seconds of each timed set cut short,
/// from the stays in each segment (a segment started again with Previous
/// counts its longest stay).
fn sets_done(timeline: &Timeline, spent: &[Visit], entries: usize) -> (Vec<u8>, Vec<Vec<u16>>) {
    let mut longest = vec![0u64; timeline.segments.len()];
    for visit in spent {
        if let Some(ms) = longest.get_mut(visit.index) {
            *ms = (*ms).max(visit.active_ms);
        }
    }
    let mut sets_done = vec![0u8; entries];
    let mut cut_short = vec![Vec::new(); entries];
    let mut seen: Vec<(usize, u8, u8)> = Vec::new();
    for segment in timeline.segments.iter().filter(|s| s.phase == Phase::Work) {
        let key = (segment.entry, segment.round, segment.set);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        // Every work segment of this set (both sides, every hold).
        let (mut done_ms, mut planned_ms) = (0u64, 0u64);
        for (at, work) in timeline.segments.iter().enumerate() {
            if work.phase == Phase::Work && (work.entry, work.round, work.set) == key {
                let length = u64::from(work.seconds) * 1000;
                let stayed = longest.get(at).copied().unwrap_or(0);
                done_ms += if work.waits_for_done {
                    stayed
                } else {
                    stayed.min(length)
                };
                planned_ms += length;
            }
        }
        if done_ms == 0 {
            continue;
        }
        if segment.waits_for_done || planned_ms.saturating_sub(done_ms) < 1000 {
            if let Some(sets) = sets_done.get_mut(segment.entry) {
                *sets = sets.saturating_add(1);
            }
        } else if let Some(short) = cut_short.get_mut(segment.entry) {
            // A second begun counts: a hold let go after 0.3 s is 1 s.
            short.push(u16::try_from(done_ms.div_ceil(1000)).unwrap_or(u16::MAX));
        }
    }
    (sets_done, cut_short)
}

/// Whether `session` holds any work (a set done, or one cut short): one
/// ended before any work began is not worth a history entry.
pub fn has_work(session: &Session) -> bool {
    session
        .exercises
        .iter()
        .any(|e| e.sets_done > 0 || !e.cut_short_s.is_empty())
}

/// The sets of an exercise that were cut short, in words: "1 set cut
/// short: 1 s of 30 s", "2 sets cut short: 1 s and 12 s of 30 s"; None if
/// none was. The 30 s is a whole set's work, both sides and every hold.
pub fn cut_short_text(exercise: &SessionExercise) -> Option<String> {
    let (last, before) = exercise.cut_short_s.split_last()?;
    let planned: u32 = Timeline::of_dose(&exercise.dose)
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Work && s.set == 1)
        .map(|s| s.seconds)
        .sum();
    let count = exercise.cut_short_s.len();
    let done = if before.is_empty() {
        format!("{last} s")
    } else {
        let first: Vec<String> = before.iter().map(|s| format!("{s} s")).collect();
        format!("{} and {last} s", first.join(", "))
    };
    let sets = if count == 1 { "set" } else { "sets" };
    Some(format!("{count} {sets} cut short: {done} of {planned} s"))
}

impl fmt::Display for StartProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = {
            match self {
                StartProblem::Empty => {
                    "This routine has no exercises yet. Add at least one before starting."
                        .to_owned()
                }
                StartProblem::BadDose(name) => {
                    format!(
                        "{name} has a dose that can't be done. Fix it in the routine editor first."
                    )
                }
                StartProblem::InProgress => {
                    "A workout is already in progress, perhaps in another tab \
             or window. Resume it, or end it, before starting another."
                        .to_owned()
                }
                StartProblem::MissingBands(names) => format!(
                    "The band for {} is no longer in your kit. Pick a band for it (or No band) \
             in the routine editor, then start again.",
                    names.join(", ")
                ),
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StartProblem {}

#[cfg(test)]
#[path = "saved_tests.rs"]
pub(crate) mod tests;
