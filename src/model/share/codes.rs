//! The numbers that stand for catalog exercises in a link. A link that says
//! "exercise 7" must mean the clamshell for as long as links exist, so this
//! table only ever grows at the end: never reorder, remove or reuse a line.
//! An exercise missing from it still travels, spelled out as its id.

/// Catalog ids, where an exercise's code is its position here plus one
/// (0 is kept to mean "the id follows as text"). Append new exercises at
/// the end; a test fails until every catalog exercise has a line.
pub const EXERCISE_CODES: &[&str] = &[
    "lateral-band-walk",
    "lateral-walk-above-knees",
    "lateral-squat-step",
    "monster-walk",
    "sideways-treadmill-walk",
    "ankle-jumping-jacks",
    "clamshell",
    "standing-hip-abduction",
    "seated-hip-abduction",
    "banded-toe-taps",
    "standing-leg-extension",
    "walking-squat",
    "banded-squat",
    "squat-side-leg-lift",
    "isometric-lunge-row",
    "standing-kickback",
    "all-fours-kickback",
    "glute-bridge",
    "glute-bridge-hold",
    "bridge-march",
    "dead-bug",
    "anchored-dead-bug",
    "banded-plank",
    "banded-plank-hold",
    "lying-leg-extension",
    "seated-pedalling",
    "resisted-bicycle",
    "ankle-dorsiflexion",
    "ankle-plantar-flexion",
    "butterfly-stretch",
    "seated-hamstring-stretch",
    "standing-hamstring-stretch",
    "band-assisted-push-up",
];

/// The code for a catalog id, if it has one.
pub fn code_of(id: &str) -> Option<u32> {
    EXERCISE_CODES
        .iter()
        .position(|known| *known == id)
        .map(|at| at as u32 + 1)
}

/// The id a code stands for, if this build knows it.
pub fn id_of(code: u32) -> Option<&'static str> {
    let at = usize::try_from(code).ok()?.checked_sub(1)?;
    EXERCISE_CODES.get(at).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;
    use std::collections::HashSet;

    #[test]
    fn every_catalog_exercise_has_one_unique_code() {
        let mut codes = HashSet::new();
        for exercise in catalog::all() {
            let code = code_of(exercise.id).unwrap_or_else(|| {
                panic!(
                    "{} has no share code: append it to EXERCISE_CODES",
                    exercise.id
                )
            });
            assert!(codes.insert(code), "{} shares a code", exercise.id);
            assert_eq!(id_of(code), Some(exercise.id));
        }
        let distinct: HashSet<_> = EXERCISE_CODES.iter().collect();
        assert_eq!(
            distinct.len(),
            EXERCISE_CODES.len(),
            "an id is listed twice"
        );
        assert_eq!(id_of(0), None, "0 means a spelled-out id");
        assert_eq!(id_of(EXERCISE_CODES.len() as u32 + 1), None);
        assert_eq!(code_of("my-own-move"), None);
    }

    /// FNV-1a over "code=id" lines.
    fn fingerprint(ids: &[&str]) -> u64 {
        let mut hash = 0xcbf2_9ce4_8422_2325_u64;
        for (at, id) in ids.iter().enumerate() {
            for byte in format!("{}={id}\n", at + 1).bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        hash
    }

    /// The codes published with format version 1 can never change meaning:
    /// this fingerprint of the first 33 lines fails if one is edited,
    /// reordered or removed, while lines added after them are free.
    #[test]
    fn the_published_codes_never_change() {
        assert!(EXERCISE_CODES.len() >= 33);
        assert_eq!(code_of("lateral-band-walk"), Some(1));
        assert_eq!(code_of("clamshell"), Some(7));
        assert_eq!(code_of("band-assisted-push-up"), Some(33));
        assert_eq!(fingerprint(&EXERCISE_CODES[..33]), 0xce79_a2df_ec17_da3d);
    }
}
