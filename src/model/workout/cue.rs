//! What the workout player says and beeps, decided from the state alone.
//!
//! [`CueTracker`] remembers the last segment and second it has cued. Each
//! time the player looks at the clock it asks for the cues due since then:
//! a tone when a segment starts, 3-2-1 before a timed one ends, and an
//! optional tempo tick during rep sets. When many segments went by unseen
//! (a hidden tab), only the current one is cued: no burst of stale beeps.

use crate::model::routine::timeline::SECONDS_PER_REP;
use crate::model::routine::timeline::{Goal, Phase, Segment, Side, Timeline};
use crate::model::workout::playback::State;

/// A sound (or buzz) the player should give now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// Work begins: the higher tone.
    Work,
    /// A break begins: the lower tone.
    Break,
    /// This many seconds to the end of a timed segment (3, 2 or 1).
    Countdown(u64),
    /// A rep's worth of time has gone by in a rep set.
    Tempo,
    /// The workout is over.
    Finished,
}

/// Remembers what has been cued.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CueTracker {
    seen: Option<(usize, u64)>,
}

impl CueTracker {
    /// The cues due at `state`, given what was cued before. Paused states
    /// give none.
    pub fn due(&mut self, timeline: &Timeline, state: &State) -> Vec<Cue> {
        let segment = timeline.segment(state.index);
        // Paused, nothing is cued or marked seen: a segment skipped to
        // while paused gets its tone when the runner resumes.
        if state.paused {
            return Vec::new();
        }
        let second = state.elapsed_ms / 1000;
        let before = self.seen.replace((state.index, second));
        match before {
            Some((index, _)) if index != state.index => vec![start_cue(segment)],
            None => vec![start_cue(segment)],
            // The same segment, started again (Previous).
            Some((_, last)) if second < last => vec![start_cue(segment)],
            Some((_, last)) if second > last => {
                let mut cues = Vec::new();
                let left = state.left_seconds();
                let was_left = state.length_ms.saturating_sub(last * 1000).div_ceil(1000);
                if !segment.waits_for_done && left < was_left && (1..=3).contains(&left) {
                    cues.push(Cue::Countdown(left));
                }
                if matches!(segment.goal, Some(Goal::Reps(_)))
                    && second / u64::from(SECONDS_PER_REP) > last / u64::from(SECONDS_PER_REP)
                {
                    cues.push(Cue::Tempo);
                }
                cues
            }
            Some(_) => Vec::new(),
        }
    }
}

fn start_cue(segment: &Segment) -> Cue {
    match segment.phase {
        Phase::Work => Cue::Work,
        Phase::Done => Cue::Finished,
        _ => Cue::Break,
    }
}

/// What the player says when `segment` starts, e.g. "Clamshell, left side,
/// 12 reps, Red band". `exercise` is the name of the segment's exercise and
/// `band` its band in words, if it has one.
pub fn spoken(segment: &Segment, exercise: &str, band: Option<&str>) -> String {
    let band = band.map(|b| format!(", {b} band")).unwrap_or_default();
    match segment.phase {
        Phase::GetReady => format!("Get ready: {exercise}{band}"),
        Phase::Work => {
            let mut line = exercise.to_owned();
            if let Some(side) = segment.side {
                line += match side {
                    Side::Left => ", left side",
                    Side::Right => ", right side",
                };
            }
            match segment.goal {
                Some(Goal::Reps(reps)) => line += &format!(", {reps} reps"),
                Some(Goal::Steps(steps)) => line += &format!(", {steps} steps each way"),
                Some(Goal::Hold { number, of }) if of > 1 => {
                    line += &format!(", hold {number} of {of}, {} seconds", segment.seconds);
                }
                // "Glute bridge hold" already says hold.
                Some(Goal::Hold { .. }) if exercise.to_lowercase().contains("hold") => {
                    line += &format!(", {} seconds", segment.seconds);
                }
                Some(Goal::Hold { .. }) => line += &format!(", hold {} seconds", segment.seconds),
                Some(Goal::Timed) | None => line += &format!(", {} seconds", segment.seconds),
            }
            line + &band
        }
        Phase::SwitchSides => "Switch to the right side".to_owned(),
        Phase::Release => "Release".to_owned(),
        Phase::SetRest => format!("Rest {} seconds", segment.seconds),
        Phase::Transition => format!("Next: {exercise}{band}"),
        Phase::RoundRest => format!(
            "Round {} done. Rest {} seconds",
            segment.round, segment.seconds
        ),
        Phase::Done => "Workout complete. Well done".to_owned(),
    }
}

/// The target of a work segment in a few words ("12 reps", "15 steps each
/// way", "Hold 2 of 8"); None for timed work and a single hold, which the
/// countdown says.
pub fn goal_text(segment: &Segment) -> Option<String> {
    if segment.phase != Phase::Work {
        return None;
    }
    match segment.goal? {
        Goal::Reps(reps) => Some(format!("{reps} reps")),
        Goal::Steps(steps) => Some(format!("{steps} steps each way")),
        Goal::Hold { number, of } if of > 1 => Some(format!("Hold {number} of {of}")),
        // One hold: the name and the countdown already say it.
        Goal::Hold { .. } | Goal::Timed => None,
    }
}

/// Where the segment is in its exercise and circuit, e.g. "Set 2 of 3 ·
/// Round 1 of 3"; parts that are "1 of 1" are left out.
pub fn count_text(segment: &Segment) -> String {
    let mut parts = Vec::new();
    if segment.sets > 1 && segment.phase != Phase::Done {
        parts.push(format!("Set {} of {}", segment.set, segment.sets));
    }
    if segment.rounds > 1 && segment.phase != Phase::Done {
        parts.push(format!("Round {} of {}", segment.round, segment.rounds));
    }
    parts.join(" · ")
}

/// The segment's phase in a word or two, for the big label at the top.
pub fn phase_label(segment: &Segment) -> &'static str {
    match segment.phase {
        Phase::GetReady => "Get ready",
        // Holds too: the name or "Hold 2 of 8" says it is a hold.
        Phase::Work => "Work",
        Phase::SwitchSides => "Switch sides",
        Phase::Release => "Release",
        Phase::SetRest => "Rest",
        Phase::Transition => "Change over",
        Phase::RoundRest => "Rest between rounds",
        Phase::Done => "Done",
    }
}

#[cfg(test)]
#[path = "cue_tests.rs"]
mod tests;
