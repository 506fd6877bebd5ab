//! Tests for `activity`.

#![allow(clippy::indexing_slicing, clippy::unwrap_used)]

use super::*;
use crate::model::fit::encoder::crc16;
use crate::model::history::past::past_session;
use crate::model::history::session::{sample_session, History};
use crate::model::kit::band::preset;
use crate::model::routine::starter;

const T0: u64 = 1_796_000_000_000;

/// Clamshell each side (3 sets, the left's second set at 9), and a timed
/// walking squat: 2 sets, then one cut short after 12 s.
fn session() -> Session {
    let mut session = sample_session(T0, "Evening");
    let clam = &mut session.exercises[0];
    clam.dose.per_side = true;
    clam.actual = None;
    clam.sides = vec![[12, 12], [9, 12], [12, 12]];
    session.exercises[1].cut_short_s = vec![12];
    session
}

#[test]
fn each_side_of_each_set_is_an_active_set_with_rests_between() {
    let (titles, sets) = sets(&session());
    assert_eq!(
        titles,
        ["Clamshell, left", "Clamshell, right", "Walking squat"]
    );
    let active: Vec<(Option<usize>, Option<u16>, u64)> = sets
        .iter()
        .filter(|s| s.active)
        .map(|s| (s.title, s.repetitions, s.duration_ms))
        .collect();
    assert_eq!(
        active,
        [
            (Some(0), Some(12), 24_000),
            (Some(1), Some(12), 24_000),
            (Some(0), Some(9), 18_000),
            (Some(1), Some(12), 24_000),
            (Some(0), Some(12), 24_000),
            (Some(1), Some(12), 24_000),
            (Some(2), None, 30_000),
            (Some(2), None, 30_000),
            (Some(2), None, 12_000),
        ]
    );
    let rests: Vec<u64> = sets
        .iter()
        .filter(|s| !s.active)
        .map(|s| s.duration_ms / 1000)
        .collect();
    // Switch sides, set rest, ..., get ready, then the squat's set rests.
    assert_eq!(rests, [5, 30, 5, 30, 5, 10, 20, 20]);
    // Back to back, from the start.
    let mut at = 0;
    for set in &sets {
        assert_eq!(set.start_ms, at);
        at += set.duration_ms;
    }
}

#[test]
fn sets_are_squeezed_into_a_shorter_workout_time() {
    let mut short = session();
    short.active_s = 100;
    let (_, sets) = sets(&short);
    let total: u64 = sets.iter().map(|s| s.duration_ms).sum();
    assert!(total <= 100_000, "{total}");
    assert!(total > 99_000, "{total}");
}

#[test]
fn the_file_is_a_fit_file_whose_crc_checks_out() {
    let file = activity_file(&session(), 60);
    assert_eq!(&file[8..12], b".FIT");
    assert_eq!(crc16(&file), 0);
    let text = String::from_utf8_lossy(&file);
    assert!(text.contains("Clamshell, left\0"));
    assert!(text.contains("Walking squat\0"));
}

#[test]
fn the_file_is_named_by_the_local_date() {
    // 2026-11-30T23:30Z is already 1 December an hour east.
    let mut late = session();
    late.started_at = 1_796_081_400_000;
    assert_eq!(crate::model::time::iso_date(late.started_at), "2026-11-30");
    assert_eq!(file_name(&late, 0), "bandwork-2026-11-30.fit");
    assert_eq!(file_name(&late, 60), "bandwork-2026-12-01.fit");
}

/// The figure for the closing note: the runner's ten, every set done.
#[test]
fn the_runners_ten_makes_a_small_file() {
    let kit = preset("fabric-loop-3").unwrap().kit();
    let routine = starter::by_id("runners-ten").unwrap().build(&kit);
    let session = past_session(&routine, &kit, T0, &History::default());
    let file = activity_file(&session, 0);
    let (_, sets) = sets(&session);
    println!(
        "runner's ten: {} bytes of FIT, {} set messages",
        file.len(),
        sets.len()
    );
    assert!(file.len() < 8_000, "{}", file.len());
    assert_eq!(crc16(&file), 0);
}
