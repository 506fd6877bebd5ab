//! Tests for `past`.

use super::*;
use crate::model::history::session::sample_session;
use crate::model::kit::band::preset;
use crate::model::routine::starter;

const T0: u64 = 1_794_900_000_000;

fn runners_ten() -> (Routine, BandKit) {
    let kit = preset("fabric-loop-3").unwrap().kit();
    let routine = starter::by_id("runners-ten").unwrap().build(&kit);
    (routine, kit)
}

#[test]
fn a_past_workout_is_the_routine_done_as_planned() {
    let (routine, kit) = runners_ten();
    let session = past_session(&routine, &kit, T0, &History::default());
    assert_eq!(session.id, T0);
    assert_eq!(session.routine, routine.name);
    assert_eq!(session.exercises.len(), routine.entries.len());
    assert!(session.finished);
    assert_eq!(session.active_s, routine_seconds(&routine));
    assert_eq!(session.ended_at, T0 + u64::from(session.active_s) * 1000);
    for (done, entry) in session.exercises.iter().zip(&routine.entries) {
        assert_eq!(done.exercise, entry.exercise);
        assert_eq!(done.sets_done, done.dose.sets);
        assert_eq!(done.actual, None);
        let band = entry.bands.main.map(|id| kit.get(id).unwrap().name());
        assert_eq!(done.bands.first().map(|b| b.name.clone()), band);
    }
}

#[test]
fn a_past_workout_never_takes_an_id_already_used() {
    let (routine, kit) = runners_ten();
    let history = History {
        sessions: vec![sample_session(T0, "A"), sample_session(T0 + 1, "B")],
    };
    assert_eq!(past_session(&routine, &kit, T0, &history).id, T0 + 2);
}

#[test]
fn an_added_workout_goes_in_date_order_and_an_edit_replaces_in_place() {
    let mut history = History {
        sessions: vec![sample_session(10, "A"), sample_session(30, "C")],
    };
    assert_eq!(history.put(sample_session(20, "B")), None);
    let order: Vec<&str> = history
        .sessions
        .iter()
        .map(|s| s.routine.as_str())
        .collect();
    assert_eq!(order, ["A", "B", "C"]);
    let mut edited = sample_session(20, "B");
    edited.exercises[0].note = "felt strong".into();
    let before = history.put(edited.clone()).unwrap();
    assert_eq!(before, sample_session(20, "B"));
    assert_eq!(history.sessions[1], edited);
    // Undo puts the old one back.
    history.put(before);
    assert_eq!(history.sessions[1], sample_session(20, "B"));
}

#[test]
fn fewer_sets_keep_the_sides_in_step() {
    let mut e = sample_session(1, "A").exercises.remove(0);
    e.dose.per_side = true;
    e.actual = None;
    e.set_side(0, crate::model::history::sides::Side::Left, 8);
    e.set_sets_done(2);
    assert_eq!(e.sides, vec![[8, 12], [12, 12]]);
    e.set_sets_done(9);
    assert_eq!(e.sets_done, 3, "never more than planned");
    assert_eq!(e.sides.len(), 3);
    e.set_per_set(10);
    assert_eq!(e.actual, Some(10));
    assert_eq!(e.sides, vec![[10, 10]; 3]);
    e.set_per_set(12);
    assert_eq!(e.actual, None, "the plan's own figure is no change");
}

#[test]
fn a_typed_date_and_time_is_read_in_local_time() {
    let now = 1_796_081_400_000; // 2026-11-30T23:30Z
    assert_eq!(local_moment("2026-11-30", "23:30", now, |_| 0), Ok(now));
    // An hour east of UTC, 07:30 local is 06:30Z.
    assert_eq!(
        local_moment("2026-11-28", "07:30", now, |_| 60),
        Ok(now - 2 * 86_400_000 - 17 * 3_600_000)
    );
    assert_eq!(local_fields(now, 60), ("2026-12-01".into(), "00:30".into()));
    assert_eq!(
        local_moment("2026-12-01", "00:31", now, |_| 0),
        Err(WhenError::Future)
    );
    for (date, time) in [
        ("", "07:30"),
        ("2026-13-01", "07:30"),
        ("2026-11-28", "25:00"),
        ("yesterday", "now"),
    ] {
        assert_eq!(
            local_moment(date, time, now, |_| 0),
            Err(WhenError::Unreadable),
            "{date} {time}"
        );
    }
}
