//! One exercise's progress over time, read from the history: for each
//! session that did it, how much per set (reps, steps or seconds held), how
//! many sets, and with which band, placed by its level in the user's kit.

use crate::model::dose::Shape;
use crate::model::history::session::{History, SessionExercise};
use crate::model::kit::band::BandKit;

/// What a progress figure counts, for the chart's axis and the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Reps,
    Steps,
    WorkSeconds,
    HoldSeconds,
}

impl Measure {
    fn of(shape: Shape) -> Self {
        match shape {
            Shape::Reps { .. } => Measure::Reps,
            Shape::StepsEachWay { .. } => Measure::Steps,
            Shape::Timed { .. } => Measure::WorkSeconds,
            Shape::Hold { .. } | Shape::Holds { .. } => Measure::HoldSeconds,
        }
    }

    /// The axis title, e.g. "Reps per set".
    pub fn title(self) -> &'static str {
        match self {
            Measure::Reps => "Reps per set",
            Measure::Steps => "Steps each way",
            Measure::WorkSeconds => "Seconds of work per set",
            Measure::HoldSeconds => "Seconds per hold",
        }
    }

    /// A value with its unit, e.g. "14 reps" or "30 s".
    pub fn with_unit(self, value: u16) -> String {
        match self {
            Measure::Reps => format!("{value} reps"),
            Measure::Steps => format!("{value} steps"),
            Measure::WorkSeconds | Measure::HoldSeconds => format!("{value} s"),
        }
    }
}

/// One session's figures for the exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressPoint {
    /// When the session started (ms), for its date.
    pub at: u64,
    /// Sets done (every round of a circuit counts).
    pub sets: u8,
    /// Reps, steps or seconds per set: what the user said they did, or
    /// else the plan.
    pub per_set: u16,
    /// The band or bands, in words ("Grey, medium + Green, light"), or
    /// "No band".
    pub band: String,
    /// Each side's mean per set, `[left, right]`, when the runner gave
    /// them.
    pub sides: Option<[u16; 2]>,
    /// The main band's level in the kit today (1 the lightest), 0 for no
    /// band, None for a band no longer in the kit.
    pub level: Option<usize>,
}

/// An exercise's progress: what its figures count, and its sessions,
/// oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub measure: Measure,
    pub points: Vec<ProgressPoint>,
}

/// The exercises done in `history` (at least one set), each once, the most
/// recently done first.
pub fn exercises_done(history: &History) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for session in history.sessions.iter().rev() {
        for exercise in session.exercises.iter().filter(|e| e.sets_done > 0) {
            if !ids.contains(&exercise.exercise) {
                ids.push(exercise.exercise.clone());
            }
        }
    }
    ids
}

/// The progress of `exercise` over its last `limit` sessions. Only sessions
/// that count the same thing as the latest one are included (a move once
/// done for reps and now held for time starts a new line). None when the
/// exercise was never done.
pub fn progress(
    history: &History,
    exercise: &str,
    kit: Option<&BandKit>,
    limit: usize,
) -> Option<Progress> {
    let done = |e: &&SessionExercise| e.exercise == exercise && e.sets_done > 0;
    let latest = history
        .sessions
        .iter()
        .rev()
        .find_map(|s| s.exercises.iter().find(done))?;
    let measure = Measure::of(latest.dose.shape);
    let mut points: Vec<ProgressPoint> = history
        .sessions
        .iter()
        .rev()
        .filter_map(|session| {
            let e = session
                .exercises
                .iter()
                .find(|e| done(e) && Measure::of(e.dose.shape) == measure)?;
            Some(point(session.started_at, e, kit))
        })
        .take(limit)
        .collect();
    points.reverse();
    Some(Progress { measure, points })
}

fn point(at: u64, e: &SessionExercise, kit: Option<&BandKit>) -> ProgressPoint {
    let band = if e.bands.is_empty() {
        "No band".to_owned()
    } else {
        e.bands
            .iter()
            .map(|b| b.name.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let level = match e.bands.first() {
        None => Some(0),
        Some(main) => kit.and_then(|kit| kit.level(main.id)),
    };
    ProgressPoint {
        at,
        sets: e.sets_done,
        per_set: e.per_set(),
        sides: e.side_means(),
        band,
        level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dose::Dose;
    use crate::model::history::session::{BandUsed, Session};
    use crate::model::kit::band::preset;

    const DAY: u64 = 86_400_000;

    fn kit() -> BandKit {
        preset("fabric-loop-3").unwrap().kit()
    }

    fn used(kit: &BandKit, n: usize) -> BandUsed {
        BandUsed::from(&kit.bands[n])
    }

    fn done(
        id: &str,
        dose: Dose,
        sets: u8,
        actual: Option<u16>,
        bands: Vec<BandUsed>,
    ) -> SessionExercise {
        SessionExercise {
            exercise: id.into(),
            dose,
            bands,
            sets_done: sets,
            actual,
            rating: None,
            cut_short_s: Vec::new(),
            sides: Vec::new(),
            note: String::new(),
        }
    }

    fn session(day: u64, exercises: Vec<SessionExercise>) -> Session {
        Session {
            id: day * DAY,
            routine: "Hips".into(),
            started_at: day * DAY,
            ended_at: day * DAY + 600_000,
            active_s: 600,
            finished: true,
            exercises,
        }
    }

    fn history(kit: &BandKit) -> History {
        let clam = |sets, reps, actual, band| {
            done(
                "clamshell",
                Dose::reps(3, reps, 30),
                sets,
                actual,
                vec![used(kit, band)],
            )
        };
        History {
            sessions: vec![
                session(
                    1,
                    vec![
                        clam(3, 10, None, 0),
                        done("dead-bug", Dose::timed(2, 30, 20), 2, None, vec![]),
                    ],
                ),
                session(3, vec![clam(3, 10, Some(12), 0)]),
                session(
                    5,
                    vec![
                        clam(2, 12, None, 0),
                        done("dead-bug", Dose::timed(2, 30, 20), 0, None, vec![]),
                    ],
                ),
                session(8, vec![clam(3, 10, None, 1)]),
            ],
        }
    }

    #[test]
    fn exercises_are_listed_once_most_recent_first_and_only_when_done() {
        let kit = kit();
        assert_eq!(exercises_done(&history(&kit)), ["clamshell", "dead-bug"]);
        assert!(exercises_done(&History::default()).is_empty());
    }

    #[test]
    fn each_session_gives_sets_the_reps_actually_done_and_the_band_level() {
        let kit = kit();
        let progress = progress(&history(&kit), "clamshell", Some(&kit), 30).unwrap();
        assert_eq!(progress.measure, Measure::Reps);
        let figures: Vec<(u64, u8, u16, &str, Option<usize>)> = progress
            .points
            .iter()
            .map(|p| (p.at / DAY, p.sets, p.per_set, p.band.as_str(), p.level))
            .collect();
        assert_eq!(
            figures,
            [
                (1, 3, 10, "Green, light", Some(1)),
                (3, 3, 12, "Green, light", Some(1)),
                (5, 2, 12, "Green, light", Some(1)),
                (8, 3, 10, "Grey, medium", Some(2)),
            ]
        );
    }

    #[test]
    fn sessions_where_it_was_skipped_are_left_out() {
        let kit = kit();
        let dead_bug = progress(&history(&kit), "dead-bug", Some(&kit), 30).unwrap();
        assert_eq!(dead_bug.measure, Measure::WorkSeconds);
        assert_eq!(dead_bug.points.len(), 1);
        assert_eq!(dead_bug.points[0].band, "No band");
        assert_eq!(dead_bug.points[0].level, Some(0));
        assert_eq!(
            progress(&history(&kit), "monster-walk", Some(&kit), 30),
            None
        );
    }

    #[test]
    fn only_the_latest_sessions_are_kept_oldest_first() {
        let kit = kit();
        let progress = progress(&history(&kit), "clamshell", Some(&kit), 2).unwrap();
        let days: Vec<u64> = progress.points.iter().map(|p| p.at / DAY).collect();
        assert_eq!(days, [5, 8]);
    }

    #[test]
    fn a_band_gone_from_the_kit_has_no_level_and_a_change_of_measure_starts_afresh() {
        let kit = kit();
        let mut smaller = kit.clone();
        smaller.remove(kit.bands[1].id);
        let mut history = history(&kit);
        let progress_now = progress(&history, "clamshell", Some(&smaller), 30).unwrap();
        assert_eq!(progress_now.points.last().unwrap().level, None);
        assert_eq!(progress_now.points.last().unwrap().band, "Grey, medium");

        history.sessions.push(session(
            10,
            vec![done("clamshell", Dose::holds(1, 10, 5, 0), 1, None, vec![])],
        ));
        let held = progress(&history, "clamshell", Some(&kit), 30).unwrap();
        assert_eq!(held.measure, Measure::HoldSeconds);
        assert_eq!(held.points.len(), 1);
        assert_eq!(held.points[0].per_set, 5);
        assert_eq!(held.measure.with_unit(5), "5 s");
    }
}
