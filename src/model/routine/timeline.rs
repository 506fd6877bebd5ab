//! A routine expanded into the segments the workout player steps through:
//! get ready, work, side changes, releases between holds, rest between
//! sets, circuit transitions and rests between rounds, then done.
//!
//! This is the one walk of a routine: the estimate shown before a workout
//! ([`crate::model::routine::estimate`]) is the sum of these segments.
//! Segments of zero seconds (no rest, no transition) are left out. Work
//! counted in reps or steps has no fixed length: it waits for Done, and its
//! `seconds` is only the estimate at the usual tempo. Every timing the app
//! assumes is a named constant below.
//!
//! Circuits: a round does one set of each move, in order, with the
//! circuit's transition between moves (none after the last) and its round
//! rest between rounds (not after the last). Get ready comes once, before
//! the circuit's first move: the round rest already gives time to set up
//! again. A routine keeps every move of a circuit at one set (see
//! [`crate::model::routine::entries`]); the walk plays the dose as stored, so
//! a workout started before that rule replays as it began.

// The player replays stored workouts through this walk: it must not panic.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use crate::model::dose::{Dose, Shape};
use crate::model::routine::{Block, Routine};

/// Seconds for one repetition: a brisk but controlled band tempo (lift,
/// a brief pause, slow return).
pub const SECONDS_PER_REP: u32 = 2;
/// Seconds for one sideways or forward step of a band walk.
pub const SECONDS_PER_STEP: u32 = 1;
/// Seconds to let go between two holds of one set.
pub const HOLD_RELEASE_S: u32 = 2;
/// Seconds shown before each exercise to read it and put the band on.
pub const GET_READY_S: u32 = 10;
/// Seconds to change sides in a per-side set.
pub const SWITCH_SIDES_S: u32 = 5;

/// What a segment is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Read the next exercise and put its band on.
    GetReady,
    Work,
    /// Change from the left side to the right.
    SwitchSides,
    /// Let go between two holds of one set.
    Release,
    /// Rest between two sets of one exercise.
    SetRest,
    /// Move to the next exercise of a circuit.
    Transition,
    /// Rest between two rounds of a circuit.
    RoundRest,
    /// The workout is over.
    Done,
}

impl Phase {
    /// Whether the segment is a break the user may stretch with "+15 s".
    pub fn is_break(self) -> bool {
        matches!(
            self,
            Phase::GetReady
                | Phase::SwitchSides
                | Phase::Release
                | Phase::SetRest
                | Phase::Transition
                | Phase::RoundRest
        )
    }
}

/// Which side a per-side set is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn word(self) -> &'static str {
        match self {
            Side::Left => "Left",
            Side::Right => "Right",
        }
    }
}

/// What a work segment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Do this many reps, then tap Done.
    Reps(u16),
    /// This many steps one way and as many back, then tap Done.
    Steps(u16),
    /// Work for the segment's seconds.
    Timed,
    /// Hold number `number` of `of`, for the segment's seconds.
    Hold { number: u16, of: u16 },
}

/// One stretch of the workout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub phase: Phase,
    /// The entry the segment is about: the one being worked, or for get
    /// ready, transitions and rests between rounds, the one coming next.
    /// For [`Phase::Done`], the last entry.
    pub entry: usize,
    /// Fixed length, or for work that waits for Done, the estimate.
    pub seconds: u32,
    /// Work that ends when the user taps Done rather than on time.
    pub waits_for_done: bool,
    pub goal: Option<Goal>,
    /// 1-based set of the entry's dose, and how many it has.
    pub set: u8,
    pub sets: u8,
    /// 1-based circuit round, and how many (1 of 1 outside circuits).
    pub round: u8,
    pub rounds: u8,
    pub side: Option<Side>,
}

/// What [`Timeline::segment`] gives for a timeline with no segments at all
/// (only an estimate's, which is never played).
const NO_SEGMENT: Segment = Segment {
    phase: Phase::Done,
    entry: 0,
    seconds: 0,
    waits_for_done: false,
    goal: None,
    set: 1,
    sets: 1,
    round: 1,
    rounds: 1,
    side: None,
};

/// A routine, ready to play.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub segments: Vec<Segment>,
}

/// Why a routine cannot be played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineError {
    Empty,
    /// The entry at this index has an impossible dose.
    BadDose(usize),
}

impl Timeline {
    /// Expands `routine`. Every timeline ends in one [`Phase::Done`].
    pub fn build(routine: &Routine) -> Result<Self, TimelineError> {
        if routine.entries.is_empty() {
            return Err(TimelineError::Empty);
        }
        if let Some(index) = routine
            .entries
            .iter()
            .position(|entry| !entry.dose.errors().is_empty())
        {
            return Err(TimelineError::BadDose(index));
        }
        let mut out = Builder::walk(routine);
        out.push(Phase::Done, routine.entries.len() - 1, 0);
        Ok(Self {
            segments: out.segments,
        })
    }

    /// The segments of `routine` before done, leaving out any entry whose
    /// dose cannot be done (so a routine being edited still has an
    /// estimate). For the estimate; [`Self::build`] checks first.
    pub fn expand(routine: &Routine) -> Self {
        Self {
            segments: Builder::walk(routine).segments,
        }
    }

    /// The segments of one entry's dose on its own (all its sets, with side
    /// changes and rests, no get ready).
    pub fn of_dose(dose: &Dose) -> Self {
        let mut out = Builder::default();
        if dose.errors().is_empty() {
            out.dose(0, dose);
        }
        Self {
            segments: out.segments,
        }
    }

    /// Segment `index`; past the end, the last one (a built timeline always
    /// ends in done), so a damaged saved position can never panic.
    pub fn segment(&self, index: usize) -> &Segment {
        self.segments
            .get(index)
            .or(self.segments.last())
            .unwrap_or(&NO_SEGMENT)
    }

    /// The last segment, where the workout is over.
    pub fn done_index(&self) -> usize {
        self.segments.len() - 1
    }

    /// Seconds from the start of segment `index` to the end, counting work
    /// that waits for Done at its estimate (at most `u32::MAX`).
    pub fn seconds_from(&self, index: usize) -> u32 {
        let total: u64 = self
            .segments
            .iter()
            .skip(index)
            .map(|segment| u64::from(segment.seconds))
            .sum();
        u32::try_from(total).unwrap_or(u32::MAX)
    }

    /// The next segment after `index` that is work, for "Next: ..." lines.
    pub fn next_work(&self, index: usize) -> Option<&Segment> {
        self.segments
            .iter()
            .skip(index + 1)
            .find(|segment| segment.phase == Phase::Work)
    }
}

/// Collects segments, carrying the set, round and side they belong to.
struct Builder {
    segments: Vec<Segment>,
    set: (u8, u8),
    round: (u8, u8),
    side: Option<Side>,
}

impl Default for Builder {
    fn default() -> Self {
        Self {
            segments: Vec::new(),
            set: (1, 1),
            round: (1, 1),
            side: None,
        }
    }
}

impl Builder {
    /// Walks `routine` into its segments, before done: single entries in
    /// turn, and circuits round by round. Entries whose dose cannot be done
    /// are left out.
    fn walk(routine: &Routine) -> Self {
        // The dose of the entry at `index`, if it can be done.
        let playable = |index: usize| {
            routine
                .entries
                .get(index)
                .map(|entry| &entry.dose)
                .filter(|dose| dose.errors().is_empty())
        };
        let mut out = Builder::default();
        for block in routine.blocks() {
            match block {
                Block::Single(index) => {
                    if let Some(dose) = playable(index) {
                        out.push(Phase::GetReady, index, GET_READY_S);
                        out.dose(index, dose);
                    }
                }
                Block::Circuit {
                    circuit,
                    start,
                    end,
                } => {
                    let moves: Vec<(usize, &Dose)> = (start..=end)
                        .filter_map(|index| Some((index, playable(index)?)))
                        .collect();
                    let Some(&(first, _)) = moves.first() else {
                        continue;
                    };
                    let (rounds, transition, round_rest) = routine.circuit_plan(circuit);
                    out.push(Phase::GetReady, first, GET_READY_S);
                    for round in 1..=rounds {
                        out.round = (round, rounds);
                        for (at, &(index, dose)) in moves.iter().enumerate() {
                            out.dose(index, dose);
                            if let Some(&(next, _)) = moves.get(at + 1) {
                                out.push(Phase::Transition, next, u32::from(transition));
                            }
                        }
                        if round < rounds {
                            out.push(Phase::RoundRest, first, u32::from(round_rest));
                        }
                    }
                    out.round = (1, 1);
                }
            }
        }
        out
    }

    /// A segment of fixed length; zero-length ones are left out, but done
    /// is always kept.
    fn push(&mut self, phase: Phase, entry: usize, seconds: u32) {
        if seconds == 0 && phase != Phase::Done {
            return;
        }
        self.add(phase, entry, seconds, false, None);
    }

    fn add(&mut self, phase: Phase, entry: usize, seconds: u32, waits: bool, goal: Option<Goal>) {
        self.segments.push(Segment {
            phase,
            entry,
            seconds,
            waits_for_done: waits,
            goal,
            set: self.set.0,
            sets: self.set.1,
            round: self.round.0,
            rounds: self.round.1,
            side: if phase == Phase::Work || phase == Phase::Release {
                self.side
            } else {
                None
            },
        });
    }

    /// Every set of one entry's dose, with its side changes and rests.
    fn dose(&mut self, entry: usize, dose: &Dose) {
        for set in 1..=dose.sets {
            self.set = (set, dose.sets);
            if dose.per_side {
                self.side = Some(Side::Left);
                self.work(entry, dose.shape);
                self.side = None;
                self.push(Phase::SwitchSides, entry, SWITCH_SIDES_S);
                self.side = Some(Side::Right);
                self.work(entry, dose.shape);
                self.side = None;
            } else {
                self.work(entry, dose.shape);
            }
            if set < dose.sets {
                self.push(Phase::SetRest, entry, u32::from(dose.rest_s));
            }
        }
        self.set = (1, 1);
    }

    /// One set's work on one side.
    fn work(&mut self, entry: usize, shape: Shape) {
        match shape {
            Shape::Reps { reps } => self.add(
                Phase::Work,
                entry,
                u32::from(reps) * SECONDS_PER_REP,
                true,
                Some(Goal::Reps(reps)),
            ),
            Shape::StepsEachWay { steps } => self.add(
                Phase::Work,
                entry,
                2 * u32::from(steps) * SECONDS_PER_STEP,
                true,
                Some(Goal::Steps(steps)),
            ),
            Shape::Timed { work_s } => self.add(
                Phase::Work,
                entry,
                u32::from(work_s),
                false,
                Some(Goal::Timed),
            ),
            Shape::Hold { hold_s } => self.add(
                Phase::Work,
                entry,
                u32::from(hold_s),
                false,
                Some(Goal::Hold { number: 1, of: 1 }),
            ),
            Shape::Holds { holds, hold_s } => {
                for number in 1..=holds {
                    let goal = Goal::Hold { number, of: holds };
                    self.add(Phase::Work, entry, u32::from(hold_s), false, Some(goal));
                    if number < holds {
                        self.push(Phase::Release, entry, HOLD_RELEASE_S);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
