//! Every branch of loading and saving, on a map that can be told to fail.

use super::*;
use crate::model::history::session::History;
use crate::model::kit::band::{preset, BandKit};
use crate::model::routine::routine_book::RoutineBook;
use crate::model::settings::{Settings, Theme};
use crate::model::storage::key_value::{Failure, MemoryStore};
use crate::model::storage::keys::{HISTORY_KEY, KIT_KEY, ROUTINES_KEY, SETTINGS_KEY, WORKOUT_KEY};
use crate::model::storage::store::encode;
use crate::model::workout::Workout;

fn kit() -> BandKit {
    preset("fabric-loop-3").unwrap().kit()
}

/// A value whose stored form does not read back: an upgrade must not
/// write it.
#[derive(Debug, PartialEq)]
struct Lossy;

impl Persisted for Lossy {
    fn read(raw: &str) -> Reading<Self> {
        Reading {
            value: (raw == "old").then_some(Lossy),
            problem: (raw != "old").then_some(StoredProblem::Unreadable),
            outdated: true,
        }
    }

    fn write(&self) -> Option<String> {
        Some("new".into())
    }
}

#[test]
fn nothing_stored_starts_from_nothing_and_may_save() {
    let store = MemoryStore::default();
    let loaded = load::<BandKit>(&store, KIT_KEY, "band kit");
    assert_eq!(loaded.value, None);
    assert_eq!(loaded.notice, None);
    assert!(loaded.saving.can_save());
    assert_eq!(store.writes(), 0);
}

#[test]
fn a_current_record_loads_without_a_write() {
    let store = MemoryStore::with(&[(KIT_KEY, &encode(&kit()))]);
    let loaded = load::<BandKit>(&store, KIT_KEY, "band kit");
    assert_eq!(loaded.value, Some(kit()));
    assert_eq!((loaded.notice, loaded.kept), (None, None));
    assert_eq!(store.writes(), 0);
}

#[test]
fn an_older_record_is_migrated_and_written_back_once() {
    let old = include_str!("../../../tests/fixtures/v1/history.json");
    let store = MemoryStore::with(&[(HISTORY_KEY, old)]);
    let loaded = load::<History>(&store, HISTORY_KEY, "workout history");
    let history = loaded.value.expect("version 1 reads");
    assert_eq!(loaded.notice, None);
    let now = store.peek(HISTORY_KEY).unwrap();
    assert!(now.starts_with(r#"{"version":4,"#), "{now}");
    assert_eq!(store.writes(), 1);
    let again = load::<History>(&store, HISTORY_KEY, "workout history");
    assert_eq!(again.value, Some(history));
    assert_eq!(store.writes(), 1, "the migration runs once");
}

#[test]
fn a_migration_that_would_not_read_back_is_not_written() {
    let store = MemoryStore::with(&[("k", "old")]);
    let loaded = load::<Lossy>(&store, "k", "note");
    assert_eq!(loaded.value, Some(Lossy));
    assert_eq!(store.peek("k").as_deref(), Some("old"));
    assert_eq!(store.writes(), 0);
}

#[test]
fn a_failed_migration_write_leaves_the_old_text_which_still_loads() {
    let old = include_str!("../../../tests/fixtures/v1/history.json");
    let store = MemoryStore::with(&[(HISTORY_KEY, old)]);
    store.fail(Some(Failure::QuotaFull));
    let loaded = load::<History>(&store, HISTORY_KEY, "workout history");
    assert!(loaded.value.is_some());
    assert_eq!(loaded.notice, None);
    assert!(loaded.saving.can_save());
    assert_eq!(store.peek(HISTORY_KEY).as_deref(), Some(old));
}

#[test]
fn unreadable_text_is_backed_up_before_anything_and_the_record_starts_afresh() {
    let store = MemoryStore::with(&[(ROUTINES_KEY, "{\"version\":2,\"data\":{\"routines\":[{")]);
    let loaded = load::<RoutineBook>(&store, ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    let notice = loaded.notice.unwrap();
    assert!(
        notice.starts_with("Your saved routines could not be read"),
        "{notice}"
    );
    assert!(loaded.saving.can_save());
    let backup = loaded.kept.unwrap();
    assert_eq!(backup, "bandwork.routines.backup");
    assert_eq!(store.peek(&backup), store.peek(ROUTINES_KEY));
    // Loading again keeps one copy of the same text, not two.
    let again = load::<RoutineBook>(&store, ROUTINES_KEY, "routines");
    assert_eq!(again.kept.as_deref(), Some("bandwork.routines.backup"));
    assert_eq!(store.peek("bandwork.routines.backup.2"), None);
    assert_eq!(store.writes(), 1);
}

#[test]
fn a_newer_record_is_backed_up_and_never_saved_over() {
    let newer = r#"{"version":9,"data":{"routines":[],"next_id":4,"future":true}}"#;
    let store = MemoryStore::with(&[(ROUTINES_KEY, newer)]);
    let mut loaded = load::<RoutineBook>(&store, ROUTINES_KEY, "routines");
    assert_eq!(loaded.value, None);
    assert!(loaded.notice.unwrap().contains("(format 9)"));
    assert!(!loaded.saving.can_save());
    let result = loaded
        .saving
        .save(&store, ROUTINES_KEY, &RoutineBook::default());
    assert_eq!(result, Err(SaveError::Refused));
    assert!(!loaded.saving.owed(), "a refusal is not retried");
    assert_eq!(store.peek(ROUTINES_KEY).as_deref(), Some(newer));
}

#[test]
fn settings_keep_what_reads_and_reset_the_rest() {
    let store = MemoryStore::with(&[(
        SETTINGS_KEY,
        r#"{"version":1,"units":"stone","theme":"dark"}"#,
    )]);
    let loaded = load::<Settings>(&store, SETTINGS_KEY, "settings");
    let settings = loaded.value.unwrap();
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.units, Settings::default().units);
    assert!(loaded.notice.unwrap().contains("(units)"));
    assert!(loaded.saving.can_save());
    assert_eq!(loaded.kept.as_deref(), Some("bandwork.settings.backup"));
}

#[test]
fn newer_settings_show_what_this_version_understands_read_only() {
    let store = MemoryStore::with(&[(SETTINGS_KEY, r#"{"version":5,"theme":"dark","new":1}"#)]);
    let loaded = load::<Settings>(&store, SETTINGS_KEY, "settings");
    assert_eq!(loaded.value.unwrap().theme, Theme::Dark);
    assert!(!loaded.saving.can_save());
}

#[test]
fn storage_that_cannot_be_used_is_said_and_never_written() {
    for failure in [Failure::Unavailable, Failure::Other] {
        let store = MemoryStore::with(&[(KIT_KEY, &encode(&kit()))]);
        store.fail(Some(failure));
        let loaded = load::<BandKit>(&store, KIT_KEY, "band kit");
        assert_eq!(loaded.value, None);
        assert!(!loaded.saving.can_save());
        let expected = store.get(KIT_KEY).unwrap_err().to_string();
        assert_eq!(loaded.notice, Some(expected));
    }
}

#[test]
fn unreadable_text_that_cannot_be_kept_safe_is_never_saved_over() {
    let store = MemoryStore::with(&[(KIT_KEY, "garbage")]);
    store.fail(Some(Failure::QuotaFull));
    let loaded = load::<BandKit>(&store, KIT_KEY, "band kit");
    let notice = loaded.notice.unwrap();
    assert!(notice.contains("no safe copy could be made"), "{notice}");
    assert!(notice.contains("storage for Bandwork is full"), "{notice}");
    assert!(!loaded.saving.can_save());
    assert_eq!(loaded.kept, None);
    store.fail(None);
    assert_eq!(store.peek(KIT_KEY).as_deref(), Some("garbage"));
}

#[test]
fn when_every_backup_slot_is_used_nothing_is_saved_over() {
    let mut entries = vec![(KIT_KEY.to_owned(), "garbage".to_owned())];
    for n in 1..=crate::model::storage::backup::MAX_BACKUPS {
        let key = crate::model::storage::backup::backup_key(KIT_KEY, n);
        entries.push((key, format!("older garbage {n}")));
    }
    let borrowed: Vec<(&str, &str)> = entries
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let store = MemoryStore::with(&borrowed);
    let loaded = load::<BandKit>(&store, KIT_KEY, "band kit");
    assert!(!loaded.saving.can_save());
    assert!(loaded
        .notice
        .unwrap()
        .contains("every backup slot is in use"));
}

#[test]
fn a_failed_save_is_owed_and_a_retry_writes_the_latest_value() {
    let store = MemoryStore::default();
    let mut saving = load::<BandKit>(&store, KIT_KEY, "band kit").saving;
    store.fail(Some(Failure::QuotaFull));
    let first = kit();
    assert_eq!(
        saving.save(&store, KIT_KEY, &first),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert!(saving.owed());
    assert_eq!(store.peek(KIT_KEY), None);
    // Space is freed; the retry writes what is current by then.
    store.fail(None);
    let mut latest = kit();
    latest.bands.pop();
    assert_eq!(saving.save(&store, KIT_KEY, &latest), Ok(()));
    assert!(!saving.owed());
    assert_eq!(current::<BandKit>(&store, KIT_KEY), Some(latest));
}

#[test]
fn an_absent_value_is_stored_as_no_key() {
    let store = MemoryStore::default();
    let mut saving = Saving::new(true);
    let workout: Option<Workout> = None;
    store.set(WORKOUT_KEY, "anything").unwrap();
    saving.save(&store, WORKOUT_KEY, &workout).unwrap();
    assert_eq!(store.peek(WORKOUT_KEY), None);
    // Nothing is there to take up, and the key is known to be absent...
    assert_eq!(current::<Option<Workout>>(&store, WORKOUT_KEY), None);
    assert!(absent(&store, WORKOUT_KEY));
    // ...but storage that cannot be read says nothing about it.
    store.fail(Some(Failure::Unavailable));
    assert!(!absent(&store, WORKOUT_KEY));
}

#[test]
fn following_another_tab_never_writes_and_skips_what_does_not_read() {
    let store = MemoryStore::with(&[(KIT_KEY, "garbage"), (SETTINGS_KEY, r#"{"units":"stone"}"#)]);
    assert_eq!(current::<BandKit>(&store, KIT_KEY), None);
    assert_eq!(current::<Settings>(&store, SETTINGS_KEY), None);
    store
        .set(ROUTINES_KEY, &encode(&RoutineBook::default()))
        .unwrap();
    assert_eq!(
        current::<RoutineBook>(&store, ROUTINES_KEY),
        Some(RoutineBook::default())
    );
    assert_eq!(store.writes(), 1, "only the test's own write");
    store.fail(Some(Failure::Unavailable));
    assert_eq!(current::<RoutineBook>(&store, ROUTINES_KEY), None);
}

#[test]
fn a_workout_that_can_no_longer_be_played_does_not_read() {
    let good = include_str!("../../../tests/fixtures/v1/workout.json");
    let store = MemoryStore::with(&[(WORKOUT_KEY, good)]);
    let loaded = load::<Option<Workout>>(&store, WORKOUT_KEY, "workout in progress");
    assert!(matches!(loaded.value, Some(Some(_))));
    // Edited by hand to a dose that cannot be done: it parses, but has no
    // timeline to replay.
    let broken = good.replacen("\"sets\":2", "\"sets\":0", 1);
    assert_ne!(broken, good, "the fixture has a dose to break");
    let store = MemoryStore::with(&[(WORKOUT_KEY, &broken)]);
    let loaded = load::<Option<Workout>>(&store, WORKOUT_KEY, "workout in progress");
    assert_eq!(loaded.value, None);
    assert!(loaded
        .notice
        .unwrap()
        .contains("workout in progress could not be read"));
    assert!(loaded.saving.can_save());
}
