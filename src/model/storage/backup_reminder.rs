//! When to remind the user to export a backup: browser storage can be
//! cleared, so after 30 days of workouts with no export, a gentle nudge.

/// How long data may go without a backup before the reminder shows.
pub const REMIND_AFTER_MS: u64 = 30 * 86_400_000;

/// Whether to remind at `now`, given the last export (if any) and the
/// first workout in history (if any). No history, nothing to lose.
pub fn due(now: u64, last_export: Option<u64>, first_workout: Option<u64>) -> bool {
    let Some(first) = first_workout else {
        return false;
    };
    let since = last_export.unwrap_or(first).max(first);
    now.saturating_sub(since) >= REMIND_AFTER_MS
}

/// Reads the stored time of the last export leniently: anything that is
/// not a plain number counts as no export.
pub fn parse_last_export(raw: Option<&str>) -> Option<u64> {
    raw?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = 86_400_000;
    const T0: u64 = 1_794_787_200_000;

    #[test]
    fn no_history_means_no_reminder() {
        assert!(!due(T0 + 400 * DAY, None, None));
    }

    #[test]
    fn thirty_days_after_the_first_workout_without_an_export() {
        assert!(!due(T0 + 29 * DAY, None, Some(T0)));
        assert!(due(T0 + 30 * DAY, None, Some(T0)));
    }

    #[test]
    fn an_export_starts_the_thirty_days_again() {
        let exported = T0 + 40 * DAY;
        assert!(!due(T0 + 41 * DAY, Some(exported), Some(T0)));
        assert!(!due(exported + 30 * DAY - 1, Some(exported), Some(T0)));
        assert!(due(exported + 30 * DAY, Some(exported), Some(T0)));
        // An export from before the first workout counts from that workout.
        assert!(!due(T0 + 10 * DAY, Some(T0 - 100 * DAY), Some(T0)));
    }

    #[test]
    fn the_stored_time_is_read_leniently() {
        assert_eq!(parse_last_export(Some("1794787200000")), Some(T0));
        assert_eq!(parse_last_export(Some(" 12 ")), Some(12));
        assert_eq!(parse_last_export(Some("yesterday")), None);
        assert_eq!(parse_last_export(Some("-5")), None);
        assert_eq!(parse_last_export(None), None);
    }
}
