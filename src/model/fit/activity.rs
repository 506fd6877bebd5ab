//! A finished session as a FIT activity of sport "training", sub-sport
//! "strength training": file id, a start event and record, one `set`
//! message per set (active ones with the reps or the seconds and the
//! exercise's name through an exercise title, rest sets between them),
//! the stop event and record, then a lap, the session and the activity.
//! A session keeps no clock time per set, so the sets are laid out from
//! the start at the usual tempo and squeezed into the workout time when
//! they would run past it.

use crate::model::catalog;
use crate::model::dose::Shape;
use crate::model::fit::encoder::{fit_file, fit_time, Message, Value};
use crate::model::history::session::{Session, SessionExercise};
use crate::model::routine::timeline::{
    GET_READY_S, HOLD_RELEASE_S, SECONDS_PER_REP, SECONDS_PER_STEP, SWITCH_SIDES_S,
};

/// FIT message numbers.
const FILE_ID: u16 = 0;
const SESSION: u16 = 18;
const LAP: u16 = 19;
const RECORD: u16 = 20;
const EVENT: u16 = 21;
const ACTIVITY: u16 = 34;
const SET: u16 = 225;
const EXERCISE_TITLE: u16 = 264;

/// FIT values used.
const FILE_ACTIVITY: u8 = 4;
const MANUFACTURER_DEVELOPMENT: u16 = 255;
const SPORT_TRAINING: u8 = 10;
const SUB_SPORT_STRENGTH: u8 = 20;
const EVENT_TIMER: u8 = 0;
const EVENT_SESSION: u8 = 8;
const EVENT_LAP: u8 = 9;
const EVENT_ACTIVITY: u8 = 26;
const EVENT_TYPE_START: u8 = 0;
const EVENT_TYPE_STOP: u8 = 1;
const EVENT_TYPE_STOP_ALL: u8 = 4;
const SET_REST: u8 = 0;
const SET_ACTIVE: u8 = 1;
/// The exercise category "banded exercises".
const CATEGORY_BANDED: u16 = 37;
/// No value, for a `uint16` field.
const NO_U16: u16 = u16::MAX;

/// One set as the file lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FitSet {
    /// Work (true) or rest.
    pub active: bool,
    /// When it starts, in ms after the session's start.
    pub start_ms: u64,
    pub duration_ms: u64,
    /// Reps, steps each way, or holds; None for timed work and rests.
    pub repetitions: Option<u16>,
    /// Its exercise title's index, for an active set.
    pub title: Option<usize>,
}

/// The exercise titles ("Clamshell", or "Clamshell, left" and "Clamshell,
/// right" for a move done each side in turn) and the sets of `session`,
/// in order.
pub fn sets(session: &Session) -> (Vec<String>, Vec<FitSet>) {
    let mut titles: Vec<String> = Vec::new();
    let mut title_of = |name: String| {
        titles.iter().position(|t| *t == name).unwrap_or_else(|| {
            titles.push(name);
            titles.len() - 1
        })
    };
    // (exercise index, title, repetitions, seconds, rest after the set
    // before it when that was of the same exercise)
    let mut work: Vec<(usize, usize, Option<u16>, u64, u64)> = Vec::new();
    for (index, exercise) in session.exercises.iter().enumerate() {
        let name = catalog::name_of(&exercise.exercise);
        let rest = u64::from(exercise.dose.rest_s);
        if let Some(sides) = exercise.side_figures() {
            let left = title_of(format!("{name}, left"));
            let right = title_of(format!("{name}, right"));
            for [l, r] in sides {
                let (reps, seconds) = work_of(exercise, l);
                work.push((index, left, reps, seconds, rest));
                let (reps, seconds) = work_of(exercise, r);
                work.push((index, right, reps, seconds, u64::from(SWITCH_SIDES_S)));
            }
        } else if exercise.sets_done > 0 {
            let title = title_of(name.clone());
            for _ in 0..exercise.sets_done {
                let (reps, seconds) = work_of(exercise, exercise.per_set());
                work.push((index, title, reps, seconds, rest));
            }
        }
        if !exercise.cut_short_s.is_empty() {
            let title = title_of(name);
            for seconds in &exercise.cut_short_s {
                work.push((index, title, None, u64::from(*seconds), rest));
            }
        }
    }
    // Seconds laid out: each active set, with a rest before all but the
    // first (the set rest within an exercise, the get-ready between two).
    let mut laid: Vec<(bool, u64, Option<u16>, Option<usize>)> = Vec::new();
    let mut previous: Option<usize> = None;
    for (exercise, title, reps, seconds, rest) in work {
        if let Some(before) = previous {
            let rest = if before == exercise {
                rest
            } else {
                u64::from(GET_READY_S)
            };
            if rest > 0 {
                laid.push((false, rest, None, None));
            }
        }
        laid.push((true, seconds, reps, Some(title)));
        previous = Some(exercise);
    }
    // Squeezed into the workout time when the usual tempo runs past it.
    let total_s: u64 = laid.iter().map(|(_, s, _, _)| s).sum();
    let active_ms = u64::from(session.active_s) * 1000;
    let scale = |seconds: u64| {
        if total_s * 1000 > active_ms && active_ms > 0 {
            seconds * active_ms / total_s
        } else {
            seconds * 1000
        }
    };
    let mut at = 0;
    let sets = laid
        .into_iter()
        .map(|(active, seconds, repetitions, title)| {
            let duration_ms = scale(seconds);
            let set = FitSet {
                active,
                start_ms: at,
                duration_ms,
                repetitions,
                title,
            };
            at += duration_ms;
            set
        })
        .collect();
    (titles, sets)
}

/// The repetitions and the seconds of one set in which `exercise` did
/// `figure` (reps, steps each way, seconds of work, or seconds per hold).
fn work_of(exercise: &SessionExercise, figure: u16) -> (Option<u16>, u64) {
    let figure_s = u64::from(figure);
    match exercise.dose.shape {
        Shape::Reps { .. } => (Some(figure), figure_s * u64::from(SECONDS_PER_REP)),
        Shape::StepsEachWay { .. } => (Some(figure), 2 * figure_s * u64::from(SECONDS_PER_STEP)),
        Shape::Timed { .. } | Shape::Hold { .. } => (None, figure_s),
        Shape::Holds { holds, .. } => (
            Some(holds),
            u64::from(holds) * figure_s
                + u64::from(holds.saturating_sub(1)) * u64::from(HOLD_RELEASE_S),
        ),
    }
}

/// `session` as a FIT activity file; `offset_min` is the runner's UTC
/// offset then, for the activity's local time.
pub fn activity_file(session: &Session, offset_min: i32) -> Vec<u8> {
    let start = fit_time(session.started_at);
    let end = fit_time(session.ended_at.max(session.started_at));
    let elapsed_ms =
        u32::try_from(session.ended_at.saturating_sub(session.started_at)).unwrap_or(u32::MAX);
    let timer_ms = session.active_s.saturating_mul(1000);
    let (titles, sets) = sets(session);
    let mut messages = vec![
        Message::new(
            FILE_ID,
            vec![
                (0, Value::Enum(FILE_ACTIVITY)),
                (1, Value::U16(MANUFACTURER_DEVELOPMENT)),
                (2, Value::U16(0)),
                (
                    3,
                    Value::U32z(u32::try_from(session.id % 0xFFFF_FFFE).unwrap_or(1) + 1),
                ),
                (4, Value::U32(start)),
            ],
        ),
        event(start, EVENT_TYPE_START),
        record(start),
    ];
    for (index, title) in titles.iter().enumerate() {
        let index = u16::try_from(index).unwrap_or(NO_U16);
        messages.push(Message::new(
            EXERCISE_TITLE,
            vec![
                (254, Value::U16(index)),
                (0, Value::U16(CATEGORY_BANDED)),
                (1, Value::U16(NO_U16)),
                (2, Value::Text(title.clone())),
            ],
        ));
    }
    for (index, set) in sets.iter().enumerate() {
        let set_start = fit_time(session.started_at + set.start_ms);
        let set_end = fit_time(session.started_at + set.start_ms + set.duration_ms);
        let title = set
            .title
            .and_then(|t| u16::try_from(t).ok())
            .unwrap_or(NO_U16);
        messages.push(Message::new(
            SET,
            vec![
                (254, Value::U32(set_end)),
                (
                    0,
                    Value::U32(u32::try_from(set.duration_ms).unwrap_or(u32::MAX)),
                ),
                (3, Value::U16(set.repetitions.unwrap_or(NO_U16))),
                (5, Value::U8(if set.active { SET_ACTIVE } else { SET_REST })),
                (6, Value::U32(set_start)),
                (
                    7,
                    Value::U16(if set.active { CATEGORY_BANDED } else { NO_U16 }),
                ),
                (10, Value::U16(u16::try_from(index).unwrap_or(NO_U16))),
                (11, Value::U16(title)),
            ],
        ));
    }
    messages.extend([
        event(end, EVENT_TYPE_STOP_ALL),
        record(end),
        Message::new(
            LAP,
            vec![
                (253, Value::U32(end)),
                (254, Value::U16(0)),
                (0, Value::Enum(EVENT_LAP)),
                (1, Value::Enum(EVENT_TYPE_STOP)),
                (2, Value::U32(start)),
                (7, Value::U32(elapsed_ms)),
                (8, Value::U32(timer_ms)),
                (25, Value::Enum(SPORT_TRAINING)),
                (39, Value::Enum(SUB_SPORT_STRENGTH)),
            ],
        ),
        Message::new(
            SESSION,
            vec![
                (253, Value::U32(end)),
                (254, Value::U16(0)),
                (0, Value::Enum(EVENT_SESSION)),
                (1, Value::Enum(EVENT_TYPE_STOP)),
                (2, Value::U32(start)),
                (5, Value::Enum(SPORT_TRAINING)),
                (6, Value::Enum(SUB_SPORT_STRENGTH)),
                (7, Value::U32(elapsed_ms)),
                (8, Value::U32(timer_ms)),
                (25, Value::U16(0)),
                (26, Value::U16(1)),
            ],
        ),
        Message::new(
            ACTIVITY,
            vec![
                (253, Value::U32(end)),
                (0, Value::U32(timer_ms)),
                (1, Value::U16(1)),
                (2, Value::Enum(0)),
                (3, Value::Enum(EVENT_ACTIVITY)),
                (4, Value::Enum(EVENT_TYPE_STOP)),
                (5, Value::U32(end.saturating_add_signed(offset_min * 60))),
            ],
        ),
    ]);
    fit_file(&messages)
}

fn event(at: u32, kind: u8) -> Message {
    Message::new(
        EVENT,
        vec![
            (253, Value::U32(at)),
            (0, Value::Enum(EVENT_TIMER)),
            (1, Value::Enum(kind)),
            (4, Value::U8(0)),
        ],
    )
}

fn record(at: u32) -> Message {
    Message::new(RECORD, vec![(253, Value::U32(at))])
}

/// The file's name: `bandwork-YYYY-MM-DD.fit`, by the local date of the
/// start.
pub fn file_name(session: &Session, offset_min: i32) -> String {
    let local = session
        .started_at
        .saturating_add_signed(i64::from(offset_min) * 60_000);
    format!("bandwork-{}.fit", crate::model::time::iso_date(local))
}

#[cfg(test)]
#[path = "activity_tests.rs"]
mod tests;
