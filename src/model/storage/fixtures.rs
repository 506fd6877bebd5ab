//! Stored records in every format this app has written, kept as files in
//! `tests/fixtures/` and loaded here: a change to the stored types that
//! would stop an older record from loading fails these tests. When a new
//! schema version arrives, its fixtures join these and the old ones stay:
//! `v1/` holds every record as version 1 wrote it, `v2/` the records that
//! version 2 changed (the history) and routines as version 2 wrote them,
//! whose circuits version 3 changed; `v3/` the week (plan), new in version
//! 3, and the history as version 3 wrote it (with a cut-short set), before
//! version 4 added sides and notes.

use crate::model::dose::Shape;
use crate::model::history::session::{History, Rating};
use crate::model::kit::band::BandKit;
use crate::model::kit::resistance::Units;
use crate::model::routine::routine_book::RoutineBook;
use crate::model::settings::{Theme, DEFAULT_WEEKLY_GOAL};
use crate::model::storage::settings_format::from_stored;
use crate::model::storage::store::decode;
use crate::model::voice::DEFAULT_BEEP_VOLUME;
use crate::model::workout::Workout;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../tests/fixtures/v1/", $name))
    };
    ($version:literal, $name:literal) => {
        include_str!(concat!("../../../tests/fixtures/", $version, "/", $name))
    };
}

#[test]
fn settings_from_before_cues_and_goal_and_from_now_load() {
    let first = from_stored(Some(fixture!("settings-first.json")));
    assert_eq!(first.problem, None);
    assert_eq!(first.settings.units, Units::Kg);
    assert_eq!(first.settings.theme, Theme::Dark);
    assert_eq!(first.settings.weekly_goal, DEFAULT_WEEKLY_GOAL);
    assert!(first.settings.cues.voice);
    let now = from_stored(Some(fixture!("settings.json")));
    assert_eq!(now.problem, None);
    // From before the voice and the beeps' volume: the defaults.
    for loaded in [&first, &now] {
        assert_eq!(loaded.settings.voice, None);
        assert_eq!(loaded.settings.beep_volume, DEFAULT_BEEP_VOLUME);
    }
    assert!(!now.settings.cues.voice);
    assert_eq!(now.settings.weekly_goal, 3);
}

#[test]
fn the_band_kit_loads() {
    let kit: BandKit = decode(fixture!("kit.json")).unwrap();
    assert_eq!(kit.bands.len(), 3);
    assert_eq!(kit.bands[1].name(), "Grey, medium");
    assert_eq!(kit.bands[2].pounds, None);
}

#[test]
fn routines_with_every_dose_shape_and_a_circuit_load() {
    let book: RoutineBook = decode(fixture!("routines.json")).unwrap();
    let routine = book.get(1).unwrap();
    let shapes: Vec<Shape> = routine.entries.iter().map(|e| e.dose.shape).collect();
    assert_eq!(
        shapes,
        [
            Shape::StepsEachWay { steps: 10 },
            Shape::Reps { reps: 12 },
            Shape::Timed { work_s: 30 },
            Shape::Holds {
                holds: 8,
                hold_s: 5
            },
            Shape::Hold { hold_s: 30 },
        ]
    );
    assert_eq!(routine.circuit(1).unwrap().rounds, 3);
    assert_eq!(routine.entries[0].bands.stacked, Some(1));
    let sets: Vec<u8> = routine.entries.iter().map(|e| e.dose.sets).collect();
    assert_eq!(
        sets,
        [3, 1, 1, 3, 1],
        "the circuit's clamshell: one set a round"
    );
    assert_eq!(book.circuits_changed, ["Club hips"]);
}

#[test]
fn circuits_from_version_2_do_one_set_of_each_move_per_round() {
    let book: RoutineBook = decode(fixture!("v2", "routines.json")).unwrap();
    let circuit = book.get(1).unwrap();
    let plan: Vec<(u8, Option<u32>)> = circuit
        .entries
        .iter()
        .map(|e| (e.dose.sets, e.circuit))
        .collect();
    assert_eq!(plan, [(1, Some(3)), (1, Some(3)), (2, None)]);
    assert_eq!(
        circuit.circuit(3).unwrap().rounds,
        3,
        "three sets became three rounds"
    );
    assert_eq!(
        book.get(2).unwrap().entries[0].dose.sets,
        3,
        "no circuit: unchanged"
    );
    assert_eq!(book.circuits_changed, ["Glute circuit"]);
    let words = book.circuits_changed_words().unwrap();
    assert!(words.contains("\u{201c}Glute circuit\u{201d}"), "{words}");
    let again: RoutineBook = decode(&crate::model::storage::store::encode(&book)).unwrap();
    assert!(
        again.circuits_changed.is_empty(),
        "told once: the saved copy follows the rule"
    );
    assert_eq!(again.circuits_changed_words(), None);
}

#[test]
fn history_loads() {
    let history: History = decode(fixture!("history.json")).unwrap();
    let session = &history.sessions[0];
    assert_eq!(session.active_s, 845);
    assert_eq!(session.exercises[0].rating, Some(Rating::TooEasy));
    assert_eq!(session.exercises[0].actual, Some(14));
    assert_eq!(session.sets(), 6);
}

#[test]
fn workouts_in_progress_from_before_and_after_the_left_flag_load_and_play() {
    let first: Workout = decode(fixture!("workout-first.json")).unwrap();
    assert!(!first.left);
    assert!(first.timeline().is_some());
    assert_eq!(first.run.events.len(), 3);
    let now: Workout = decode(fixture!("workout.json")).unwrap();
    assert!(now.left);
    assert!(now.timeline().is_some());
}

#[test]
fn compact_history_from_version_2_loads() {
    let history: History = decode(fixture!("v2", "history.json")).unwrap();
    assert_eq!(history.sessions.len(), 2);
    let ankles = &history.sessions[1];
    assert_eq!(ankles.started_at, 1_795_000_000_000 - 1_500);
    assert_eq!(ankles.ended_at, ankles.started_at + 600_000);
    assert!(!ankles.finished);
    let names: Vec<&str> = ankles.exercises[0]
        .bands
        .iter()
        .map(|b| b.name.as_str())
        .collect();
    assert_eq!(names, ["Green, light", "Black, heavy"]);
    assert_eq!(
        ankles.exercises[0].dose.shape,
        Shape::Holds {
            holds: 10,
            hold_s: 5
        }
    );
    assert_eq!(ankles.exercises[0].rating, Some(Rating::TooHard));
    assert_eq!(
        ankles.exercises[1].dose.shape,
        Shape::StepsEachWay { steps: 15 }
    );
    assert_eq!(ankles.exercises[2].actual, Some(40));
}

#[test]
fn history_from_version_1_migrates_to_the_same_sessions_in_the_compact_form() {
    let old: History = decode(fixture!("history.json")).unwrap();
    let migrated = crate::model::storage::store::encode(&old);
    assert!(migrated.starts_with(r#"{"version":4,"#));
    assert_eq!(decode::<History>(&migrated), Ok(old));
}

#[test]
fn the_week_from_version_3_loads() {
    use crate::model::plan::week::{BandKind, RoutineRef, RunKind, Week, When};
    let week: Week = decode(fixture!("v3", "plan.json")).unwrap();
    let runs: Vec<RunKind> = week.days.iter().map(|d| d.run).collect();
    assert_eq!(
        runs,
        [
            RunKind::None,
            RunKind::Easy,
            RunKind::None,
            RunKind::Hard,
            RunKind::None,
            RunKind::Long,
            RunKind::Race
        ]
    );
    let tuesday = week.days[1].band.as_ref().unwrap();
    assert_eq!(tuesday.when, When::BeforeRun);
    assert_eq!(tuesday.kind, Some(BandKind::Activation));
    let wednesday = week.days[2].band.as_ref().unwrap();
    assert!(wednesday.by_hand);
    assert_eq!(wednesday.when, When::At(18 * 60 + 30));
    assert_eq!(
        wednesday.routine,
        RoutineRef::Saved {
            id: 2,
            name: "Hills; easy, then strides\\".to_owned()
        }
    );
    assert!(week.days[4].none_by_hand);
    assert!(week.follows_suggestions);
    assert_eq!((week.run_clock, week.reminder_min), (420, 15));
    let again: Week = decode(&crate::model::storage::store::encode(&week)).unwrap();
    assert_eq!(again, week, "it writes back as it reads");
}

#[test]
fn history_from_version_3_loads_with_no_sides_or_notes_and_writes_back_the_same() {
    let raw = fixture!("v3", "history.json");
    let history: History = decode(raw).unwrap();
    let session = &history.sessions[0];
    assert_eq!(session.routine, "Runner's ten");
    let clam = &session.exercises[0];
    assert!(clam.dose.per_side);
    assert!(clam.sides.is_empty());
    assert!(clam.note.is_empty());
    assert_eq!(clam.side_figures(), Some(vec![[12, 12]; 3]));
    assert_eq!(session.exercises[1].cut_short_s, [12]);
    assert_eq!(session.exercises[2].actual, Some(16));
    let written = crate::model::storage::store::encode(&history);
    assert_eq!(
        written.replacen(r#"{"version":4"#, r#"{"version":3"#, 1),
        raw.trim_end(),
        "nothing new to write: the same text under the new version"
    );
}

#[test]
fn own_exercises_as_version_3_wrote_them_load() {
    use crate::model::catalog::exercise::Placement;
    use crate::model::catalog::own::OwnExercises;
    use crate::model::storage::store::encode;
    let raw = fixture!("v3", "exercises.json");
    let mut own: OwnExercises = decode(raw).unwrap();
    assert_eq!(own.exercises.len(), 2);
    let airplane = own.get_live("own-1").unwrap();
    assert_eq!(airplane.steps.len(), 3);
    assert_eq!(
        airplane.muscles[0],
        crate::model::catalog::exercise::Muscle::GluteMedius
    );
    assert_eq!(
        airplane.video.as_deref(),
        Some("https://example.org/hip-airplane")
    );
    assert_eq!(own.exercises[1].placement, Placement::AnchoredAnkleHeight);
    assert!(own.get_live("own-2").is_none());
    assert_eq!(decode::<OwnExercises>(&encode(&own)).unwrap(), own);
    assert_eq!(own.add(own.exercises[0].clone()), "own-3");
    // Not a record before version 3.
    assert!(decode::<OwnExercises>(&raw.replace("\"version\":3", "\"version\":2")).is_err());
}
