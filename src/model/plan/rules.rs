//! The planner's rules, as data: each says in words what it asks for, how
//! much a breach costs, and how to count breaches in a candidate week. The
//! planner ([`super::planner`]) picks the week that costs least. Rules with
//! [`MUST`] weight are never broken by a suggestion when any week keeps
//! them; the others are coaching preferences.
//!
//! Sources: band work at least twice a week (article 0); a short routine
//! works as a warm-up before a run (articles 0 and 3) and before runs of 30
//! minutes or less (article 4); light stretching after runs with the
//! lightest band (article 3); one or two full rest days a week (article 4).
//! "Keep hard days hard" and no strength the day before a long run or race
//! are plain coaching sense.

use super::week::{BandKind, RunKind, DAYS};

/// What a candidate puts on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// No band work.
    Empty,
    /// Band work of this kind, suggested by the planner.
    Work(BandKind),
    /// Band work the runner chose: it counts as band work, and no rule
    /// about kinds of work applies to it.
    Chosen,
}

impl Slot {
    /// Any band work at all.
    pub fn is_work(self) -> bool {
        self != Slot::Empty
    }
}

/// What the rules know about a day: its run, whether that run is short,
/// and the next day's run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayFacts {
    pub run: RunKind,
    /// A run of 30 minutes or less.
    pub short: bool,
    /// Tomorrow's run (Sunday's tomorrow is Monday).
    pub next: RunKind,
}

impl DayFacts {
    /// A run that a short activation routine suits: an easy one, or a
    /// short hard run or race (a warm-up); never a long run.
    pub fn suits_activation(self) -> bool {
        self.run == RunKind::Easy
            || (self.short && matches!(self.run, RunKind::Hard | RunKind::Race))
    }

    /// A day strength work may go on: no run or an easy one, and nothing
    /// hard, long or a race tomorrow.
    pub fn allows_strength(self) -> bool {
        matches!(self.run, RunKind::None | RunKind::Easy)
            && !matches!(self.next, RunKind::Hard | RunKind::Long | RunKind::Race)
    }
}

/// A candidate week: one slot per day, Monday first.
pub type Slots = [Slot; DAYS];

/// The cost of a breach of a rule that suggestions keep whenever they can.
pub const MUST: u32 = 1000;

/// One rule of the planner.
#[derive(Clone, Copy)]
pub struct Rule {
    /// A stable name, for tests and the docs.
    pub name: &'static str,
    /// The rule in words.
    pub says: &'static str,
    /// What each breach costs.
    pub weight: u32,
    /// How many times a candidate breaks it.
    pub breaches: fn(Slots, &[DayFacts; DAYS]) -> u32,
}

/// Every rule the planner weighs.
pub const RULES: [Rule; 10] = [
    Rule {
        name: "no_strength_before_a_long_run_or_race",
        says: "No strength work the day before a long run or a race.",
        weight: MUST,
        breaches: |slots, facts| count(slots, facts, |s, f| is_strength(s) && f.next.is_big()),
    },
    Rule {
        name: "keep_hard_days_hard",
        says: "No strength work on the day of a hard run or the day before one.",
        weight: MUST,
        breaches: |slots, facts| {
            count(slots, facts, |s, f| {
                is_strength(s) && (f.run == RunKind::Hard || f.next == RunKind::Hard)
            })
        },
    },
    Rule {
        name: "strength_on_rest_or_easy_days",
        says: "Strength work goes on a day with no run, or after an easy run.",
        weight: MUST,
        breaches: |slots, facts| {
            count(slots, facts, |s, f| {
                is_strength(s) && !matches!(f.run, RunKind::None | RunKind::Easy)
            })
        },
    },
    Rule {
        name: "two_band_days",
        says: "Band work at least twice a week.",
        weight: 500,
        breaches: |slots, _| 2u32.saturating_sub(work_days(slots)),
    },
    Rule {
        name: "a_full_rest_day",
        says: "At least one day a week with no run and no band work.",
        weight: 400,
        breaches: |slots, facts| {
            let empty = slots
                .iter()
                .zip(facts)
                .any(|(slot, fact)| !slot.is_work() && !fact.run.is_run());
            u32::from(!empty)
        },
    },
    Rule {
        name: "activation_only_before_a_suitable_run",
        says: "A short activation routine goes before an easy run or a run of 30 minutes or less.",
        weight: 60,
        breaches: |slots, facts| {
            count(slots, facts, |s, f| {
                s == Slot::Work(BandKind::Activation) && !f.suits_activation()
            })
        },
    },
    Rule {
        name: "stretch_only_after_a_long_run_or_race",
        says: "Light stretching is planned after a long run or a race.",
        weight: 60,
        breaches: |slots, facts| {
            count(slots, facts, |s, f| {
                s == Slot::Work(BandKind::Stretch) && !f.run.is_big()
            })
        },
    },
    Rule {
        name: "strength_twice_a_week",
        says: "Two strength sessions a week, where the runs leave room.",
        weight: 20,
        breaches: |slots, _| {
            let strength = slots.iter().filter(|s| is_strength(**s)).count() as u32;
            strength.abs_diff(2)
        },
    },
    Rule {
        name: "strength_days_apart",
        says: "Strength days are not back to back.",
        weight: 15,
        breaches: |slots, _| {
            (0..DAYS)
                .filter(|&day| is_strength(slots[day]) && is_strength(slots[(day + 1) % DAYS]))
                .count() as u32
        },
    },
    Rule {
        name: "warm_up_and_wind_down_around_runs",
        says: "An activation before each easy or short run, a stretch after each long run or race; strength on a rest day rather than after a run.",
        weight: 5,
        breaches: |slots, facts| {
            count(slots, facts, |s, f| {
                (f.suits_activation() && !s.is_work())
                    || (f.run.is_big() && !s.is_work())
                    || (is_strength(s) && f.run.is_run())
            })
        },
    },
];

/// The total cost of a candidate under every rule.
pub fn cost(slots: Slots, facts: &[DayFacts; DAYS]) -> u32 {
    RULES
        .iter()
        .map(|rule| rule.weight * (rule.breaches)(slots, facts))
        .sum()
}

/// The rule with this name (for tests and the docs).
pub fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.name == name)
}

fn is_strength(slot: Slot) -> bool {
    slot == Slot::Work(BandKind::Strength)
}

fn work_days(slots: Slots) -> u32 {
    slots.iter().filter(|slot| slot.is_work()).count() as u32
}

/// Days where `breaks` holds for the day's slot and facts.
fn count(slots: Slots, facts: &[DayFacts; DAYS], breaks: fn(Slot, DayFacts) -> bool) -> u32 {
    slots
        .iter()
        .zip(facts)
        .filter(|(slot, fact)| breaks(**slot, **fact))
        .count() as u32
}
