//! The runner's own exercises: ids, the form's checks, lookups beside the
//! catalog, and merging an import by id. (Taking in a link's exercises and
//! deleting one from routines are tested in `routine/own_merge_tests.rs`.)

use crate::model::catalog::exercise::{Muscle, Placement};
use crate::model::catalog::library_filter::{filter, LibraryFilter};
use crate::model::catalog::own::{is_own_id, OwnExercise, OwnExercises, MAX_NAME_CHARS};
use crate::model::catalog::own_form::{is_https_link, FieldError, OwnDraft};
use crate::model::catalog::own_lookup::set_own;
use crate::model::catalog::{self, all, built_in, built_in_name, by_id, name_of};
use crate::model::dose::Dose;

fn airplane_draft() -> OwnDraft {
    OwnDraft {
        name: "  Hip airplane ".into(),
        muscles: vec![Muscle::GluteMedius, Muscle::Core],
        placement: Placement::AboveKnees,
        dose: Dose::reps(3, 8, 45).each_side(),
        steps: "Stand on one leg.\n\n  Open the hips.  \nClose them again.\n".into(),
        cues: "Soft knee".into(),
        video: "https://example.org/v".into(),
        ..OwnDraft::default()
    }
}

/// A valid own exercise, for the tests here and in the layers above.
pub(crate) fn airplane() -> OwnExercise {
    airplane_draft().check(|_| false).unwrap()
}

#[test]
fn a_good_draft_becomes_an_exercise_with_trimmed_lines() {
    let exercise = airplane();
    assert_eq!(exercise.name, "Hip airplane");
    assert_eq!(
        exercise.steps,
        ["Stand on one leg.", "Open the hips.", "Close them again."]
    );
    assert_eq!(exercise.cues, ["Soft knee"]);
    assert_eq!(exercise.video.as_deref(), Some("https://example.org/v"));
    assert!(exercise.per_side());
    let round_trip = OwnDraft::from_exercise(&exercise).check(|_| false).unwrap();
    assert_eq!(round_trip, exercise);
}

#[test]
fn each_bad_field_gets_its_own_error() {
    let errors = |draft: OwnDraft| draft.check(|name| name == "Clamshell").unwrap_err();
    let base = airplane_draft();
    assert_eq!(
        errors(OwnDraft {
            name: "   ".into(),
            ..base.clone()
        }),
        [FieldError::NameEmpty]
    );
    assert_eq!(
        errors(OwnDraft {
            name: "n".repeat(MAX_NAME_CHARS + 1),
            ..base.clone()
        }),
        [FieldError::NameTooLong]
    );
    assert_eq!(
        errors(OwnDraft {
            name: "Clamshell".into(),
            ..base.clone()
        }),
        [FieldError::NameTaken]
    );
    assert_eq!(
        errors(OwnDraft {
            steps: "a\n".repeat(9),
            video: "http://example.org".into(),
            dose: Dose::reps(0, 8, 30),
            ..base.clone()
        }),
        [
            FieldError::Dose,
            FieldError::TooManySteps,
            FieldError::VideoNotHttps
        ]
    );
    for error in [FieldError::NameEmpty, FieldError::VideoNotHttps] {
        assert!(error.words().ends_with('.'));
    }
}

#[test]
fn only_plain_https_links_count_as_videos() {
    assert!(is_https_link("https://www.youtube.com/watch?v=abc"));
    for link in [
        "http://example.org",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://exa mple.org",
        "HTTPS://example.org",
        "data:text/html,hi",
    ] {
        assert!(!is_https_link(link), "{link}");
    }
}

#[test]
fn ids_never_collide_with_the_catalog_and_are_never_reused() {
    let mut own = OwnExercises::default();
    let first = own.add(airplane());
    let second = own.add(airplane());
    assert_eq!((first.as_str(), second.as_str()), ("own-1", "own-2"));
    assert!(own.delete(&second));
    let third = own.add(airplane());
    assert_eq!(third, "own-3");
    assert!(is_own_id(&third));
    assert!(
        crate::model::route::Location::from_hash(&format!("#/library/{third}"))
            .detail
            .is_some()
    );
    for exercise in built_in() {
        assert!(!is_own_id(exercise.id), "{}", exercise.id);
        assert!(!exercise.id.starts_with("own-"), "{}", exercise.id);
    }
    // A list read with a larger id than its counter still moves past it.
    let mut read: OwnExercises =
        serde_json::from_str(r#"{"exercises":[{"id":"own-9","name":"X","category":"strength","placement":"ankles","band_type":"mini_loop","default_dose":{"sets":1,"shape":{"reps":{"reps":5}},"rest_s":0,"per_side":false}}]}"#)
            .unwrap();
    assert_eq!(read.add(airplane()), "own-10");
}

#[test]
fn names_are_unique_among_live_exercises_ignoring_case() {
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    assert!(own.name_taken("HIP AIRPLANE ", None));
    assert!(!own.name_taken("Hip airplane", Some(&id)));
    own.delete(&id);
    assert!(!own.name_taken("Hip airplane", None));
    assert!(built_in_name("clamshell"));
    assert!(!built_in_name("Hip airplane"));
}

#[test]
fn own_exercises_are_found_like_catalog_ones_and_deleted_ones_keep_their_name() {
    let before = all().count();
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    set_own(&own.exercises);
    assert_eq!(all().count(), before + 1);
    let found = by_id(&id).unwrap();
    assert_eq!(found.name, "Hip airplane");
    assert_eq!(found.placement, Placement::AboveKnees);
    assert!(found.per_side);
    assert_eq!(name_of(&id), "Hip airplane");
    // Search by name and by muscle; the catalog is untouched.
    let by_words = |query: &str| {
        let chosen = LibraryFilter {
            query: query.into(),
            ..LibraryFilter::default()
        };
        filter(all(), &chosen)
            .iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(by_words("airplane"), [id.as_str()]);
    assert!(by_words("glute medius").contains(&id.as_str()));
    assert!(catalog::by_id("clamshell").is_some());
    let yours = LibraryFilter {
        yours: true,
        ..LibraryFilter::default()
    };
    let only_mine: Vec<_> = filter(all(), &yours).iter().map(|e| e.id).collect();
    assert_eq!(only_mine, [id.as_str()]);

    own.delete(&id);
    set_own(&own.exercises);
    assert_eq!(all().count(), before);
    assert_eq!(name_of(&id), "Hip airplane");
}

#[test]
fn an_unchanged_exercise_is_made_into_an_entry_once() {
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    set_own(&own.exercises);
    let first: *const _ = by_id(&id).unwrap();
    set_own(&own.exercises);
    assert!(std::ptr::eq(first, by_id(&id).unwrap()));
    own.exercises[0].name = "Hip airplane, slow".into();
    set_own(&own.exercises);
    assert_eq!(by_id(&id).unwrap().name, "Hip airplane, slow");
}

#[test]
fn an_import_merges_by_id() {
    let mut mine = OwnExercises::default();
    let id = mine.add(airplane());
    let theirs = vec![
        OwnExercise {
            id: id.clone(),
            name: "Changed elsewhere".into(),
            ..airplane()
        },
        OwnExercise {
            id: "own-5".into(),
            ..airplane()
        },
        OwnExercise {
            id: "clamshell".into(),
            ..airplane()
        },
    ];
    assert_eq!(mine.merge_by_id(&theirs), 1);
    assert_eq!(mine.get(&id).unwrap().name, "Hip airplane");
    assert!(mine.get("own-5").is_some());
    assert!(mine.get("clamshell").is_none());
    assert_eq!(mine.add(airplane()), "own-6");
}
