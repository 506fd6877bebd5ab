//! Time as the app reads and writes it: local days and Monday-to-Sunday
//! weeks from a UTC offset, ISO 8601 dates for files and the CSV, and
//! seconds as a clock reads them. Times are milliseconds since the Unix
//! epoch; an offset is the local time's minutes east of UTC.

const MS_PER_DAY: i64 = 86_400_000;

/// The local day of `ms`, counted from 1 January 1970.
pub fn day_of(ms: u64, offset_min: i32) -> i64 {
    let local = ms as i64 + i64::from(offset_min) * 60_000;
    local.div_euclid(MS_PER_DAY)
}

/// The week of a day, counted in Monday-to-Sunday weeks. (Day 0, 1 January
/// 1970, was a Thursday, so week 0 ran from 29 December 1969.)
pub fn week_of_day(day: i64) -> i64 {
    (day + 3).div_euclid(7)
}

/// The local week of `ms`.
pub fn week_of(ms: u64, offset_min: i32) -> i64 {
    week_of_day(day_of(ms, offset_min))
}

/// The first day (a Monday) of `week`.
pub fn monday_of_week(week: i64) -> i64 {
    week * 7 - 3
}

/// Seconds as a clock reads, e.g. `0:09`, `1:05`, `12:30`, `1:02:03`.
pub fn clock_text(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// A moment as ISO 8601 in UTC, e.g. `2023-11-14T22:13:20Z`.
pub fn iso_utc(ms: u64) -> String {
    let secs = ms / 1000;
    let (year, month, day) = civil_from_days(secs / 86_400);
    let rest = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The date `YYYY-MM-DD` (UTC) of a moment, for file names.
pub fn iso_date(ms: u64) -> String {
    iso_utc(ms)[..10].to_owned()
}

/// Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's
/// civil-from-days, for dates on or after the epoch).
pub fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_700_000_000_000;
    const DAY: u64 = 86_400_000;
    const HOUR: u64 = 3_600_000;
    /// A Monday, 00:00 UTC.
    const MONDAY: u64 = 1_794_787_200_000;

    #[test]
    fn days_and_weeks_follow_the_local_calendar() {
        assert_eq!(day_of(0, 0), 0);
        assert_eq!(week_of_day(0), 0, "Thursday 1 Jan 1970 is in week 0");
        assert_eq!(week_of_day(-3), 0, "Monday 29 Dec 1969 starts it");
        assert_eq!(week_of_day(-4), -1);
        assert_eq!(week_of_day(3), 0, "Sunday 4 Jan 1970 ends it");
        assert_eq!(week_of_day(4), 1);
        let monday = week_of(MONDAY, 0);
        assert_eq!(week_of(MONDAY + 6 * DAY + 23 * HOUR, 0), monday);
        assert_eq!(week_of(MONDAY + 7 * DAY, 0), monday + 1);
        // 23:30 UTC on Sunday is already Monday in Berlin (UTC+1)...
        let sunday_late = MONDAY + 6 * DAY + 23 * HOUR + 30 * 60_000;
        assert_eq!(week_of(sunday_late, 60), monday + 1);
        // ...and 00:30 UTC on Monday is still Sunday in New York (UTC-5).
        assert_eq!(week_of(MONDAY + 30 * 60_000, -300), monday - 1);
    }

    #[test]
    fn clocks_read_as_minutes_and_seconds() {
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(9), "0:09");
        assert_eq!(clock_text(65), "1:05");
        assert_eq!(clock_text(750), "12:30");
        assert_eq!(clock_text(3723), "1:02:03");
    }

    #[test]
    fn dates_are_iso_8601_utc() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(iso_utc(1_709_251_199_999), "2024-02-29T23:59:59Z");
        assert_eq!(iso_utc(4_102_444_800_000), "2100-01-01T00:00:00Z");
        assert_eq!(iso_date(T0), "2023-11-14");
    }

    #[test]
    fn a_week_starts_on_its_monday() {
        for week in [-1, 0, 1, 2_800] {
            let monday = monday_of_week(week);
            assert_eq!(week_of_day(monday), week);
            assert_eq!(week_of_day(monday - 1), week - 1);
            // 1 January 1970 (day 0) was a Thursday: Mondays are 4 days on.
            assert_eq!((monday - 4).rem_euclid(7), 0);
        }
    }
}
