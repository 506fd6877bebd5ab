//! The planner: one test per rule (a week where that rule decides), a few
//! whole weeks in words, and properties over every kind of week.

use proptest::prelude::*;

use super::*;
use crate::model::plan::rules::{rule, DayFacts, Slot, MUST, RULES};
use crate::model::plan::week::{Day, Planned, RoutineRef, RunKind, Week, When, DAYS};

use RunKind::{Easy, Hard, Long, None as Rest, Race};

const A: Slot = Slot::Work(BandKind::Activation);
const S: Slot = Slot::Work(BandKind::Strength);
const T: Slot = Slot::Work(BandKind::Stretch);
const E: Slot = Slot::Empty;

fn week(runs: [RunKind; DAYS]) -> Week {
    let mut week = Week::default();
    for (day, run) in week.days.iter_mut().zip(runs) {
        day.run = run;
    }
    week
}

fn breaches(name: &str, runs: [RunKind; DAYS], slots: [Slot; DAYS]) -> u32 {
    let rule = rule(name).unwrap_or_else(|| panic!("no rule {name}"));
    (rule.breaches)(slots, &facts(&week(runs)))
}

fn strength_days(slots: [Slot; DAYS]) -> Vec<usize> {
    (0..DAYS).filter(|&d| slots[d] == S).collect()
}

#[test]
fn every_rule_has_a_name_words_and_a_weight() {
    let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), RULES.len(), "names are unique");
    for rule in RULES {
        assert!(rule.says.ends_with('.'), "{}", rule.name);
        assert!(rule.weight > 0, "{}", rule.name);
    }
}

#[test]
fn rule_no_strength_before_a_long_run_or_race() {
    let runs = [Rest, Rest, Rest, Rest, Rest, Long, Race];
    let name = "no_strength_before_a_long_run_or_race";
    assert_eq!(breaches(name, runs, [E, E, E, E, S, E, E]), 1, "Friday");
    assert_eq!(breaches(name, runs, [E, E, E, E, E, S, E]), 1, "Saturday");
    assert_eq!(breaches(name, runs, [S, E, S, E, E, E, E]), 0);
    // The suggestion keeps Friday clear.
    let slots = suggest(&week(runs));
    assert_ne!(slots[4], S);
}

#[test]
fn rule_keep_hard_days_hard() {
    let runs = [Rest, Hard, Rest, Rest, Rest, Rest, Rest];
    let name = "keep_hard_days_hard";
    assert_eq!(
        breaches(name, runs, [S, E, E, E, E, E, E]),
        1,
        "the day before"
    );
    assert_eq!(
        breaches(name, runs, [E, S, E, E, E, E, E]),
        1,
        "the day itself"
    );
    assert_eq!(
        breaches(name, runs, [E, E, S, E, E, E, E]),
        0,
        "the day after"
    );
    let slots = suggest(&week(runs));
    assert!(slots[0] != S && slots[1] != S);
}

#[test]
fn rule_strength_on_rest_or_easy_days() {
    let runs = [Long, Rest, Easy, Rest, Rest, Rest, Rest];
    let name = "strength_on_rest_or_easy_days";
    assert_eq!(breaches(name, runs, [S, E, E, E, E, E, E]), 1);
    assert_eq!(breaches(name, runs, [E, S, S, E, E, E, E]), 0);
}

#[test]
fn rule_two_band_days() {
    let runs = [Rest; DAYS];
    let name = "two_band_days";
    assert_eq!(breaches(name, runs, [E; DAYS]), 2);
    assert_eq!(breaches(name, runs, [S, E, E, E, E, E, E]), 1);
    assert_eq!(breaches(name, runs, [S, E, S, E, E, E, E]), 0);
    // Even a week of hard runs gets two band days, as warm-ups, when they
    // are short enough.
    let mut hard = week([Hard; DAYS]);
    for day in &mut hard.days {
        day.minutes = Some(25);
    }
    let slots = suggest(&hard);
    assert!(slots.iter().filter(|s| s.is_work()).count() >= 2);
}

#[test]
fn rule_a_full_rest_day() {
    let runs = [Easy, Easy, Easy, Easy, Easy, Easy, Rest];
    let name = "a_full_rest_day";
    assert_eq!(breaches(name, runs, [A, A, A, A, A, A, S]), 1);
    assert_eq!(breaches(name, runs, [A, A, A, A, A, A, E]), 0);
    // Sunday, the only day without a run, stays empty in the suggestion.
    let slots = suggest(&week(runs));
    assert_eq!(slots[6], E, "{slots:?}");
}

#[test]
fn rule_activation_only_before_a_suitable_run() {
    let runs = [Rest, Easy, Long, Hard, Rest, Rest, Rest];
    let name = "activation_only_before_a_suitable_run";
    assert_eq!(breaches(name, runs, [A, A, A, A, E, E, E]), 3);
    let mut short_hard = week(runs);
    short_hard.days[3].minutes = Some(30);
    let slots = [E, A, E, A, E, E, E];
    let rule = rule(name).unwrap();
    assert_eq!((rule.breaches)(slots, &facts(&short_hard)), 0);
}

#[test]
fn rule_stretch_only_after_a_long_run_or_race() {
    let runs = [Long, Race, Easy, Rest, Rest, Rest, Rest];
    let name = "stretch_only_after_a_long_run_or_race";
    assert_eq!(breaches(name, runs, [T, T, T, T, E, E, E]), 2);
    let slots = suggest(&week(runs));
    assert_eq!((slots[0], slots[1]), (T, T), "{slots:?}");
}

#[test]
fn rule_strength_twice_a_week() {
    let runs = [Rest; DAYS];
    let name = "strength_twice_a_week";
    assert_eq!(breaches(name, runs, [S, E, S, E, S, E, E]), 1);
    assert_eq!(breaches(name, runs, [S, E, S, E, E, E, E]), 0);
    let slots = suggest(&week(runs));
    assert_eq!(strength_days(slots).len(), 2, "{slots:?}");
}

#[test]
fn rule_strength_days_apart() {
    let runs = [Rest; DAYS];
    let name = "strength_days_apart";
    assert_eq!(breaches(name, runs, [S, S, E, E, E, E, E]), 1);
    assert_eq!(
        breaches(name, runs, [S, E, E, E, E, E, S]),
        1,
        "Sunday then Monday"
    );
    let days = strength_days(suggest(&week(runs)));
    assert!(
        days[1] - days[0] >= 2 && days[0] + DAYS - days[1] >= 2,
        "{days:?}"
    );
}

#[test]
fn rule_warm_up_and_wind_down_around_runs() {
    let runs = [Easy, Long, Rest, Rest, Rest, Rest, Rest];
    let name = "warm_up_and_wind_down_around_runs";
    assert_eq!(breaches(name, runs, [E, E, E, E, E, E, E]), 2);
    assert_eq!(breaches(name, runs, [A, T, E, E, E, E, E]), 0);
    assert_eq!(
        breaches(name, runs, [S, T, E, E, E, E, E]),
        1,
        "strength after a run"
    );
}

/// A typical week: easy Tuesday and Sunday, intervals on Thursday, long
/// run on Saturday.
fn typical() -> Week {
    let mut week = week([Rest, Easy, Rest, Hard, Rest, Long, Easy]);
    week.days[1].minutes = Some(30);
    week.days[3].minutes = Some(50);
    week.days[5].minutes = Some(100);
    week.days[6].minutes = Some(40);
    week
}

#[test]
fn a_typical_week_reads_sensibly() {
    let mut week = typical();
    use_suggested(&mut week, &Menu::default());
    let kinds: Vec<Option<BandKind>> = week
        .days
        .iter()
        .map(|d| d.band.as_ref().and_then(|b| b.kind))
        .collect();
    // Strength after the two easy runs (Monday, after Sunday's, stays a
    // full rest day), nothing around Thursday's intervals or before
    // Saturday's long run, and a stretch after it.
    assert_eq!(
        kinds,
        vec![
            None,
            Some(BandKind::Strength),
            None,
            None,
            None,
            Some(BandKind::Stretch),
            Some(BandKind::Strength),
        ],
    );
    assert!(week.follows_suggestions);
    assert_eq!(week.days[1].band.as_ref().unwrap().when, When::AfterRun);
    assert_eq!(week.days[5].band.as_ref().unwrap().when, When::AfterRun);
    let reasons: Vec<String> = (0..DAYS).map(|d| reason(&week, d)).collect();
    assert_eq!(reasons[0], "A full rest day: no run and no band work.");
    assert_eq!(
        reasons[1],
        "Strength after an easy run, with nothing hard or long tomorrow."
    );
    assert_eq!(
        reasons[2],
        "Keep today light, so the legs are fresh for Thursday's hard run."
    );
    assert_eq!(reasons[3], "Keep hard days hard: the run is today's work.");
    assert_eq!(
        reasons[4],
        "Rest the legs for Saturday's long run: no strength the day before."
    );
    assert_eq!(
        reasons[5],
        "After the long run, a light stretch with your lightest band."
    );
    assert!(warnings(&week).is_empty(), "{:?}", warnings(&week));
}

#[test]
fn a_day_chosen_by_hand_is_kept_and_explained() {
    let mut week = typical();
    week.days[4].band = Some(Planned {
        routine: RoutineRef::Saved {
            id: 3,
            name: "Glute burner".to_owned(),
        },
        when: When::At(18 * 60),
        by_hand: true,
        kind: None,
    });
    use_suggested(&mut week, &Menu::default());
    let friday = week.days[4].band.as_ref().unwrap();
    assert!(friday.by_hand);
    assert_eq!(friday.when, When::At(18 * 60));
    assert_eq!(
        reason(&week, 4),
        "Your choice. The plan would skip strength today to keep the legs fresh for Saturday's \
         long run."
    );
    // Nothing, on purpose, is a choice too.
    week.days[0].band = None;
    week.days[0].none_by_hand = true;
    use_suggested(&mut week, &Menu::default());
    assert!(week.days[0].band.is_none());
    assert_eq!(reason(&week, 0), "Your choice: nothing planned.");
}

#[test]
fn a_week_with_no_rest_day_is_warned_about() {
    let week_runs = week([Easy; DAYS]);
    let mut planned = week_runs.clone();
    use_suggested(&mut planned, &Menu::default());
    assert_eq!(planned.empty_days(), 0);
    let said = warnings(&planned);
    assert!(said[0].starts_with("You run every day"), "{said:?}");
    // Band work chosen on the one free day leaves none either.
    let mut chosen = week([Easy, Easy, Easy, Easy, Easy, Easy, Rest]);
    chosen.days[6].band = Some(Planned {
        routine: RoutineRef::Starter("runners-ten".to_owned()),
        when: When::At(9 * 60),
        by_hand: true,
        kind: None,
    });
    use_suggested(&mut chosen, &Menu::default());
    assert!(warnings(&chosen)[0].starts_with("Every day has a run or band work"));
    assert!(
        warnings(&Week::default()).is_empty(),
        "an empty week says nothing"
    );
}

fn any_run() -> impl Strategy<Value = RunKind> {
    prop_oneof![Just(Rest), Just(Easy), Just(Hard), Just(Long), Just(Race)]
}

fn any_day() -> impl Strategy<Value = Day> {
    (any_run(), proptest::option::of(10u16..120)).prop_map(|(run, minutes)| Day {
        run,
        minutes: minutes.filter(|_| run.is_run()),
        band: None,
        none_by_hand: false,
    })
}

/// Whether any way of filling the days has two band days and an empty one
/// without breaking a rule that must hold.
fn possible(week: &Week) -> bool {
    let facts = facts(week);
    let options = [E, A, S, T];
    (0..4usize.pow(DAYS as u32)).any(|mut n| {
        let slots: [Slot; DAYS] = std::array::from_fn(|_| {
            let slot = options[n % 4];
            n /= 4;
            slot
        });
        let musts_kept = RULES
            .iter()
            .filter(|r| r.weight >= MUST)
            .all(|r| (r.breaches)(slots, &facts) == 0);
        let work = slots.iter().filter(|s| s.is_work()).count();
        let empty = slots
            .iter()
            .zip(&facts)
            .any(|(s, f): (&Slot, &DayFacts)| !s.is_work() && !f.run.is_run());
        musts_kept && work >= 2 && empty
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn a_suggestion_never_puts_strength_before_a_long_run_or_race(
        days in proptest::array::uniform7(any_day())
    ) {
        let mut week = Week { days, ..Week::default() };
        use_suggested(&mut week, &Menu::default());
        for day in 0..DAYS {
            let next = week.days[(day + 1) % DAYS].run;
            let strength = week.days[day].band.as_ref().and_then(|b| b.kind)
                == Some(BandKind::Strength);
            prop_assert!(!(strength && next.is_big()), "day {day}: {week:?}");
            prop_assert!(!(strength && (next == Hard || week.days[day].run == Hard)));
        }
    }

    #[test]
    fn a_suggestion_has_two_band_days_and_an_empty_one_when_possible(
        days in proptest::array::uniform7(any_day())
    ) {
        let mut week = Week { days, ..Week::default() };
        let can = possible(&week);
        use_suggested(&mut week, &Menu::default());
        if can {
            prop_assert!(week.band_days() >= 2, "{week:?}");
            prop_assert!(week.empty_days() >= 1, "{week:?}");
            prop_assert!(warnings(&week).is_empty());
        } else {
            prop_assert!(!warnings(&week).is_empty(), "an impossible week is warned about");
        }
    }

    #[test]
    fn choices_by_hand_survive_the_suggested_plan(
        days in proptest::array::uniform7(any_day()),
        chosen in 0..DAYS,
    ) {
        let mut week = Week { days, ..Week::default() };
        let mine = Planned {
            routine: RoutineRef::Starter("runners-ten".to_owned()),
            when: When::AfterRun,
            by_hand: true,
            kind: None,
        };
        week.days[chosen].band = Some(mine.clone());
        use_suggested(&mut week, &Menu::default());
        prop_assert_eq!(week.days[chosen].band.as_ref(), Some(&mine));
    }
}
