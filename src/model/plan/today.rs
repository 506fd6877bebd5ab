//! Today's line of the plan, as the first screen shows it, and whether its
//! band work is done: a finished workout of that routine on the same local
//! day.

use super::week::{clock_words, Day, When};
use crate::model::history::session::History;
use crate::model::routine::estimate::format_duration;
use crate::model::time::day_of;

/// Today's plan in words, e.g. "Easy run, 30 min. Before it: Runner's ten,
/// quick, about 12 min." `routine` is the planned routine's name and length
/// in seconds (None when it no longer exists).
pub fn words(day: &Day, routine: Option<(&str, u32)>) -> String {
    let run = match (day.run.is_run(), day.minutes) {
        (false, _) => "No run today.".to_owned(),
        (true, Some(minutes)) => format!("{}, {minutes} min.", day.run.label()),
        (true, None) => format!("{}.", day.run.label()),
    };
    let Some(planned) = &day.band else {
        return format!("{run} No band work planned.");
    };
    let Some((name, seconds)) = routine else {
        return format!("{run} The planned routine is no longer in your routines.");
    };
    let when = match planned.when {
        When::BeforeRun if day.run.is_run() => "Before it".to_owned(),
        When::AfterRun if day.run.is_run() => "After it".to_owned(),
        When::BeforeRun | When::AfterRun => "Band work".to_owned(),
        When::At(clock) => format!("At {}", clock_words(clock)),
    };
    format!("{run} {when}: {name}, {}.", format_duration(seconds))
}

/// A day in two short parts for the week at a glance: the run ("Easy, 30
/// min", "Long run" or "No run") and the band work ("Runner's ten, quick, before
/// the run", "At 18:30: Hills", or "Rest" on a day with nothing at all).
/// `routine` is the planned routine's name (None when it no longer exists).
pub fn glance(day: &Day, routine: Option<&str>) -> (String, String) {
    let short = day.run.label().trim_end_matches(" run");
    let run = match (day.run.is_run(), day.minutes) {
        (false, _) => "No run".to_owned(),
        (true, Some(minutes)) => format!("{short}, {minutes} min"),
        (true, None) => day.run.label().to_owned(),
    };
    let band = match (&day.band, routine) {
        (None, _) if day.run.is_run() => "No band work".to_owned(),
        (None, _) => "Rest".to_owned(),
        (Some(_), None) => "A routine no longer in your routines".to_owned(),
        (Some(planned), Some(name)) => match planned.when {
            When::BeforeRun if day.run.is_run() => format!("{name}, before the run"),
            When::AfterRun if day.run.is_run() => format!("{name}, after the run"),
            When::BeforeRun | When::AfterRun => name.to_owned(),
            When::At(clock) => format!("{name} at {}", clock_words(clock)),
        },
    };
    (run, band)
}

/// Whether a workout of the routine named `name` finished on the local day
/// `today`; `offset_of` gives a moment's UTC offset in minutes.
pub fn done(history: &History, name: &str, today: i64, offset_of: impl Fn(u64) -> i32) -> bool {
    history.sessions.iter().rev().any(|session| {
        session.finished
            && session.routine == name
            && day_of(session.ended_at, offset_of(session.ended_at)) == today
    })
}

/// The routine of the latest workout that finished on the local day
/// `today`, whatever it was: a runner who has trained today is not urged
/// to start another as if nothing was done.
pub fn done_today(history: &History, today: i64, offset_of: impl Fn(u64) -> i32) -> Option<&str> {
    history
        .sessions
        .iter()
        .filter(|session| {
            session.finished && day_of(session.ended_at, offset_of(session.ended_at)) == today
        })
        .max_by_key(|session| session.ended_at)
        .map(|session| session.routine.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::session::sample_session;
    use crate::model::plan::week::{Planned, RoutineRef, RunKind};

    const DAY_MS: u64 = 86_400_000;

    fn easy_with_activation() -> Day {
        Day {
            run: RunKind::Easy,
            minutes: Some(30),
            band: Some(Planned {
                routine: RoutineRef::Starter("runners-ten-quick".to_owned()),
                when: When::BeforeRun,
                by_hand: false,
                kind: None,
            }),
            none_by_hand: false,
        }
    }

    #[test]
    fn today_reads_as_the_run_then_the_band_work() {
        let day = easy_with_activation();
        assert_eq!(
            words(&day, Some(("Runner's ten, quick", 720))),
            "Easy run, 30 min. Before it: Runner's ten, quick, about 12 min."
        );
        let mut rest = day.clone();
        rest.run = RunKind::None;
        rest.minutes = None;
        rest.band.as_mut().unwrap().when = When::At(18 * 60 + 30);
        assert_eq!(
            words(&rest, Some(("Strength", 1500))),
            "No run today. At 18:30: Strength, about 25 min."
        );
        assert_eq!(
            words(&day, None),
            "Easy run, 30 min. The planned routine is no longer in your routines."
        );
        assert_eq!(
            words(&Day::default(), None),
            "No run today. No band work planned."
        );
    }

    #[test]
    fn a_day_at_a_glance_is_its_run_and_its_band_work() {
        let day = easy_with_activation();
        assert_eq!(
            glance(&day, Some("Quick ten")),
            (
                "Easy, 30 min".to_owned(),
                "Quick ten, before the run".to_owned()
            )
        );
        let mut rest = Day::default();
        assert_eq!(
            glance(&rest, None),
            ("No run".to_owned(), "Rest".to_owned())
        );
        rest.band = day.band.clone();
        rest.band.as_mut().unwrap().when = When::At(18 * 60 + 30);
        assert_eq!(glance(&rest, Some("Hills")).1, "Hills at 18:30");
        assert_eq!(
            glance(&rest, None).1,
            "A routine no longer in your routines"
        );
        let hard = Day {
            run: RunKind::Hard,
            ..Day::default()
        };
        assert_eq!(
            glance(&hard, None),
            ("Hard run".to_owned(), "No band work".to_owned())
        );
    }

    #[test]
    fn done_means_a_finished_workout_of_that_routine_on_that_local_day() {
        let mut history = History::default();
        let mut session = sample_session(10 * DAY_MS + 3_600_000, "Runner's ten, quick");
        session.ended_at = session.started_at + 600_000;
        history.record(session.clone());
        let today = day_of(session.ended_at, 0);
        assert!(done(&history, "Runner's ten, quick", today, |_| 0));
        assert!(!done(&history, "Other", today, |_| 0));
        assert!(!done(&history, "Runner's ten, quick", today + 1, |_| 0));
        // Two hours west, the workout was on the day before.
        assert!(!done(&history, "Runner's ten, quick", today, |_| -120));
        let mut unfinished = session;
        unfinished.finished = false;
        let mut partial = History::default();
        partial.record(unfinished);
        assert!(!done(&partial, "Runner's ten, quick", today, |_| 0));
    }

    #[test]
    fn any_workout_finished_today_counts_as_training_done_today() {
        let mut history = History::default();
        assert_eq!(done_today(&history, 10, |_| 0), None);
        let mut hips = sample_session(10 * DAY_MS + 3_600_000, "Hips");
        hips.ended_at = hips.started_at + 600_000;
        let today = day_of(hips.ended_at, 0);
        let mut later = sample_session(10 * DAY_MS + 7_200_000, "Core");
        later.ended_at = later.started_at + 600_000;
        let mut yesterday = sample_session(9 * DAY_MS + 3_600_000, "Long");
        yesterday.ended_at = yesterday.started_at + 600_000;
        let mut unfinished = sample_session(10 * DAY_MS + 9_000_000, "Quit");
        unfinished.finished = false;
        for session in [yesterday, hips, later, unfinished] {
            history.record(session);
        }
        // The latest finished one, not the one left early.
        assert_eq!(done_today(&history, today, |_| 0), Some("Core"));
        assert_eq!(done_today(&history, today + 1, |_| 0), None);
    }
}
