//! The stored schema. Each record lives under its own localStorage key as
//! `{"version": N, "data": ...}`, so one write stays small and one damaged
//! record never takes the others with it. Reading goes through [`decode`],
//! which is where migrations from older versions belong.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;

/// Where the band kit is kept.
pub const KIT_KEY: &str = "bandwork.kit";
/// Where the saved routines are kept.
pub const ROUTINES_KEY: &str = "bandwork.routines";

/// Why a stored record could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not a record this app can read.
    Unreadable,
    /// Written by a newer version; reading it here could lose what it has.
    NewerVersion(u64),
}

impl StoredProblem {
    /// The problem in plain words; `what` names the record, e.g. "routines".
    pub fn message(&self, what: &str) -> String {
        match self {
            StoredProblem::Unreadable => format!(
                "Your saved {what} could not be read. Bandwork kept the original text safely \
                 and started afresh."
            ),
            StoredProblem::NewerVersion(version) => format!(
                "Your saved {what} come from a newer version of Bandwork (format {version}). \
                 They are left untouched; changes made here will not be saved."
            ),
        }
    }
}

/// A record as stored: its schema version, then its data. Typed all the
/// way (no `serde_json::Value` in between), which keeps the wasm smaller.
#[derive(Serialize)]
pub struct Envelope<'a, T> {
    pub version: u64,
    pub data: &'a T,
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

/// Wraps data in its versioned envelope.
pub fn encode<T: Serialize>(data: &T) -> Envelope<'_, T> {
    Envelope {
        version: SCHEMA_VERSION,
        data,
    }
}

/// Reads a versioned envelope: the version first, so a record from a newer
/// version is recognised even when its data would not parse here.
pub fn decode<T: DeserializeOwned>(raw: &str) -> Result<T, StoredProblem> {
    let VersionOnly { version } =
        serde_json::from_str(raw).map_err(|_| StoredProblem::Unreadable)?;
    if version > SCHEMA_VERSION {
        return Err(StoredProblem::NewerVersion(version));
    }
    // Version 1 is the first: there is nothing to migrate from yet.
    serde_json::from_str::<Data<T>>(raw)
        .map(|record| record.data)
        .map_err(|_| StoredProblem::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::band::preset;

    #[test]
    fn a_kit_round_trips_through_its_envelope() {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let text = serde_json::to_string(&encode(&kit)).unwrap();
        assert!(
            text.starts_with(r#"{"version":1,"data":{"bands":["#),
            "{text}"
        );
        assert_eq!(decode(&text), Ok(kit));
    }

    #[test]
    fn damaged_or_foreign_text_is_unreadable() {
        for raw in [
            "",
            "{",
            "[]",
            r#"{"data":{}}"#,
            r#"{"version":1}"#,
            r#"{"version":"1","data":{"bands":[]}}"#,
            r#"{"version":1,"data":{"bands":"none"}}"#,
        ] {
            let decoded: Result<crate::model::band::BandKit, _> = decode(raw);
            assert_eq!(decoded, Err(StoredProblem::Unreadable), "{raw}");
        }
    }

    #[test]
    fn a_newer_version_is_refused_rather_than_misread() {
        let decoded: Result<crate::model::band::BandKit, _> =
            decode(r#"{"version":2,"data":{"bands":[]}}"#);
        assert_eq!(decoded, Err(StoredProblem::NewerVersion(2)));
        assert!(StoredProblem::NewerVersion(2)
            .message("routines")
            .contains("left untouched"));
    }
}
