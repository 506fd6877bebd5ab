//! Every localStorage key the app uses, in one place. Each record lives under
//! its own key; unreadable text is kept beside it under `<key>.backup`,
//! `<key>.backup.2`, ... (see [`super::backup::backup_key`]).
//! `tests/e2e/support/keys.mjs` reads this file, so the end-to-end tests
//! spell no key by hand.

/// The runner's bands.
pub const KIT_KEY: &str = "bandwork.kit";
/// The saved routines.
pub const ROUTINES_KEY: &str = "bandwork.routines";
/// Every finished workout, in the compact format.
pub const HISTORY_KEY: &str = "bandwork.history";
/// The workout in progress, if any.
pub const WORKOUT_KEY: &str = "bandwork.workout";
/// The runner's settings.
pub const SETTINGS_KEY: &str = "bandwork.settings";
/// When the last full export was made (ms since the epoch, as text).
pub const LAST_EXPORT_KEY: &str = "bandwork.last_export";
/// The routine last opened or added to (its id, as text): where Add offers
/// to go first. A convenience: losing it loses nothing.
pub const LAST_ROUTINE_KEY: &str = "bandwork.last_routine";
/// The runner's own exercises.
pub const OWN_EXERCISES_KEY: &str = "bandwork.exercises";

/// The runner's week: runs and the band work planned around them.
pub const PLAN_KEY: &str = "bandwork.plan";

/// Every key above.
pub const ALL_KEYS: [&str; 9] = [
    KIT_KEY,
    ROUTINES_KEY,
    HISTORY_KEY,
    WORKOUT_KEY,
    SETTINGS_KEY,
    LAST_EXPORT_KEY,
    LAST_ROUTINE_KEY,
    PLAN_KEY,
    OWN_EXERCISES_KEY,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_distinct_and_in_the_apps_namespace() {
        let mut keys = ALL_KEYS.to_vec();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL_KEYS.len());
        assert!(ALL_KEYS.iter().all(|k| k.starts_with("bandwork.")));
    }
}
