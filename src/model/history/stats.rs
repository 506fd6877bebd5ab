//! Workouts counted by day and week, in the user's own time zone: sessions
//! per week against a weekly goal (two, as the articles advise), the streak
//! of weeks that met it, and a day-by-day count for a calendar heat map.
//!
//! Weeks start on Monday. Times are milliseconds since the Unix epoch;
//! `offset_min` is the local time's offset from UTC in minutes (east is
//! positive), as the browser reports it. Over a history, `offset_of` gives
//! each moment its own offset: a workout from summer time is placed by
//! summer time even when it is read in winter, so a clock change never
//! moves it to another day or week.

use crate::model::history::session::History;
use crate::model::time::{day_of, monday_of_week, week_of, week_of_day};

pub use crate::model::settings::DEFAULT_WEEKLY_GOAL;

/// The local week of `ms`, by its own offset.
fn local_week(ms: u64, offset_of: &impl Fn(u64) -> i32) -> i64 {
    week_of(ms, offset_of(ms))
}

/// Sessions in each of the `count` weeks up to and including `this_week`,
/// oldest first.
pub fn weekly_counts(
    history: &History,
    offset_of: impl Fn(u64) -> i32,
    this_week: i64,
    count: usize,
) -> Vec<u32> {
    let first = this_week - count as i64 + 1;
    let mut counts = vec![0; count];
    for session in &history.sessions {
        let week = local_week(session.started_at, &offset_of);
        if (first..=this_week).contains(&week) {
            counts[(week - first) as usize] += 1;
        }
    }
    counts
}

/// Weeks in a row that met `goal`, up to the current week. The current
/// week counts once it has met the goal; until then it does not break the
/// streak, since it is not over.
pub fn streak(history: &History, offset_of: impl Fn(u64) -> i32, this_week: i64, goal: u32) -> u32 {
    let goal = goal.max(1);
    let mut per_week = std::collections::BTreeMap::<i64, u32>::new();
    for session in &history.sessions {
        *per_week
            .entry(local_week(session.started_at, &offset_of))
            .or_default() += 1;
    }
    let met = |week: i64| per_week.get(&week).copied().unwrap_or(0) >= goal;
    let mut week = if met(this_week) {
        this_week
    } else {
        this_week - 1
    };
    let mut weeks = 0;
    while met(week) {
        weeks += 1;
        week -= 1;
    }
    weeks
}

/// Sessions on each local day from `first_day` to `last_day` inclusive.
pub fn daily_counts(
    history: &History,
    offset_of: impl Fn(u64) -> i32,
    first_day: i64,
    last_day: i64,
) -> Vec<u32> {
    let len = (last_day - first_day + 1).max(0) as usize;
    let mut counts = vec![0; len];
    for session in &history.sessions {
        let day = day_of(session.started_at, offset_of(session.started_at));
        if (first_day..=last_day).contains(&day) {
            counts[(day - first_day) as usize] += 1;
        }
    }
    counts
}

/// One day of the heat map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeatDay {
    /// The local day, counted from 1 January 1970.
    pub day: i64,
    /// Its column (0 is the oldest week) and row (0 is Monday).
    pub week: usize,
    pub weekday: usize,
    /// Workouts started that day.
    pub count: u32,
    /// Later than today (drawn empty).
    pub future: bool,
}

/// The heat map: every day of the `weeks` weeks up to the end of the week
/// of `today`, oldest first, a column a week with Monday at the top.
pub fn heat_map(
    history: &History,
    offset_of: impl Fn(u64) -> i32,
    today: i64,
    weeks: usize,
) -> Vec<HeatDay> {
    let weeks_back = i64::try_from(weeks).unwrap_or(i64::MAX).max(1) - 1;
    let first = monday_of_week(week_of_day(today) - weeks_back);
    let last = first + 7 * (weeks_back + 1) - 1;
    daily_counts(history, offset_of, first, last)
        .into_iter()
        .enumerate()
        .map(|(at, count)| HeatDay {
            day: first + at as i64,
            week: at / 7,
            weekday: at % 7,
            count,
            future: first + at as i64 > today,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::session::Session;
    use crate::model::time::week_of_day;

    /// 2026-11-16 00:00 UTC, a Monday.
    const MONDAY: u64 = 1_794_787_200_000;
    const DAY: u64 = 86_400_000;
    const HOUR: u64 = 3_600_000;

    /// Offsets for a zone without clock changes.
    const UTC: fn(u64) -> i32 = |_| 0;

    /// London: summer time (UTC+1) until 01:00 UTC on 25 October 2026.
    fn london(ms: u64) -> i32 {
        if ms < 1_792_890_000_000 {
            60
        } else {
            0
        }
    }

    fn history(times: &[u64]) -> History {
        History {
            sessions: times
                .iter()
                .map(|&at| Session {
                    id: at,
                    routine: "Test".into(),
                    started_at: at,
                    ended_at: at + 600_000,
                    active_s: 600,
                    finished: true,
                    exercises: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn weekly_counts_cover_the_last_weeks_oldest_first() {
        let this_week = week_of(MONDAY, 0);
        let history = history(&[
            MONDAY - 14 * DAY,
            MONDAY - 3 * DAY,
            MONDAY - 2 * DAY,
            MONDAY + 2 * HOUR,
            MONDAY + 30 * DAY,
        ]);
        assert_eq!(weekly_counts(&history, UTC, this_week, 4), [0, 1, 2, 1]);
    }

    #[test]
    fn the_streak_counts_weeks_that_met_the_goal_and_spares_the_current_one() {
        let this_week = week_of(MONDAY, 0);
        let week = |n: u64| MONDAY - n * 7 * DAY;
        // Two a week for the three weeks before this one; one so far now.
        let mut times = vec![
            week(3),
            week(3) + DAY,
            week(2),
            week(2) + DAY,
            week(1),
            week(1) + DAY,
        ];
        times.push(MONDAY + HOUR);
        let h = history(&times);
        assert_eq!(streak(&h, UTC, this_week, 2), 3);
        times.push(MONDAY + 2 * DAY);
        assert_eq!(streak(&history(&times), UTC, this_week, 2), 4);
        // A week below the goal ends the streak.
        assert_eq!(streak(&h, UTC, this_week, 3), 0);
        // Missing last week ends it even if this week met the goal.
        let gap = history(&[week(2), week(2) + DAY, MONDAY, MONDAY + DAY]);
        assert_eq!(streak(&gap, UTC, this_week, 2), 1);
        assert_eq!(
            streak(&History::default(), UTC, this_week, DEFAULT_WEEKLY_GOAL),
            0
        );
        // A goal of zero counts as one.
        assert_eq!(streak(&gap, UTC, this_week, 0), 1);
    }

    #[test]
    fn daily_counts_for_a_heat_map() {
        let first = day_of(MONDAY, 0);
        let history = history(&[
            MONDAY + HOUR,
            MONDAY + 2 * HOUR,
            MONDAY + 2 * DAY,
            MONDAY - DAY,
        ]);
        assert_eq!(daily_counts(&history, UTC, first, first + 3), [2, 0, 1, 0]);
        assert!(daily_counts(&history, UTC, first, first - 1).is_empty());
    }

    #[test]
    fn the_heat_map_runs_monday_to_sunday_up_to_this_week() {
        let wednesday = MONDAY + 2 * DAY + 9 * HOUR;
        let today = crate::model::time::day_of(wednesday, 0);
        let history = history(&[
            MONDAY - 7 * DAY,
            MONDAY + HOUR,
            MONDAY + 2 * HOUR,
            wednesday,
        ]);
        let map = heat_map(&history, |_| 0, today, 2);
        assert_eq!(map.len(), 14);
        assert_eq!(map[0].day, today - 2 - 7, "the Monday a week before");
        assert_eq!((map[0].week, map[0].weekday, map[0].count), (0, 0, 1));
        assert_eq!((map[7].week, map[7].weekday, map[7].count), (1, 0, 2));
        assert_eq!(map[9].count, 1);
        assert!(!map[9].future);
        assert!(map[10].future && map[13].future);
        assert_eq!(map.iter().map(|d| d.count).sum::<u32>(), 4);
    }

    #[test]
    fn a_workout_from_summer_time_keeps_its_day_and_week_in_winter() {
        // 23:30 UTC on Sunday 18 October 2026 was 00:30 on Monday 19
        // October in London. Read in November (UTC+0), it is still Monday.
        let late = 1_792_366_200_000;
        let monday = day_of(late, 60);
        assert_eq!(week_of_day(monday), week_of_day(monday - 1) + 1);
        let h = history(&[late]);
        assert_eq!(daily_counts(&h, london, monday - 1, monday), [0, 1]);
        let week = week_of_day(monday);
        assert_eq!(weekly_counts(&h, london, week, 2), [0, 1]);
        // The offset of the day it is read would have moved it back.
        assert_eq!(weekly_counts(&h, UTC, week, 2), [1, 0]);
        // Two that week: the streak counts the week it was really in.
        let h = history(&[late, late + 2 * DAY]);
        assert_eq!(streak(&h, london, week + 1, 2), 1);
        assert_eq!(streak(&h, UTC, week + 1, 2), 0);
    }
}
