//! The runner's own exercises: ids, the form's checks, lookups beside the
//! catalog, deleting, and taking in the ones a link brings.

use crate::model::catalog::exercise::{Muscle, Placement};
use crate::model::catalog::library_filter::{filter, LibraryFilter};
use crate::model::catalog::own::{is_own_id, OwnExercise, OwnExercises, MAX_NAME_CHARS};
use crate::model::catalog::own_form::{is_https_link, FieldError, OwnDraft};
use crate::model::catalog::own_lookup::set_own;
use crate::model::catalog::own_merge::{
    delete_everywhere, follow_ids, free_name, remove_from_routine, routines_using, take_in,
    undo_delete,
};
use crate::model::catalog::{self, all, built_in, built_in_name, by_id, name_of};
use crate::model::dose::Dose;
use crate::model::routine::routine_book::RoutineBook;
use crate::model::routine::{BandChoice, Routine};

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

fn airplane() -> OwnExercise {
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
fn a_link_reuses_an_identical_exercise_and_renames_a_different_one() {
    let mut mine = OwnExercises::default();
    let my_airplane = mine.add(airplane());
    let sent_same = OwnExercise {
        id: "own-7".into(),
        ..airplane()
    };
    let sent_other = OwnExercise {
        id: "own-8".into(),
        steps: vec!["Another way".into()],
        ..airplane()
    };
    let sent_clash = OwnExercise {
        id: "own-9".into(),
        name: "Clamshell".into(),
        ..airplane()
    };
    let ids = take_in(
        &mut mine,
        &[sent_same, sent_other, sent_clash],
        built_in_name,
    );
    assert_eq!(ids[0], ("own-7".to_owned(), my_airplane));
    assert_eq!(mine.get(&ids[1].1).unwrap().name, "Hip airplane (2)");
    assert_eq!(mine.get(&ids[2].1).unwrap().name, "Clamshell (2)");
    assert_eq!(mine.live().count(), 3);

    let mut routine = Routine::new("Sent");
    routine.push("own-8", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    follow_ids(&mut routine, &ids);
    assert_eq!(routine.entries[0].exercise, ids[1].1);
    assert_eq!(routine.entries[1].exercise, "clamshell");
}

#[test]
fn a_free_name_stays_within_the_limit() {
    let long = "x".repeat(MAX_NAME_CHARS);
    let name = free_name(&long, |n| n == long);
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    assert!(name.ends_with(" (2)"));
    assert_eq!(free_name("New", |_| false), "New");
}

#[test]
fn deleting_takes_an_exercise_out_of_a_routine() {
    let mut routine = Routine::new("R");
    routine.push("own-1", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    routine.push("own-1", Dose::reps(2, 8, 30), BandChoice::default());
    assert_eq!(remove_from_routine(&mut routine, "own-1"), 2);
    assert_eq!(routine.entries.len(), 1);
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

#[test]
fn deleting_everywhere_names_the_routines_and_undo_puts_it_back() {
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    let mut book = RoutineBook::default();
    let mut uses = Routine::new("Physio");
    uses.push(&id, Dose::reps(2, 8, 30), BandChoice::default());
    uses.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    let uses_id = book.add(uses.clone());
    let mut other = Routine::new("Other");
    other.push("clamshell", Dose::reps(2, 8, 30), BandChoice::default());
    book.add(other);
    assert_eq!(routines_using(&book, &id), ["Physio"]);

    let before = delete_everywhere(&mut own, &mut book, &id);
    assert!(own.get_live(&id).is_none());
    assert!(own.get(&id).is_some(), "kept for past sessions");
    assert_eq!(book.get(uses_id).unwrap().entries.len(), 1);
    assert!(routines_using(&book, &id).is_empty());

    undo_delete(&mut own, &mut book, &id, before);
    assert!(own.get_live(&id).is_some());
    assert_eq!(book.get(uses_id).unwrap(), &uses);
}

#[test]
fn own_exercises_travel_in_an_export_and_old_exports_still_read() {
    use crate::model::history::session::History;
    use crate::model::storage::export::Export;
    let mut own = OwnExercises::default();
    own.add(airplane());
    let export = Export::new(None, RoutineBook::default(), History::default(), 5)
        .with_exercises(own.clone());
    let back = Export::from_json(&export.to_json()).unwrap();
    assert_eq!(back.exercises, own);
    let plain = Export::new(None, RoutineBook::default(), History::default(), 5);
    assert!(!plain.to_json().contains("exercises"));
    assert!(Export::from_json(&plain.to_json())
        .unwrap()
        .exercises
        .is_empty());
}

#[test]
fn the_same_link_taken_in_twice_reuses_the_renamed_copy() {
    let mut mine = OwnExercises::default();
    mine.add(OwnExercise {
        steps: vec!["Mine, not theirs".into()],
        ..airplane()
    });
    let sent = OwnExercise {
        id: "own-4".into(),
        ..airplane()
    };
    let first = take_in(&mut mine, std::slice::from_ref(&sent), built_in_name);
    assert_eq!(mine.get(&first[0].1).unwrap().name, "Hip airplane (2)");
    let again = take_in(&mut mine, std::slice::from_ref(&sent), built_in_name);
    assert_eq!(again, first);
    assert_eq!(mine.live().count(), 2);
    // A long name shortened to fit is recognised too.
    let long = OwnExercise {
        id: "own-5".into(),
        name: "L".repeat(MAX_NAME_CHARS),
        ..airplane()
    };
    mine.add(OwnExercise {
        name: long.name.clone(),
        steps: vec!["Different".into()],
        ..airplane()
    });
    let first = take_in(&mut mine, std::slice::from_ref(&long), built_in_name);
    let again = take_in(&mut mine, std::slice::from_ref(&long), built_in_name);
    assert_eq!(again, first);
    assert_eq!(mine.live().count(), 4);
}

#[test]
fn an_own_exercise_is_named_in_the_csv_even_after_it_is_deleted() {
    use crate::model::history::session::{sample_session, History};
    use crate::model::storage::csv::history_csv;
    let mut own = OwnExercises::default();
    let id = own.add(airplane());
    set_own(&own.exercises);
    let mut session = sample_session(1_700_000_000_000, "Physio");
    session.exercises[0].exercise.clone_from(&id);
    let history = History {
        sessions: vec![session],
    };
    let row = format!(",{id},Hip airplane,");
    assert!(
        history_csv(&history).contains(&row),
        "{}",
        history_csv(&history)
    );
    own.exercises[0].deleted = true;
    set_own(&own.exercises);
    assert!(history_csv(&history).contains(&row));
}
