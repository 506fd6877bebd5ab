//! Tests for `export`.

use super::*;

/// [`merge`] of copies, checked against [`tally`] (the preview's count,
/// worked out without copying).
fn merge_checked(current: (&Option<BandKit>, &RoutineBook, &History), imported: &Export) -> Merged {
    let counted = tally(current, imported);
    let (kit, book, history) = current;
    let merged = merge(
        (kit.clone(), book.clone(), history.clone()),
        imported.clone(),
    );
    assert_eq!(
        merged.tally, counted,
        "the preview counts what the import does"
    );
    merged
}
use crate::model::dose::Dose;
use crate::model::history::session::sample_session as session;
use crate::model::kit::band::preset;
use crate::model::routine::BandChoice;

const T0: u64 = 1_700_000_000_000;

fn data() -> (Option<BandKit>, RoutineBook, History) {
    let kit = preset("fabric-loop-3").unwrap().kit();
    let mut book = RoutineBook::default();
    let mut routine = Routine::new("Hips");
    routine.push(
        "clamshell",
        Dose::reps(2, 12, 30),
        BandChoice {
            main: Some(kit.bands[1].id),
            stacked: None,
        },
    );
    book.add(routine);
    book.add(Routine::new("Empty"));
    let history = History {
        sessions: vec![session(T0, "Hips"), session(T0 + 86_400_000, "Hips")],
    };
    (Some(kit), book, history)
}

fn export() -> Export {
    let (kit, book, history) = data();
    Export::new(kit, book, history, T0 + 1)
}

#[test]
fn an_export_round_trips() {
    let export = export();
    let text = export.to_json();
    assert!(
        text.starts_with(r#"{"format":"bandwork-export","version":1,"#),
        "{text}"
    );
    assert_eq!(Export::from_json(&text), Ok(export));
    let empty = Export::new(None, RoutineBook::default(), History::default(), 5);
    assert_eq!(Export::from_json(&empty.to_json()), Ok(empty));
}

#[test]
fn every_wrong_file_says_why_and_that_nothing_was_imported() {
    for (text, error) in [
        ("hello", ImportError::NotJson),
        ("", ImportError::NotJson),
        (r#"{"format":"bandwork-export""#, ImportError::NotJson),
        ("[1,2]", ImportError::NotBandwork),
        ("42", ImportError::NotBandwork),
        (r#"{"version":1,"data":{}}"#, ImportError::NotBandwork),
        (
            r#"{"format":"other","version":1}"#,
            ImportError::NotBandwork,
        ),
        (r#"{"format":"bandwork-export"}"#, ImportError::NotBandwork),
        (
            r#"{"format":"bandwork-export","version":2,"routines":7}"#,
            ImportError::Newer(2),
        ),
    ] {
        assert_eq!(Export::from_json(text), Err(error.clone()), "{text}");
        assert!(error.to_string().ends_with("Nothing was imported."));
    }
    assert!(ImportError::Newer(2).to_string().contains("newer version"));

    let good = export().to_json();
    for (from, to, part) in [
        (r#""kit":{"bands""#, r#""kit":{"bands":3,"x""#, "band kit"),
        (
            r#""routines":{"routines":["#,
            r#""routines":{"routines":"no","x":["#,
            "routines",
        ),
        (r#""sessions":["#, r#""sessions":[1,"#, "history"),
    ] {
        let damaged = good.replacen(from, to, 1);
        assert_ne!(damaged, good, "{from}");
        assert_eq!(
            Export::from_json(&damaged),
            Err(ImportError::Damaged(part)),
            "{damaged}"
        );
    }
    let no_history = r#"{"format":"bandwork-export","version":1,"exported_at":1,"kit":null,"routines":{"routines":[]}}"#;
    let error = Export::from_json(no_history).unwrap_err();
    assert_eq!(error, ImportError::Damaged("history"));
    assert_eq!(
        error.to_string(),
        "This Bandwork export is damaged: its history could not be read. Nothing was imported."
    );
}

#[test]
fn importing_into_an_empty_app_takes_everything() {
    let export = export();
    let merged = merge_checked(
        (&None, &RoutineBook::default(), &History::default()),
        &export,
    );
    assert_eq!(merged.kit, export.kit);
    assert_eq!(merged.routines.routines, export.routines.routines);
    assert_eq!(merged.history, export.history);
    assert_eq!(
        (merged.tally.added_sessions, merged.tally.added_routines),
        (2, 2)
    );
    assert_eq!(
        merged.tally.preview(),
        "2 workouts and 2 routines are new.",
        "nothing is here yet"
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let export = export();
    let (kit, book, history) = data();
    let once = merge_checked((&kit, &book, &history), &export);
    assert_eq!(
        (once.tally.added_sessions, once.tally.added_routines),
        (0, 0)
    );
    assert_eq!(
        (once.tally.skipped_sessions, once.tally.skipped_routines),
        (2, 2)
    );
    assert_eq!(
        (once.routines.clone(), once.history.clone()),
        (book, history)
    );
    let twice = merge_checked((&once.kit, &once.routines, &once.history), &export);
    assert_eq!(twice, once);
    assert_eq!(
        once.tally.preview(),
        "Everything in this file is already here: importing adds nothing."
    );
}

#[test]
fn sessions_merge_by_id_oldest_first_and_routines_by_name_and_entries() {
    let export = export();
    let kit = export.kit.clone();
    let mut book = RoutineBook::default();
    book.add(Routine::new("Hips")); // the same name, other entries
    let history = History {
        sessions: vec![
            session(T0 - 5, "Older"),
            session(T0, "Hips"),
            session(T0 + 999_999_999, "Newer"),
        ],
    };
    let merged = merge_checked((&kit, &book, &history), &export);
    let ids: Vec<u64> = merged.history.sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids, [T0 - 5, T0, T0 + 86_400_000, T0 + 999_999_999]);
    let names: Vec<&str> = merged
        .routines
        .routines
        .iter()
        .map(|r| r.routine.name.as_str())
        .collect();
    assert_eq!(names, ["Hips", "Hips 2", "Empty"]);
    assert_eq!(
        (merged.tally.added_sessions, merged.tally.skipped_sessions),
        (1, 1),
        "the shared session is kept once"
    );
    assert_eq!(
        merged.tally.preview(),
        "1 workout and 2 routines are new; 1 workout is already here."
    );
    assert_eq!(merged.tally.result(), "Imported 1 workout and 2 routines.");
    let again = merge_checked((&merged.kit, &merged.routines, &merged.history), &export);
    assert_eq!(
        (again.tally.added_sessions, again.tally.added_routines),
        (0, 0)
    );
}

#[test]
fn the_current_kit_stays_and_imported_bands_are_matched_by_name() {
    let export = export();
    let mut mine = preset("fabric-loop-3").unwrap().kit();
    let (_, grey) = mine.remove(mine.bands[1].id).unwrap();
    let grey_id = mine.add(grey);
    let merged = merge_checked(
        (
            &Some(mine.clone()),
            &RoutineBook::default(),
            &History::default(),
        ),
        &export,
    );
    assert_eq!(merged.kit, Some(mine));
    let entry = &merged.routines.routines[0].routine.entries[0];
    assert_eq!(entry.bands.main, Some(grey_id));

    let other = BandKit::default();
    let merged = merge_checked(
        (&Some(other), &RoutineBook::default(), &History::default()),
        &export,
    );
    let entry = &merged.routines.routines[0].routine.entries[0];
    assert_eq!(entry.bands.main, None, "a band the kit lacks is dropped");
}

#[test]
fn a_file_that_repeats_itself_is_counted_as_it_is_merged() {
    let mut doubled = export();
    let sessions = doubled.history.sessions.clone();
    doubled.history.sessions.extend(sessions);
    let routines = doubled.routines.routines.clone();
    doubled.routines.routines.extend(routines);
    let merged = merge_checked(
        (&None, &RoutineBook::default(), &History::default()),
        &doubled,
    );
    assert_eq!(
        merged.tally,
        Tally {
            added_sessions: 2,
            added_routines: 2,
            skipped_sessions: 2,
            skipped_routines: 2,
        }
    );
}

#[test]
fn a_circuit_exported_before_one_set_per_round_imports_under_the_rule() {
    let mut export = export();
    let mut old = Routine::new("Old circuit");
    old.push("clamshell", Dose::reps(1, 12, 30), BandChoice::default());
    old.push("glute-bridge", Dose::timed(1, 30, 0), BandChoice::default());
    let id = old.group(0, 1, 2).unwrap();
    // As an older version kept it: three sets of each move in a round.
    old.entries[0].dose.sets = 3;
    old.entries[1].dose.sets = 3;
    export.routines.add(old);
    let merged = merge_checked(
        (&None, &RoutineBook::default(), &History::default()),
        &export,
    );
    let imported = merged
        .routines
        .routines
        .iter()
        .find(|r| r.routine.name == "Old circuit")
        .unwrap();
    let sets: Vec<u8> = imported
        .routine
        .entries
        .iter()
        .map(|e| e.dose.sets)
        .collect();
    assert_eq!(sets, [1, 1]);
    assert_eq!(imported.routine.circuit(id).unwrap().rounds, 3);
}

#[test]
fn the_week_travels_in_the_export_and_finds_its_routines_again() {
    use crate::model::plan::week::{Planned, RoutineRef, RunKind, When};
    let (kit, book, history) = data();
    let hips_id = book.routines[0].id;
    let mut week = Week::default();
    week.days[0].run = RunKind::Easy;
    week.days[0].band = Some(Planned {
        routine: RoutineRef::Saved {
            id: hips_id,
            name: "Hips".to_owned(),
        },
        when: When::AfterRun,
        by_hand: true,
        kind: None,
    });
    week.days[2].band = Some(Planned {
        routine: RoutineRef::Saved {
            id: 99,
            name: "Gone".to_owned(),
        },
        when: When::At(600),
        by_hand: true,
        kind: None,
    });
    let file = Export::new(kit, book, history, T0).with_plan(Some(week.clone()));
    let read = Export::from_json(&file.to_json()).unwrap();
    assert_eq!(read.plan.as_ref(), Some(&week));
    // An export from before the plan reads with none.
    let old = Export::new(None, RoutineBook::default(), History::default(), T0).to_json();
    assert!(!old.contains("plan"));
    assert_eq!(Export::from_json(&old).unwrap().plan, None);
    // A damaged plan is named.
    let damaged = file
        .to_json()
        .replace("\"run\":\"easy\"", "\"run\":\"sprint\"");
    assert_eq!(
        Export::from_json(&damaged),
        Err(ImportError::Damaged("week plan"))
    );

    // Into a device with its own plan: that plan stays.
    let mine = Week::default();
    let empty = RoutineBook::default();
    assert_eq!(
        merge_plan(Some(mine.clone()), read.plan.clone(), &empty),
        Some(mine)
    );
    // Into a device with none: the routine is found by name under its new
    // id, and the day whose routine is missing is left without band work.
    let mut here = RoutineBook::default();
    here.add(Routine::new("Other"));
    let new_id = here.add(Routine::new("Hips"));
    let merged = merge_plan(None, read.plan, &here).unwrap();
    assert_eq!(
        merged.days[0].band.as_ref().unwrap().routine,
        RoutineRef::Saved {
            id: new_id,
            name: "Hips".to_owned()
        }
    );
    assert_eq!(merged.days[2].band, None);
}

#[test]
fn sides_and_notes_go_out_in_an_export_and_come_back() {
    let (kit, book, mut history) = data();
    let clam = &mut history.sessions[0].exercises[0];
    clam.dose.per_side = true;
    clam.sides = vec![[12, 10], [11, 10], [12, 9]];
    clam.note = "left knee twinged".into();
    let export = Export::new(kit, book, history, T0 + 1);
    let text = export.to_json();
    assert!(
        text.contains(r#""sides":[[12,10],[11,10],[12,9]],"note":"left knee twinged""#),
        "{text}"
    );
    let back = Export::from_json(&text).unwrap();
    assert_eq!(back, export);
    // An export from before sides and notes has neither.
    let older = text.replace(
        r#","sides":[[12,10],[11,10],[12,9]],"note":"left knee twinged""#,
        "",
    );
    let read = Export::from_json(&older).unwrap();
    let clam = &read.history.sessions[0].exercises[0];
    assert!(clam.sides.is_empty() && clam.note.is_empty());
}

#[test]
fn own_exercises_travel_in_an_export_and_old_exports_still_read() {
    use crate::model::catalog::own::OwnExercises;
    use crate::model::catalog::own_tests::airplane;
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
