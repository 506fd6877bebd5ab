//! Tests across the whole share codec: exact round trips (property tests),
//! link lengths for the starters, hostile text, and one test per refusal.

use proptest::prelude::*;

use super::codes::EXERCISE_CODES;
use super::limits::{MAX_COLOUR_CHARS, MAX_EXERCISE_ID_BYTES, MAX_LEVEL, PLAIN_FORMAT_VERSION};
use super::wire::{from_base64url, to_base64url};
use super::*;
use crate::model::dose::{Dose, DoseError, Shape, MAX_SECONDS};
use crate::model::kit::band::{preset, Band, BandKit, Colour, PRESETS};
use crate::model::kit::band_type::BandType;
use crate::model::routine::starter;
use crate::model::routine::{BandChoice, Block, Circuit, Routine};

// ---- generated routines ----

fn colour() -> impl Strategy<Value = Colour> {
    (
        proptest::collection::vec(any::<char>(), 0..=MAX_COLOUR_CHARS),
        any::<[u8; 3]>(),
    )
        .prop_map(|(name, [r, g, b])| Colour {
            name: name.into_iter().collect(),
            swatch: format!("#{r:02x}{g:02x}{b:02x}"),
        })
}

fn kit() -> impl Strategy<Value = BandKit> {
    proptest::collection::vec(colour(), 0..=8).prop_map(|colours| {
        let mut kit = BandKit::default();
        for colour in colours {
            kit.add(Band {
                id: 0,
                colour,
                label: "band".into(),
                band_type: BandType::MiniLoop,
                pounds: None,
            });
        }
        kit
    })
}

fn shape() -> impl Strategy<Value = Shape> {
    let seconds = 1..=MAX_SECONDS;
    prop_oneof![
        (1..=100u16).prop_map(|reps| Shape::Reps { reps }),
        seconds.clone().prop_map(|work_s| Shape::Timed { work_s }),
        (1..=30u16, seconds.clone()).prop_map(|(holds, hold_s)| Shape::Holds { holds, hold_s }),
        (1..=100u16).prop_map(|steps| Shape::StepsEachWay { steps }),
        seconds.prop_map(|hold_s| Shape::Hold { hold_s }),
    ]
}

fn dose() -> impl Strategy<Value = Dose> {
    (1..=10u8, shape(), 0..=MAX_SECONDS, any::<bool>()).prop_map(
        |(sets, shape, rest_s, per_side)| Dose {
            sets,
            shape,
            rest_s,
            per_side,
        },
    )
}

/// A catalog exercise most of the time, otherwise an id of up to 16
/// characters of any kind (at most 64 bytes).
fn exercise() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (0..EXERCISE_CODES.len()).prop_map(|at| EXERCISE_CODES[at].to_owned()),
        1 => proptest::collection::vec(any::<char>(), 1..=16)
            .prop_map(|chars| chars.into_iter().collect()),
    ]
}

/// An entry as (exercise, dose, main band position, stacked band
/// position); positions are reduced modulo the kit's size later.
type EntryPlan = (String, Dose, Option<usize>, Option<usize>);

fn entry() -> impl Strategy<Value = EntryPlan> {
    (
        exercise(),
        dose(),
        proptest::option::of(0..8usize),
        proptest::option::of(0..8usize),
    )
}

/// A circuit as (entries skipped before it, its length, rounds,
/// transition, round rest).
type CircuitPlan = (usize, usize, u8, u16, u16);

fn circuit() -> impl Strategy<Value = CircuitPlan> {
    (
        0..3usize,
        2..5usize,
        1..=10u8,
        0..=MAX_SECONDS,
        0..=MAX_SECONDS,
    )
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=MAX_NAME_CHARS)
        .prop_map(|chars| chars.into_iter().collect())
}

/// A routine built only through the routine's public operations, with the
/// kit it was built against.
fn routine_and_kit() -> impl Strategy<Value = (Routine, BandKit)> {
    (
        name(),
        kit(),
        proptest::collection::vec(entry(), 0..=20),
        proptest::collection::vec(circuit(), 0..=5),
    )
        .prop_map(|(name, kit, entries, circuits)| {
            let mut routine = Routine::new(name);
            let band = |at: Option<usize>| {
                at.filter(|_| !kit.bands.is_empty())
                    .map(|at| kit.bands[at % kit.bands.len()].id)
            };
            for (exercise, dose, main, stacked) in entries {
                let main = band(main);
                let stacked = band(stacked).filter(|id| Some(*id) != main);
                routine.push(&exercise, dose, BandChoice { main, stacked });
            }
            let mut next = 0;
            for (skip, len, rounds, transition_s, round_rest_s) in circuits {
                let start = next + skip;
                let end = start + len - 1;
                let Some(id) = routine.group(start, end, rounds) else {
                    break;
                };
                routine.set_circuit(Circuit {
                    id,
                    rounds,
                    transition_s,
                    round_rest_s,
                });
                next = end + 1;
            }
            (routine, kit)
        })
}

/// The routine's circuits as (start, end, rounds, transition, rest).
fn circuit_runs(routine: &Routine) -> Vec<(usize, usize, u8, u16, u16)> {
    routine
        .blocks()
        .into_iter()
        .filter_map(|block| match block {
            Block::Circuit {
                circuit,
                start,
                end,
            } => {
                let c = routine.circuit(circuit).unwrap();
                Some((start, end, c.rounds, c.transition_s, c.round_rest_s))
            }
            Block::Single(_) => None,
        })
        .collect()
}

proptest! {
    // No failure files are written into the source tree; a failing case
    // is printed, with its seed, in the test output instead.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_routine_comes_back_exactly((routine, kit) in routine_and_kit()) {
        let payload = match encode(&routine, &kit) {
            Ok(payload) => payload,
            Err(ShareError::TooLong { len }) => {
                prop_assert!(len > MAX_PAYLOAD_CHARS);
                return Err(TestCaseError::reject("too long for a link"));
            }
            Err(other) => return Err(TestCaseError::fail(format!("{other:?}"))),
        };
        prop_assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        prop_assert_eq!(payload_len(&routine, &kit), Ok(payload.len()));
        let shared = decode(&payload).unwrap();
        prop_assert_eq!(&shared, &SharedRoutine::from_routine(&routine, &kit));

        // Field by field against the sender's routine and kit.
        prop_assert_eq!(&shared.name, &routine.name);
        prop_assert_eq!(shared.entries.len(), routine.entries.len());
        for (got, sent) in shared.entries.iter().zip(&routine.entries) {
            prop_assert_eq!(&got.exercise, &sent.exercise);
            prop_assert_eq!(got.dose, sent.dose);
            prop_assert!(got.dose.errors().is_empty());
            for (band, id) in [(&got.main, sent.bands.main), (&got.stacked, sent.bands.stacked)] {
                let expected = id.map(|id| (kit.level(id).unwrap(), kit.get(id).unwrap().colour.clone()));
                prop_assert_eq!(band.as_ref().map(|b| (b.level, b.colour.clone())), expected);
            }
        }
        let shared_runs: Vec<_> = shared
            .circuits
            .iter()
            .map(|c| (c.start, c.end, c.rounds, c.transition_s, c.round_rest_s))
            .collect();
        prop_assert_eq!(shared_runs, circuit_runs(&routine));

        // Back into a routine against the same kit: the same bands again.
        let back = shared.to_routine(&kit);
        prop_assert_eq!(&back.name, &routine.name);
        let plain = |r: &Routine| -> Vec<(String, Dose, BandChoice)> {
            r.entries.iter().map(|e| (e.exercise.clone(), e.dose, e.bands)).collect()
        };
        prop_assert_eq!(plain(&back), plain(&routine));
        prop_assert_eq!(circuit_runs(&back), circuit_runs(&routine));
    }

    #[test]
    fn any_payload_read_is_written_back_the_same(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut with_version = vec![FORMAT_VERSION];
        with_version.extend(&bytes);
        if let Ok(shared) = decode(&to_base64url(&with_version)) {
            let again = shared.encode().unwrap();
            prop_assert_eq!(decode(&again).unwrap(), shared);
        }
    }
}

// ---- lengths ----

/// The part of a share URL after the host when the app sits at the root.
fn after_host(payload: &str) -> usize {
    format!("/{}", link_hash(payload)).len()
}

#[test]
fn the_runners_ten_link_is_under_200_characters_after_the_host() {
    let runners = starter::by_id("runners-ten").unwrap();
    for kit in PRESETS
        .iter()
        .map(super::super::kit::band::Preset::kit)
        .chain([BandKit::default()])
    {
        let routine = runners.build(&kit);
        assert_eq!(routine.entries.len(), 10);
        let payload = encode(&routine, &kit).unwrap();
        assert!(after_host(&payload) < 200, "{}", after_host(&payload));
        assert_eq!(payload_len(&routine, &kit), Ok(payload.len()));
    }
}

/// Prints every starter's link length (run with `--nocapture` to see it),
/// and holds each under 200 characters after the host.
#[test]
fn every_starter_link_is_short() {
    let kits: Vec<(&str, BandKit)> = PRESETS
        .iter()
        .map(|p| (p.id, p.kit()))
        .chain([("no bands", BandKit::default())])
        .collect();
    for s in starter::starters() {
        let lengths: Vec<String> = kits
            .iter()
            .map(|(kit_name, kit)| {
                let payload = encode(&s.build(kit), kit).unwrap();
                assert!(after_host(&payload) < 200, "{} with {kit_name}", s.id);
                format!("{kit_name} {}/{}", payload.len(), after_host(&payload))
            })
            .collect();
        println!("{:24} payload/after host: {}", s.id, lengths.join(", "));
    }
}

// ---- text is carried as it is ----

#[test]
fn a_hostile_name_comes_back_byte_for_byte() {
    let hostile = "<img src=x onerror=alert(1)>";
    let kit = preset("mini-loop-5").unwrap().kit();
    let mut routine = starter::by_id("hip-and-foot").unwrap().build(&kit);
    routine.name = hostile.to_owned();
    let payload = encode(&routine, &kit).unwrap();
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let shared = decode(&payload).unwrap();
    assert_eq!(shared.name.as_bytes(), hostile.as_bytes());
    assert_eq!(shared.to_routine(&kit).name, hostile);
}

#[test]
fn custom_exercises_travel_as_their_id() {
    let mut routine = Routine::new("Mine");
    for id in ["my-own-move", "Übung <b>", "x"] {
        routine.push(id, Dose::reps(2, 8, 30), BandChoice::default());
    }
    let shared = decode(&encode(&routine, &BandKit::default()).unwrap()).unwrap();
    let ids: Vec<_> = shared.entries.iter().map(|e| e.exercise.as_str()).collect();
    assert_eq!(ids, ["my-own-move", "Übung <b>", "x"]);
}

#[test]
fn a_swatch_in_capitals_comes_back_in_lower_case() {
    let mut kit = BandKit::default();
    let id = kit.add(Band {
        id: 0,
        colour: Colour {
            name: "Red".into(),
            swatch: "#C62828".into(),
        },
        label: "heavy".into(),
        band_type: BandType::MiniLoop,
        pounds: None,
    });
    let mut routine = Routine::new("Caps");
    routine.push(
        "clamshell",
        Dose::reps(3, 10, 30),
        BandChoice {
            main: Some(id),
            stacked: None,
        },
    );
    let shared = decode(&encode(&routine, &kit).unwrap()).unwrap();
    assert_eq!(
        shared.entries[0].main.as_ref().unwrap().colour.swatch,
        "#c62828"
    );
}

#[test]
fn share_links_are_found_in_the_location_hash() {
    assert_eq!(link_hash("AQ"), "#/r/AQ");
    assert_eq!(payload_in_hash("#/r/AQ"), Some("AQ"));
    assert_eq!(payload_in_hash("#/routine/3"), None);
    assert_eq!(payload_in_hash("#/library"), None);
}

// ---- refusals, one by one ----

/// A valid routine's bytes: the name "A", no bands, one clamshell of 3 x 10
/// with 30 s rest, no circuits.
const VALID: [u8; 11] = [1, 1, b'A', 0, 1, 7, 0, 3, 10, 30, 0];

fn read(bytes: &[u8]) -> Result<SharedRoutine, ShareError> {
    decode(&to_base64url(bytes))
}

/// `VALID` with the bytes at `at..at + len` replaced by `with`.
fn patched(at: usize, len: usize, with: &[u8]) -> Vec<u8> {
    let mut bytes = VALID.to_vec();
    bytes.splice(at..at + len, with.iter().copied());
    bytes
}

/// A payload with one band list and one entry of `entry` bytes and the
/// given circuit bytes after a run of `count` plain entries.
fn with_bands(bands: &[u8], entry: &[u8]) -> Vec<u8> {
    let mut bytes = vec![1, 0];
    bytes.extend(bands);
    bytes.push(1);
    bytes.extend(entry);
    bytes.push(0);
    bytes
}

fn with_circuits(count: u8, circuits: &[u8]) -> Vec<u8> {
    let mut bytes = vec![1, 0, 0, count];
    for _ in 0..count {
        bytes.extend([7, 0, 3, 10, 30]);
    }
    bytes.extend(circuits);
    bytes
}

#[test]
fn the_valid_example_reads() {
    let shared = read(&VALID).unwrap();
    assert_eq!(shared.name, "A");
    assert_eq!(shared.entries[0].exercise, "clamshell");
    assert_eq!(shared.entries[0].dose, Dose::reps(3, 10, 30));
}

#[test]
fn size_version_and_spelling_are_checked_first() {
    let huge = "A".repeat(MAX_PAYLOAD_CHARS + 1);
    assert_eq!(
        decode(&huge),
        Err(ShareError::TooLong {
            len: MAX_PAYLOAD_CHARS + 1
        })
    );
    assert_eq!(decode(""), Err(ShareError::Truncated));
    assert_eq!(decode("AQ$"), Err(ShareError::NotBase64));
    assert_eq!(decode("AQ=="), Err(ShareError::NotBase64));
    assert_eq!(
        read(&patched(0, 1, &[3])),
        Err(ShareError::UnknownVersion(3))
    );
    assert_eq!(
        read(&patched(0, 1, &[0])),
        Err(ShareError::UnknownVersion(0))
    );
}

#[test]
fn every_cut_short_payload_is_refused_and_extra_bytes_too() {
    for end in 0..VALID.len() {
        assert_eq!(
            read(&VALID[..end]),
            Err(ShareError::Truncated),
            "cut at {end}"
        );
    }
    let text = to_base64url(&VALID);
    for end in 0..text.len() {
        assert!(decode(&text[..end]).is_err(), "cut at {end}");
    }
    let mut longer = VALID.to_vec();
    longer.push(0);
    assert_eq!(read(&longer), Err(ShareError::TrailingBytes));
}

#[test]
fn impossible_doses_are_refused_by_field() {
    let reps = |bytes: &[u8]| read(&patched(8, 1, bytes));
    assert_eq!(reps(&[0]), Err(ShareError::BadDose(DoseError::Reps)));
    assert_eq!(reps(&[101]), Err(ShareError::BadDose(DoseError::Reps)));
    // 70,000 does not even fit the field.
    assert_eq!(
        reps(&[0xf0, 0xa2, 0x04]),
        Err(ShareError::BadDose(DoseError::Reps))
    );
    assert_eq!(
        read(&patched(7, 1, &[0])),
        Err(ShareError::BadDose(DoseError::Sets))
    );
    assert_eq!(
        read(&patched(7, 1, &[11])),
        Err(ShareError::BadDose(DoseError::Sets))
    );
    assert_eq!(
        read(&patched(9, 1, &[0xd9, 4])),
        Err(ShareError::BadDose(DoseError::Rest))
    );
    // The same numbers as timed sets: 10 s of work, then none.
    assert_eq!(read(&patched(6, 1, &[1])).map(|_| ()), Ok(()));
    assert_eq!(
        read(&patched(6, 3, &[1, 3, 0])),
        Err(ShareError::BadDose(DoseError::Seconds))
    );
    assert_eq!(read(&patched(6, 1, &[5])), Err(ShareError::BadShape));
    assert_eq!(read(&patched(6, 1, &[0x40])), Err(ShareError::BadShape));
    assert_eq!(
        read(&patched(8, 1, &[0xff, 0xff, 0xff, 0xff, 0x7f])),
        Err(ShareError::BadNumber)
    );
}

#[test]
fn names_and_ids_are_held_to_their_limits() {
    let name = "n".repeat(MAX_NAME_CHARS + 1);
    let mut bytes = vec![1, name.len() as u8];
    bytes.extend(name.as_bytes());
    bytes.extend(&VALID[3..]);
    assert_eq!(read(&bytes), Err(ShareError::NameTooLong));
    // A length past any name is refused before the text is looked for.
    assert_eq!(
        read(&patched(1, 2, &[0xff, 0x0f])),
        Err(ShareError::NameTooLong)
    );
    assert_eq!(
        read(&patched(1, 2, &[2, 0xc3, 0x28])),
        Err(ShareError::BadText)
    );

    assert_eq!(
        read(&patched(4, 1, &[101])),
        Err(ShareError::TooManyEntries)
    );
    assert_eq!(
        read(&patched(5, 1, &[0x80, 0x01])),
        Err(ShareError::UnknownExercise(128))
    );
    assert_eq!(
        read(&patched(5, 1, &[0, 0])),
        Err(ShareError::BadExerciseId)
    );
    let mut long_id = vec![0, MAX_EXERCISE_ID_BYTES as u8 + 1];
    long_id.extend([b'x'; MAX_EXERCISE_ID_BYTES + 1]);
    assert_eq!(
        read(&patched(5, 1, &long_id)),
        Err(ShareError::BadExerciseId)
    );
    assert_eq!(
        read(&patched(5, 1, &[0, 3, b'm', b'y', 0xff])),
        Err(ShareError::BadText)
    );
    assert_eq!(
        read(&patched(5, 1, &[0, 3, b'm', b'y', b'x']))
            .unwrap()
            .entries[0]
            .exercise,
        "myx"
    );
}

#[test]
fn bands_must_be_listed_with_a_sane_level_and_colour() {
    let band = |level: u8, name: &[u8]| {
        let mut bytes = vec![1, level, name.len() as u8];
        bytes.extend(name);
        bytes.extend([0x15, 0x65, 0xc0]);
        bytes
    };
    let main = [7, 0x10, 3, 10, 30, 0];
    let shared = read(&with_bands(&band(2, b"Blue"), &main)).unwrap();
    let got = shared.entries[0].main.clone().unwrap();
    assert_eq!((got.level, got.colour.name.as_str()), (2, "Blue"));
    assert_eq!(got.colour.swatch, "#1565c0");

    assert_eq!(
        read(&with_bands(&band(0, b"Blue"), &main)),
        Err(ShareError::BadBand)
    );
    let too_high = MAX_LEVEL as u8 + 1;
    assert_eq!(
        read(&with_bands(&band(too_high, b"Blue"), &main)),
        Err(ShareError::BadBand)
    );
    let unlisted = [7, 0x10, 3, 10, 30, 1];
    assert_eq!(
        read(&with_bands(&band(2, b"Blue"), &unlisted)),
        Err(ShareError::BadBand)
    );
    let stacked_unlisted = [7, 0x30, 3, 10, 30, 0, 4];
    assert_eq!(
        read(&with_bands(&band(2, b"Blue"), &stacked_unlisted)),
        Err(ShareError::BadBand)
    );
    let long = [b'c'; MAX_COLOUR_CHARS + 1];
    assert_eq!(
        read(&with_bands(&band(2, &long), &main)),
        Err(ShareError::BadColour)
    );
    assert_eq!(
        read(&with_bands(&[0xc9, 0x01], &main)),
        Err(ShareError::BadBand),
        "201 bands"
    );
}

#[test]
fn circuits_must_fit_in_order_without_overlapping() {
    let ok = read(&with_circuits(4, &[2, 0, 2, 3, 10, 60, 2, 2, 3, 10, 60])).unwrap();
    assert_eq!(ok.circuits.len(), 2, "two circuits side by side");
    for (what, circuits) in [
        ("past the end", &[1, 3, 2, 3, 10, 60][..]),
        ("starting past the end", &[1, 9, 2, 3, 10, 60]),
        ("one entry", &[1, 0, 1, 3, 10, 60]),
        ("no rounds", &[1, 0, 2, 0, 10, 60]),
        ("eleven rounds", &[1, 0, 2, 11, 10, 60]),
        ("long transition", &[1, 0, 2, 3, 0xd9, 4, 60]),
        ("long round rest", &[1, 0, 2, 3, 10, 0xd9, 4]),
        ("overlapping", &[2, 0, 3, 3, 10, 60, 1, 2, 3, 10, 60]),
        ("out of order", &[2, 2, 2, 3, 10, 60, 0, 2, 3, 10, 60]),
        ("more than can fit", &[0xff, 0xff, 0xff, 0xff, 0x0f]),
    ] {
        assert_eq!(
            read(&with_circuits(4, circuits)),
            Err(ShareError::BadCircuit),
            "{what}"
        );
    }
    // A huge length must not wrap around past the start.
    assert_eq!(
        read(&with_circuits(
            4,
            &[1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, 3, 10, 60]
        )),
        Err(ShareError::BadCircuit)
    );
}

#[test]
fn a_routine_that_no_link_could_hold_is_refused_when_sharing() {
    let kit = BandKit::default();
    let mut routine = Routine::new("n".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(encode(&routine, &kit), Err(ShareError::NameTooLong));
    routine.name = "Big".into();
    for _ in 0..=MAX_ENTRIES {
        routine.push("clamshell", Dose::reps(3, 10, 30), BandChoice::default());
    }
    assert_eq!(encode(&routine, &kit), Err(ShareError::TooManyEntries));

    let mut routine = Routine::new("Custom");
    for _ in 0..MAX_ENTRIES {
        routine.push(
            &"x".repeat(MAX_EXERCISE_ID_BYTES),
            Dose::reps(3, 10, 30),
            BandChoice::default(),
        );
    }
    assert!(matches!(
        encode(&routine, &kit),
        Err(ShareError::TooLong { .. })
    ));

    let mut routine = Routine::new("Bad dose");
    routine.push("clamshell", Dose::reps(3, 0, 30), BandChoice::default());
    assert_eq!(
        encode(&routine, &kit),
        Err(ShareError::BadDose(DoseError::Reps))
    );

    let mut routine = Routine::new("Empty id");
    routine.push("", Dose::reps(3, 10, 30), BandChoice::default());
    assert_eq!(encode(&routine, &kit), Err(ShareError::BadExerciseId));

    let mut kit = preset("mini-loop-5").unwrap().kit();
    kit.bands[0].colour.swatch = "red".into();
    let mut routine = Routine::new("Bad swatch");
    let band = Some(kit.bands[0].id);
    routine.push(
        "clamshell",
        Dose::reps(3, 10, 30),
        BandChoice {
            main: band,
            stacked: None,
        },
    );
    assert_eq!(encode(&routine, &kit), Err(ShareError::BadColour));
}

#[test]
fn the_largest_routine_a_link_allows_still_fits() {
    // 100 catalog entries, each with two bands, three-digit doses and rests.
    let kit = preset("flat-8").unwrap().kit();
    let mut routine = Routine::new("n".repeat(MAX_NAME_CHARS));
    for i in 0..MAX_ENTRIES {
        let main = Some(kit.bands[i % 8].id);
        let stacked = Some(kit.bands[(i + 1) % 8].id);
        routine.push(
            EXERCISE_CODES[i % EXERCISE_CODES.len()],
            Dose::holds(10, 30, MAX_SECONDS, MAX_SECONDS).each_side(),
            BandChoice { main, stacked },
        );
    }
    for start in (0..MAX_ENTRIES).step_by(2) {
        routine.group(start, start + 1, 10);
    }
    let payload = encode(&routine, &kit).unwrap();
    let shared = decode(&payload).unwrap();
    assert_eq!(shared.entries.len(), MAX_ENTRIES);
    assert_eq!(shared.circuits.len(), MAX_ENTRIES / 2);
    // Catalog exercises only: still version 1, which older builds read.
    assert_eq!(from_base64url(&payload).unwrap()[0], PLAIN_FORMAT_VERSION);
}
