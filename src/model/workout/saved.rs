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
use crate::model::routine::{Routine, MAX_ROUNDS};
use crate::model::workout::playback::{state_at, visits, Action, Run};
use crate::model::workout::timeline::{Phase, Timeline, TimelineError};

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

    /// A band of this workout by id.
    pub fn band(&self, id: u32) -> Option<&Band> {
        self.bands.iter().find(|band| band.id == id)
    }

    /// The session to keep in history, as of `now`.
    pub fn session(&self, timeline: &Timeline, now: u64) -> Session {
        let mut sets_done = vec![0u8; self.routine.entries.len()];
        let mut counted: Vec<(usize, u8, u8)> = Vec::new();
        let spent = visits(timeline, &self.run, now);
        for visit in &spent {
            let segment = timeline.segment(visit.index);
            let key = (segment.entry, segment.round, segment.set);
            if segment.phase == Phase::Work && visit.active_ms > 0 && !counted.contains(&key) {
                counted.push(key);
                if let Some(sets) = sets_done.get_mut(segment.entry) {
                    *sets += 1;
                }
            }
        }
        let state = state_at(timeline, &self.run, now);
        let done = timeline.done_index();
        let exercises = self
            .routine
            .entries
            .iter()
            .zip(sets_done)
            .map(|(entry, sets_done)| SessionExercise {
                exercise: entry.exercise.clone(),
                dose: entry.dose,
                bands: [entry.bands.main, entry.bands.stacked]
                    .into_iter()
                    .flatten()
                    .filter_map(|id| self.band(id).map(BandUsed::from))
                    .collect(),
                sets_done,
                actual: None,
                rating: None,
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
mod tests {
    use super::*;
    use crate::model::history::session::{History, Rating};
    use crate::model::kit::band::preset;
    use crate::model::routine::dose::Dose;
    use crate::model::routine::BandChoice;

    const T0: u64 = 1_700_000_000_000;

    fn kit() -> BandKit {
        preset("fabric-loop-3").unwrap().kit()
    }

    fn routine(kit: &BandKit) -> Routine {
        let mut routine = Routine::new("Evening");
        let band = |n: usize| BandChoice {
            main: Some(kit.bands[n].id),
            stacked: None,
        };
        routine.push("walking-squat", Dose::timed(2, 30, 20), band(1));
        routine.push("clamshell", Dose::reps(2, 12, 0), band(0));
        routine
    }

    fn name(id: &str) -> String {
        crate::model::catalog::name_of(id)
    }

    #[test]
    fn a_workout_last_seen_at_its_end_becomes_its_session() {
        let kit = kit();
        let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let timeline = workout.timeline().unwrap();
        // Played straight through: every rep set is done after a second.
        let mut now = T0;
        while !state_at(&timeline, &workout.run, now).finished {
            let state = state_at(&timeline, &workout.run, now);
            if timeline.segments[state.index].waits_for_done && state.elapsed_ms > 0 {
                workout.run.act(&timeline, Action::Done, now);
            }
            now += 1_000;
        }
        workout.last_seen = now;
        let session = workout.ended_session().expect("the end was reached");
        assert_eq!(session, workout.session(&timeline, now));
        assert_eq!(session.sets(), 4);
        assert_eq!(session.id, T0);
    }

    #[test]
    fn a_workout_last_seen_before_its_end_goes_back_to_the_player() {
        let kit = kit();
        let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        workout.last_seen = T0 + 45_000;
        assert_eq!(workout.ended_session(), None);
        // Found later, it waits paused where it was: still not ended.
        let found = workout.found(T0 + 3_600_000);
        assert_eq!(found.ended_session(), None);
        let timeline = found.timeline().unwrap();
        assert!(state_at(&timeline, &found.run, T0 + 3_600_000).paused);
    }

    #[test]
    fn starting_copies_the_routine_and_only_the_bands_it_uses() {
        let kit = kit();
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        assert_eq!(workout.routine, routine(&kit));
        let names: Vec<String> = workout.bands.iter().map(Band::name).collect();
        assert_eq!(names, ["Grey, medium", "Green, light"]);
        assert_eq!(workout.run, Run::new(T0));
    }

    #[test]
    fn routines_that_cannot_start_say_why_in_plain_words() {
        let kit = kit();
        let empty = Workout::start(&Routine::new("Empty"), &kit, T0, name);
        assert_eq!(empty, Err(StartProblem::Empty));
        assert!(StartProblem::Empty.to_string().contains("no exercises"));

        let mut smaller = kit.clone();
        smaller.remove(kit.bands[1].id);
        let problem = Workout::start(&routine(&kit), &smaller, T0, name).unwrap_err();
        assert_eq!(
            problem,
            StartProblem::MissingBands(vec!["Walking squat".to_owned()])
        );
        assert!(problem
            .to_string()
            .starts_with("The band for Walking squat is no longer"));

        let mut bad = routine(&kit);
        bad.entries[1].dose.sets = 0;
        let problem = Workout::start(&bad, &kit, T0, name).unwrap_err();
        assert_eq!(
            problem.to_string(),
            "Clamshell has a dose that can't be done. Fix it in the routine editor first."
        );
    }

    #[test]
    fn reopening_pauses_at_the_last_moment_seen() {
        let kit = kit();
        let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        workout.last_seen = T0 + 25_000;
        let timeline = workout.timeline().unwrap();
        let reopened = workout.clone().reopened();
        // An hour later it is still 15 s into the first set.
        let state = state_at(&timeline, &reopened.run, T0 + 3_600_000);
        assert!(state.paused);
        assert_eq!((state.index, state.elapsed_ms), (1, 15_000));
        // Already paused: nothing more is added.
        let twice = reopened.clone().reopened();
        assert_eq!(twice.run.events.len(), 1);
    }

    #[test]
    fn a_workout_another_tab_is_playing_carries_on_and_a_left_one_waits() {
        let kit = kit();
        let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        workout.last_seen = T0 + 20_000;
        // Heard from 4 s ago, page not left: another tab is playing it.
        assert_eq!(workout.clone().found(T0 + 24_000), workout);
        // Quiet for longer than three heartbeats: it waits.
        let quiet = workout.clone().found(T0 + 20_000 + 3 * HEARTBEAT_MS + 1);
        assert_eq!(quiet.run.events.len(), 1);
        // Its page was left (reloaded or closed): it waits, however recent.
        workout.left = true;
        let left = workout.found(T0 + 20_001);
        assert_eq!(left.run.events.len(), 1);
        assert!(!left.left);
    }

    #[test]
    fn a_session_counts_sets_reached_and_time_without_pauses() {
        let kit = kit();
        let mut workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let timeline = workout.timeline().unwrap();
        // Squats run on time to 90 s; then two clamshell sets with Done.
        workout.run.act(&timeline, Action::Pause, T0 + 95_000);
        workout.run.act(&timeline, Action::Resume, T0 + 155_000);
        workout.run.act(&timeline, Action::Done, T0 + 180_000);
        workout.run.act(&timeline, Action::Done, T0 + 200_000);
        let session = workout.session(&timeline, T0 + 200_000);
        assert!(session.finished);
        assert_eq!(session.active_s, 140);
        let sets: Vec<u8> = session.exercises.iter().map(|e| e.sets_done).collect();
        assert_eq!(sets, [2, 2]);
        assert_eq!(session.sets(), 4);
        assert_eq!(session.exercises[0].bands[0].name, "Grey, medium");
        assert_eq!(session.exercises[1].actual_unit(), "reps");
        assert_eq!(session.exercises[1].planned(), 12);

        // Ended early, during the first squat set.
        let early = workout.session(&timeline, T0 + 20_000);
        assert!(!early.finished);
        let sets: Vec<u8> = early.exercises.iter().map(|e| e.sets_done).collect();
        assert_eq!(sets, [1, 0]);
    }

    #[test]
    fn a_workout_that_ended_unseen_counts_only_its_own_time() {
        let kit = kit();
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let timeline = workout.timeline().unwrap();
        let mut done = workout.clone();
        done.run.act(&timeline, Action::Done, T0 + 120_000);
        done.run.act(&timeline, Action::Done, T0 + 140_000);
        // Looked at twenty minutes later.
        let session = done.session(&timeline, T0 + 1_340_000);
        assert!(session.finished);
        assert_eq!(session.active_s, 140);
        assert_eq!(session.ended_at, T0 + 140_000);
    }

    #[test]
    fn hand_edited_runs_and_circuits_that_cannot_replay_have_no_timeline() {
        let kit = kit();
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let mut backwards = workout.clone();
        backwards
            .run
            .events
            .push(crate::model::workout::playback::Event {
                at: T0 - 10,
                action: Action::Skip,
            });
        assert_eq!(backwards.timeline(), None);
        let mut circuit = workout;
        let id = circuit.routine.group(0, 1, 2).unwrap();
        assert!(circuit.timeline().is_some());
        circuit.routine.circuits.iter_mut().for_each(|c| {
            assert_eq!(c.id, id);
            c.rounds = 0;
        });
        assert_eq!(circuit.timeline(), None);
    }

    #[test]
    fn recording_a_session_twice_keeps_one() {
        let kit = kit();
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let timeline = workout.timeline().unwrap();
        let mut history = History::default();
        history.record(workout.session(&timeline, T0 + 5_000));
        let mut rated = workout.session(&timeline, T0 + 5_000);
        rated.exercises[0].rating = Some(Rating::TooHard);
        history.record(rated.clone());
        assert_eq!(history.sessions, [rated]);
    }

    #[test]
    fn a_removed_session_comes_back_in_its_place() {
        let kit = kit();
        let mut history = History::default();
        for start in [T0, T0 + 1, T0 + 2] {
            let workout = Workout::start(&routine(&kit), &kit, start, name).unwrap();
            history.record(workout.session(&workout.timeline().unwrap(), start + 5_000));
        }
        let (at, removed) = history.remove(T0 + 1).unwrap();
        assert_eq!(at, 1);
        assert_eq!(history.sessions.len(), 2);
        assert_eq!(history.remove(T0 + 1), None);
        history.restore(at, removed.clone());
        let ids: Vec<u64> = history.sessions.iter().map(|s| s.id).collect();
        assert_eq!(ids, [T0, T0 + 1, T0 + 2]);
        history.restore(at, removed);
        assert_eq!(history.sessions.len(), 3, "never twice");
    }

    #[test]
    fn a_saved_workout_round_trips_and_a_damaged_one_has_no_timeline() {
        let kit = kit();
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let text = crate::model::storage::store::encode(&workout);
        assert_eq!(
            crate::model::storage::store::decode::<Workout>(&text),
            Ok(workout.clone())
        );
        // Records from before the left flag read as not left.
        let old = text.replace(",\"left\":false", "");
        assert_ne!(old, text);
        assert_eq!(
            crate::model::storage::store::decode::<Workout>(&old),
            Ok(workout.clone())
        );
        let mut damaged = workout;
        damaged.routine.entries.clear();
        assert_eq!(damaged.timeline(), None);
        // Reopening a damaged workout changes nothing but the left flag.
        assert_eq!(damaged.clone().reopened(), damaged);
        // Stored, it does not read: there is nothing to play.
        let text = crate::model::storage::store::encode(&damaged);
        assert_eq!(
            crate::model::storage::store::decode::<Workout>(&text),
            Err(crate::model::storage::store::StoredProblem::Unreadable)
        );
    }
}
