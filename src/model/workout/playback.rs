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

use crate::model::routine::timeline::{Phase, Timeline};

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
        // Moving through the workout works paused too, and stays paused:
        // the runner can look ahead, or skip a get ready, before going on.
        let applies = match action {
            Action::Pause => !state.paused && !state.finished,
            Action::Skip => !state.finished,
            Action::Resume => state.paused,
            Action::Previous => state.index > 0 || state.elapsed_ms > 0,
            Action::Done => !state.finished && timeline.segment(state.index).waits_for_done,
            Action::ExtraRest => timeline.segment(state.index).phase.is_break(),
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
#[path = "playback_tests.rs"]
mod tests;
