//! The runner's own exercises in share links: exact round trips of every
//! field (property tests), old links still reading, hostile text kept as
//! text, the link length for two own exercises, and each refusal.

use proptest::prelude::*;

use super::limits::{MAX_OWN_EXERCISES, PLAIN_FORMAT_VERSION};
use super::wire::{from_base64url, to_base64url};
use super::*;
use crate::model::catalog::exercise::{Category, Equipment, Muscle, Placement};
use crate::model::catalog::own::{
    OwnExercise, OwnExercises, MAX_CUES, MAX_CUE_CHARS, MAX_NAME_CHARS, MAX_STEPS, MAX_STEP_CHARS,
};
use crate::model::dose::{Dose, Shape, MAX_SECONDS};
use crate::model::kit::band::{preset, BandKit};
use crate::model::kit::band_type::BandType;
use crate::model::routine::{BandChoice, Routine};

/// A hip airplane as a physio might describe it.
pub fn hip_airplane() -> OwnExercise {
    OwnExercise {
        id: String::new(),
        name: "Hip airplane".into(),
        muscles: vec![Muscle::GluteMedius, Muscle::Glutes, Muscle::Core],
        category: Category::Strength,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: vec![Equipment::ChairOrWall],
        default_dose: Dose::reps(3, 8, 45).each_side(),
        steps: vec![
            "Stand on one leg with the band above your knees and hinge forward.".into(),
            "Turn your hips open towards the ceiling, slowly.".into(),
            "Turn them back down until they face the floor again.".into(),
        ],
        cues: vec!["Keep the standing knee soft".into()],
        video: Some("https://example.org/hip-airplane".into()),
        deleted: false,
    }
}

fn copenhagen_plank() -> OwnExercise {
    OwnExercise {
        name: "Copenhagen plank".into(),
        muscles: vec![Muscle::Adductors, Muscle::Core],
        category: Category::Core,
        placement: Placement::AnchoredAnkleHeight,
        band_type: BandType::LongLoop,
        equipment: vec![Equipment::Mat, Equipment::Anchor],
        default_dose: Dose::hold(3, 20, 40).each_side(),
        steps: vec![
            "Lie on your side with the top foot in the band.".into(),
            "Lift your hips until your body is straight.".into(),
            "Hold, then lower slowly.".into(),
        ],
        cues: vec![],
        video: None,
        ..hip_airplane()
    }
}

/// A routine of the two, with their exercises as the sender has them.
fn two_own() -> (Routine, OwnExercises, BandKit) {
    let kit = preset("mini-loop-5").unwrap().kit();
    let mut own = OwnExercises::default();
    let airplane = own.add(hip_airplane());
    let plank = own.add(copenhagen_plank());
    let mut routine = Routine::new("Physio homework");
    let band = BandChoice {
        main: Some(kit.bands[1].id),
        stacked: None,
    };
    routine.push(&airplane, Dose::reps(3, 8, 45).each_side(), band);
    routine.push(&plank, Dose::hold(3, 20, 40).each_side(), band);
    (routine, own, kit)
}

fn payload_of(routine: &Routine, own: &OwnExercises, kit: &BandKit) -> String {
    SharedRoutine::from_routine(routine, kit)
        .with_own(own)
        .encode()
        .unwrap()
}

#[test]
fn two_own_exercises_with_three_steps_each_travel_whole() {
    let (routine, own, kit) = two_own();
    let payload = payload_of(&routine, &own, &kit);
    let length = format!("/{}", link_hash(&payload)).len();
    println!("two own exercises, three steps each: {length} characters after the host");
    assert!(length < 900, "{length}");
    assert_eq!(from_base64url(&payload).unwrap()[0], FORMAT_VERSION);
    let shared = decode(&payload).unwrap();
    assert_eq!(shared.exercises.len(), 2);
    assert_eq!(shared.exercises[0].name, "Hip airplane");
    assert_eq!(shared.exercises[0].steps.len(), 3);
    assert_eq!(
        shared.exercises[0].video.as_deref(),
        Some("https://example.org/hip-airplane")
    );
    assert_eq!(
        shared.exercises[1].placement,
        Placement::AnchoredAnkleHeight
    );
    assert_eq!(
        shared.exercise_name(&shared.entries[1].exercise),
        "Copenhagen plank"
    );
    assert_eq!(shared.exercises, own.exercises);
}

#[test]
fn an_own_exercise_used_twice_travels_once_and_unused_ones_stay_home() {
    let (mut routine, mut own, kit) = two_own();
    own.add(OwnExercise {
        name: "Not in the routine".into(),
        ..hip_airplane()
    });
    let first = routine.entries[0].exercise.clone();
    routine.push(&first, Dose::reps(2, 8, 30), BandChoice::default());
    let shared = decode(&payload_of(&routine, &own, &kit)).unwrap();
    let ids: Vec<_> = shared.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["own-1", "own-2"]);
}

#[test]
fn a_link_with_no_own_exercise_stays_in_version_1_and_old_links_read() {
    let kit = preset("mini-loop-5").unwrap().kit();
    let routine = crate::model::routine::starter::by_id("hip-and-foot")
        .unwrap()
        .build(&kit);
    let payload = payload_of(&routine, &OwnExercises::default(), &kit);
    assert_eq!(from_base64url(&payload).unwrap()[0], PLAIN_FORMAT_VERSION);
    // A version-1 link made before own exercises existed.
    let old = decode(&to_base64url(&[1, 1, b'A', 0, 1, 7, 0, 3, 10, 30, 0])).unwrap();
    assert!(old.exercises.is_empty());
    assert_eq!(old.entries[0].exercise, "clamshell");
}

#[test]
fn hostile_text_in_an_own_exercise_comes_back_byte_for_byte() {
    let hostile = "<img src=x onerror=alert(1)>";
    let (routine, mut own, kit) = two_own();
    own.exercises[0].name = hostile.into();
    own.exercises[0].steps[0] = format!("{hostile} \u{202e}reversed");
    own.exercises[0].video = Some("https://x.test/\"><script>alert(1)</script>".into());
    let payload = payload_of(&routine, &own, &kit);
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let shared = decode(&payload).unwrap();
    assert_eq!(shared.exercises[0].name, hostile);
    assert_eq!(shared.exercises[0].steps[0], own.exercises[0].steps[0]);
    assert_eq!(shared.exercises[0].video, own.exercises[0].video);
}

/// Writes `shared` without the checks, as a hostile sender could.
fn unchecked(shared: &SharedRoutine) -> String {
    let mut out = vec![FORMAT_VERSION];
    wire::put_bytes(&mut out, shared.name.as_bytes());
    out.extend([0, 0, 0]); // no bands, no entries, no circuits
    own_wire::put_exercises(&mut out, &shared.exercises);
    to_base64url(&out)
}

fn with_one(exercise: OwnExercise) -> SharedRoutine {
    SharedRoutine {
        name: "R".into(),
        exercises: vec![exercise],
        ..SharedRoutine::default()
    }
}

#[test]
fn own_exercises_are_held_to_the_forms_limits() {
    let good = OwnExercise {
        id: "own-1".into(),
        ..hip_airplane()
    };
    assert!(decode(&unchecked(&with_one(good.clone()))).is_ok());
    let bad = [
        OwnExercise {
            id: "clamshell".into(),
            ..good.clone()
        },
        OwnExercise {
            name: String::new(),
            ..good.clone()
        },
        OwnExercise {
            name: "n".repeat(MAX_NAME_CHARS + 1),
            ..good.clone()
        },
        OwnExercise {
            steps: vec!["step".into(); MAX_STEPS + 1],
            ..good.clone()
        },
        OwnExercise {
            steps: vec!["s".repeat(MAX_STEP_CHARS + 1)],
            ..good.clone()
        },
        OwnExercise {
            cues: vec!["cue".into(); MAX_CUES + 1],
            ..good.clone()
        },
        OwnExercise {
            cues: vec!["c".repeat(MAX_CUE_CHARS + 1)],
            ..good.clone()
        },
        OwnExercise {
            video: Some("http://example.org/video".into()),
            ..good.clone()
        },
        OwnExercise {
            video: Some("javascript:alert(1)".into()),
            ..good.clone()
        },
        OwnExercise {
            muscles: vec![Muscle::Core, Muscle::Core],
            ..good.clone()
        },
    ];
    for exercise in bad {
        let shared = with_one(exercise.clone());
        assert_eq!(
            decode(&unchecked(&shared)),
            Err(ShareError::BadOwnExercise),
            "{exercise:?}"
        );
        assert_eq!(shared.encode(), Err(ShareError::BadOwnExercise));
    }
    let twice = SharedRoutine {
        exercises: vec![good.clone(), good.clone()],
        ..with_one(good.clone())
    };
    assert_eq!(decode(&unchecked(&twice)), Err(ShareError::BadOwnExercise));
    let too_many = SharedRoutine {
        exercises: (1..=MAX_OWN_EXERCISES + 1)
            .map(|n| OwnExercise {
                id: format!("own-{n}"),
                steps: vec![],
                cues: vec![],
                video: None,
                ..good.clone()
            })
            .collect(),
        ..with_one(good.clone())
    };
    assert_eq!(
        decode(&unchecked(&too_many)),
        Err(ShareError::BadOwnExercise)
    );
    let bad_dose = with_one(OwnExercise {
        default_dose: Dose::reps(0, 8, 30),
        ..good
    });
    assert!(matches!(
        decode(&unchecked(&bad_dose)),
        Err(ShareError::BadDose(_))
    ));
}

#[test]
fn an_index_past_a_list_is_refused() {
    let good = OwnExercise {
        id: "own-1".into(),
        steps: vec![],
        cues: vec![],
        video: None,
        muscles: vec![],
        equipment: vec![],
        ..hip_airplane()
    };
    let bytes = from_base64url(&unchecked(&with_one(good))).unwrap();
    // Version, routine name, three empty lists, the count, the id, the
    // exercise's name, then the dose (header, sets, reps, rest).
    let category_at = 1 + 2 + 3 + 1 + 6 + 13 + 1 + 3;
    for (at, value) in [(category_at, 5), (category_at + 1, 8), (category_at + 2, 6)] {
        let mut broken = bytes.clone();
        broken[at] = value;
        assert_eq!(
            decode(&to_base64url(&broken)),
            Err(ShareError::BadOwnExercise),
            "byte {at}"
        );
    }
}

// ---- generated own exercises ----

fn text(most: usize, chars: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        proptest::collection::vec(any::<char>(), 1..=chars)
            .prop_map(|c| c.into_iter().collect::<String>())
            .prop_filter("not blank", |t| !t.trim().is_empty()),
        0..=most,
    )
}

fn own_exercise() -> impl Strategy<Value = OwnExercise> {
    (
        proptest::collection::vec(any::<char>(), 1..=20)
            .prop_map(|c| c.into_iter().collect::<String>())
            .prop_filter("not blank", |t| !t.trim().is_empty()),
        proptest::sample::subsequence(Muscle::ALL.to_vec(), 0..=4),
        proptest::sample::select(Category::ALL.to_vec()),
        proptest::sample::select(Placement::ALL.to_vec()),
        proptest::sample::select(BandType::ALL.to_vec()),
        proptest::sample::subsequence(Equipment::ALL.to_vec(), 0..=4),
        (1..=10u8, 1..=100u16, 0..=MAX_SECONDS, any::<bool>()),
        text(3, 40),
        text(2, 20),
        proptest::option::of("[a-z]{1,10}(/[a-zA-Z0-9_-]{0,12})?"),
    )
        .prop_map(
            |(
                name,
                muscles,
                category,
                placement,
                band_type,
                equipment,
                dose,
                steps,
                cues,
                video,
            )| {
                let (sets, reps, rest_s, per_side) = dose;
                OwnExercise {
                    id: String::new(),
                    name,
                    muscles,
                    category,
                    placement,
                    band_type,
                    equipment,
                    default_dose: Dose {
                        sets,
                        shape: Shape::Reps { reps },
                        rest_s,
                        per_side,
                    },
                    steps,
                    cues,
                    video: video.map(|v| format!("https://{v}")),
                    deleted: false,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn own_exercises_come_back_exactly(
        exercises in proptest::collection::vec(own_exercise(), 1..=3),
        catalog_too in any::<bool>(),
    ) {
        let mut own = OwnExercises::default();
        let mut routine = Routine::new("Mine");
        for exercise in exercises {
            let id = own.add(exercise);
            routine.push(&id, Dose::reps(2, 8, 30), BandChoice::default());
        }
        if catalog_too {
            routine.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
        }
        let kit = BandKit::default();
        let shared = SharedRoutine::from_routine(&routine, &kit).with_own(&own);
        let payload = match shared.encode() {
            Ok(payload) => payload,
            Err(ShareError::TooLong { .. }) => return Err(TestCaseError::reject("too long")),
            Err(other) => return Err(TestCaseError::fail(format!("{other:?}"))),
        };
        let back = decode(&payload).unwrap();
        prop_assert_eq!(&back, &shared);
        prop_assert_eq!(&back.exercises, &own.exercises);
    }

    #[test]
    fn any_version_2_payload_read_is_written_back_the_same(
        bytes in proptest::collection::vec(any::<u8>(), 0..96),
    ) {
        let mut with_version = vec![FORMAT_VERSION];
        with_version.extend(&bytes);
        if let Ok(shared) = decode(&to_base64url(&with_version)) {
            let again = shared.encode().unwrap();
            prop_assert_eq!(decode(&again).unwrap(), shared);
        }
    }
}
