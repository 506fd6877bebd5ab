//! The workout history as stored from schema 2 on: compact, because it is
//! the one record that grows without end (ten years at three workouts a
//! week is 1,560 sessions). Each band used is written once in a table and
//! sessions point to it; sessions, exercises and doses are JSON arrays
//! rather than objects, so field names are not repeated thousands of times.
//! The in-memory [`History`] keeps its readable form (schema 1, and the
//! export file); this module converts both ways and checks what it reads.
//! Schema 4 added each side's figures and a note to an exercise, as two
//! more optional elements at the end, so version 2 and 3 records read
//! as they are.

use serde::ser::SerializeTuple;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::dose::{Dose, Shape};
use crate::model::history::session::{BandUsed, History, Rating, Session, SessionExercise};

/// The stored history: the band table, then the sessions, oldest first.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct CompactHistory {
    bands: Vec<CompactBand>,
    sessions: Vec<CompactSession>,
}

/// A band as used: `[id, name, swatch]`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct CompactBand(u32, String, String);

/// `[id, routine, started_at - id, ended_at - started_at, active_s,
/// finished, exercises]`; times in ms.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct CompactSession(u64, String, i64, u64, u32, bool, Vec<CompactExercise>);

/// `[exercise, dose, band table indices, sets_done, actual, rating,
/// cut_short_s, sides, note]`, the rating as 1 too easy, 2 just right, 3
/// too hard, 0 not rated; `sides` as one flat list, each set's left then
/// right. The last three are written only up to the last one that is not
/// empty (most exercises have six elements; records before schema 4 have
/// at most seven).
#[derive(Debug, PartialEq, Deserialize)]
struct CompactExercise(
    String,
    CompactDose,
    Vec<usize>,
    u8,
    Option<u16>,
    u8,
    #[serde(default)] Vec<u16>,
    #[serde(default)] Vec<u16>,
    #[serde(default)] String,
);

impl Serialize for CompactExercise {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let optional = if !self.8.is_empty() {
            3
        } else if !self.7.is_empty() {
            2
        } else {
            usize::from(!self.6.is_empty())
        };
        let mut tuple = serializer.serialize_tuple(6 + optional)?;
        tuple.serialize_element(&self.0)?;
        tuple.serialize_element(&self.1)?;
        tuple.serialize_element(&self.2)?;
        tuple.serialize_element(&self.3)?;
        tuple.serialize_element(&self.4)?;
        tuple.serialize_element(&self.5)?;
        if optional >= 1 {
            tuple.serialize_element(&self.6)?;
        }
        if optional >= 2 {
            tuple.serialize_element(&self.7)?;
        }
        if optional >= 3 {
            tuple.serialize_element(&self.8)?;
        }
        tuple.end()
    }
}

/// `[sets, rest_s, per_side, shape, a, b]`; the shape as 1 reps (a = reps),
/// 2 timed (a = work s), 3 holds (a = holds, b = hold s), 4 steps each way
/// (a = steps), 5 one hold (a = hold s). An unused `b` is 0.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct CompactDose(u8, u16, bool, u8, u16, u16);

/// Why stored history text does not make a history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

impl<'a> From<&'a History> for CompactHistory {
    fn from(history: &'a History) -> Self {
        let mut bands: Vec<&BandUsed> = Vec::new();
        let mut index_of = |band: &'a BandUsed| {
            if let Some(at) = bands.iter().position(|b| *b == band) {
                at
            } else {
                bands.push(band);
                bands.len() - 1
            }
        };
        let sessions = history
            .sessions
            .iter()
            .map(|session| {
                let exercises = session
                    .exercises
                    .iter()
                    .map(|e| {
                        let bands = e.bands.iter().map(&mut index_of).collect();
                        CompactExercise(
                            e.exercise.clone(),
                            CompactDose::from(e.dose),
                            bands,
                            e.sets_done,
                            e.actual,
                            rating_code(e.rating),
                            e.cut_short_s.clone(),
                            e.sides.iter().flatten().copied().collect(),
                            e.note.clone(),
                        )
                    })
                    .collect();
                CompactSession(
                    session.id,
                    session.routine.clone(),
                    session.started_at as i64 - session.id as i64,
                    session.ended_at.saturating_sub(session.started_at),
                    session.active_s,
                    session.finished,
                    exercises,
                )
            })
            .collect();
        let bands = bands
            .into_iter()
            .map(|b| CompactBand(b.id, b.name.clone(), b.swatch.clone()))
            .collect();
        CompactHistory { bands, sessions }
    }
}

impl TryFrom<CompactHistory> for History {
    type Error = Malformed;

    fn try_from(stored: CompactHistory) -> Result<Self, Malformed> {
        let bands: Vec<BandUsed> = stored
            .bands
            .into_iter()
            .map(|CompactBand(id, name, swatch)| BandUsed { id, name, swatch })
            .collect();
        let sessions = stored
            .sessions
            .into_iter()
            .map(
                |CompactSession(id, routine, start, length, active_s, finished, exercises)| {
                    let started_at = id.checked_add_signed(start).ok_or(Malformed)?;
                    let exercises = exercises
                        .into_iter()
                        .map(|e| exercise(e, &bands))
                        .collect::<Result<_, _>>()?;
                    Ok(Session {
                        id,
                        routine,
                        started_at,
                        ended_at: started_at.checked_add(length).ok_or(Malformed)?,
                        active_s,
                        finished,
                        exercises,
                    })
                },
            )
            .collect::<Result<_, Malformed>>()?;
        Ok(History { sessions })
    }
}

fn exercise(stored: CompactExercise, bands: &[BandUsed]) -> Result<SessionExercise, Malformed> {
    let CompactExercise(
        exercise,
        dose,
        band_indices,
        sets_done,
        actual,
        rating,
        cut_short_s,
        sides,
        note,
    ) = stored;
    let sides = sides
        .chunks(2)
        .map(|pair| match pair {
            [left, right] => Ok([*left, *right]),
            _ => Err(Malformed),
        })
        .collect::<Result<_, _>>()?;
    let bands = band_indices
        .into_iter()
        .map(|at| bands.get(at).cloned().ok_or(Malformed))
        .collect::<Result<_, _>>()?;
    Ok(SessionExercise {
        exercise,
        dose: Dose::try_from(dose)?,
        bands,
        sets_done,
        actual,
        rating: rating_from_code(rating)?,
        cut_short_s,
        sides,
        note,
    })
}

fn rating_code(rating: Option<Rating>) -> u8 {
    match rating {
        None => 0,
        Some(Rating::TooEasy) => 1,
        Some(Rating::JustRight) => 2,
        Some(Rating::TooHard) => 3,
    }
}

fn rating_from_code(code: u8) -> Result<Option<Rating>, Malformed> {
    Ok(match code {
        0 => None,
        1 => Some(Rating::TooEasy),
        2 => Some(Rating::JustRight),
        3 => Some(Rating::TooHard),
        _ => return Err(Malformed),
    })
}

impl From<Dose> for CompactDose {
    fn from(dose: Dose) -> Self {
        let (shape, a, b) = match dose.shape {
            Shape::Reps { reps } => (1, reps, 0),
            Shape::Timed { work_s } => (2, work_s, 0),
            Shape::Holds { holds, hold_s } => (3, holds, hold_s),
            Shape::StepsEachWay { steps } => (4, steps, 0),
            Shape::Hold { hold_s } => (5, hold_s, 0),
        };
        CompactDose(dose.sets, dose.rest_s, dose.per_side, shape, a, b)
    }
}

impl TryFrom<CompactDose> for Dose {
    type Error = Malformed;

    fn try_from(
        CompactDose(sets, rest_s, per_side, shape, a, b): CompactDose,
    ) -> Result<Self, Malformed> {
        let shape = match shape {
            1 => Shape::Reps { reps: a },
            2 => Shape::Timed { work_s: a },
            3 => Shape::Holds {
                holds: a,
                hold_s: b,
            },
            4 => Shape::StepsEachWay { steps: a },
            5 => Shape::Hold { hold_s: a },
            _ => return Err(Malformed),
        };
        Ok(Dose {
            sets,
            shape,
            rest_s,
            per_side,
        })
    }
}

#[cfg(test)]
#[path = "history_format_tests.rs"]
mod tests;
