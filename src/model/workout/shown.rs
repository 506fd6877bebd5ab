//! What the player shows and says about the current segment: the phase in
//! words and its colour family, the exercise's name, the headline target of
//! a rep set, its bands, where the band goes and the spoken line. Decided
//! here, from the saved workout alone, so it is tested natively. Each thing
//! is said once: a hold's name already says "hold", so nothing repeats it.

use crate::model::catalog;
use crate::model::catalog::exercise::Placement;
use crate::model::kit::band::Band;
use crate::model::routine::timeline::{Phase, Segment, Side, Timeline};
use crate::model::workout::cue::{goal_text, phase_label, spoken};
use crate::model::workout::playback::State;
use crate::model::workout::Workout;

/// The colour family the whole player screen takes for a phase. The phase
/// is always in words as well: colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Work,
    /// Rest between sets, and the release between holds.
    Rest,
    SwitchSides,
    /// Get ready, the change to a circuit's next move, and the rest
    /// between rounds: time to set up what comes next.
    Ready,
    Done,
}

impl Look {
    pub fn of(phase: Phase) -> Self {
        match phase {
            Phase::Work => Look::Work,
            Phase::SetRest | Phase::Release => Look::Rest,
            Phase::SwitchSides => Look::SwitchSides,
            Phase::GetReady | Phase::Transition | Phase::RoundRest => Look::Ready,
            Phase::Done => Look::Done,
        }
    }

    /// The CSS class naming it, e.g. "look-work".
    pub fn class(self) -> &'static str {
        match self {
            Look::Work => "look-work",
            Look::Rest => "look-rest",
            Look::SwitchSides => "look-switch",
            Look::Ready => "look-ready",
            Look::Done => "look-done",
        }
    }
}

/// What the screen shows about the current segment's exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub segment: Segment,
    pub name: String,
    pub bands: Vec<Band>,
    /// Where the band goes; None once the workout is done.
    pub placement: Option<Placement>,
    pub spoken: String,
    /// The phase in a word or two, large at the top: "Work", "Rest".
    pub phase: &'static str,
    /// The headline of work that waits for Done, in place of a countdown:
    /// "12 reps, left side", "10 steps each way".
    pub target: Option<String>,
    /// A short line under the name for timed work and holds: which hold of
    /// how many, and the side ("Hold 2 of 8, left side", "Right side").
    pub detail: Option<String>,
}

/// The exercise, bands and spoken line for a segment of `workout`.
pub fn describe(workout: &Workout, segment: &Segment) -> Shown {
    let entry = workout.routine.entries.get(segment.entry);
    let exercise = entry.map(|e| e.exercise.as_str()).unwrap_or_default();
    let bands: Vec<Band> = entry
        .map(|e| {
            [e.bands.main, e.bands.stacked]
                .into_iter()
                .flatten()
                .filter_map(|id| workout.band(id).cloned())
                .collect()
        })
        .unwrap_or_default();
    let band_words = bands.first().map(|b| b.colour.name.clone());
    let found = catalog::by_id(exercise).filter(|_| segment.phase != Phase::Done);
    let name = match found {
        Some(e) => e.name.to_owned(),
        None if segment.phase == Phase::Done => "Workout complete".to_owned(),
        None => catalog::name_of(exercise),
    };
    let side = segment.side.filter(|_| segment.phase == Phase::Work);
    let goal = goal_text(segment);
    let (target, detail) = if segment.waits_for_done {
        (Some(with_side(goal, side)), None)
    } else {
        let detail = with_side(goal, side);
        (None, (!detail.is_empty()).then_some(detail))
    };
    Shown {
        placement: found.map(|e| e.placement),
        spoken: spoken(segment, &name, band_words.as_deref()),
        segment: *segment,
        name,
        bands,
        phase: phase_label(segment),
        target,
        detail,
    }
}

/// "12 reps, left side", "Left side", or the goal alone.
fn with_side(goal: Option<String>, side: Option<Side>) -> String {
    match (goal, side) {
        (Some(goal), Some(side)) => {
            format!("{goal}, {} side", side.word().to_ascii_lowercase())
        }
        (Some(goal), None) => goal,
        (None, Some(side)) => format!("{} side", side.word()),
        (None, None) => String::new(),
    }
}

/// The big 3-2-1 before work starts: the seconds left (3, 2 or 1) in a
/// break of at least five seconds that leads straight into work.
pub fn count_in(timeline: &Timeline, state: &State) -> Option<u64> {
    let segment = timeline.segment(state.index);
    let next = timeline.segments.get(state.index + 1)?;
    let leads_in = segment.phase.is_break() && segment.seconds >= 5 && next.phase == Phase::Work;
    let left = state.left_seconds();
    (leads_in && (1..=3).contains(&left)).then_some(left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dose::Dose;
    use crate::model::kit::band::preset;
    use crate::model::routine::{BandChoice, Routine};

    const T0: u64 = 1_700_000_000_000;

    fn workout() -> Workout {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let mut routine = Routine::new("Evening");
        let bands = BandChoice {
            main: Some(kit.bands[1].id),
            stacked: Some(kit.bands[0].id),
        };
        routine.push("clamshell", Dose::reps(1, 10, 0), bands);
        routine.push(
            "not-in-this-version",
            Dose::timed(1, 30, 0),
            BandChoice::default(),
        );
        Workout::start(&routine, &kit, T0, crate::model::catalog::name_of).unwrap()
    }

    #[test]
    fn a_segment_shows_its_exercise_bands_and_placement_and_says_them() {
        let workout = workout();
        let timeline = workout.timeline().unwrap();
        let shown = describe(&workout, &timeline.segments[0]);
        assert_eq!(shown.name, "Clamshell");
        let colours: Vec<&str> = shown.bands.iter().map(|b| b.colour.name.as_str()).collect();
        assert_eq!(colours.len(), 2, "the main band and the stacked one");
        assert_eq!(
            shown.placement,
            Some(crate::model::catalog::by_id("clamshell").unwrap().placement)
        );
        assert!(shown.spoken.contains("Clamshell"), "{}", shown.spoken);
        assert!(shown.spoken.contains(colours[0]), "{}", shown.spoken);
    }

    #[test]
    fn an_unknown_exercise_shows_its_id_and_done_says_complete() {
        let workout = workout();
        let timeline = workout.timeline().unwrap();
        let unknown = timeline.segments.iter().find(|s| s.entry == 1).unwrap();
        let shown = describe(&workout, unknown);
        assert_eq!(shown.name, "not-in-this-version");
        assert_eq!(shown.placement, None);
        let done = describe(&workout, timeline.segments.last().unwrap());
        assert_eq!(done.name, "Workout complete");
        assert_eq!(done.placement, None);
    }

    fn play(moves: &[(&str, Dose)]) -> (Workout, Timeline) {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let mut routine = Routine::new("Morning");
        for (exercise, dose) in moves {
            routine.push(exercise, *dose, BandChoice::default());
        }
        let workout = Workout::start(&routine, &kit, T0, crate::model::catalog::name_of).unwrap();
        let timeline = workout.timeline().unwrap();
        (workout, timeline)
    }

    /// Phase, name, target and detail as the screen shows them, top down.
    fn words(workout: &Workout, segment: &Segment) -> Vec<String> {
        let shown = describe(workout, segment);
        [
            Some(shown.phase.to_owned()),
            Some(shown.name),
            shown.target,
            shown.detail,
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    #[test]
    fn a_single_hold_says_hold_once() {
        let (workout, timeline) = play(&[("glute-bridge-hold", Dose::hold(1, 30, 0))]);
        let hold = timeline
            .segments
            .iter()
            .find(|s| s.phase == Phase::Work)
            .unwrap();
        assert_eq!(words(&workout, hold), ["Work", "Glute bridge hold"]);
        let many = play(&[("glute-bridge-hold", Dose::holds(1, 8, 10, 0))]);
        let second = many
            .1
            .segments
            .iter()
            .filter(|s| s.phase == Phase::Work)
            .nth(1)
            .unwrap();
        assert_eq!(
            words(&many.0, second),
            ["Work", "Glute bridge hold", "Hold 2 of 8"]
        );
    }

    #[test]
    fn rep_and_step_sets_lead_with_their_target_and_side() {
        let (workout, timeline) = play(&[
            ("clamshell", Dose::reps(1, 12, 0).each_side()),
            ("monster-walk", Dose::steps_each_way(1, 10, 0)),
            ("dead-bug", Dose::timed(1, 30, 0).each_side()),
        ]);
        let work: Vec<&Segment> = timeline
            .segments
            .iter()
            .filter(|s| s.phase == Phase::Work)
            .collect();
        let left = describe(&workout, work[0]);
        assert_eq!(left.target.as_deref(), Some("12 reps, left side"));
        assert_eq!(left.detail, None);
        assert_eq!(
            describe(&workout, work[1]).target.as_deref(),
            Some("12 reps, right side")
        );
        assert_eq!(
            describe(&workout, work[2]).target.as_deref(),
            Some("10 steps each way")
        );
        // Timed work leads with its countdown: the side is a detail.
        let timed = describe(&workout, work[3]);
        assert_eq!(
            (timed.target, timed.detail.as_deref()),
            (None, Some("Left side"))
        );
    }

    #[test]
    fn each_phase_has_its_words_and_colour_family() {
        let (workout, timeline) = play(&[("clamshell", Dose::timed(2, 30, 20).each_side())]);
        let seen: Vec<(&str, Look)> = timeline
            .segments
            .iter()
            .map(|s| (describe(&workout, s).phase, Look::of(s.phase)))
            .collect();
        assert_eq!(
            seen[..6],
            [
                ("Get ready", Look::Ready),
                ("Work", Look::Work),
                ("Switch sides", Look::SwitchSides),
                ("Work", Look::Work),
                ("Rest", Look::Rest),
                ("Work", Look::Work),
            ]
        );
        assert_eq!(Look::of(Phase::RoundRest), Look::Ready);
        assert_eq!(Look::of(Phase::Transition).class(), "look-ready");
    }

    #[test]
    fn three_two_one_comes_at_the_end_of_a_break_before_work() {
        use crate::model::workout::playback::{state_at, Run};
        let (_, timeline) = play(&[("dead-bug", Dose::timed(2, 30, 20))]);
        let run = Run::new(T0);
        let count = |s: u64| count_in(&timeline, &state_at(&timeline, &run, T0 + s * 1000));
        // Get ready is 10 s: 3, 2, 1 in its last three seconds.
        assert_eq!(count(6), None);
        assert_eq!(count(7), Some(3));
        assert_eq!(count(9), Some(1));
        // Not during work, even as it ends.
        assert_eq!(count(38), None);
        // The rest before the second set counts in too (it ends at 60 s).
        assert_eq!(count(58), Some(2));
        // Nothing before done.
        let end = state_at(&timeline, &run, T0 + 89_000);
        assert_eq!(count_in(&timeline, &end), None);
    }
}
