//! Tests for `history_format`.

use super::*;

const T0: u64 = 1_794_900_000_000;

fn band(id: u32, name: &str) -> BandUsed {
    BandUsed {
        id,
        name: name.into(),
        swatch: "#212121".into(),
    }
}

fn exercise(
    id: &str,
    shape: Shape,
    bands: Vec<BandUsed>,
    rating: Option<Rating>,
) -> SessionExercise {
    SessionExercise {
        exercise: id.into(),
        dose: Dose {
            sets: 3,
            shape,
            rest_s: 30,
            per_side: id == "clamshell",
        },
        bands,
        sets_done: 3,
        actual: rating.map(|_| 14),
        rating,
        cut_short_s: Vec::new(),
        sides: Vec::new(),
        note: String::new(),
    }
}

/// Every dose shape, every rating, several bands (one used twice, one
/// stacked), and a session whose id is not its start.
fn history() -> History {
    let heavy = band(3, "Black, heavy");
    let light = band(1, "Green, light");
    let first = Session {
        id: T0,
        routine: "Club hips".into(),
        started_at: T0,
        ended_at: T0 + 900_500,
        active_s: 845,
        finished: true,
        exercises: vec![
            SessionExercise {
                sides: vec![[12, 11], [12, 10], [11, 9]],
                note: "Left knee twinged, \"a bit\" <b>".into(),
                ..exercise(
                    "clamshell",
                    Shape::Reps { reps: 12 },
                    vec![heavy.clone()],
                    Some(Rating::TooEasy),
                )
            },
            exercise(
                "walking-squat",
                Shape::Timed { work_s: 30 },
                vec![light.clone(), heavy.clone()],
                Some(Rating::JustRight),
            ),
            exercise(
                "ankle-plantar-flexion",
                Shape::Holds {
                    holds: 10,
                    hold_s: 5,
                },
                vec![],
                Some(Rating::TooHard),
            ),
        ],
    };
    let second = Session {
        id: T0 + 86_400_000,
        routine: "Imported \"quotes\" <b>".into(),
        started_at: T0 + 86_400_000 - 42,
        ended_at: T0 + 86_400_000 + 60_000,
        active_s: 50,
        finished: false,
        exercises: vec![
            exercise(
                "monster-walk",
                Shape::StepsEachWay { steps: 15 },
                vec![light],
                None,
            ),
            // Two holds ended early, after 1 s and 12 s.
            SessionExercise {
                sets_done: 1,
                cut_short_s: vec![1, 12],
                ..exercise("banded-plank", Shape::Hold { hold_s: 30 }, vec![], None)
            },
        ],
    };
    History {
        sessions: vec![first, second],
    }
}

fn round_trip(history: &History) -> History {
    let text = serde_json::to_string(&CompactHistory::from(history)).unwrap();
    let stored: CompactHistory = serde_json::from_str(&text).unwrap();
    History::try_from(stored).unwrap()
}

#[test]
fn every_field_of_every_session_survives_the_compact_form() {
    assert_eq!(round_trip(&history()), history());
    assert_eq!(round_trip(&History::default()), History::default());
}

#[test]
fn each_band_is_written_once() {
    let compact = CompactHistory::from(&history());
    assert_eq!(compact.bands.len(), 2);
    let text = serde_json::to_string(&compact).unwrap();
    assert_eq!(text.matches("Black, heavy").count(), 1, "{text}");
}

#[test]
fn the_compact_form_is_a_fraction_of_the_readable_one() {
    let readable = serde_json::to_string(&history()).unwrap().len();
    let compact = serde_json::to_string(&CompactHistory::from(&history()))
        .unwrap()
        .len();
    assert!(compact * 2 < readable, "{compact} vs {readable}");
}

#[test]
fn codes_and_indices_out_of_range_are_refused() {
    let good = serde_json::to_string(&CompactHistory::from(&history())).unwrap();
    assert!(good.contains(r"[3,30,true,1,12,0],[0],3,14,1,"), "{good}");
    for (from, to) in [
        (
            r"[3,30,true,1,12,0],[0],3,14,1,",
            r"[3,30,true,9,12,0],[0],3,14,1,",
        ),
        (
            r"[3,30,true,1,12,0],[0],3,14,1,",
            r"[3,30,true,1,12,0],[7],3,14,1,",
        ),
        (
            r"[3,30,true,1,12,0],[0],3,14,1,",
            r"[3,30,true,1,12,0],[0],3,14,4,",
        ),
        // An odd count of side figures: a set with one side only.
        (r"[],[12,11,12,10,11,9],", r"[],[12,11,12,10,11],"),
    ] {
        let bad = good.replacen(from, to, 1);
        let stored: CompactHistory = serde_json::from_str(&bad).unwrap();
        assert_eq!(History::try_from(stored), Err(Malformed), "{bad}");
    }
}

/// Ten years at three workouts a week of the runner's ten (ten
/// exercises, each with a band, some rated and some with actual reps;
/// since schema 4 every per-side exercise with both sides' figures and a
/// note in every tenth session): the stored text must stay under 1.5 MB.
/// (Schema 3, with no sides or notes: 895,551 bytes.)
#[test]
fn ten_years_of_the_runners_ten_fit_the_storage_budget() {
    let kit = crate::model::kit::band::preset("fabric-loop-3")
        .unwrap()
        .kit();
    let routine = crate::model::routine::starter::by_id("runners-ten")
        .unwrap()
        .build(&kit);
    let bands = [
        band(1, "Green, light"),
        band(2, "Grey, medium"),
        band(3, "Black, heavy"),
    ];
    let sessions = (0..1560u64)
        .map(|i| {
            let at = T0 + i * 2 * 86_400_000;
            let exercises = routine
                .entries
                .iter()
                .enumerate()
                .map(|(k, entry)| SessionExercise {
                    exercise: entry.exercise.clone(),
                    dose: entry.dose,
                    bands: vec![bands[(i as usize + k) % 3].clone()],
                    sets_done: entry.dose.sets,
                    actual: (i % 5 == 0).then_some(12),
                    rating: [Some(Rating::TooEasy), Some(Rating::JustRight), None][k % 3],
                    cut_short_s: Vec::new(),
                    sides: if entry.dose.per_side {
                        vec![[12, 11]; usize::from(entry.dose.sets)]
                    } else {
                        Vec::new()
                    },
                    note: if i % 10 == k as u64 {
                        "Left knee twinged on the last set".into()
                    } else {
                        String::new()
                    },
                })
                .collect();
            Session {
                id: at,
                routine: "Runner's ten, full sets".into(),
                started_at: at,
                ended_at: at + 1_600_000,
                active_s: 1538,
                finished: true,
                exercises,
            }
        })
        .collect();
    let history = History { sessions };
    let stored = crate::model::storage::store::encode(&history).len();
    let text = serde_json::to_string(&CompactHistory::from(&history)).unwrap();
    println!("1,560 sessions: {} bytes compact", text.len());
    assert!(text.len() < 1_500_000, "{} bytes", text.len());
    assert_eq!(stored, text.len() + r#"{"version":4,"data":}"#.len());
    let readable = serde_json::to_string(&history).unwrap().len();
    println!("1,560 sessions: {readable} bytes in the version 1 form");
}

#[test]
fn exercises_written_before_sets_could_be_cut_short_still_read() {
    let history = history();
    let text = serde_json::to_string(&CompactHistory::from(&history)).unwrap();
    // Only the plank's record has the seventh element.
    assert_eq!(text.matches("[1,12]").count(), 1, "{text}");
    let older = text.replace(",[1,12]]", "]");
    let stored: CompactHistory = serde_json::from_str(&older).unwrap();
    let read = History::try_from(stored).unwrap();
    assert!(read.sessions[1].exercises[1].cut_short_s.is_empty());
    assert_eq!(read.sessions[0], history.sessions[0]);
}

#[test]
fn sides_and_a_note_are_written_only_where_given_and_after_an_empty_cut_short() {
    let text = serde_json::to_string(&CompactHistory::from(&history())).unwrap();
    // The clamshell: no cut-short sets, so an empty list keeps the places.
    assert!(
        text.contains(r#"3,14,1,[],[12,11,12,10,11,9],"Left knee twinged, \"a bit\" <b>"]"#),
        "{text}"
    );
    // An exercise with neither keeps its six elements.
    assert!(text.contains(r"[1,0],3,14,2]"), "{text}");
}

#[test]
fn exercises_from_version_3_with_seven_elements_still_read() {
    let text = r#"{"bands":[],"sessions":[[5,"A",0,10,9,true,[["clamshell",[3,30,true,1,12,0],[],3,null,0,[4]]]]]}"#;
    let stored: CompactHistory = serde_json::from_str(text).unwrap();
    let read = History::try_from(stored).unwrap();
    let clam = &read.sessions[0].exercises[0];
    assert_eq!(clam.cut_short_s, [4]);
    assert!(clam.sides.is_empty());
    assert!(clam.note.is_empty());
}
