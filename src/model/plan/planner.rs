//! Proposes band work around the runner's runs: of every way to fill the
//! days the runner has not chosen by hand, the one that breaks the
//! [`RULES`] least (at most 4^7 weeks, so all of them are weighed). Each
//! day's choice is then explained in a sentence, and the week is checked
//! for what the runner's own choices leave out.

use super::rules::{cost, DayFacts, Slot, Slots, MUST, RULES};
use super::week::{BandKind, Planned, RoutineRef, RunKind, Week, When, DAYS, DAY_NAMES};

/// Which routine each kind of work gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Menu {
    pub activation: RoutineRef,
    pub strength: RoutineRef,
    pub stretch: RoutineRef,
}

impl Default for Menu {
    /// The starters: the quick runner's ten (about 12 minutes), the runner's
    /// ten with every set, and the post-run stretch.
    fn default() -> Self {
        Self {
            activation: RoutineRef::Starter("runners-ten-quick".to_owned()),
            strength: RoutineRef::Starter("runners-ten".to_owned()),
            stretch: RoutineRef::Starter("post-run-stretch".to_owned()),
        }
    }
}

impl Menu {
    fn routine(&self, kind: BandKind) -> RoutineRef {
        match kind {
            BandKind::Activation => self.activation.clone(),
            BandKind::Strength => self.strength.clone(),
            BandKind::Stretch => self.stretch.clone(),
        }
    }
}

/// What the rules know about each day of `week`.
pub fn facts(week: &Week) -> [DayFacts; DAYS] {
    std::array::from_fn(|day| {
        let today = &week.days[day];
        DayFacts {
            run: today.run,
            short: today.is_short_run(),
            next: week.days[(day + 1) % DAYS].run,
        }
    })
}

/// The slot a day holds as stored.
fn stored_slot(week: &Week, day: usize) -> Slot {
    match &week.days[day].band {
        None => Slot::Empty,
        Some(planned) if planned.by_hand => Slot::Chosen,
        Some(planned) => planned.kind.map_or(Slot::Chosen, Slot::Work),
    }
}

/// The best week: days chosen by hand stay as they are, the rest are
/// filled as the rules like best (ties go to less work, earlier in the week).
pub fn suggest(week: &Week) -> Slots {
    const OPTIONS: [Slot; 4] = [
        Slot::Empty,
        Slot::Work(BandKind::Activation),
        Slot::Work(BandKind::Strength),
        Slot::Work(BandKind::Stretch),
    ];
    let facts = facts(week);
    let free: Vec<usize> = (0..DAYS)
        .filter(|&day| !week.days[day].chosen_by_hand())
        .collect();
    let mut slots: Slots = std::array::from_fn(|day| stored_slot(week, day));
    for &day in &free {
        slots[day] = Slot::Empty;
    }
    let mut best = (cost(slots, &facts), slots);
    let mut picks = vec![0usize; free.len()];
    // Counts through every combination of options on the free days.
    'all: loop {
        let mut place = 0;
        loop {
            let Some(pick) = picks.get_mut(place) else {
                break 'all;
            };
            *pick += 1;
            if *pick < OPTIONS.len() {
                break;
            }
            *pick = 0;
            place += 1;
        }
        for (&day, &pick) in free.iter().zip(&picks) {
            slots[day] = OPTIONS[pick];
        }
        let this = cost(slots, &facts);
        if this < best.0 {
            best = (this, slots);
        }
    }
    best.1
}

/// Fills every day not chosen by hand with the suggestion, using `menu`'s
/// routines, and marks the week as following the suggestions.
pub fn use_suggested(week: &mut Week, menu: &Menu) {
    let slots = suggest(week);
    for (day, slot) in slots.iter().enumerate() {
        if week.days[day].chosen_by_hand() {
            continue;
        }
        let runs = week.days[day].run.is_run();
        week.days[day].band = match *slot {
            Slot::Work(kind) => Some(Planned {
                routine: menu.routine(kind),
                when: match kind {
                    BandKind::Activation if runs => When::BeforeRun,
                    _ if runs => When::AfterRun,
                    _ => When::At(week.run_clock),
                },
                by_hand: false,
                kind: Some(kind),
            }),
            Slot::Empty | Slot::Chosen => None,
        };
    }
    week.follows_suggestions = true;
}

/// Why the day holds what it holds, in a sentence.
pub fn reason(week: &Week, day: usize) -> String {
    let facts = facts(week)[day];
    let tomorrow = DAY_NAMES[(day + 1) % DAYS];
    let stored = &week.days[day];
    if stored.chosen_by_hand() {
        return if stored.band.is_none() {
            "Your choice: nothing planned.".to_owned()
        } else if facts.next.is_big() {
            format!(
                "Your choice. The plan would skip strength today to keep the legs fresh for \
                 {tomorrow}'s {}.",
                facts.next.noun()
            )
        } else if facts.next == RunKind::Hard {
            format!("Your choice. The plan would keep today light before {tomorrow}'s hard run.")
        } else {
            "Your choice.".to_owned()
        };
    }
    match stored_slot(week, day) {
        Slot::Work(BandKind::Activation) if facts.run == RunKind::Easy => {
            "A short activation before an easy run wakes up the hips, glutes and ankles.".to_owned()
        }
        Slot::Work(BandKind::Activation) => format!(
            "A {} of 30 minutes or less: a short activation makes a good warm-up.",
            facts.run.noun()
        ),
        Slot::Work(BandKind::Strength) if facts.run.is_run() => {
            "Strength after an easy run, with nothing hard or long tomorrow.".to_owned()
        }
        Slot::Work(BandKind::Strength) => {
            "No run today and nothing hard or long tomorrow: a good day for strength.".to_owned()
        }
        Slot::Work(BandKind::Stretch) => format!(
            "After the {}, a light stretch with your lightest band.",
            facts.run.noun()
        ),
        Slot::Chosen => "Planned earlier.".to_owned(),
        Slot::Empty => empty_reason(facts, tomorrow),
    }
}

/// Why a day has no band work.
fn empty_reason(facts: DayFacts, tomorrow: &str) -> String {
    if facts.run == RunKind::Hard {
        return "Keep hard days hard: the run is today's work.".to_owned();
    }
    if facts.next.is_big() {
        return format!(
            "Rest the legs for {tomorrow}'s {}: no strength the day before.",
            facts.next.noun()
        );
    }
    if facts.next == RunKind::Hard {
        return format!("Keep today light, so the legs are fresh for {tomorrow}'s hard run.");
    }
    if facts.run.is_run() {
        return "The run is enough for today.".to_owned();
    }
    "A full rest day: no run and no band work.".to_owned()
}

/// What the week as it stands leaves out, in words: no full rest day, or
/// fewer than two band sessions.
pub fn warnings(week: &Week) -> Vec<String> {
    let mut out = Vec::new();
    if week.empty_days() == 0 {
        let runs_daily = week.days.iter().all(|day| day.run.is_run());
        out.push(if runs_daily {
            "You run every day, so the week has no full rest day. One or two days a week with \
             nothing at all help the body recover."
                .to_owned()
        } else {
            "Every day has a run or band work, so the week has no full rest day. One or two days \
             a week with nothing at all help the body recover."
                .to_owned()
        });
    }
    if week.band_days() < 2
        && week
            .days
            .iter()
            .any(|day| day.band.is_some() || day.run.is_run())
    {
        out.push(
            "Fewer than two band sessions this week. Twice a week is the least that makes a \
             difference."
                .to_owned(),
        );
    }
    out
}

/// The rules in words, for the Plan screen's "How the plan is made".
pub fn rules_in_words() -> impl Iterator<Item = (&'static str, bool)> {
    RULES.iter().map(|rule| (rule.says, rule.weight >= MUST))
}

// Property tests: proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "planner_tests.rs"]
mod tests;
