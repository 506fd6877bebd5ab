//! Tests for `progression`.

use super::*;
use crate::model::kit::band::preset;

fn kit() -> BandKit {
    preset("fabric-loop-3").unwrap().kit()
}

fn clamshell(sets: u8, reps: u16, band: usize) -> Current {
    Current {
        dose: Dose::reps(sets, reps, 30).each_side(),
        range: Some(Range { low: 10, high: 12 }),
        band: Some(kit().bands[band].id),
        rounds: None,
    }
}

fn done(amount: u16, rating: Option<Rating>) -> Outcome {
    Outcome {
        completed: true,
        sets: 3,
        amount,
        rating,
    }
}

#[test]
fn within_the_range_a_completed_session_adds_two_reps() {
    let clam = |reps| Current {
        range: Some(Range { low: 10, high: 15 }),
        ..clamshell(3, reps, 0)
    };
    let step = suggest(&clam(10), &done(10, None), &kit());
    assert_eq!(step, Some(Step::Amount(12)));
    let step = suggest(&clam(12), &done(12, Some(Rating::JustRight)), &kit());
    assert_eq!(step, Some(Step::Amount(14)));
    // Never past the top of the range.
    let step = suggest(&clam(14), &done(14, None), &kit());
    assert_eq!(step, Some(Step::Amount(15)));
}

#[test]
fn too_easy_adds_two_steps_but_never_past_the_top() {
    let wide = Current {
        range: Some(Range { low: 8, high: 16 }),
        ..clamshell(3, 8, 0)
    };
    let step = suggest(&wide, &done(8, Some(Rating::TooEasy)), &kit());
    assert_eq!(step, Some(Step::Amount(12)));
    let step = suggest(
        &clamshell(3, 11, 0),
        &done(11, Some(Rating::TooEasy)),
        &kit(),
    );
    assert_eq!(step, Some(Step::Amount(12)));
}

#[test]
fn steps_each_way_go_up_two_at_a_time() {
    let walk = Current {
        dose: Dose::steps_each_way(3, 8, 0),
        range: Some(Range { low: 8, high: 12 }),
        band: Some(kit().bands[0].id),
        rounds: None,
    };
    assert_eq!(
        suggest(&walk, &done(8, None), &kit()),
        Some(Step::Amount(10))
    );
}

#[test]
fn timed_work_and_holds_go_up_five_seconds_at_a_time() {
    let timed = Current {
        dose: Dose::timed(3, 30, 20),
        range: Some(Range { low: 30, high: 40 }),
        band: Some(kit().bands[0].id),
        rounds: None,
    };
    assert_eq!(
        suggest(&timed, &done(30, None), &kit()),
        Some(Step::Amount(35))
    );
    assert_eq!(
        suggest(&timed, &done(30, Some(Rating::TooEasy)), &kit()),
        Some(Step::Amount(40))
    );
    let holds = Current {
        dose: Dose::holds(3, 10, 5, 30),
        range: None,
        ..timed
    };
    assert_eq!(
        suggest(&holds, &done(5, None), &kit()),
        Some(Step::Amount(10))
    );
    assert_eq!(
        apply(Step::Amount(10), holds.dose),
        Dose::holds(3, 10, 10, 30)
    );
    let plank = Current {
        dose: Dose::hold(2, 30, 30),
        range: None,
        ..timed
    };
    assert_eq!(
        suggest(&plank, &done(30, None), &kit()),
        Some(Step::Amount(35))
    );
    // Too hard: back one step, five seconds.
    let longer = Current {
        dose: Dose::timed(3, 40, 20),
        ..timed
    };
    assert_eq!(
        suggest(&longer, &done(40, Some(Rating::TooHard)), &kit()),
        Some(Step::Back(35))
    );
}

#[test]
fn a_step_is_two_reps_or_steps_and_five_seconds() {
    assert_eq!(step_size(Dose::reps(3, 10, 30).shape), 2);
    assert_eq!(step_size(Dose::steps_each_way(3, 10, 30).shape), 2);
    assert_eq!(step_size(Dose::timed(3, 30, 30).shape), 5);
    assert_eq!(step_size(Dose::hold(3, 30, 30).shape), 5);
    assert_eq!(step_size(Dose::holds(3, 10, 5, 30).shape), 5);
}

#[test]
fn the_range_is_the_catalogs_where_it_counts_what_progression_changes() {
    use crate::model::catalog::by_id;
    let clam = by_id("clamshell").unwrap();
    assert_eq!(range_for(clam, &clam.default_dose), clam.range);
    // Several holds: the catalog counts holds, progression the seconds of
    // each, from the default 5 s up to 10 s.
    let bridge = by_id("glute-bridge-hold").unwrap();
    assert!(matches!(bridge.default_dose.shape, Shape::Holds { .. }));
    assert_eq!(
        range_for(bridge, &bridge.default_dose),
        Some(Range { low: 5, high: 10 })
    );
    // Timed work with no catalog range: from the default 30 s up to 40 s.
    let squat = by_id("walking-squat").unwrap();
    assert_eq!(
        range_for(squat, &squat.default_dose),
        Some(Range { low: 30, high: 40 })
    );
    // Another shape than the catalog's: its range would count something else.
    assert_eq!(range_for(clam, &Dose::timed(3, 30, 20)), None);
}

#[test]
fn stretches_are_never_stepped_up_and_every_other_kind_is() {
    use crate::model::catalog::{all, by_id};
    for id in [
        "butterfly-stretch",
        "seated-hamstring-stretch",
        "standing-hamstring-stretch",
    ] {
        assert!(!steps_up(by_id(id).unwrap()), "{id}");
    }
    for exercise in all() {
        assert_eq!(
            steps_up(exercise),
            exercise.category != Category::Mobility,
            "{}",
            exercise.id
        );
    }
    assert!(steps_up(by_id("clamshell").unwrap()));
    assert!(steps_up(by_id("banded-plank-hold").unwrap()));
}

#[test]
fn at_the_top_add_a_set_up_to_four_then_a_heavier_band_at_the_bottom() {
    let kit = kit();
    assert_eq!(
        suggest(&clamshell(3, 12, 0), &done(12, None), &kit),
        Some(Step::Sets(4))
    );
    assert_eq!(
        suggest(&clamshell(4, 12, 0), &done(12, None), &kit),
        Some(Step::Band {
            band: kit.bands[1].id,
            amount: 10
        })
    );
    // The heaviest band, four sets, top of the range: nothing left.
    assert_eq!(suggest(&clamshell(4, 12, 2), &done(12, None), &kit), None);
}

#[test]
fn in_a_circuit_rounds_go_up_to_four_instead_of_sets() {
    let kit = kit();
    let mut bridge = clamshell(1, 12, 0);
    bridge.rounds = Some(2);
    assert_eq!(
        suggest(&bridge, &done(12, None), &kit),
        Some(Step::Rounds(3))
    );
    bridge.rounds = Some(4);
    assert!(matches!(
        suggest(&bridge, &done(12, None), &kit),
        Some(Step::Band { .. })
    ));
}

#[test]
fn too_easy_at_the_top_skips_straight_to_the_next_band() {
    let kit = kit();
    let step = suggest(&clamshell(3, 12, 0), &done(12, Some(Rating::TooEasy)), &kit);
    assert_eq!(
        step,
        Some(Step::Band {
            band: kit.bands[1].id,
            amount: 10
        })
    );
    // Without a heavier band, it adds a set as usual.
    let step = suggest(&clamshell(3, 12, 2), &done(12, Some(Rating::TooEasy)), &kit);
    assert_eq!(step, Some(Step::Sets(4)));
}

#[test]
fn too_hard_steps_back_within_the_range_or_holds_at_its_bottom() {
    let kit = kit();
    let hard = |n| done(n, Some(Rating::TooHard));
    assert_eq!(
        suggest(&clamshell(3, 12, 1), &hard(12), &kit),
        Some(Step::Back(10))
    );
    assert_eq!(
        suggest(&clamshell(3, 11, 1), &hard(11), &kit),
        Some(Step::Back(10))
    );
    let wide = Current {
        range: Some(Range { low: 10, high: 15 }),
        ..clamshell(3, 15, 1)
    };
    assert_eq!(suggest(&wide, &hard(15), &kit), Some(Step::Back(13)));
    assert_eq!(suggest(&clamshell(3, 10, 1), &hard(10), &kit), None);
}

#[test]
fn unfinished_sessions_hold_the_dose() {
    let unfinished = Outcome {
        completed: false,
        sets: 1,
        amount: 10,
        rating: Some(Rating::TooEasy),
    };
    assert_eq!(suggest(&clamshell(3, 10, 0), &unfinished, &kit()), None);
}

#[test]
fn without_a_range_the_range_is_a_quarter_up_in_whole_steps() {
    let mut plank = clamshell(3, 20, 0);
    plank.dose = Dose::hold(3, 20, 30);
    plank.range = None;
    assert_eq!(range_of(&plank), Range { low: 20, high: 25 });
    plank.dose = Dose::hold(3, 30, 30);
    assert_eq!(range_of(&plank), Range { low: 30, high: 40 });
    let mut small = plank;
    small.dose = Dose::reps(3, 4, 0);
    assert_eq!(range_of(&small), Range { low: 4, high: 6 });
    assert_eq!(
        suggest(&plank, &done(30, None), &kit()),
        Some(Step::Amount(35))
    );
}

#[test]
fn applying_a_step_changes_only_what_it_names() {
    let dose = Dose::holds(3, 8, 5, 30).each_side();
    assert_eq!(
        apply(Step::Amount(6), dose),
        Dose::holds(3, 8, 6, 30).each_side()
    );
    assert_eq!(
        apply(Step::Sets(4), dose),
        Dose::holds(4, 8, 5, 30).each_side()
    );
    assert_eq!(apply(Step::Rounds(3), dose), dose);
    let walk = Dose::steps_each_way(3, 15, 0);
    assert_eq!(
        apply(
            Step::Band {
                band: 7,
                amount: 10
            },
            walk
        ),
        Dose::steps_each_way(3, 10, 0)
    );
    assert_eq!(
        apply(Step::Back(20), Dose::timed(4, 30, 20)),
        Dose::timed(4, 20, 20)
    );
    for step in [Step::Amount(12), Step::Sets(4), Step::Back(10)] {
        assert!(apply(step, Dose::reps(3, 10, 30)).errors().is_empty());
    }
}

#[test]
fn the_last_session_counts_only_while_the_routine_has_its_dose() {
    use crate::model::history::session::{BandUsed, Session};
    let done = |dose: Dose, sets_done, actual, rating| SessionExercise {
        exercise: "clamshell".into(),
        dose,
        bands: vec![BandUsed {
            id: 1,
            name: "Green, light".into(),
            swatch: "#2e7d32".into(),
        }],
        sets_done,
        actual,
        rating,
        cut_short_s: Vec::new(),
        sides: Vec::new(),
        note: String::new(),
    };
    let session = |id, routine: &str, exercise| Session {
        id,
        routine: routine.into(),
        started_at: id,
        ended_at: id + 1,
        active_s: 600,
        finished: true,
        exercises: vec![exercise],
    };
    let ten = Dose::reps(3, 10, 30).each_side();
    let eleven = Dose::reps(3, 11, 30).each_side();
    let history = History {
        sessions: vec![
            session(1, "Evening", done(ten, 3, None, None)),
            session(2, "Morning", done(eleven, 3, None, None)),
            session(3, "Evening", done(ten, 2, Some(12), Some(Rating::TooEasy))),
        ],
    };
    let last = last_done(&history, "Evening", "clamshell", &ten).unwrap();
    assert_eq!(last.sets_done, 2);
    assert_eq!(
        outcome(last),
        Outcome {
            completed: false,
            sets: 2,
            amount: 12,
            rating: Some(Rating::TooEasy)
        }
    );
    // Applied already (the routine moved on to 11): no suggestion.
    assert_eq!(last_done(&history, "Evening", "clamshell", &eleven), None);
    assert_eq!(last_done(&history, "Evening", "dead-bug", &ten), None);
    assert_eq!(last_done(&history, "Lunch", "clamshell", &ten), None);
    let full = outcome(&done(ten, 3, None, None));
    assert_eq!((full.completed, full.amount), (true, 10));
}

#[test]
fn suggestions_read_as_one_plain_sentence() {
    let kit = kit();
    let current = clamshell(3, 12, 0);
    let last = done(12, Some(Rating::TooEasy));
    let step = suggest(&current, &last, &kit).unwrap();
    assert_eq!(
        describe("Clamshell", step, &current, &last, &kit),
        "Clamshell: move up to Grey, medium, and go back to 10 reps. \
         You did 3 x 12 last time and rated it too easy."
    );
    let easy = clamshell(3, 10, 0);
    assert_eq!(
        describe("Clamshell", Step::Amount(12), &easy, &done(10, None), &kit),
        "Clamshell: go up to 12 reps. You did 3 x 10 last time."
    );
    let holds = Current {
        dose: Dose::holds(3, 10, 5, 30),
        ..easy
    };
    assert_eq!(
        describe(
            "Glute bridge hold",
            Step::Amount(10),
            &holds,
            &done(5, None),
            &kit
        ),
        "Glute bridge hold: go up to 10 seconds a hold. You did 3 x 5 last time."
    );
}

#[test]
fn a_move_done_by_side_steps_up_on_the_weaker_side() {
    use crate::model::history::session::sample_session;
    let clam = Current {
        range: Some(Range { low: 10, high: 15 }),
        ..clamshell(3, 10, 0)
    };
    let mut exercise = sample_session(1, "Hips").exercises.remove(0);
    exercise.dose = clam.dose;
    exercise.actual = None;
    exercise.rating = None;
    // Both sides did their 10 and more: a step up.
    exercise.sides = vec![[12, 12]; 3];
    let both = outcome(&exercise);
    assert_eq!(both.amount, 12);
    assert_eq!(suggest(&clam, &both, &kit()), Some(Step::Amount(12)));
    // The left did 9 of its 10: no step, whatever the right did.
    exercise.sides = vec![[9, 12]; 3];
    let weaker = outcome(&exercise);
    assert_eq!(weaker.amount, 9);
    assert_eq!(suggest(&clam, &weaker, &kit()), None);
}

#[test]
fn a_step_up_waits_for_a_second_session_and_the_runners_word() {
    let rated = |rating| Outcome {
        completed: true,
        sets: 3,
        amount: 10,
        rating,
    };
    let after = |sessions, before: Option<Outcome>| Earlier { sessions, before };
    let easy = Some(Rating::TooEasy);
    let right = Some(Rating::JustRight);
    // The first session of the move: never, however it went.
    for rating in [None, easy, right] {
        assert!(!may_step_up(&rated(rating), &after(1, None)));
    }
    // Unrated: never. Too hard: never a step up.
    assert!(!may_step_up(&rated(None), &after(5, Some(rated(easy)))));
    let hard = Some(Rating::TooHard);
    assert!(!may_step_up(&rated(hard), &after(5, Some(rated(easy)))));
    // Too easy after an earlier session: yes, whatever the one before.
    assert!(may_step_up(&rated(easy), &after(2, None)));
    // Just right: only after a session of this dose done and rated fine.
    assert!(!may_step_up(&rated(right), &after(2, None)));
    assert!(!may_step_up(&rated(right), &after(2, Some(rated(None)))));
    assert!(!may_step_up(&rated(right), &after(2, Some(rated(hard)))));
    assert!(may_step_up(&rated(right), &after(2, Some(rated(right)))));
    assert!(may_step_up(&rated(right), &after(2, Some(rated(easy)))));
    let cut_short = Outcome {
        completed: false,
        ..rated(right)
    };
    assert!(!may_step_up(&rated(right), &after(2, Some(cut_short))));
    assert!(!may_step_up(&cut_short, &after(2, Some(rated(right)))));
    // Too hard eases back at once; unrated after one session holds.
    let current = clamshell(3, 12, 0);
    assert_eq!(
        next_step(&current, &done(12, hard), &after(1, None), &kit()),
        Some(Step::Back(10))
    );
    assert_eq!(
        next_step(&current, &done(12, None), &after(1, None), &kit()),
        None
    );
}

#[test]
fn what_came_before_counts_this_routines_sessions_of_the_move() {
    use crate::model::history::session::{sample_session, Session};
    let ten = Dose::reps(3, 10, 30);
    let session = |id, routine: &str, dose: Dose, sets_done, rating| -> Session {
        let mut session = sample_session(id, routine);
        session.exercises[0].dose = dose;
        session.exercises[0].sets_done = sets_done;
        session.exercises[0].rating = rating;
        session
    };
    let eight = Dose::reps(3, 8, 30);
    let history = History {
        sessions: vec![
            session(1, "Evening", eight, 3, None),
            session(2, "Evening", ten, 3, Some(Rating::JustRight)),
            session(3, "Morning", ten, 3, Some(Rating::TooHard)),
            session(4, "Evening", ten, 0, None),
            session(5, "Evening", ten, 3, Some(Rating::JustRight)),
        ],
    };
    let got = earlier(&history, "Evening", "clamshell", &ten);
    // Sessions 1, 2 and 5: Morning is another routine, 4 did none of it.
    assert_eq!(got.sessions, 3);
    assert_eq!(got.before.map(|b| b.rating), Some(Some(Rating::JustRight)));
    // The one before at another dose says nothing of this one.
    let first_two = History {
        sessions: history.sessions[..2].to_vec(),
    };
    let got = earlier(&first_two, "Evening", "clamshell", &ten);
    assert_eq!((got.sessions, got.before), (2, None));
    assert_eq!(earlier(&history, "Lunch", "clamshell", &ten).sessions, 0);
}

#[test]
fn a_heavier_band_is_only_one_of_the_same_kind_in_the_kit() {
    use crate::model::kit::band_match::tests::mini_and_flat;
    // Five mini loops, then eight flat bands: the flat ones are heavier in
    // the kit's order, but no use for a clamshell in a mini loop.
    let kit = mini_and_flat();
    let mini = |level: usize| kit.bands[level].id;
    let at_top = |band, sets| Current {
        dose: Dose::reps(sets, 12, 30).each_side(),
        range: Some(Range { low: 10, high: 12 }),
        band: Some(band),
        rounds: None,
    };
    let easy = done(12, Some(Rating::TooEasy));
    assert_eq!(
        suggest(&at_top(mini(3), 3), &easy, &kit),
        Some(Step::Band {
            band: mini(4),
            amount: 10
        })
    );
    // The heaviest mini loop: a set more, then nothing; never a flat band.
    assert_eq!(
        suggest(&at_top(mini(4), 3), &easy, &kit),
        Some(Step::Sets(4))
    );
    assert_eq!(suggest(&at_top(mini(4), 4), &easy, &kit), None);
    assert_eq!(suggest(&at_top(mini(4), 4), &done(12, None), &kit), None);
}

#[test]
fn a_move_without_a_band_steps_up_its_dose_or_not_at_all() {
    let kit = kit();
    let bare = |sets, reps| Current {
        band: None,
        ..clamshell(sets, reps, 0)
    };
    let easy = done(12, Some(Rating::TooEasy));
    assert_eq!(suggest(&bare(3, 10), &easy, &kit), Some(Step::Amount(12)));
    assert_eq!(suggest(&bare(3, 12), &easy, &kit), Some(Step::Sets(4)));
    assert_eq!(suggest(&bare(4, 12), &easy, &kit), None);
    // A band no longer in the kit counts as none.
    let gone = Current {
        band: Some(999),
        ..bare(4, 12)
    };
    assert_eq!(suggest(&gone, &easy, &kit), None);
}
