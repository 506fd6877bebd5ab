//! Where a workout stands, as a pure function of timestamps.
//!
//! A [`Run`] is the start time and the log of what the user did (pause,
//! resume, skip, previous, done, +15 s), each with its time. [`state_at`]
//! replays that log against the [`Timeline`] for any moment: nothing is
//! counted per tick, so a tab that was throttled or hidden shows the right
//! segment and second the moment it looks again.
//!
//! Times are milliseconds since the Unix epoch. "Active" time is wall time
//! less the time spent paused; timed segments run on active time.

use serde::{Deserialize, Serialize};

use crate::model::workout::timeline::{Phase, Timeline};

/// How much "+15 s" adds to a break.
pub const EXTRA_REST_MS: u64 = 15_000;
/// Within this much of a segment's start, Previous goes to the segment
/// before; later, it starts the current one again.
pub const RESTART_WINDOW_MS: u64 = 3_000;

/// Something the user did, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Pause,
    Resume,
    Skip,
    Previous,
    /// Ends work that waits for Done.
    Done,
    /// Adds [`EXTRA_REST_MS`] to the current break.
    ExtraRest,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: u64,
    pub action: Action,
}

/// A workout in progress: when it started and what the user has done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub started_at: u64,
    pub events: Vec<Event>,
}

/// The workout at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// The current segment.
    pub index: usize,
    /// Active milliseconds spent in it so far.
    pub elapsed_ms: u64,
    /// Its length, with any "+15 s" added; for work that waits for Done,
    /// the estimate.
    pub length_ms: u64,
    pub paused: bool,
    /// The done segment has been reached.
    pub finished: bool,
    /// Active milliseconds since the start.
    pub active_ms: u64,
    /// When the done segment was reached (ms since the epoch), once it has
    /// been: a workout that ended unseen still ends at the right time.
    pub done_at: Option<u64>,
}

impl State {
    /// Milliseconds left in a timed segment (0 once it is over).
    pub fn left_ms(&self) -> u64 {
        self.length_ms.saturating_sub(self.elapsed_ms)
    }

    /// Whole seconds to show on a countdown: 2.1 s left shows 3, so the
    /// display reaches 0 exactly when the segment ends.
    pub fn left_seconds(&self) -> u64 {
        self.left_ms().div_ceil(1000)
    }

    /// Milliseconds until what the player shows changes on its own: the
    /// next whole second of the countdown, or of the count-up for work that
    /// waits for Done. The screen looks at the clock again just then, so a
    /// change of segment shows on time. Paused, nothing changes by itself.
    pub fn ms_to_next_change(&self, waits_for_done: bool) -> u64 {
        if self.paused {
            return 1000;
        }
        if waits_for_done {
            return 1000 - self.elapsed_ms % 1000;
        }
        match self.left_ms() % 1000 {
            0 => 1000,
            part => part,
        }
    }

    /// Milliseconds left in the whole workout, counting work that waits
    /// for Done at its estimate.
    pub fn total_left_ms(&self, timeline: &Timeline) -> u64 {
        self.left_ms() + u64::from(timeline.seconds_from(self.index + 1)) * 1000
    }

    /// How far through the workout this is, in thousandths.
    pub fn progress_permille(&self, timeline: &Timeline) -> u64 {
        let total = u64::from(timeline.seconds_from(0)) * 1000;
        if total == 0 {
            return 1000;
        }
        1000 - (self.total_left_ms(timeline) * 1000 / total).min(1000)
    }
}

/// One stay in a segment: the index and the active time spent there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit {
    pub index: usize,
    pub active_ms: u64,
}

impl Run {
    pub fn new(started_at: u64) -> Self {
        Self {
            started_at,
            events: Vec::new(),
        }
    }

    /// Records `action` at `now` if it changes anything there; returns
    /// whether it was recorded. If the clock has stepped back behind the
    /// last event, the whole run is moved back first (see
    /// [`Run::catch_up`]), so the log stays in order and time keeps moving.
    pub fn act(&mut self, timeline: &Timeline, action: Action, now: u64) -> bool {
        self.catch_up(now);
        let state = state_at(timeline, self, now);
        let applies = match action {
            Action::Pause | Action::Skip => !state.paused && !state.finished,
            Action::Resume => state.paused,
            Action::Previous => !state.paused && (state.index > 0 || state.elapsed_ms > 0),
            Action::Done => {
                !state.paused && !state.finished && timeline.segment(state.index).waits_for_done
            }
            Action::ExtraRest => !state.paused && timeline.segment(state.index).phase.is_break(),
        };
        if applies {
            self.events.push(Event { at: now, action });
        }
        applies
    }

    /// Moves the start and every event back by as much as the clock has
    /// stepped back behind the last of them (a clock correction, or a
    /// device whose time was wrong), so the workout carries on from where
    /// it was instead of freezing until the clock catches up.
    pub fn catch_up(&mut self, now: u64) {
        let behind = self.last_time().saturating_sub(now);
        if behind > 0 {
            self.started_at = self.started_at.saturating_sub(behind);
            for event in &mut self.events {
                event.at = event.at.saturating_sub(behind);
            }
        }
    }

    /// Whether the log reads forwards from the start, as every run this app
    /// writes does (one edited by hand might not).
    pub fn is_ordered(&self) -> bool {
        let mut last = self.started_at;
        self.events.iter().all(|event| {
            let ordered = event.at >= last;
            last = event.at;
            ordered
        })
    }

    /// When the last action happened (the start if none has): a view of
    /// the run is never older than this.
    pub fn last_time(&self) -> u64 {
        self.events.last().map_or(self.started_at, |event| event.at)
    }
}

/// Replays the run up to `now`.
pub fn state_at(timeline: &Timeline, run: &Run, now: u64) -> State {
    replay(timeline, run, now, &mut |_| {})
}

/// Every stay in a segment up to `now`, in order, with the time spent in
/// each: they add up to the active time.
pub fn visits(timeline: &Timeline, run: &Run, now: u64) -> Vec<Visit> {
    let mut out = Vec::new();
    let state = replay(timeline, run, now, &mut |visit| out.push(visit));
    out.push(Visit {
        index: state.index,
        active_ms: state.elapsed_ms,
    });
    out
}

/// The replay itself. `left` is told of each segment as it is left.
fn replay(timeline: &Timeline, run: &Run, now: u64, left: &mut dyn FnMut(Visit)) -> State {
    let mut clock = Clock::new(run.started_at);
    let mut at = Position {
        index: 0,
        since: 0,
        extra: 0,
    };
    for event in run.events.iter().filter(|e| e.at <= now) {
        let active = clock.active(event.at);
        at.run_until(timeline, active, left);
        match event.action {
            Action::Pause => clock.pause(event.at),
            Action::Resume => clock.resume(event.at),
            Action::Skip | Action::Done => at.go_to(at.index + 1, timeline, active, left),
            Action::Previous => {
                let target = if active - at.since > RESTART_WINDOW_MS {
                    at.index
                } else {
                    at.index.saturating_sub(1)
                };
                at.go_to(target, timeline, active, left);
            }
            Action::ExtraRest => at.extra += EXTRA_REST_MS,
        }
    }
    let active = clock.active(now.max(run.started_at));
    at.run_until(timeline, active, left);
    let segment = timeline.segment(at.index);
    let finished = at.index == timeline.done_index();
    State {
        index: at.index,
        elapsed_ms: active - at.since,
        length_ms: u64::from(segment.seconds) * 1000 + at.extra,
        paused: clock.paused_at.is_some(),
        finished,
        active_ms: active,
        // Nothing but Previous applies once done, so no pause has been
        // added since it was reached.
        done_at: finished.then(|| run.started_at + clock.paused_total + at.since),
    }
}

/// Turns wall time into active time.
struct Clock {
    started_at: u64,
    paused_total: u64,
    paused_at: Option<u64>,
}

impl Clock {
    fn new(started_at: u64) -> Self {
        Self {
            started_at,
            paused_total: 0,
            paused_at: None,
        }
    }

    fn active(&self, wall: u64) -> u64 {
        let wall = self.paused_at.unwrap_or(wall).max(self.started_at);
        wall - self.started_at - self.paused_total
    }

    fn pause(&mut self, wall: u64) {
        if self.paused_at.is_none() {
            self.paused_at = Some(wall);
        }
    }

    fn resume(&mut self, wall: u64) {
        if let Some(since) = self.paused_at.take() {
            self.paused_total += wall.saturating_sub(since);
        }
    }
}

/// The current segment, when it began (active time) and any time added.
struct Position {
    index: usize,
    since: u64,
    extra: u64,
}

impl Position {
    /// Lets timed segments end on their own up to `active`. Work that
    /// waits for Done, and done itself, stay until an action moves on.
    fn run_until(&mut self, timeline: &Timeline, active: u64, left: &mut dyn FnMut(Visit)) {
        loop {
            let segment = timeline.segment(self.index);
            if segment.waits_for_done || segment.phase == Phase::Done {
                return;
            }
            let end = self.since + u64::from(segment.seconds) * 1000 + self.extra;
            if end > active {
                return;
            }
            left(Visit {
                index: self.index,
                active_ms: end - self.since,
            });
            self.index += 1;
            self.since = end;
            self.extra = 0;
        }
    }

    fn go_to(
        &mut self,
        index: usize,
        timeline: &Timeline,
        active: u64,
        left: &mut dyn FnMut(Visit),
    ) {
        left(Visit {
            index: self.index,
            active_ms: active - self.since,
        });
        self.index = index.min(timeline.done_index());
        self.since = active;
        self.extra = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::routine::dose::Dose;
    use crate::model::routine::{BandChoice, Routine};
    use crate::model::workout::timeline::Side;

    const T0: u64 = 1_700_000_000_000;
    const S: u64 = 1000;

    fn timeline(moves: &[(&str, Dose)]) -> Timeline {
        let mut routine = Routine::new("Test");
        for (exercise, dose) in moves {
            routine.push(exercise, *dose, BandChoice::default());
        }
        Timeline::build(&routine).unwrap()
    }

    /// Get ready 10 s, then 4 x 30 s with 20 s rests.
    fn squats() -> Timeline {
        timeline(&[("walking-squat", Dose::timed(4, 30, 20))])
    }

    fn at(timeline: &Timeline, run: &Run, seconds: u64) -> (usize, u64) {
        let state = state_at(timeline, run, T0 + seconds * S);
        (state.index, state.left_seconds())
    }

    #[test]
    fn timed_segments_follow_the_clock_with_exact_boundaries() {
        let squats = squats();
        let run = Run::new(T0);
        assert_eq!(at(&squats, &run, 0), (0, 10));
        assert_eq!(state_at(&squats, &run, T0 + 9_999).index, 0);
        assert_eq!(state_at(&squats, &run, T0 + 9_001).left_seconds(), 1);
        assert_eq!(at(&squats, &run, 10), (1, 30));
        assert_eq!(at(&squats, &run, 39), (1, 1));
        assert_eq!(at(&squats, &run, 40), (2, 20));
        assert_eq!(at(&squats, &run, 60), (3, 30));
        // 10 + 4 x 30 + 3 x 20 = 190 s to the end, and it stays there.
        assert_eq!(at(&squats, &run, 189), (7, 1));
        let end = state_at(&squats, &run, T0 + 190 * S);
        assert_eq!((end.index, end.finished), (8, true));
        assert_eq!(state_at(&squats, &run, T0 + 10_000 * S).index, 8);
        // Before the start (a clock that stepped back) is the start.
        assert_eq!(state_at(&squats, &run, T0 - 5 * S).elapsed_ms, 0);
    }

    #[test]
    fn thirty_minutes_hidden_lands_exactly_where_the_clock_says() {
        let routine = crate::model::catalog::starter::by_id("mini-band-eight")
            .unwrap()
            .build(&crate::model::kit::band::BandKit::default());
        let timeline = Timeline::build(&routine).unwrap();
        let mut run = Run::new(T0);
        // Work through the first segments with Done taps, then leave the
        // tab hidden for 30 minutes on a timed stretch: nothing ticks, and
        // the state is computed from the timestamps alone.
        let first_timed = timeline
            .segments
            .iter()
            .position(|s| s.phase == Phase::Work && !s.waits_for_done)
            .unwrap();
        assert_eq!(first_timed, 1, "plantar flexion holds come first");
        let later = T0 + 30 * 60 * S;
        let state = state_at(&timeline, &run, later);
        // Expected: walk the segments by hand until 1800 s are used up.
        let mut left = 1800 * S;
        let mut index = 0;
        while !timeline.segments[index].waits_for_done
            && u64::from(timeline.segments[index].seconds) * S <= left
        {
            left -= u64::from(timeline.segments[index].seconds) * S;
            index += 1;
        }
        assert_eq!((state.index, state.elapsed_ms), (index, left));
        assert!(timeline.segments[index].waits_for_done);
        // The same answer whichever moments were looked at on the way.
        assert!(run.act(&timeline, Action::Pause, later));
        assert_eq!(state_at(&timeline, &run, later + 99 * S).index, index);
    }

    #[test]
    fn the_next_change_is_the_next_whole_second_shown() {
        let squats = squats();
        let mut run = Run::new(T0);
        let at = |run: &Run, ms: u64| state_at(&squats, run, T0 + ms);
        // 10 s of get ready: at 0.3 s the display reads 10 until 1.0 s.
        assert_eq!(at(&run, 300).ms_to_next_change(false), 700);
        // At 9.6 s it reads 1; the work segment starts at 10.0 s.
        assert_eq!(at(&run, 9_600).ms_to_next_change(false), 400);
        assert_eq!(at(&run, 10_000).ms_to_next_change(false), 1000);
        // Counting up: the next whole second of elapsed time.
        assert_eq!(at(&run, 10_250).ms_to_next_change(true), 750);
        run.act(&squats, Action::Pause, T0 + 11_000);
        assert_eq!(at(&run, 11_300).ms_to_next_change(false), 1000);
    }

    #[test]
    fn total_time_left_and_progress_follow_the_segments() {
        let squats = squats();
        let run = Run::new(T0);
        let start = state_at(&squats, &run, T0);
        assert_eq!(start.total_left_ms(&squats), 190 * S);
        assert_eq!(start.progress_permille(&squats), 0);
        let later = state_at(&squats, &run, T0 + 95 * S);
        assert_eq!(later.total_left_ms(&squats), 95 * S);
        assert_eq!(later.progress_permille(&squats), 500);
        let end = state_at(&squats, &run, T0 + 500 * S);
        assert_eq!(end.total_left_ms(&squats), 0);
        assert_eq!(end.progress_permille(&squats), 1000);
    }

    #[test]
    fn pause_stops_time_and_resume_carries_on_from_the_same_point() {
        let squats = squats();
        let mut run = Run::new(T0);
        assert!(run.act(&squats, Action::Pause, T0 + 15 * S));
        assert!(
            !run.act(&squats, Action::Pause, T0 + 16 * S),
            "already paused"
        );
        let paused = state_at(&squats, &run, T0 + 500 * S);
        assert!(paused.paused);
        assert_eq!((paused.index, paused.left_seconds()), (1, 25));
        assert!(run.act(&squats, Action::Resume, T0 + 515 * S));
        assert_eq!(at(&squats, &run, 515), (1, 25));
        assert_eq!(at(&squats, &run, 540), (2, 20));
        assert_eq!(state_at(&squats, &run, T0 + 540 * S).active_ms, 40 * S);
    }

    #[test]
    fn rep_sets_wait_for_done_however_long_it_takes() {
        let clams = timeline(&[("clamshell", Dose::reps(2, 12, 30).each_side())]);
        let mut run = Run::new(T0);
        assert!(
            !run.act(&clams, Action::Done, T0 + 5 * S),
            "get ready is timed"
        );
        let waiting = state_at(&clams, &run, T0 + 600 * S);
        assert_eq!(waiting.index, 1);
        assert_eq!(clams.segments[1].side, Some(Side::Left));
        assert_eq!(waiting.elapsed_ms, 590 * S);
        assert!(run.act(&clams, Action::Done, T0 + 40 * S));
        // Switch sides for 5 s, then the right side waits in turn.
        assert_eq!(at(&clams, &run, 41), (2, 4));
        // Work that waits for Done shows its estimate, not a countdown to 0.
        assert_eq!(at(&clams, &run, 45), (3, 24));
        assert_eq!(clams.segments[3].side, Some(Side::Right));
        assert_eq!(at(&clams, &run, 900).0, 3);
    }

    #[test]
    fn skip_previous_and_extra_rest() {
        let squats = squats();
        let mut run = Run::new(T0);
        assert!(run.act(&squats, Action::Skip, T0 + 2 * S));
        assert_eq!(at(&squats, &run, 2), (1, 30));
        // Early in a segment, Previous goes back one.
        assert!(run.act(&squats, Action::Previous, T0 + 3 * S));
        assert_eq!(at(&squats, &run, 3), (0, 10));
        // Later, it starts the current segment again.
        assert!(run.act(&squats, Action::Skip, T0 + 4 * S));
        assert!(run.act(&squats, Action::Previous, T0 + 20 * S));
        assert_eq!(at(&squats, &run, 20), (1, 30));
        // The rest after set 1 begins at 50 s; +15 s makes it 35 s.
        assert!(
            !run.act(&squats, Action::ExtraRest, T0 + 49 * S),
            "not during work"
        );
        assert!(run.act(&squats, Action::ExtraRest, T0 + 55 * S));
        assert_eq!(at(&squats, &run, 55), (2, 30));
        assert_eq!(at(&squats, &run, 84), (2, 1));
        assert_eq!(at(&squats, &run, 85), (3, 30));
        // The extra time belonged to that rest only.
        assert_eq!(at(&squats, &run, 115), (4, 20));
    }

    #[test]
    fn nothing_applies_at_the_end_but_previous() {
        let squats = squats();
        let mut run = Run::new(T0);
        let end = T0 + 190 * S;
        assert!(!run.act(&squats, Action::Skip, end));
        assert!(!run.act(&squats, Action::Pause, end));
        assert!(run.act(&squats, Action::Previous, end));
        assert_eq!(at(&squats, &run, 190), (7, 30));
        assert!(!state_at(&squats, &run, end).finished);
    }

    #[test]
    fn a_clock_that_steps_back_moves_the_run_back_and_time_goes_on() {
        let squats = squats();
        let mut run = Run::new(T0);
        // At 20 s the first set is under way; Skip moves to its rest.
        assert!(run.act(&squats, Action::Skip, T0 + 20 * S));
        // The clock is corrected 15 s back: the run moves back with it.
        assert!(run.act(&squats, Action::Pause, T0 + 5 * S));
        assert_eq!(run.started_at, T0 - 15 * S);
        assert_eq!(run.events[0].at, T0 + 5 * S);
        assert_eq!(run.events[1].at, T0 + 5 * S);
        assert!(run.is_ordered());
        let state = state_at(&squats, &run, T0 + 60 * S);
        assert_eq!((state.index, state.elapsed_ms, state.paused), (2, 0, true));
        // Resumed, time moves on at once instead of waiting 15 s.
        assert!(run.act(&squats, Action::Resume, T0 + 6 * S));
        assert_eq!(state_at(&squats, &run, T0 + 9 * S).elapsed_ms, 3 * S);
    }

    #[test]
    fn runs_edited_out_of_order_are_recognised() {
        let mut run = Run::new(T0);
        assert!(run.is_ordered());
        run.events.push(Event {
            at: T0 - 1,
            action: Action::Skip,
        });
        assert!(!run.is_ordered());
        let mut run = Run::new(T0);
        run.events.push(Event {
            at: T0 + 5,
            action: Action::Pause,
        });
        run.events.push(Event {
            at: T0 + 4,
            action: Action::Resume,
        });
        assert!(!run.is_ordered());
    }

    #[test]
    fn the_moment_the_end_was_reached_is_kept() {
        let squats = squats();
        let mut run = Run::new(T0);
        run.act(&squats, Action::Pause, T0 + 20 * S);
        run.act(&squats, Action::Resume, T0 + 50 * S);
        assert_eq!(state_at(&squats, &run, T0 + 100 * S).done_at, None);
        // 190 s of workout and 30 s paused: done at 220 s, seen much later.
        let later = state_at(&squats, &run, T0 + 5_000 * S);
        assert_eq!(later.done_at, Some(T0 + 220 * S));
    }

    #[test]
    fn visits_add_up_to_the_active_time() {
        let squats = squats();
        let mut run = Run::new(T0);
        run.act(&squats, Action::Skip, T0 + 3 * S);
        run.act(&squats, Action::Pause, T0 + 20 * S);
        run.act(&squats, Action::Resume, T0 + 80 * S);
        let now = T0 + 120 * S;
        let visits = visits(&squats, &run, now);
        let spent: u64 = visits.iter().map(|v| v.active_ms).sum();
        assert_eq!(spent, 120 * S - 60 * S);
        let indexes: Vec<usize> = visits.iter().map(|v| v.index).collect();
        assert_eq!(indexes, [0, 1, 2, 3]);
    }

    #[test]
    fn a_run_survives_a_round_trip_through_json() {
        let squats = squats();
        let mut run = Run::new(T0);
        run.act(&squats, Action::Pause, T0 + 3 * S);
        let text = serde_json::to_string(&run).unwrap();
        assert_eq!(
            text,
            format!(
                r#"{{"started_at":{T0},"events":[{{"at":{},"action":"pause"}}]}}"#,
                T0 + 3 * S
            )
        );
        assert_eq!(serde_json::from_str::<Run>(&text).unwrap(), run);
    }
}

// Native only: proptest does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::model::routine::dose::{Dose, Shape};
    use crate::model::routine::estimate;
    use crate::model::routine::{BandChoice, Circuit, Routine};

    const EXERCISES: [&str; 4] = ["clamshell", "walking-squat", "dead-bug", "glute-bridge"];

    fn shape() -> impl Strategy<Value = Shape> {
        prop_oneof![
            (1u16..=20).prop_map(|reps| Shape::Reps { reps }),
            (1u16..=60).prop_map(|work_s| Shape::Timed { work_s }),
            (1u16..=5, 1u16..=10).prop_map(|(holds, hold_s)| Shape::Holds { holds, hold_s }),
            (1u16..=20).prop_map(|steps| Shape::StepsEachWay { steps }),
            (1u16..=60).prop_map(|hold_s| Shape::Hold { hold_s }),
        ]
    }

    fn dose() -> impl Strategy<Value = Dose> {
        (1u8..=4, shape(), 0u16..=30, any::<bool>()).prop_map(|(sets, shape, rest_s, per_side)| {
            Dose {
                sets,
                shape,
                rest_s,
                per_side,
            }
        })
    }

    /// Up to six entries; sometimes a circuit over some of them.
    fn routine() -> impl Strategy<Value = Routine> {
        (
            prop::collection::vec((0..EXERCISES.len(), dose()), 1..6),
            any::<Option<(usize, usize, u8, u16, u16)>>(),
        )
            .prop_map(|(moves, circuit)| {
                let mut routine = Routine::new("Any");
                for (exercise, dose) in &moves {
                    routine.push(EXERCISES[*exercise], *dose, BandChoice::default());
                }
                if let Some((a, b, rounds, transition_s, round_rest_s)) = circuit {
                    let len = moves.len();
                    let (start, end) = (a % len, b % len);
                    let rounds = rounds % 4 + 1;
                    if start < end {
                        if let Some(id) = routine.group(start, end, rounds) {
                            routine.set_circuit(Circuit {
                                id,
                                rounds,
                                transition_s: transition_s % 20,
                                round_rest_s: round_rest_s % 90,
                            });
                        }
                    }
                }
                routine
            })
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::Pause),
            Just(Action::Resume),
            Just(Action::Skip),
            Just(Action::Previous),
            Just(Action::Done),
            Just(Action::ExtraRest),
        ]
    }

    const T0: u64 = 1_800_000_000_000;

    proptest! {
        #[test]
        fn a_timeline_lasts_exactly_the_estimate(routine in routine()) {
            let timeline = Timeline::build(&routine).unwrap();
            prop_assert_eq!(timeline.seconds_from(0), estimate::routine_seconds(&routine));
        }

        /// Time spent in segments is the elapsed time less the paused time,
        /// whatever the user did and whenever they looked.
        #[test]
        fn time_in_segments_is_elapsed_less_paused(
            routine in routine(),
            actions in prop::collection::vec((0u64..90_000, action()), 0..40),
            tail in 0u64..600_000,
        ) {
            let timeline = Timeline::build(&routine).unwrap();
            let mut run = Run::new(T0);
            let mut now = T0;
            for (wait, action) in actions {
                now += wait;
                run.act(&timeline, action, now);
            }
            now += tail;
            // Paused time, worked out from the log on its own.
            let mut paused = 0;
            let mut since = None;
            for event in &run.events {
                match (event.action, since) {
                    (Action::Pause, None) => since = Some(event.at),
                    (Action::Resume, Some(from)) => {
                        paused += event.at - from;
                        since = None;
                    }
                    _ => {}
                }
            }
            if let Some(from) = since {
                paused += now - from;
            }
            let spent: u64 = visits(&timeline, &run, now).iter().map(|v| v.active_ms).sum();
            prop_assert_eq!(spent, now - T0 - paused);
            let state = state_at(&timeline, &run, now);
            prop_assert_eq!(state.active_ms, now - T0 - paused);
            prop_assert!(state.index <= timeline.done_index());
        }
    }
}
