//! The stored schema. Each record lives under its own localStorage key as
//! `{"version": N, "data": ...}`, so one write stays small and one damaged
//! record never takes the others with it. One schema version covers every
//! record; each kind of record says, through [`Record`], how it reads each
//! version. Version history:
//! - 1: the first form of every record.
//! - 2: the workout history became compact (see `history_format`); the
//!   other records are unchanged.
//! - 3: a circuit round became one set of each move: routines from earlier
//!   versions are brought to that rule as they load (see
//!   [`RoutineBook::one_set_per_round`]); the other records are unchanged.
//!   A workout in progress keeps its routine as it started, so it replays
//!   the same. The runner's week (the plan) first appeared in version 3.
//! - 4: an exercise of a session can keep each side's figures per set and
//!   a note (two more optional elements of a compact exercise, see
//!   `history_format`); records of versions 2 and 3 read as they are.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::catalog::own::OwnExercises;
use crate::model::history::session::History;
use crate::model::kit::band::BandKit;
use crate::model::plan::week::Week;
use crate::model::routine::routine_book::RoutineBook;
use crate::model::storage::history_format::CompactHistory;
use crate::model::workout::Workout;

/// The schema version this build writes (see the version history above).
pub const SCHEMA_VERSION: u64 = 4;

/// Why a stored record could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not a record this app can read.
    Unreadable,
    /// These fields held values this version does not know; they were
    /// reset to their defaults and the rest was kept.
    FieldsReset(Vec<&'static str>),
    /// Written by a newer version; reading it here could lose what it has.
    NewerVersion(u64),
}

impl StoredProblem {
    /// The problem in plain words, once the original text is kept safe;
    /// `what` names the record, e.g. "routines".
    pub fn words(&self, what: &str) -> String {
        let kept = "Bandwork kept the original text safely";
        match self {
            StoredProblem::Unreadable => {
                format!("Your saved {what} could not be read. {kept} and started afresh.")
            }
            StoredProblem::FieldsReset(fields) => format!(
                "Some of your saved {what} could not be read ({}), so they are back to their \
                 defaults. {kept}.",
                fields.join(", ")
            ),
            StoredProblem::NewerVersion(version) => format!(
                "A newer version of Bandwork saved your {what} (format {version}), so this \
                 version leaves the saved copy untouched: changes made here will not be saved."
            ),
        }
    }
}

/// A record as stored: its schema version, then its data. Typed all the
/// way (no `serde_json::Value` in between), which keeps the wasm smaller.
#[derive(Serialize)]
struct Envelope<'a, T> {
    version: u64,
    data: &'a T,
}

/// Just the version of a stored record; its data is skipped unread.
#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

/// The data of a stored record, once its version is known to be readable.
#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

/// A kind of stored record: how it is written now, and how it is read in
/// every schema version there has been. This is where migrations live: a
/// record whose form changed in version N reads its older versions with
/// their old types and converts them.
pub trait Record: Sized {
    /// Reads the data of `raw`, a whole record written at `version`
    /// (1 to [`SCHEMA_VERSION`]); None when it does not read.
    fn read(version: u64, raw: &str) -> Option<Self>;
    /// The record's whole text, as this version writes it.
    fn write(&self) -> String;
}

/// The data of `raw` in the form `T`, if it reads.
fn data_as<T: DeserializeOwned>(raw: &str) -> Option<T> {
    serde_json::from_str::<Data<T>>(raw)
        .ok()
        .map(|record| record.data)
}

/// `data` in its envelope, stamped with this version.
#[allow(
    clippy::expect_used,
    reason = "derived Serialize with string keys cannot fail"
)]
fn envelope<T: Serialize>(data: &T) -> String {
    serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        data,
    })
    .expect("stored records always serialise")
}

/// Records whose data has kept one form in every version so far.
macro_rules! unchanged_since_version_1 {
    ($($record:ty),*) => {$(
        impl Record for $record {
            fn read(_version: u64, raw: &str) -> Option<Self> {
                data_as(raw)
            }
            fn write(&self) -> String {
                envelope(self)
            }
        }
    )*};
}

unchanged_since_version_1!(BandKit);

/// The runner's own exercises arrived in version 3 and have kept one form.
impl Record for OwnExercises {
    fn read(version: u64, raw: &str) -> Option<Self> {
        (version >= 3).then(|| data_as(raw)).flatten()
    }

    fn write(&self) -> String {
        envelope(self)
    }
}

/// Up to version 2, a circuit played all sets of each move in every round;
/// from version 3 a round is one set of each.
impl Record for RoutineBook {
    fn read(version: u64, raw: &str) -> Option<Self> {
        let mut book: RoutineBook = data_as(raw)?;
        if version < 3 {
            book.one_set_per_round();
        }
        Some(book)
    }

    fn write(&self) -> String {
        envelope(self)
    }
}

/// A workout in progress is kept only if it can still be played: one
/// edited by hand so that it no longer replays does not read.
impl Record for Workout {
    fn read(_version: u64, raw: &str) -> Option<Self> {
        data_as::<Workout>(raw).filter(|workout| workout.timeline().is_some())
    }

    fn write(&self) -> String {
        envelope(self)
    }
}

/// Version 1 kept the history readable; version 2 keeps it compact (see
/// [`CompactHistory`]).
impl Record for History {
    fn read(version: u64, raw: &str) -> Option<Self> {
        match version {
            1 => data_as::<History>(raw),
            _ => History::try_from(data_as::<CompactHistory>(raw)?).ok(),
        }
    }

    fn write(&self) -> String {
        envelope(&CompactHistory::from(self))
    }
}

/// The runner's week, new in version 3. Values outside what the Plan screen
/// offers (a record edited by hand) are brought within it.
impl Record for Week {
    fn read(_version: u64, raw: &str) -> Option<Self> {
        data_as::<Week>(raw).map(Week::clamped)
    }

    fn write(&self) -> String {
        envelope(self)
    }
}

/// The stored text of a record, in this version's form.
pub fn encode<T: Record>(record: &T) -> String {
    record.write()
}

/// Reads a versioned record: the version first, so a record from a newer
/// version is recognised even when its data would not parse here; then
/// the data, through the record's reader for that version.
pub fn decode<T: Record>(raw: &str) -> Result<T, StoredProblem> {
    decode_versioned(raw).map(|(record, _)| record)
}

/// [`decode`], also giving the version the record was written in (an
/// older one is worth writing again in this version's form).
pub fn decode_versioned<T: Record>(raw: &str) -> Result<(T, u64), StoredProblem> {
    let version = readable_version(raw)?;
    T::read(version, raw)
        .map(|record| (record, version))
        .ok_or(StoredProblem::Unreadable)
}

/// The version of a stored record, if this version can read it. Kept out
/// of line: every kind of record shares this one copy of the JSON skipping.
#[inline(never)]
fn readable_version(raw: &str) -> Result<u64, StoredProblem> {
    let VersionOnly { version } =
        serde_json::from_str(raw).map_err(|_| StoredProblem::Unreadable)?;
    match version {
        0 => Err(StoredProblem::Unreadable),
        v if v > SCHEMA_VERSION => Err(StoredProblem::NewerVersion(v)),
        v => Ok(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kit::band::preset;

    #[test]
    fn a_kit_round_trips_through_its_envelope() {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let text = encode(&kit);
        assert!(
            text.starts_with(r#"{"version":4,"data":{"bands":["#),
            "{text}"
        );
        assert_eq!(decode_versioned(&text), Ok((kit, 4)));
    }

    #[test]
    fn a_kit_from_version_1_reads_as_it_was_and_counts_as_older() {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let old = encode(&kit).replacen(r#"{"version":4"#, r#"{"version":1"#, 1);
        assert_eq!(decode_versioned(&old), Ok((kit, 1)));
    }

    #[test]
    fn damaged_or_foreign_text_is_unreadable() {
        for raw in [
            "",
            "{",
            "[]",
            r#"{"data":{}}"#,
            r#"{"version":1}"#,
            r#"{"version":0,"data":{"bands":[]}}"#,
            r#"{"version":"1","data":{"bands":[]}}"#,
            r#"{"version":1,"data":{"bands":"none"}}"#,
        ] {
            let decoded: Result<BandKit, _> = decode(raw);
            assert_eq!(decoded, Err(StoredProblem::Unreadable), "{raw}");
        }
    }

    #[test]
    fn a_newer_version_is_refused_rather_than_misread() {
        let decoded: Result<BandKit, _> = decode(r#"{"version":5,"data":{"bands":[]}}"#);
        assert_eq!(decoded, Err(StoredProblem::NewerVersion(5)));
        assert!(StoredProblem::NewerVersion(5)
            .words("routines")
            .contains("leaves the saved copy untouched"));
    }

    #[test]
    fn history_is_written_compact_and_read_back_from_either_form() {
        let history: History =
            decode(include_str!("../../../tests/fixtures/v1/history.json")).unwrap();
        let text = encode(&history);
        assert!(
            text.starts_with(r##"{"version":4,"data":{"bands":[[3,"Black, heavy","#212121"]]"##),
            "{text}"
        );
        assert_eq!(decode(&text), Ok(history));
    }

    #[test]
    fn history_in_the_readable_form_under_version_2_is_unreadable() {
        let old = include_str!("../../../tests/fixtures/v1/history.json");
        let mislabelled = old.replacen(r#"{"version":1"#, r#"{"version":2"#, 1);
        assert_eq!(
            decode::<History>(&mislabelled),
            Err(StoredProblem::Unreadable)
        );
    }

    #[test]
    fn a_peek_at_the_stored_text_tells_whether_there_is_band_work() {
        use crate::model::plan::week::{
            stored_week_has_band_work, Planned, RoutineRef, Week, When,
        };
        let mut week = Week::default();
        let empty = encode(&week);
        assert!(!stored_week_has_band_work(&empty));
        week.days[2].band = Some(Planned {
            routine: RoutineRef::Saved {
                id: 1,
                name: "My \"band\":{ routine".to_owned(),
            },
            when: When::At(600),
            by_hand: true,
            kind: None,
        });
        let planned = encode(&week);
        assert!(stored_week_has_band_work(&planned));
        week.days[2].band = None;
        week.days[3].none_by_hand = true;
        assert!(!stored_week_has_band_work(&encode(&week)));
        // A name alone cannot make it say yes: its quotes are escaped.
        let name_only = r#"{"version":3,"data":{"note":"\"band\":{"}}"#;
        assert!(!stored_week_has_band_work(name_only));
    }

    #[test]
    fn a_saved_workout_round_trips_and_a_damaged_one_has_no_timeline() {
        // The saved-workout tests' kit and routine.
        use crate::model::workout::saved::tests::{kit, routine};
        const T0: u64 = 1_700_000_000_000;
        let kit = kit();
        let name = crate::model::catalog::name_of;
        let workout = Workout::start(&routine(&kit), &kit, T0, name).unwrap();
        let text = encode(&workout);
        assert_eq!(decode::<Workout>(&text), Ok(workout.clone()));
        // Records from before the left flag read as not left.
        let old = text.replace(",\"left\":false", "");
        assert_ne!(old, text);
        assert_eq!(decode::<Workout>(&old), Ok(workout.clone()));
        let mut damaged = workout;
        damaged.routine.entries.clear();
        assert_eq!(damaged.timeline(), None);
        // Reopening a damaged workout changes nothing but the left flag.
        assert_eq!(damaged.clone().reopened(), damaged);
        // Stored, it does not read: there is nothing to play.
        let text = encode(&damaged);
        assert_eq!(decode::<Workout>(&text), Err(StoredProblem::Unreadable));
    }
}
